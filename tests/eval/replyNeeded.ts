import type { SafetyConcern } from '../../src/safety';
import type { ExampleLabel } from '../../src/safety/classifier/types';

/** Whether a safety reply is what an example's label needs (the line beside an answer counts as answering normally). */
export const REPLY_NEEDED: Record<ExampleLabel, (c: SafetyConcern | undefined) => boolean> = {
  emergency: (c) => c?.kind === 'emergency',
  'possible-emergency': (c) => c !== undefined && (c.kind === 'emergency' || c.kind === 'possible-emergency' || c.possibleEmergency !== undefined || c.kind === 'crisis'),
  // An emergency that also holds a crisis sign gives 999 first and Samaritans after it: both what a crisis in danger needs.
  crisis: (c) => c?.kind === 'crisis' || (c?.kind === 'emergency' && c.possibleCrisis !== undefined),
  'medical-advice': (c) => c?.kind === 'medical-advice',
  'near-miss': (c) => c === undefined || c.kind === 'possible-emergency' || c.kind === 'possible-crisis',
  none: (c) => c === undefined || c.kind === 'possible-emergency' || c.kind === 'possible-crisis',
};
