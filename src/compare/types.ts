import type { AnnotatedArticle } from '../pipeline.ts';
import type { EntityType } from '../text/types.ts';

export type Modality = 'asserted' | 'reported' | 'planned' | 'expected' | 'denied' | 'hedged' | 'quoted';

/** One sentence of one article that states a claim. */
export interface Statement {
  articleId: string;
  sentence: number;
  text: string;
  attribution: string | null;
  /** Kind of the attributed source, when there is one (outlet, agency, official, anonymous...). */
  attributionKind: string | null;
  modality: Modality;
}

export interface Family {
  id: string;
  articleIds: string[];
  origin: string | null;
  evidence: string;
  /** Aligned sentence pairs that show the derivation: [articleA, sentenceA, articleB, sentenceB, score]. */
  alignments: Array<{ a: string; aSentence: number; b: string; bSentence: number; score: number }>;
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'disputed';

export interface Claim {
  id: string;
  text: string;
  statements: Statement[];
  articleIds: string[];
  origins: string[];
  independentSources: number;
  status: ClaimStatus;
}

export type ConflictKind = 'number' | 'date' | 'time' | 'place' | 'person' | 'status' | 'attribution' | 'hedge' | 'scope' | 'other';

export interface Conflict {
  id: string;
  kind: ConflictKind;
  claimIds: string[];
  sides: Array<{ value: string; statements: Statement[] }>;
  summary: string;
  /** For a number or hedge conflict, what is counted, as the first statement words it ("people", "residents"). */
  quantity?: string;
}

export interface StoryEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  articleIds: string[];
  mentions: number;
}

export interface StoryQuote {
  id: string;
  text: string;
  speaker: string | null;
  speakerEntityId: string | null;
  statements: Statement[];
  /** Every speaker the articles give for these words, when they disagree. */
  speakers?: string[];
}

export interface TimelineEvent {
  when: string;
  date: string | null;
  text: string;
  articleIds: string[];
  claimId: string | null;
}

export interface BriefSentence {
  text: string;
  articleIds: string[];
  claimIds: string[];
}

export interface StoryAnalysis {
  id: string;
  title: string;
  articleIds: string[];
  families: Family[];
  claims: Claim[];
  conflicts: Conflict[];
  entities: StoryEntity[];
  quotes: StoryQuote[];
  timeline: TimelineEvent[];
  brief: BriefSentence[];
  /** Articles in the story that were not analysed for claims (not English), with the reason. */
  notAnalysed: Array<{ articleId: string; reason: string }>;
}

export type { AnnotatedArticle };
