import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

const kindByRules = (text: string): string | undefined => shippedRules.assessByRules(text)?.kind;

describe('voices telling someone to hurt themselves (twenty-second pass)', () => {
  it('gives voices that tell someone to hurt only themselves the crisis reply with the 999 line, not 999 alone', () => {
    for (const text of ["the voices keep telling me to hurt myself and i'm struggling not to listen to them", 'my brother hears voices telling him to hurt himself']) {
      const concern = shippedRules.assessByRules(text);
      expect(concern?.kind).toBe('crisis');
      expect(concern?.possibleEmergency).toBe('voices-harm');
    }
    expect(kindByRules('a voice tells me to cut myself')).toBe('crisis');
  });

  it('still gives 999 when the voices tell someone to hurt another person', () => {
    expect(kindByRules('since the birth she hears voices that tell her to harm the baby')).toBe('emergency');
    expect(kindByRules('she hears voices telling her to hurt herself and the baby')).toBe('emergency');
    expect(kindByRules('the voices keep telling me to hurt people')).toBe('emergency');
  });
});

describe('crises in text-speak and in other words (twenty-second pass)', () => {
  it('reads the dropped g and a shortened "about" as the words they stand for', () => {
    expect(kindByRules('ngl been thinkin bout endin it since the scan')).toBe('crisis');
    expect(kindByRules('thinkin abt killin myself tbh')).toBe('crisis');
  });

  it('takes hoping someone just does not wake up as a crisis, said of oneself or of another', () => {
    expect(kindByRules('my sister said she hopes she just doesnt wake up')).toBe('crisis');
    expect(kindByRules('some nights I hope I just dont wake up')).toBe('crisis');
  });

  it('does not take a hope about the operation or the night as a crisis', () => {
    expect(kindByRules("I hope I don't wake up during the operation, can I ask for a general?")).not.toBe('crisis');
    expect(kindByRules("I hope she doesn't wake up until 8, the night was awful")).not.toBe('crisis');
  });

  it('takes asking whether a way of dying hurts as a crisis, asked either way round', () => {
    expect(kindByRules('does it hurt to overdose on my antidepressants')).toBe('crisis');
    expect(kindByRules('is overdosing very painful')).toBe('crisis');
  });
});

describe('tablets packed for a trip (twenty-second pass)', () => {
  it('does not take taking a whole supply of tablets away on holiday as a threat', () => {
    expect(kindByRules("He's going to take his whole box of tablets with him on holiday")).not.toBe('crisis');
    expect(kindByRules("mum is going to take all her tablets with her to Spain so she doesn't run out")).not.toBe('crisis');
  });

  it('still takes all the tablets taken "with me" to bed or to the grave as a crisis', () => {
    expect(kindByRules("I'm going to take all my tablets with me to bed tonight")).toBe('crisis');
  });
});

describe('emergencies from the NHS 999 list told in everyday words (twenty-second pass)', () => {
  it('takes a person gone droopy down one side as a stroke, the face not named', () => {
    expect(kindByRules("anyway she's just gone all droopy down one side while I've been typing this")).toBe('emergency');
    expect(kindByRules('grandad looks droopy on one side since lunch')).toBe('emergency');
  });

  it('does not take a thing gone saggy on one side as a stroke', () => {
    expect(kindByRules('the sofa cushions have gone all saggy on one side, can the OT get us a new chair?')).toBeUndefined();
  });

  it('takes sudden confusion told lightly, with when it came on, as 999', () => {
    expect(kindByRules("nan's just gone a bit vacant and isn't really making sense, it came on this morning")).toBe('emergency');
  });

  it('takes an overdose told as "a few too many" of a medicine as 999, not as a history', () => {
    expect(kindByRules('had a few too many of my sleeping tablets earlier and I feel really woozy')).toBe('emergency');
    expect(kindByRules('my dad has had a few funny turns over the years')).not.toBe('emergency');
  });

  it('takes an operation dated with "was" as recent treatment, never history', () => {
    expect(kindByRules("my tonsillectomy was 6 days ago and i'm spitting out loads of fresh blood")).toBe('emergency');
    expect(kindByRules('his operation was 3 days ago and he is bleeding through the dressing, we have changed it three times')).toBe('emergency');
  });
});

describe('history against now (twenty-second pass)', () => {
  it('lowers an overdose at an age long past to the "if this is happening now" line', () => {
    expect(kindByRules('My son took an overdose at 16 and the hospital treated him badly. He is 20 now and doing well.')).toBe('possible-emergency');
  });

  it('never reads a clock time or a sentence that says now as an age long past', () => {
    expect(kindByRules('my son took an overdose at 16:30 and is drowsy')).toBe('emergency');
    expect(kindByRules("she took an overdose at 16 and she's drowsy now")).toBe('emergency');
  });

  it('lowers a faint at a blood test, told afterwards, to the "if this is happening now" line', () => {
    expect(kindByRules('i fainted at my blood test lol. anyway how do i change gp')).toBe('possible-emergency');
    expect(kindByRules("he fainted at his blood test and hasn't come round")).toBe('emergency');
  });
});
