export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** A headline or section heading line: its own sentence. */
  heading: boolean;
}

export interface Token extends Span {
  text: string;
  /** Lower-cased, Unicode-normalised form. */
  norm: string;
  lemma: string;
  pos: string;
  sentence: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  entityId: string;
  /** A title/role attached to this mention ("Army Secretary"). */
  role?: string | null;
  sentence: number;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: number;
}

export interface TimeExpr extends Span {
  text: string;
  /** ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY); null when no reference date allows resolution. */
  date: string | null;
  sentence: number;
}

export interface Quote extends Span {
  /** The quoted words without quotation marks. */
  text: string;
  speaker: string | null;
  sentence: number;
}

export type CiteKind = 'outlet' | 'agency' | 'official' | 'person' | 'document' | 'social' | 'anonymous';

export interface Cite extends Span {
  name: string;
  kind: CiteKind;
  sentence: number;
}

export interface Loaded extends Span {
  text: string;
  kind: string;
  sentence: number;
  note?: string;
}

export interface Annotation {
  sentences: Sentence[];
  tokens: Token[];
  entities: EntityMention[];
  entityIndex: Entity[];
  times: TimeExpr[];
  quotes: Quote[];
  cites: Cite[];
  loaded: Loaded[];
}
