import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs read in the thirtieth pass', () => {
  it('takes poo that "has been" black and sticky as the sign of bleeding inside, as "has gone" was', () => {
    expect(shippedRules.assess('his poo has been black and sticky since yesterday')?.kind).toBe('emergency');
    expect(shippedRules.ruleOutcome('vomiting-coughing-blood', 'the stools were black and tarry this morning')).toBe('definite');
  });

  it('adds the 999 line for someone at home not seen for days against their habits, never for curtains round a hospital bed', () => {
    const concern = shippedRules.assess("my neighbour hasn't opened her curtains for two days and her post is piling up, she's usually out early");
    expect(concern?.kind).toBe('possible-emergency');
    expect(shippedRules.ruleOutcome('no-sign-of-someone-at-home', 'they kept the curtains closed round his bed on the ward for two days')).toBeUndefined();
    expect(shippedRules.ruleOutcome('no-sign-of-someone-at-home', 'I keep the curtains closed in the day because of my migraines')).toBeUndefined();
  });

  it('reads things put in order for after they are gone, so that nobody else has to, as a crisis; a question about records after death alone is not', () => {
    expect(shippedRules.assessByRules("who gets my letters once I'm not here any more? so nobody has to deal with them")?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("what happens to my medical records when I'm gone? my husband has power of attorney")?.kind).not.toBe('crisis');
  });

  it('lowers a sign told with praise for the paramedics who came to the history line, and keeps one happening now as 999', () => {
    expect(shippedRules.assess('when he had his first fit at 2 the paramedics were brilliant, now we want a second opinion on his epilepsy care')?.kind).toBe('possible-emergency');
    expect(shippedRules.assess('my son is having a fit right now, the paramedics were brilliant last time')?.kind).toBe('emergency');
  });
});
