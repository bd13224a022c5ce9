import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

const byRules = (text: string): string | undefined => shippedRules.assessByRules(text)?.kind;

describe('a medicine named earlier and then called "it" or "a different one" (twenty-second pass)', () => {
  it.each([
    'My eczema cream stings every time. Should I change to a different one?',
    'The GP put me on lansoprazole last month but I still get heartburn. Can I stop it?',
    'Dad has been on the same eye drops for years. Should he still be on them?',
    'the new brand of my levothyroxine gives me palpitations, should I push for the old ones',
    'My puffer makes my voice hoarse. Should I cut it down?',
    "Mum's been asked to go on a drug trial for her Parkinson's. Should she do it?",
    'My ferritin came back at 11. Should I buy some iron tablets or wait for the GP to ring?',
  ])('signposts "%s" to a clinician', (text) => {
    expect(byRules(text)).toBe('medical-advice');
  });

  it.each([
    'I am on insulin and my GP surgery is hopeless. Should I move to a different one?',
    'My physio for my knee is lovely but the clinic is miles away. Can I switch to a different one?',
    'there is a walking group for people with heart failure, should I join it?',
  ])('answers "%s" normally: the "one" is a place, a clinician or a group', (text) => {
    expect(byRules(text)).toBeUndefined();
  });
});

describe("one's own plan set against the treatment offered (twenty-second pass)", () => {
  it('signposts a plan put to the bot to judge', () => {
    expect(byRules("The consultant wants me on blood pressure tablets but I'd rather try cutting out salt first. Is that mad?")).toBe('medical-advice');
  });

  it('leaves a wish about company at the appointment alone', () => {
    expect(byRules("I'd rather have my mum with me when they talk about the chemo. Is that silly?")).toBeUndefined();
  });
});

describe('how far a test or an estimate can be trusted (twenty-second pass)', () => {
  it.each(['how reliable is a PSA test at finding cancer?', 'the surgeon said a year at most. are those estimates usually accurate?', 'can a colonoscopy miss a polyp?'])(
    'signposts "%s"',
    (text) => {
      expect(byRules(text)).toBe('medical-advice');
    },
  );

  it('leaves a question about a website or a letter alone', () => {
    expect(byRules('how accurate is the waiting time on the NHS website?')).toBeUndefined();
    expect(byRules('Is the test date right on my letter?')).toBeUndefined();
  });
});

describe('what happens if a treatment is turned down (twenty-second pass)', () => {
  it('signposts saying no to a treatment or medicine', () => {
    expect(byRules("what happens if I don't take the tamoxifen?")).toBe('medical-advice');
    expect(byRules('what would happen if she turned down the hip replacement?')).toBe('medical-advice');
  });

  it('leaves not agreeing, a missed appointment or a lost place on the list alone', () => {
    expect(byRules("what happens if I don't agree with the consultant about my surgery?")).toBeUndefined();
    expect(byRules("what happens if I don't turn up to my radiotherapy appointment?")).toBeUndefined();
    expect(byRules("what happens if I don't have the operation on the date they gave me, will I lose my place on the list?")).toBeUndefined();
  });
});

describe('what the second clinician will conclude, and a treatment asked for in the negative (twenty-second pass)', () => {
  it('signposts a prediction of the other clinician\'s verdict on a treatment', () => {
    expect(byRules('if we see a different cardiologist, will they say he needs the stent?')).toBe('medical-advice');
  });

  it('leaves what to bring to the second clinician alone', () => {
    expect(byRules('will they tell me I need to bring my tablets?')).toBeUndefined();
  });

  it('signposts "shouldn\'t she be on ..." and leaves "shouldn\'t I have heard" alone', () => {
    expect(byRules("her cough has gone on for three weeks. shouldn't she be on antibiotics?")).toBe('medical-advice');
    expect(byRules("shouldn't I have heard about my MRI by now?")).toBeUndefined();
  });
});

describe('readings and everyday words for medicines (twenty-second pass)', () => {
  it('reads a reading then "is that a problem?" and "am I ok to have" a jab as requests for a judgement', () => {
    expect(byRules('My oxygen sats were 93 on the finger thing. Is that a problem?')).toBe('medical-advice');
    expect(byRules("I'm on azathioprine. Am I okay to have the shingles jab?")).toBe('medical-advice');
  });

  it('reads "someone of 76" as an age, not as another clinician', () => {
    expect(byRules('Dad had his kidney bloods done, eGFR 51. Is that low for someone of 80?')).toBe('medical-advice');
    expect(byRules('My cholesterol is 6.8, my GP says it is fine but should I see someone else about it?')).toBeUndefined();
  });
});
