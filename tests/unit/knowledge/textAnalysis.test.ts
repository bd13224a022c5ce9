import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../../src/knowledge/matching/editDistance';
import { TypoCorrector } from '../../../src/knowledge/matching/typoCorrector';
import { TextAnalyser } from '../../../src/knowledge/text/analyser';
import { stem } from '../../../src/knowledge/text/stem';
import { tokenise } from '../../../src/knowledge/text/tokenise';

describe('reducing text to terms', () => {
  it('gives the forms of a word people use interchangeably the same stem', () => {
    expect(new Set(['worried', 'worries', 'worry', 'worrying'].map(stem)).size).toBe(1);
    expect(new Set(['referred', 'refer', 'referring', 'refers'].map(stem)).size).toBe(1);
    expect(new Set(['taking', 'take', 'takes'].map(stem)).size).toBe(1);
  });

  it('does not take a word ending in "s" for a plural when it is not one', () => {
    expect(stem('news')).not.toBe(stem('new'));
    expect(stem('specialists')).toBe(stem('specialist'));
  });

  it('folds case, apostrophes, accents and US spellings', () => {
    expect(tokenise("Don’t SPECIALIZE, café & co")).toEqual(['dont', 'specialise', 'cafe', 'and', 'co']);
  });

  it('reads words that are also names of JavaScript object properties as words', () => {
    expect(tokenise('my dad is a constructor, not a prototype')).toEqual(['my', 'dad', 'is', 'a', 'constructor', 'not', 'a', 'prototype']);
  });

  it('survives control characters and emoji', () => {
    expect(tokenise('\u0000\u0007hi\u202e🙂 there\n')).toEqual(['hi', 'there']);
  });

  it('replaces a synonym phrase with one concept and drops stop words', () => {
    const analyser = new TextAnalyser([['gp', 'family doctor'], ['cost', 'how much']]);
    const { terms } = analyser.analyse('How much is my family doctor?', () => true);
    expect(terms).toEqual(['~cost', '~gp']);
  });

  it('reads a real word typed for one that sounds the same only where it completes a phrase of ours', () => {
    const analyser = new TextAnalyser([['legal right', 'a right to', 'legally']]);
    const known = (): boolean => true;
    expect(analyser.analyse('do i have a rite to see someone', known).terms).toContain('~legal_right');
    expect(analyser.analyse('legal rite?', known).terms).toContain('~legal_right');
    expect(analyser.analyse('is there a rite of passage', known).terms).not.toContain('~legal_right');
    expect(analyser.analyse('please write to me', known).terms).not.toContain('~legal_right');
  });

  it('reads a word that sounds like two of ours as the one whose phrase it completes ("rite down" is "write down", "legal rite" is "legal right")', () => {
    const analyser = new TextAnalyser([['legal right', 'a right to'], ['write down', 'jot down']]);
    const known = (): boolean => true;
    expect(analyser.analyse('what shud i rite down', known).terms).toContain('~write_down');
    expect(analyser.analyse('legal rite?', known).terms).toContain('~legal_right');
    expect(analyser.analyse('a rite of passage', known).terms).not.toContain('~write_down');
  });

  it('reads a real word a letter away from one of ours as ours only where it completes a phrase of ours ("a second pinion"), never a word made from ours ("rearrange")', () => {
    const analyser = new TextAnalyser([['second opinion'], ['arrange an appointment']]);
    const ours = new Set(['second', 'opinion', 'arrang', 'appointment', 'an', 'gp']);
    const known = (s: string): boolean => ours.has(s);
    const closest = (word: string): string | undefined => ({ pinion: 'opinion', rearrang: 'arrang' })[word];
    const correct = (stemmed: string, _word: string, realWord?: boolean): string | undefined => (realWord ? closest(stemmed) : undefined);
    expect(analyser.analyse('can i get a second pinion', known, correct).terms).toContain('~second_opinion');
    expect(analyser.analyse('the pinion in the gearbox', known, correct).terms).not.toContain('opinion');
    expect(analyser.analyse('how do i rearrange an appointment', known, correct).terms).not.toContain('~arrange_an_appointment');
    expect(analyser.analyse('dictated by my gee pee', known).terms).toContain('gp');
  });

  it('reads one word typed or dictated as two as that word, a pair of real words only where it completes a phrase of ours', () => {
    const analyser = new TextAnalyser([['second opinion'], ['another', 'different']]);
    const known = (): boolean => true;
    expect(analyser.analyse('wats a sec and opinion', known).terms).toContain('~second_opinion');
    expect(analyser.analyse('can i see a nother doctor', known).terms).toContain('~another');
    expect(analyser.analyse('give me a sec and I will check', known).terms).not.toContain('~second_opinion');
    expect(analyser.analyse('how do i get a sick and opinion for my knee', known).terms).toContain('~second_opinion');
    expect(analyser.analyse('i feel sick and tired', known).terms).not.toContain('~second_opinion');
  });

  it('reads a word of ours dictated as parts it cannot read alone ("a second oh pinion") as that word, only where it completes a phrase of ours', () => {
    const analyser = new TextAnalyser([['second opinion'], ['fresh pair of eyes']]);
    const ours = new Set(['second', 'opinion', 'get', 'pair', 'eye', 'afresh', 'want']);
    const known = (s: string): boolean => ours.has(s);
    // The parts run together are then a slip like any other, which typo correction reads.
    const slips: Record<string, string> = { ohpinion: 'opinion', opineon: 'opinion' };
    const correct = (stemmed: string): string | undefined => slips[stemmed];
    expect(analyser.analyse('how do i get a second oh pinion', known, correct).terms).toContain('~second_opinion');
    expect(analyser.analyse('how do i get a second op in eon', known, correct).terms).toContain('~second_opinion');
    // Without "second" nothing is completed, so the parts stay as typed.
    expect(analyser.analyse('get oh pinion', known, correct).terms).not.toContain('opinion');
    // Parts already read as a phrase of ours are left alone ("a fresh pair of eyes" is not "afresh").
    expect(analyser.analyse('i want a fresh pair of eyes', known, correct).terms).toContain('~fresh_pair_of_eyes');
  });

  it('reads two words of ours typed without the space between them as the two ("secondopinion"), never a real word, a slip of one word of ours, or parts that are not words', () => {
    const analyser = new TextAnalyser([['second opinion']]);
    const ours = new Set(['second', 'opinion', 'offend', 'end', 'mor', 'nin']);
    const known = (s: string): boolean => ours.has(s);
    const english = new Set(['second', 'opinion', 'ended', 'end', 'seconds']);
    const isWord = (word: string): boolean => english.has(word);
    const correct = (stemmed: string): string | undefined => (stemmed === 'ofend' ? 'offend' : undefined);
    const read = (text: string): readonly string[] => analyser.analyseParts([{ tokens: tokenise(text), weight: 1 }], known, correct, undefined, isWord).terms;
    expect(read('howdo i ask for a secondopinion')).toContain('~second_opinion');
    expect(read('will he be ofended')).toContain('offend');
    expect(read('will he be ofended')).not.toContain('end');
    // A real word is left whole; so is one whose parts are not words ("mornin" is not "mor nin").
    expect(read('seconds')).not.toContain('~second_opinion');
    expect(read('mornin')).not.toContain('mor');
    expect(analyser.analyse('howdo i ask for a secondopinion', known, correct).terms).not.toContain('~second_opinion');
  });

  it('reads the dropped g of an everyday verb the same in content and messages ("gettin" is "getting")', () => {
    const analyser = new TextAnalyser([['second opinion']]);
    const everythingKnown = (): boolean => true;
    // Content is analysed with every word known: "gettin" must not become a rare word of its own there.
    expect(analyser.analyse('any upside to gettin a second opinion', everythingKnown).terms).toEqual(analyser.analyse('any upside to getting a second opinion', everythingKnown).terms);
    expect(analyser.analyse('askin about it', everythingKnown).terms).toEqual([stem('asking')]);
  });

  it('keeps a term a longer phrase holds whole, marked as found inside it', () => {
    const analyser = new TextAnalyser([['second opinion'], ['for someone else', 'second opinion for him']]);
    const { terms, contained } = analyser.analyse('can i get a second opinion for him', () => true);
    expect(terms).toEqual(['get', '~for_someone_else', '~second_opinion']);
    expect(contained).toEqual([false, false, true]);
  });

  it("reads a phrase written for one person's doctor or family about anyone's (\"become her doctor\" as \"become my doctor\")", () => {
    const analyser = new TextAnalyser([['take over', 'become my doctor'], ['relative', 'for my mum'], ['accompany', 'go with me'], ['offend', 'go over his head'], ['not understood', 'go over my head'], ['take on', 'look after her'], ['gp', 'my gp'], ['who do i ask', 'gp or the hospital']]);
    const known = (): boolean => true;
    expect(analyser.analyse('will they become her doctor', known).terms).toEqual(['~take_over']);
    expect(analyser.analyse('can i ask for their mum', known).terms).toEqual(['ask', '~relative']);
    // Only whose, never who: "go with him" is not someone coming along.
    expect(analyser.analyse('can i go with him', known).terms).not.toContain('~accompany');
    // A phrase two groups have but for whose is neither group's for anyone else; as typed it is its own group's.
    expect(analyser.analyse('would it go over their head', known).terms).not.toContain('~offend');
    expect(analyser.analyse('would it go over their head', known).terms).not.toContain('~not_understood');
    expect(analyser.analyse('would it go over his head', known).terms).toEqual(['~offend']);
    // "her" last in a phrase is who it is done to: "look after her" is not "look after my neighbour".
    expect(analyser.analyse('i look after my neighbour', known).terms).not.toContain('~take_on');
    // First in a phrase it is a word the matcher skips: "her gp" leaves "gp" to the longer phrase after it.
    expect(analyser.analyse('her gp or the hospital', known).terms).toContain('~who_do_i_ask');
  });

  it('reads a phrase of our words that names another subject as one word it does not know, and none of ours', () => {
    const analyser = new TextAnalyser([['test', 'blood test'], ['booked', 'book']], [['book a test', 'book a blood test']]);
    const booking = analyser.analyse('how do i book a blood test', () => true);
    expect(booking.terms).not.toContain('~test');
    expect(booking.terms).not.toContain('~booked');
    expect(booking.unknown).toEqual(['!book_a_test']);
    expect(booking.unknownWeight).toBe(1);
    expect(analyser.analyse('i have a blood test booked, should i keep it', () => true).terms).toEqual(expect.arrayContaining(['~test', '~booked']));
  });

  it('counts words it neither knows nor recognises as chatter as unknown', () => {
    const analyser = new TextAnalyser([]);
    const known = new Set([stem('wife')]);
    const { terms, unknown } = analyser.analyse('honestly my wife wants a mortgage', (s) => known.has(s));
    expect(terms).toEqual([stem('wife')]);
    expect(unknown).toEqual([stem('mortgage')]);
  });
});

describe('reading a message as written', () => {
  // The matcher then reads a message in one part once, not twice (OverlapMatcher.rank).
  it('reads a message whose every word it knows as typed the same as when every word counts as known', () => {
    const analyser = new TextAnalyser([['second opinion', 'another opinion'], ['gp', 'family doctor'], ['test', 'blood test'], ['legal right', 'a right to']], [['book a test']], new Set(['leeds']));
    const known = new Set(['second', 'opinion', 'gp', 'doctor', 'famili', 'test', 'right', 'legal', 'ask', 'get', 'book', 'want', 'can', 'my', 'mum'].map(stem));
    const isKnown = (s: string): boolean => known.has(s);
    const correct = (s: string): string | undefined => (s === stem('opinon') ? stem('opinion') : undefined);
    const bridge = (s: string): { term: string; weight: number } | undefined => (s === stem('physician') ? { term: stem('doctor'), weight: 0.5 } : undefined);
    const everythingKnown = (): boolean => true;
    const words = ['second', 'opinion', 'opinon', 'another', 'gp', 'family', 'doctor', 'physician', 'blood', 'test', 'book', 'a', 'right', 'rite', 'to', 'legal',
      'askin', 'gettin', 'in', 'my', 'mum', 'can', 'i', 'want', 'u', 'r', '2nd', '15', 'leeds', 'who', 'today', 'xyzzy', 'sec', 'and', 'nother'];
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (chosen) => {
        const text = chosen.join(' ');
        const analysed = analyser.analyse(text, isKnown, correct, bridge);
        if (!analysed.everyWordKnown) return;
        read++;
        expect(analysed).toEqual(analyser.analyse(text, everythingKnown));
      }),
      { numRuns: 2000 },
    );
    expect(read).toBeGreaterThan(100);
    expect(analyser.analyse('my opinon', isKnown, correct).everyWordKnown).toBe(false);
    expect(analyser.analyse('my physician', isKnown, correct, bridge).everyWordKnown).toBe(false);
    expect(analyser.analyse('my xyzzy', isKnown, correct).everyWordKnown).toBe(false);
    expect(analyser.analyse('today', isKnown, correct).everyWordKnown).toBe(false);
    expect(analyser.analyse('my mum can ask for a second opinion', isKnown, correct).everyWordKnown).toBe(true);
  });
});

describe('correcting typos', () => {
  const corrector = new TypoCorrector(new Map([['opinion', 3], ['specialist', 2], ['private', 1], ['care', 1]]));

  it('corrects a dropped, swapped or wrong letter to a known word', () => {
    expect(corrector.correct('opinon')).toBe('opinion');
    expect(corrector.correct('sepcialist')).toBe('specialist');
    expect(corrector.correct('privat')).toBe('private');
  });

  it('corrects a typo in the first letter', () => {
    expect(corrector.correct('zpinion')).toBe('opinion');
  });

  it('leaves alone a word that only contains a known word', () => {
    expect(corrector.correct('careful')).toBeUndefined();
    expect(corrector.correct('car')).toBeUndefined();
  });

  it('measures edit distance with adjacent swaps as one edit', () => {
    expect(editDistanceWithin('teh', 'the', 2)).toBe(1);
    expect(editDistanceWithin('kitten', 'sitting', 5)).toBe(3);
    expect(editDistanceWithin('abc', 'abcdefgh', 2)).toBe(3);
  });
});

describe('places', () => {
  it('say where someone lives, not what they ask: a place is neither a word of ours nor a sign of another subject', () => {
    const known = (s: string): boolean => s === 'opinion';
    expect(new TextAnalyser([]).analyse('opinion, I live in Inverness', known).unknown).toContain('inverness');
    const placed = new TextAnalyser([], [], new Set(['inverness'])).analyse('opinion, I live in Inverness', known);
    expect(placed.unknown).not.toContain('inverness');
    expect(placed.terms).toEqual(['opinion']);
  });
});
