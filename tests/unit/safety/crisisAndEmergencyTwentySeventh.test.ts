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

describe('going blue with a cough or choking (twenty-seventh pass)', () => {
  it('gives 999 to someone going grey or blue when they cough, by the rules alone', () => {
    expect(kindByRules('my dad goes a grey colour when he coughs')).toBe('emergency');
    expect(kindByRules('grandad keeps going a funny blue colour when he coughs')).toBe('emergency');
  });

  it('leaves a blue cough bottle to the answer', () => {
    expect(kindByRules('the chemist gave him the blue cough mixture, can the new doctor see his notes?')).toBeUndefined();
  });
});
