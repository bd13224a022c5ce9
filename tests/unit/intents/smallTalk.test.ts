import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/knowledge/loadContent';
import { detectSmallTalk, greetsAndAsksNothing } from '../../../src/knowledge/smallTalk';
import { FIXTURE_DIALOGS, knowledgeWith } from '../../support/fixtureKnowledge';

// tests/fixtures/knowledge/intents/small-talk.yaml: a few phrases of each kind.
const rules = loadContent(knowledgeWith({}), FIXTURE_DIALOGS).intents.smallTalk;

describe('recognising small talk', () => {
  it.each([
    ['hi', 'greeting'],
    ['hello, anyone there?', 'greeting'],
    ['thanks, bye', 'goodbye'],
    ['hi, thank you', 'thanks'],
    ['ok', 'ok'],
    ['no', 'no'],
  ])('takes "%s" as %s, the earlier kind of the file winning', (text, kind) => expect(detectSmallTalk(text, rules)).toBe(kind));

  it('takes "alright?" asked as a question as a greeting, and "alright" said as ok', () => {
    expect(detectSmallTalk('alright?', rules)).toBe('greeting');
    expect(detectSmallTalk('alright', rules)).toBe('ok');
  });

  it('takes one word and "here" straight after a greeting as a name ("hi, Jean here")', () => {
    expect(detectSmallTalk('hi, Jean here', rules)).toBe('greeting');
    expect(detectSmallTalk('Jean here', rules)).toBeUndefined();
  });

  it('takes praise as thanks, unless it is negated', () => {
    expect(detectSmallTalk('good bot', rules)).toBe('thanks');
    expect(detectSmallTalk('so helpful', rules)).toBe('thanks');
    expect(detectSmallTalk('not a good bot', rules)).toBeUndefined();
  });

  it.each(["thanks but that didn't help", 'not helpful', 'thank you, but that was not helpful'])('takes "%s" as feedback that the reply missed, never as thanks', (text) =>
    expect(detectSmallTalk(text, rules)).toBe('unhelpful'),
  );

  it('takes a place after a greeting as where the person is, not a question ("hello from Cardiff")', () => {
    expect(detectSmallTalk('hello from Cardiff', rules)).toBe('greeting');
  });

  it('takes a title and a name after an introduction, and a number after "I\'m" as an age', () => {
    expect(detectSmallTalk("hi, I'm Mrs Shah", rules)).toBe('greeting');
    expect(detectSmallTalk("hello, I'm Jean, I'm 71", rules)).toBe('greeting');
    expect(detectSmallTalk("hello, I'm Jean, 71", rules)).toBeUndefined();
  });

  it('asks who is answering before it greets ("hello, is this a real person?")', () => {
    expect(detectSmallTalk('hello, is this a real person?', rules)).toBe('botOrPerson');
  });

  it('takes the one or two words after an introduction as a name', () => {
    expect(detectSmallTalk("hi, my name's Sandra", rules)).toBe('greeting');
    expect(detectSmallTalk('hello my name is Sandra Jones', rules)).toBe('greeting');
  });

  it('reads a short introduction only straight after a greeting, and then one word of it', () => {
    expect(detectSmallTalk("hi, I'm Priya", rules)).toBe('greeting');
    expect(detectSmallTalk("I'm Priya", rules)).toBeUndefined();
    expect(detectSmallTalk("hi, I'm Priya Shah", rules)).toBeUndefined();
  });

  it('takes thanks framing a message that asks nothing as a closing remark', () => {
    expect(detectSmallTalk("Thanks so much, I'll speak to my GP about it tomorrow.", rules)).toBe('thanks');
    expect(detectSmallTalk("I'll ring the hospital on Monday then, thank you", rules)).toBe('thanks');
  });

  it.each(['thanks, I wondered about the cost?', 'thanks. how long does the referral take', 'thanks in advance, my mum wants another consultant'])(
    'takes "%s" as a question after the thanks',
    (text) => expect(detectSmallTalk(text, rules)).toBeUndefined(),
  );

  it.each(["hi, my name's Sandra, can my husband ask for me?", 'thanks, how long does it take?', 'how do you say thanks in welsh'])(
    'leaves "%s" to the Q&A content because it asks something',
    (text) => expect(detectSmallTalk(text, rules)).toBeUndefined(),
  );

  it.each(['hmm', 'I see', 'maybe', '👍', '?'])('takes "%s", a few words that ask and name nothing (or only a sign), as ok', (text) =>
    expect(detectSmallTalk(text, rules)).toBe('ok'),
  );

  it('takes a few words that name something, or ask, as no small talk ("second opinion", "what now")', () => {
    expect(detectSmallTalk('second opinion', rules)).toBeUndefined();
    expect(detectSmallTalk('what now', rules)).toBeUndefined();
  });

  it('takes words of no subject said to the bot about what it does as an opening ("what topics do you cover"), not other questions', () => {
    expect(detectSmallTalk('what topics do you cover', rules)).toBe('greeting');
    expect(detectSmallTalk('do you know how to make a will?', rules)).toBeUndefined();
    expect(detectSmallTalk('thank you, you know a lot', rules)).toBe('thanks');
  });

  it('takes a question after a greeting and hesitation, ended with thanks, as a question, not a closing remark', () => {
    expect(detectSmallTalk('hi there um so how long does it take thanks', rules)).toBeUndefined();
    expect(detectSmallTalk('I would like to know what happens next. With thanks.', rules)).toBeUndefined();
    expect(detectSmallTalk('thanks, I will ring my GP tomorrow', rules)).toBe('thanks');
  });

  it('tells an opening that asks nothing from one that asks', () => {
    expect(greetsAndAsksNothing('hello my name is Priya and my dad has just been diagnosed', rules)).toBe(true);
    expect(greetsAndAsksNothing('hello, my dad has just been diagnosed, what can we do', rules)).toBe(false);
    expect(greetsAndAsksNothing('hello, my dad has just been diagnosed?', rules)).toBe(false);
    expect(greetsAndAsksNothing('my dad has just been diagnosed', rules)).toBe(false);
  });
});

