import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

const kindByRules = (text: string): string | undefined => shippedRules.assessByRules(text)?.kind;

describe('a day chosen or the means made ready, not named (twenty-seventh pass)', () => {
  it('gives the crisis reply to wondering whether tonight is the night', () => {
    expect(kindByRules('i wonder if tonight is the night')).toBe('crisis');
  });

  it('gives the crisis reply to the means made ready beside giving up', () => {
    expect(kindByRules('sorry for everything. ive got it all ready')).toBe('crisis');
  });

  it('leaves a day chosen for a call, and papers ready for an appointment, to the answer', () => {
    expect(kindByRules("wondering if today's the day they ring me back")).toBeUndefined();
    expect(kindByRules("no point waiting for the second opinion, i've got what i need for the appointment")).toBeUndefined();
  });
});
