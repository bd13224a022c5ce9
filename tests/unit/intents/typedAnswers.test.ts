import { describe, expect, it } from 'vitest';
import { bestOption, isLeaving, meantAfterATurn, saidAfterANot, withSpokenMarks, type AnswerOption, type TypedAnswerRules } from '../../../src/knowledge/intents/typedAnswers';
import { phrase } from '../../../src/knowledge/intents/words';

const rules: TypedAnswerRules = {
  families: [
    { id: 'yes', forLabelsStartingWith: ['yes'], forLabels: [], says: ['yes', 'yeah', 'go on', 'ok'].map(phrase) },
    { id: 'no', forLabelsStartingWith: ['no'], forLabels: [], says: ['no', 'nope', 'not yet'].map(phrase) },
    { id: 'relative', forLabelsStartingWith: [], forLabels: ['relative'].map(phrase), says: ['mum', 'my husband'].map(phrase) },
    { id: 'me', forLabelsStartingWith: [], forLabels: ['for me'].map(phrase), says: ['me', 'myself'].map(phrase) },
    { id: 'nhs', forLabelsStartingWith: [], forLabels: ['nhs'].map(phrase), says: ['nhs', 'free', 'not private'].map(phrase) },
    { id: 'private', forLabelsStartingWith: [], forLabels: ['private'].map(phrase), says: ['private', 'go private', 'pay'].map(phrase) },
  ],
  leaving: ['get me out'].map(phrase),
  waysOut: { stop: ['stop'], startAgain: ['start again'] },
  worryTold: [],
};
const options = (...labels: string[]): AnswerOption[] => labels.map((label) => ({ label }));
const chosen = (text: string, list: AnswerOption[]): number | undefined => bestOption(text, list, rules)?.index;

describe('which button a typed reply means', () => {
  const yesNo = options('Yes, step by step', "No thanks, that's enough");
  it.each([
    ['yeah', 0],
    ['ok go on', 0],
    ['nope', 1],
    ['not yet', 1],
    ['2', 1],
    ['the first one', 0],
    ['option 2', 1],
    ['the last one', 1],
    ['Yes, step by step', 0],
  ])('"%s" at a yes/no question is button %i', (text, index) => {
    expect(chosen(text, yesNo)).toBe(index);
  });

  it('knows me from a relative', () => {
    const who = options("It's for me", "It's for a relative");
    expect(chosen('myself', who)).toBe(0);
    expect(chosen('its for my mum', who)).toBe(1);
    expect(chosen('my husband', who)).toBe(1);
  });

  it('reads "me" before a relative as "my": "It\'s for me nan" is a relative, "me" alone is me', () => {
    const relative = { id: 'relative', forLabelsStartingWith: [], forLabels: ['relative'].map(phrase), says: ['nan', 'dad'].map(phrase), whose: ['my', 'me'], owned: ['my nan', 'my dad'].map(phrase) };
    const withWhose: TypedAnswerRules = { ...rules, families: [relative, ...rules.families.filter((f) => f.id !== 'relative')] };
    const who = options("It's for me", "It's for a relative");
    expect(bestOption("It's for me nan", who, withWhose)?.index).toBe(1);
    expect(bestOption('me dad', who, withWhose)?.index).toBe(1);
    expect(bestOption('me', who, withWhose)?.index).toBe(0);
    expect(bestOption('its for me', who, withWhose)?.index).toBe(0);
  });

  it('reads text-speak digits as words once the reply is not a place: "2" and "4" as "to" and "for", "1" only as the thing wanted', () => {
    const steps = options("That's all, thanks", 'No, how do I get one?', 'Ask my GP to refer me');
    expect(chosen('how do i get 1', steps)).toBe(1);
    expect(chosen('ask gp 2 refer me', steps)).toBe(2);
    expect(chosen('2', steps)).toBe(1);
    expect(chosen('1 more thing', steps)).toBeUndefined();
  });

  it('prefers the longer phrase: "not private" is the NHS', () => {
    const which = options('Another NHS doctor', "I'd pay to see a private doctor");
    expect(chosen('not private', which)).toBe(0);
    expect(chosen('go private', which)).toBe(1);
    expect(chosen('the free one', which)).toBe(0);
  });

  it("uses a button's own words and key words of its label, with spelling slips", () => {
    const who = [{ label: 'My GP', says: ['family doctor'].map(phrase) }, { label: 'My specialist', says: ['consultant'].map(phrase) }];
    expect(chosen('family doctor', who)).toBe(0);
    expect(chosen('the consultant', who)).toBe(1);
    expect(chosen('specalist', who)).toBe(1);
  });

  it('does not guess between buttons that fit equally, or when nothing fits', () => {
    expect(chosen('doctor', options('Another NHS doctor', "I'd pay to see a private doctor"))).toBeUndefined();
    expect(chosen('purple elephants', yesNo)).toBeUndefined();
    expect(chosen('9', yesNo)).toBeUndefined();
    expect(chosen('the third one', yesNo)).toBeUndefined();
    expect(chosen('second opinion', yesNo)).toBeUndefined();
  });

  it('breaks a tie on the best evidence by how many different things the reply says for each button', () => {
    // "no" fits both; "not yet" is one more thing said for "No, not yet"; "nhs" and "nhs" said twice is one thing
    expect(chosen('no, not yet', options('No, not yet', 'No thanks, I pay'))).toBe(0);
    expect(chosen('nhs nhs private', options('Another NHS doctor', 'A private doctor'))).toBeUndefined();
  });

  it('hears someone who wants to leave', () => {
    expect(isLeaving('just get me out of this', rules)).toBe(true);
    expect(isLeaving('yes', rules)).toBe(false);
  });

  it('takes a place the nations button does not name as the other of two buttons', () => {
    const place = (id: string, says: string[]) => ({ id, forLabelsStartingWith: [], forLabels: says.slice(0, 1).map(phrase), says: says.map(phrase), place: true });
    const withPlaces: TypedAnswerRules = { ...rules, families: [...rules.families, place('nation:England', ['england', 'kent']), place('nation:Wales', ['wales', 'cardiff'])] };
    const next = options('Carry on', 'I live in Wales');
    expect(bestOption("I'm down south, in Kent", next, withPlaces)?.index).toBe(0);
    expect(bestOption('we moved to Cardiff', next, withPlaces)?.index).toBe(1);
    expect(bestOption('england and wales', next, withPlaces)?.index).toBe(1);
    expect(bestOption("I'm in Kent", options('Carry on', 'Next'), withPlaces)).toBeUndefined();
  });

  it('reads a starred word written with its silent "e" with the "e" dropped before an ending', () => {
    const refuse = phrase('refuse*');
    expect(refuse.words).toEqual(['refus']);
    const which = [{ label: "I can't get a second opinion", says: [refuse] }, { label: 'Something else' }];
    expect(bestOption('they keep refusing to refer me', which, rules)?.index).toBe(0);
    expect(bestOption('a refusal again', which, rules)?.index).toBe(0);
  });
});

describe('a button said after a turn, or after a "not"', () => {
  const withTurns: TypedAnswerRules = { ...rules, notMeaning: ['not', 'rather not'].map(phrase), turns: ['but', 'more'].map(phrase) };
  const worries: AnswerOption[] = [
    { label: 'Waiting and delays', says: ['wait*'].map(phrase) },
    { label: 'The doctors saying different things', says: ['disagree*'].map(phrase) },
  ];

  it('takes the button said after "not X, more Y" when the words fit both equally', () => {
    const text = 'not the waiting so much, more if the two doctors disagree';
    expect(bestOption(text, worries, withTurns)).toBeUndefined();
    expect(meantAfterATurn(text, undefined, worries, withTurns)?.index).toBe(1);
    // with no "not" before it, "more" turns nothing
    expect(meantAfterATurn('waiting, more if they disagree', undefined, worries, withTurns)).toBeUndefined();
  });

  it('says a button is said only after a "not" ("I\'d rather not carry on"), and not when it is said plainly', () => {
    const next: AnswerOption[] = [{ label: 'Carry on' }, { label: 'I live in Wales, Scotland or NI' }];
    const best = { index: 0, score: 100, askedInItsWords: false };
    expect(saidAfterANot("I'd rather not carry on, no", best, next, withTurns)).toBe(true);
    expect(saidAfterANot('no problem, carry on', best, next, withTurns)).toBe(false);
  });
});

describe('punctuation said aloud', () => {
  const spoken: TypedAnswerRules = { ...rules, spokenMarks: [{ mark: '?', words: ['question', 'mark'] }] };

  it('reads "question mark" as the mark, and leaves a message without it as it is', () => {
    expect(withSpokenMarks('could it change my diagnosis question mark', spoken)).toBe('could it change my diagnosis ?');
    expect(withSpokenMarks('Question Mark. is that right', spoken)).toBe('?. is that right');
    expect(withSpokenMarks('a question marked urgent', spoken)).toBe('a question marked urgent');
    expect(withSpokenMarks('could it change question mark', rules)).toBe('could it change question mark');
  });
});

describe('a hedge given to a button', () => {
  const hedging: TypedAnswerRules = { ...rules, hedges: ['kind of', 'sort of'].map(phrase) };
  const problems: AnswerOption[] = [{ label: "Yes, I'm having problems", says: ['kind of', 'sort of'].map(phrase) }, { label: "No, that's all for now" }];
  it('says the button where it opens the reply ("kind of, yeah"), never inside a question ("what kind of information should I bring?")', () => {
    expect(bestOption('kind of, the letters keep going missing', problems, hedging)?.index).toBe(0);
    expect(bestOption('what kind of medical information should I bring', problems, hedging)).toBeUndefined();
    // Without the rules' hedges, the button's words count wherever they are
    expect(bestOption('what kind of medical information should I bring', problems, rules)?.index).toBe(0);
  });
});

describe('"no" inside a sentence', () => {
  const noInASentence: TypedAnswerRules = { ...rules, noInASentence: { words: new Set(['no']), after: new Set(['well']) } };
  const notYet = options('Yes, I have', 'No, not yet');
  it('is an answer where it opens or closes the reply or follows a word that opens one, not where it qualifies what follows', () => {
    expect(bestOption('no, not had the chance', notYet, noInASentence)?.index).toBe(1);
    expect(bestOption('not had the chance really, no', notYet, noInASentence)?.index).toBe(1);
    expect(bestOption('well no', notYet, noInASentence)?.index).toBe(1);
    expect(bestOption("there's no bus out to that hospital after six", notYet, noInASentence)).toBeUndefined();
    expect(bestOption('would he no be raging though', notYet, noInASentence)).toBeUndefined();
    // Without the list, "no" counts wherever it is
    expect(bestOption("there's no bus out to that hospital after six", notYet, rules)?.index).toBe(1);
  });
});

describe('a word of a label that says nothing about which button it is', () => {
  const lastWorry = options('Something else worries me', "That's all, thanks");
  it('does not take "all" in a story for "That\'s all, thanks", while the label said still is', () => {
    expect(bestOption('I drive the number 12 all day, there is no bus out there after six', lastWorry, rules)).toBeUndefined();
    expect(bestOption("that's all, thanks", lastWorry, rules)?.index).toBe(1);
  });
});
