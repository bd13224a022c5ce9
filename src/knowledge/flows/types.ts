/** Headings a flow's notes are grouped under in the summary someone can read out to PALS. */
export const SUMMARY_HEADINGS = Object.freeze({
  'what-happened': 'What happened',
  'what-i-would-like': "What I'd like",
} as const);
export type SummaryHeading = keyof typeof SUMMARY_HEADINGS;

export interface FlowChoice {
  readonly label: string;
  /** The step it leads to; undefined when choosing it ends the flow. */
  readonly next: string | undefined;
  /** What choosing it adds to the summary (never personal details). */
  readonly note?: string;
  /** What people type for it that its label does not say ("family doctor" for "My GP"). */
  readonly says: readonly string[];
}

export interface FlowStep {
  readonly id: string;
  readonly say: string;
  readonly ask?: string;
  readonly services: readonly string[];
  /** Related Q&A entries, offered as extra buttons. */
  readonly entries: readonly string[];
  /** Empty for a step that ends the flow. */
  readonly choices: readonly FlowChoice[];
  readonly records?: SummaryHeading;
  readonly summary: boolean;
  readonly end: boolean;
}

/** A guided flow written by a content editor in dialogs/*.yaml. */
export interface FlowSpec {
  readonly id: string;
  readonly title: string;
  readonly startsFrom: {
    readonly entries: readonly string[];
    readonly phrases: readonly string[];
    /** An intent that starts the flow, besides its entries ("complaint": knowledge/intents/complaints.yaml). */
    readonly intent?: FlowIntent;
  };
  readonly start: string;
  readonly steps: readonly FlowStep[];
}

export const FLOW_INTENTS = ['complaint'] as const;
export type FlowIntent = (typeof FLOW_INTENTS)[number];

/** Buttons a step with only `next:` gets. */
export const NEXT_LABEL = 'Next';
export const STOP_LABEL = 'Stop here';
