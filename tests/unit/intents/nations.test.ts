import { describe, expect, it } from 'vitest';
import { placeNotCovered, recogniseNationQuestion, type NationRules } from '../../../src/knowledge/intents/nations';
import { DEFAULTS } from '../../../src/config';
import { loadContent } from '../../../src/knowledge/loadContent';
import { phrase } from '../../../src/knowledge/intents/words';

const rules: NationRules = {
  nations: [
    { nation: 'England', says: ['england'].map(phrase), services: ['pals'] },
    { nation: 'Wales', says: ['wales', 'welsh'].map(phrase), services: ['citizens-advice-wales'] },
    { nation: 'Northern Ireland', says: ['northern ireland', 'ni'].map(phrase), services: ['advice-ni'] },
  ],
  asksIfItApplies: ['apply', 'work in', 'meant for', 'is this for'].map(phrase),
  wholeUk: ['uk', 'what country'].map(phrase),
  notCovered: [{ place: 'the Isle of Man', says: ['isle of man', 'manx'].map(phrase) }, { place: 'Jersey', says: ['jersey', 'st helier'].map(phrase) }],
};

describe('asking whether the advice applies in a nation', () => {
  it.each([
    ['wales?', ['Wales']],
    ['im in NI does this apply', ['Northern Ireland']],
    ['does this work in wales', ['Wales']],
    ['my dad lives in wales and im in england, does any of this apply to him', ['England', 'Wales']],
  ])('"%s" asks about %j', (text, nations) => {
    expect(recogniseNationQuestion(text, rules)).toEqual(nations);
  });

  it('reads a long story that says "a different specialist in" a place as telling where, not asking whether the advice differs there', () => {
    const withDifferent: NationRules = { ...rules, asksIfItApplies: ['different in', 'is it different', 'any different'].map(phrase) };
    const story = 'My mum has her appointment with a different specialist in England next month. Who is supposed to send over her blood results and the list of tablets she is on?';
    expect(recogniseNationQuestion(story, withDifferent)).toBeUndefined();
    expect(recogniseNationQuestion('is it any different in wales', withDifferent)).toEqual(['Wales']);
    expect(recogniseNationQuestion('my dad lives in wales, is the advice on second opinions any different for people over there or is it the same everywhere', withDifferent)).toEqual(['Wales']);
  });

  it('reads asking words far from the place in a long story as part of the story, and near it as the question', () => {
    const withCover: NationRules = { ...rules, asksIfItApplies: ['cover*', 'apply here'].map(phrase) };
    const story =
      'I run a stall on a market in England and last month they told me my kidneys are not right. My wife wants me to ask around first. ' +
      'What does a second opinion mean? I cannot shut the stall for weeks. My son says he will cover for me but he has his own job.';
    expect(recogniseNationQuestion(story, withCover)).toBeUndefined();
    const asked = 'I live in Wales with my husband and the kids and the hospital has been going back and forth about my back for months. Does this apply here?';
    expect(recogniseNationQuestion(asked, withCover)).toEqual(['Wales']);
  });

  it('leaves a question that only mentions where someone lives to the Q&A content', () => {
    expect(recogniseNationQuestion("I'm in Wales. Do I have a legal right to a second opinion?", rules)).toBeUndefined();
    expect(recogniseNationQuestion('does this apply to my husband', rules)).toBeUndefined();
  });

  it('takes a short message that names a nation and says nothing else as asking about it, one that asks about something else as not', () => {
    const saying = { ...rules, saidWithANationAlone: new Set(['im', 'in', 'what', 'about']) };
    expect(recogniseNationQuestion('im in wales', saying)).toEqual(['Wales']);
    expect(recogniseNationQuestion('what about northern ireland?', saying)).toEqual(['Northern Ireland']);
    expect(recogniseNationQuestion('weather in wales tomorrow', saying)).toBeUndefined();
    expect(recogniseNationQuestion('weather in wales, does this apply', saying)).toEqual(['Wales']);
  });

  it('takes a question about the UK as a whole as asking about every nation', () => {
    const every = ['England', 'Wales', 'Northern Ireland'];
    expect(recogniseNationQuestion('is this for the whole UK?', rules)).toEqual(every);
    expect(recogniseNationQuestion('what country is this for', rules)).toEqual(every);
    expect(recogniseNationQuestion('uk?', rules)).toEqual(every);
    expect(recogniseNationQuestion('can i pay for a second opinion anywhere in the uk', rules)).toBeUndefined();
  });
});

describe('a place the advice does not cover', () => {
  it('names the place, whatever the message asks', () => {
    expect(placeNotCovered('does this cover the isle of man', rules)).toBe('the Isle of Man');
    expect(placeNotCovered("St Helier here, can I still ask for a second opinion the way it says?", rules)).toBe('Jersey');
  });

  it('leaves a message that names one of the four nations, or no place, to the rest', () => {
    expect(placeNotCovered('moved from jersey to wales, does this apply', rules)).toBeUndefined();
    expect(placeNotCovered('does this apply to my husband', rules)).toBeUndefined();
  });
});

describe('the shipped nations', () => {
  const shipped = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir).intents.nations;

  it('take how the advice works in a nation as the question, and where someone once worked as none', () => {
    expect(recogniseNationQuestion('will it work in scotland', shipped)).toEqual(['Scotland']);
    expect(
      recogniseNationQuestion(
        'I had a second opinion in Sheffield and the consultant there was marvellous. Can I switch over and have her look after me from now on, or does it not work like that? I used to work in that very hospital back in the seventies, funnily enough.',
        shipped,
      ),
    ).toBeUndefined();
  });

  it('take "English" of the NHS or its rules as England, and "my English" of the language as nothing', () => {
    expect(recogniseNationQuestion('Are you only for the English NHS?', shipped)).toEqual(['England']);
    expect(recogniseNationQuestion("I'm English but I live in the Highlands now, does this still apply to me?", shipped)).toEqual(['Scotland']);
    expect(recogniseNationQuestion('my English is not good, does this apply to me in Wales?', shipped)).toEqual(['Wales']);
  });

  it('take "everywhere" as asking where it holds only when it asks that, not "no time to go everywhere"', () => {
    expect(recogniseNationQuestion("I'm in Cardiff, is it the same everywhere?", shipped)).toEqual(['Wales']);
    expect(recogniseNationQuestion('We live in Leicester. I work long days and have no time to go everywhere. Can I see another GP at my surgery?', shipped)).toBeUndefined();
  });
});
