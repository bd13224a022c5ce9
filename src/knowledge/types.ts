/** A tag that puts an entry on the welcome and help buttons; it is not used for matching. */
export const STARTER_TAG = 'starter';

/** One question-and-answer entry, written by a content editor in knowledge/qa/*.yaml. */
export interface KnowledgeEntry {
  readonly id: string;
  /** Short canonical question; also the label of the button that asks it. */
  readonly question: string;
  readonly alternates: readonly string[];
  readonly answer: string;
  /** Id of the leaflet section the answer is based on (knowledge/leaflet.yaml). */
  readonly source: string;
  readonly followUps: readonly string[];
  readonly tags: readonly string[];
}

export interface LeafletSection {
  readonly id: string;
  readonly heading: string;
}

export interface Leaflet {
  readonly title: string;
  /** File name of the leaflet text the content was written from. */
  readonly file: string;
  readonly sections: readonly LeafletSection[];
}

export const NATIONS = ['England', 'Wales', 'Scotland', 'Northern Ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklyHours {
  readonly days: readonly Weekday[];
  /** "HH:MM", local time in timeZone. */
  readonly open: string;
  readonly close: string;
  readonly timeZone: string;
}

export type OpeningHours = 'always' | WeeklyHours;

/** A service beyond the leaflet (999, 111, Samaritans, PALS, Citizens Advice...). */
export interface Service {
  readonly id: string;
  readonly name: string;
  readonly appliesTo: readonly Nation[];
  readonly summary: string;
  /** Where the facts come from (a public web page). */
  readonly source: string;
  readonly phone?: string;
  readonly textphone?: string;
  readonly email?: string;
  readonly web?: string;
  readonly hours?: OpeningHours;
  /** How to find the right local office, for services that have many (e.g. each hospital's PALS). */
  readonly howToFind?: string;
  /** The deployer supplies the local phone, email, hours and web page in configuration. */
  readonly localDetailsFromConfig?: boolean;
  readonly notes?: readonly string[];
}

/** Word groups that mean the same for this topic; the first term is the canonical one. */
export type SynonymGroup = readonly string[];

/** Terms of the synonym groups that say what our subject itself is (synonyms.yaml's namesTheSubject and askingForOne). */
export interface SubjectWords {
  /** A message using one names a second opinion itself, not only care at large ("a GP", "my records"). */
  readonly namesTheSubject: readonly string[];
  /** Words for asking for an opinion: never taken as words of care. */
  readonly askingForOne: readonly string[];
}

/**
 * How people ask, from writers who never saw our entries (knowledge/how-people-ask.yaml):
 * matching learns from these; nothing here is ever said to anyone.
 */
export interface AskedPhrasings {
  /** Entry id -> more ways people ask it. */
  readonly byEntry: ReadonlyMap<string, readonly string[]>;
  /** Questions about other things that share words with ours ("a copy of my medical records"). */
  readonly notAboutUs: readonly string[];
  /**
   * More questions about other things, learnt only by the learned ranker as its "not ours" class, never
   * compared one by one as notAboutUs is: compared one by one they cost right answers (docs/evaluation.md,
   * Q&A twelfth pass).
   */
  readonly notOursLearnt: readonly string[];
}

export interface Knowledge {
  readonly leaflet: Leaflet;
  readonly entries: readonly KnowledgeEntry[];
  readonly synonyms: readonly SynonymGroup[];
  /** Phrases of our words that name another subject ("book a blood test"): a sign a message is not ours. */
  readonly otherSubjects: readonly SynonymGroup[];
  /** People and things whose "second opinion" is not about care ("the roofer", "my CV"): a message naming one is not ours by its words of our subject. */
  readonly otherOpinions?: readonly SynonymGroup[];
  /** Which of the synonyms' terms name our subject itself; without them no message names it (a fixture's content). */
  readonly subjectWords?: SubjectWords;
  readonly services: readonly Service[];
  readonly asked: AskedPhrasings;
}
