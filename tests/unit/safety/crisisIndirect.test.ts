import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

// The fourth pass's crisis rules read indirect signs (a decision made, means at hand, goodbyes,
// being a burden). Their near-misses live here, not in the rules' YAML: a rule's must-not-trigger
// examples also teach the classifier, and crisis words taught as ordinary weaken it.
const byRules = (text: string): string | undefined => shippedRules.assessByRules(text)?.kind;

describe('indirect crisis signs, in words the Samaritans list describes, get the crisis reply', () => {
  it.each([
    'I have decided. The 3rd of next month. I feel calm about it.',
    "I've got a bag of tablets put by, it helps knowing they're there",
    "I'm sorry for everything. Tell my kids I love them.",
    "won't be a burden to anyone much longer",
    'keep going up to the cliffs and just looking down',
    'I keep wishing I could just stop existing',
    'been cutting again since the results',
  ])('%s', (text) => {
    expect(byRules(text)).toBe('crisis');
  });
});

describe('their near-misses: someone else dying, a decision about treatment, an accident, a view', () => {
  it.each([
    "dad's not going to be here for long, the consultant told us last week",
    "So I've finally decided. After three appointments and two sets of scans I want another rheumatologist to look",
    "I've decided to go private for the op and I feel much calmer",
    'I burned myself on the oven door, is that a minor injuries thing?',
    'we walked over the bridge just looking at the view before my appointment',
    'I wrote a note for the GP listing my symptoms',
    'this is the last time I will message the surgery about the referral',
  ])('%s -> no crisis reply', (text) => {
    expect(byRules(text)).not.toBe('crisis');
  });

  it.each([
    "Won't be a problem much longer, my knee op is finally booked after the second opinion!",
    "I won't be around much longer with this cancer, but I'd like a second opinion on my pain relief",
    "I'm tired of being a nuisance ringing the surgery every week",
  ])('a burden or "not much longer" with treatment, terminal illness or the surgery around it gets only the line: %s', (text) => {
    expect(byRules(text)).toBe('possible-crisis');
  });
});

// "If not" before a sign is "otherwise" ("if not, I don't think I'll still be here"), never a
// denial of the sign: the engine's negation check lets it through. "Not" after anything else still
// denies what follows it.
describe('"if not" before a sign does not deny it', () => {
  it.each([
    'if not i honestly dont think ill still be here',
    'they say the new tablets might help. if not i dont think ill still be around',
  ])('%s -> the crisis reply', (text) => {
    expect(byRules(text)).toBe('crisis');
  });

  it.each([
    'I am not suicidal, just fed up with waiting',
    'not having chest pain or anything, just want to know how long a second opinion takes',
  ])('%s -> no safety reply in place of the answer', (text) => {
    expect(['crisis', 'emergency', 'medical-advice']).not.toContain(byRules(text));
  });
});
