import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

const kindByRules = (text: string): string | undefined => shippedRules.assessByRules(text)?.kind;

describe('too many tablets told in the present tense (twenty-sixth pass)', () => {
  it('gives 999 when a count of ten or more comes with a mistake or drowsiness', () => {
    expect(kindByRules('my mother she take maybe 20 of her sleeping tablets by mistake, now she very sleepy')).toBe('emergency');
    expect(kindByRules('he take 30 paracetamol and now he not answer me')).toBe('emergency');
  });

  it('leaves the tablets someone takes every day to the answer', () => {
    expect(kindByRules('my mum takes 12 tablets a day and is always sleepy, can the new doctor look at them all')).toBeUndefined();
  });
});

describe('numbers asked about (twenty-sixth pass)', () => {
  it('signposts a blood pressure reading asked about to a clinician', () => {
    expect(kindByRules('Is 145 over 92 high for a 60 year old?')).toBe('medical-advice');
  });

  it('reads antidepressants spelt apart or sounded out as a medicine', () => {
    expect(kindByRules('is it ok to stop my anti depresents strait away')).toBe('medical-advice');
  });
});

describe('confusion said by the person typing (twenty-sixth pass)', () => {
  it("gives \"I'm after getting confused\" only the line beside the answer", () => {
    expect(kindByRules("Would ye ever start the whole thing over for me, I'm after getting confused")).toBe('possible-emergency');
  });

  it('still gives 999 when someone else is after getting confused and lost', () => {
    expect(kindByRules("my mam is after getting confused, she doesn't know where she is")).toBe('emergency');
  });
});

describe('a colour change told in the present tense (twenty-sixth pass)', () => {
  it('gives 999 to "he go blue colour when breathing"', () => {
    expect(kindByRules('my baby he go blue colour when breathing')).toBe('emergency');
  });

  it("leaves fingers that go blue in the cold (Raynaud's) to the answer", () => {
    expect(kindByRules('her fingers go blue and white when it is cold, is raynauds worth a second opinion')).toBeUndefined();
  });
});

describe('a medicine named first and how many were had told later (twenty-sixth pass)', () => {
  it('gives 999 to "lost track of my paracetamol today, think I have had about 24", however fine the person feels', () => {
    expect(kindByRules("I lost track of my paracetamol today and think I've had about 24. I feel fine though")).toBe('emergency');
  });

  it('leaves a dose or a length of time to the rest', () => {
    expect(kindByRules('my paracetamol today, I have had 2 so far, can I take ibuprofen')).toBe('medical-advice');
    expect(kindByRules('I take paracetamol today and had 12 weeks of pain')).toBeUndefined();
  });
});

describe('second-opinion questions with words of a plan or of a judgement (twenty-sixth pass)', () => {
  it('leaves "keeping an eye on it" (watchful waiting) with "good enough reason" to the answer', () => {
    expect(kindByRules("I've read there are other options like radiotherapy or just keeping an eye on it. I'm not sure I have a good enough reason to ask someone else.")).toBeUndefined();
  });

  it('still gives the crisis reply to tablets kept until there are enough', () => {
    expect(kindByRules("I've been saving them up until I have enough")).toBe('crisis');
  });

  it('leaves who gets the scans, bloods and history, and chasing them oneself, to the answer', () => {
    expect(kindByRules('Will the new lot get my scans and bloods or do I need to chase them myself?')).toBeUndefined();
    expect(kindByRules('Will they have her history of previous treatments or should we write it all out ourselves?')).toBeUndefined();
  });
});

describe('feelings about asking, said in idiom (twenty-sixth pass)', () => {
  it.each([
    "mum's terrified of putting her specialist's nose out of joint, does she need to worry about that",
    'is it normal not to take anything in when they say its cancer? can i ask them to explain it all again',
    "it's a big operation they're proposing. Would it really make a difference to how I feel, or am I just wasting everyone's time?",
  ])('leaves "%s" to the answer', (text) => expect(kindByRules(text)).toBeUndefined());

  it('still signposts a judgement asked about a joint or a feeling with a medicine', () => {
    expect(kindByRules('my knee joint is swollen, does she need to worry about that')).toBe('medical-advice');
    expect(kindByRules('I feel anxious all the time, should I take diazepam?')).toBe('medical-advice');
  });
});

describe('where an illness leads, asked (twenty-sixth pass)', () => {
  it.each(['will I end up in a wheelchair with this', "the neurologist thinks it's MS. Does that mean I'll end up in a wheelchair?", 'is my dad going to end up on dialysis'])(
    'signposts "%s" to the specialist team',
    (text) => expect(kindByRules(text)).toBe('medical-advice'),
  );

  it('leaves ending up waiting longer to the answer', () => {
    expect(kindByRules('will I end up waiting longer if I ask for a second opinion')).toBeUndefined();
  });
});

describe('a way to die told about someone else (twenty-sixth pass)', () => {
  it('gives the crisis reply to "he is going to drive his car into a wall"', () => {
    expect(kindByRules("My husband said he's going to drive his car into a wall")).toBe('crisis');
  });

  it('leaves a crash told as an accident to the answer', () => {
    expect(kindByRules('my son crashed his car into a tree last year and broke his leg, can we get a second opinion on the surgery')).toBeUndefined();
  });
});

describe('a little bleeding in pregnancy or after birth (twenty-sixth pass)', () => {
  it('gives a little, light or brown bleeding the signposting reply with the 999 line, not 999 in place of it', () => {
    const concern = shippedRules.assessByRules('3 weeks since I had the baby and still bleeding a bit, brownish. is that normal');
    expect(concern).toMatchObject({ kind: 'medical-advice', possibleEmergency: 'pregnancy-warning' });
  });

  it('still gives 999 to a little bleeding with pain, and to heavy bleeding', () => {
    expect(kindByRules('im 8 weeks pregnant and bleeding a bit with bad cramps')).toBe('emergency');
    expect(kindByRules('had the baby 2 weeks ago and bleeding a bit but now soaking through pads')).toBe('emergency');
  });
});

describe('spotting in pregnancy (twenty-sixth pass)', () => {
  it('gives spotting or a little brown blood in pregnancy the "if this is happening now" line', () => {
    expect(kindByRules('pregnant and spotting')).toBe('possible-emergency');
    expect(kindByRules('pregnant and a bit of brown blood when I wipe')).toBe('possible-emergency');
  });

  it('leaves spotting outside a pregnancy to the rest', () => {
    expect(kindByRules('I keep spotting mistakes in my clinic letters, who do I tell')).toBeUndefined();
  });
});
