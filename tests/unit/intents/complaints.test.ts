import { describe, expect, it } from 'vitest';
import { complainsAboutSomethingElse, recogniseComplaint, type ComplaintRules } from '../../../src/knowledge/intents/complaints';
import { phrase } from '../../../src/knowledge/intents/words';

const rules: ComplaintRules = {
  flow: 'problems',
  formalRoute: 'I want to make a formal complaint',
  formal: ['formal complaint', 'make a complaint'].map(phrase),
  signals: [
    { id: 'wants-to-complain', phrases: ['complain*', 'complaint', 'escalat*'].map(phrase) },
    { id: 'rudeness', phrases: ['rude', 'treated badly'].map(phrase) },
    { id: 'lost-paperwork', phrases: ['lost referral'].map(phrase) },
  ],
  wentWrongThenAsks: { wentWrong: ['messed up', 'talking over me'].map(phrase), asks: ['what can i do about it', 'who do i tell'].map(phrase) },
  notComplaints: ['is it rude', 'be offended', 'get on with'].map(phrase),
};

const withStories: ComplaintRules = {
  ...rules,
  signals: [...rules.signals, { id: 'ignored', phrases: ['fobbed off'].map(phrase) }],
  storiesOfBadCare: {
    wentWrong: ['nobody told', 'someone elses letter', 'kept losing'].map(phrase),
    notWhenAbout: ['second opinion', 'another doctor'].map(phrase),
    signalsNotWhenAbout: new Set(['ignored']),
  },
  notAboutCare: { subjects: ['council', 'vet'].map(phrase), unlessAbout: ['hospital', 'gp'].map(phrase) },
};

describe('recognising a complaint', () => {
  it.each([
    ['how do i complain', 'wants-to-complain'],
    ['they were complaining about me', 'wants-to-complain'],
    ['escalate?', 'wants-to-complain'],
    ['the receptionist was so rude to me', 'rudeness'],
    ['my mum was treated really badly', 'rudeness'],
    ['they lost my referral again', 'lost-paperwork'],
  ])('"%s" is a complaint (%s)', (text, signal) => {
    expect(recogniseComplaint(text, rules)).toEqual({ formal: false, signal });
  });

  it('takes something that went wrong, then asking who to tell or what can be done, as a complaint only with both', () => {
    expect(recogniseComplaint("Surgery messed up my prescription twice now and I've had enough. What can I do about it?", rules)?.signal).toBe('went-wrong-then-asks');
    expect(recogniseComplaint('Staff kept talking over me. Who do I tell?', rules)?.signal).toBe('went-wrong-then-asks');
    expect(recogniseComplaint("i dont agree with the treatment plan, what can i do about it", rules)).toBeUndefined();
    expect(recogniseComplaint('the scan was messed up so they booked another', rules)).toBeUndefined();
  });

  it('forgives a spelling slip in a long word, but never turns a real word into one of ours', () => {
    expect(recogniseComplaint('complant', rules)?.signal).toBe('wants-to-complain');
    expect(recogniseComplaint('a compliment for the nurse', rules)).toBeUndefined();
  });

  it('takes "formal complaint" as wanting the formal route, whatever else is said', () => {
    expect(recogniseComplaint('is it rude to make a complaint', rules)).toEqual({ formal: true, signal: 'formal' });
    expect(recogniseComplaint("I'd like to make a formal complaint", rules)?.formal).toBe(true);
  });

  it.each(['is it rude to ask for a second opinion', 'will my doctor be offended if i ask', "i don't get on with my doctor", 'can my wife ask for me', ''])(
    '"%s" is not a complaint',
    (text) => {
      expect(recogniseComplaint(text, rules)).toBeUndefined();
    },
  );

  it('takes care that went wrong, told as a story that asks nothing, as a complaint', () => {
    expect(recogniseComplaint('they gave me someone elses letter!! name address everything', withStories)?.signal).toBe('story-of-bad-care');
    expect(recogniseComplaint('nobody told us shed been moved to another ward, spent an hour looking for her', withStories)?.signal).toBe('story-of-bad-care');
    // ...or asks who to tell; a story that asks something else is left to the Q&A content
    expect(recogniseComplaint('nobody told us about the results. who do i tell?', withStories)?.signal).toBe('story-of-bad-care');
    expect(recogniseComplaint('nobody told us the results, how long do they take?', withStories)).toBeUndefined();
  });

  it('leaves an unhappy person asking for another opinion to the Q&A content', () => {
    expect(recogniseComplaint('nobody told us anything so we want a second opinion', withStories)).toBeUndefined();
    expect(recogniseComplaint('fobbed off for two years, can I see another doctor', withStories)).toBeUndefined();
    // saying they want to complain still counts
    expect(recogniseComplaint('I want to complain and get a second opinion', withStories)?.signal).toBe('wants-to-complain');
    expect(recogniseComplaint('fobbed off for two years', withStories)?.signal).toBe('ignored');
  });

  it('takes what happened to another opinion already asked for as a complaint when the message asks nothing', () => {
    const stories = { wentWrong: ['nobody told'].map(phrase), notWhenAbout: ['second opinion'].map(phrase), signalsNotWhenAbout: new Set(['ignored']) };
    const asked: ComplaintRules = { ...withStories, storiesOfBadCare: { ...stories, alreadyAsked: ['asked for a second opinion'].map(phrase) } };
    expect(recogniseComplaint('asked for a second opinion in may and got fobbed off', asked)?.signal).toBe('ignored');
    expect(recogniseComplaint('I asked for a second opinion but nobody told us anything', asked)?.signal).toBe('story-of-bad-care');
    // asked about, it is still the leaflet's question
    expect(recogniseComplaint('I asked for a second opinion and got fobbed off, what can I do?', asked)).toBeUndefined();
  });

  it('judges what follows "but" after a disclaimer ("not complaining, but..."), so a complaint said politely still counts', () => {
    const polite: ComplaintRules = { ...withStories, notComplaints: [...rules.notComplaints, phrase('not complaining')] };
    expect(recogniseComplaint("I'm not one to complain, but the nurse was rude to my dad", polite)?.signal).toBe('rudeness');
    expect(recogniseComplaint('not complaining exactly but nobody told us she had been moved', polite)?.signal).toBe('story-of-bad-care');
    // what follows "but" is a question of the leaflet's, or there is no "but": not a complaint
    expect(recogniseComplaint("I'm not complaining but can I get a second opinion?", polite)).toBeUndefined();
    expect(recogniseComplaint('is it rude to ask? the last one was rude', polite)).toBeUndefined();
  });

  it('takes saying no complaint is being made, or asking whether asking counts as one, over the formal words it holds; what follows "but" is still judged', () => {
    const sayingNot: ComplaintRules = { ...withStories, notMakingOne: ['not making a complaint', 'record as a complaint', 'thought about writing a complaint'].map(phrase) };
    expect(recogniseComplaint("im not making a complaint, i just want to see someone i can talk to", sayingNot)).toBeUndefined();
    expect(recogniseComplaint('if I ask for a second opinion will it go on my record as a complaint?', sayingNot)).toBeUndefined();
    expect(recogniseComplaint('I thought about writing a complaint, but they lost my referral again', sayingNot)?.signal).toBe('lost-paperwork');
    // without such words the formal route still wins
    expect(recogniseComplaint("I'd like to make a complaint", sayingNot)?.formal).toBe(true);
  });

  it('leaves a complaint about something that is not care (the council, a vet) alone, unless care is named too', () => {
    expect(recogniseComplaint('how do I make a formal complaint about the council', withStories)).toBeUndefined();
    expect(recogniseComplaint('how do I complain about a vet', withStories)).toBeUndefined();
    expect(recogniseComplaint('the council and the hospital both lost my referral, I want to complain', withStories)?.signal).toBe('wants-to-complain');
  });

  it('knows a complaint about something that is not care for what it is, so the person can be told where it goes', () => {
    expect(complainsAboutSomethingElse('how do I make a formal complaint about the council', withStories)).toBe(true);
    expect(complainsAboutSomethingElse('the vet was rude, how do i complain', withStories)).toBe(true);
    expect(complainsAboutSomethingElse('the council and the hospital both lost my referral, I want to complain', withStories)).toBe(false);
    expect(complainsAboutSomethingElse('the council runs the car park, where do I park for my second opinion?', withStories)).toBe(false);
  });
});

describe('a complaint in the middle of a flow', () => {
  const surer = { ...rules, learnt: { probability: () => 0.85, threshold: 0.8, thresholdInFlow: 0.9 } };

  it('is left to the learnt net only when it is surer than the in-flow bar, while the phrases still route one there', () => {
    expect(recogniseComplaint('the surgery, easier to get an appt there', surer)?.signal).toBe('learnt');
    expect(recogniseComplaint('the surgery, easier to get an appt there', surer, { inFlow: true })).toBeUndefined();
    expect(recogniseComplaint('the nurse was rude to me', surer, { inFlow: true })?.signal).toBe('rudeness');
  });
});
