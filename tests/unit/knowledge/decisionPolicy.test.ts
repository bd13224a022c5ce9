import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { decide, type Evidence } from '../../../src/knowledge/matching/decide';
import type { KnowledgeEntry } from '../../../src/knowledge/types';

const entry = (id: string): KnowledgeEntry => ({ id, question: `${id}?`, alternates: [], answer: id, source: 's', followUps: [], tags: [] });
const [cost, relatives, delay] = [entry('cost'), entry('relatives'), entry('delay')] as [KnowledgeEntry, KnowledgeEntry, KnowledgeEntry];
const evidence = (scores: [KnowledgeEntry, number][], more: Partial<Evidence> = {}): Evidence => ({
  ranked: scores.map(([e, score]) => ({ entry: e, score, strongestAsked: 0 })),
  coverage: 0.9,
  onTopic: true,
  namesAnOpinion: true,
  unknownWeight: 0,
  wholePhrasing: false,
  likeOffTopic: false,
  namesOneTopic: false,
  tellingTerms: 4,
  ...more,
});
const settings = DEFAULTS.matching;

describe('deciding what to do with a ranked message', () => {
  it('answers a clear best candidate on our subject', () => {
    const result = decide(evidence([[cost, 2], [relatives, 0.5]]), settings);
    expect(result.kind === 'answer' && result.entry.id).toBe('cost');
    expect(result.kind === 'answer' && result.alsoAbout).toEqual([]);
  });

  it('offers close runners-up as buttons under the answer instead of asking', () => {
    const result = decide(evidence([[cost, 2], [relatives, 1.8], [delay, 0.4]]), settings);
    expect(result.kind).toBe('answer');
    if (result.kind === 'answer') expect(result.alsoAbout.map((e) => e.id)).toEqual(['relatives']);
  });

  it('asks "did you mean" only when two candidates are genuinely tied, and then offers both', () => {
    const result = decide(evidence([[cost, 2], [relatives, 1.99], [delay, 0.4]]), settings);
    expect(result.kind === 'clarify' && result.reason).toBe('tied');
    if (result.kind === 'clarify') expect(result.candidates.map((e) => e.id)).toEqual(['cost', 'relatives']);
  });

  it('answers the candidate of a tie that is asked with a clearly stronger word of the question, the other under it', () => {
    const tie = (a: number, b: number): Evidence => ({ ...evidence([[cost, 2], [relatives, 1.99], [delay, 0.4]]), ranked: [{ entry: cost, score: 2, strongestAsked: a }, { entry: relatives, score: 1.99, strongestAsked: b }, { entry: delay, score: 0.4, strongestAsked: 0.4 }] });
    const second = decide(tie(0.5, 0.9), settings);
    expect(second.kind === 'answer' && second.entry.id).toBe('relatives');
    if (second.kind === 'answer') expect(second.alsoAbout.map((e) => e.id)).toEqual(['cost']);
    expect(decide(tie(0.9, 0.5), settings).kind === 'answer').toBe(true);
    // Words of about the same strength: a genuine tie, so the bot asks.
    expect(decide(tie(0.9, 0.88), settings).kind).toBe('clarify');
  });

  it('answers a short clear question with no word of the subject when it explains all of it', () => {
    expect(decide(evidence([[cost, 1]], { onTopic: false, coverage: 1 }), settings).kind).toBe('answer');
  });

  it('falls back when a message off our subject is only partly explained, or has words we do not know', () => {
    expect(decide(evidence([[cost, 0.9], [delay, 0.8]], { onTopic: false, coverage: 0.5 }), settings).kind).toBe('none');
    expect(decide(evidence([[cost, 1.2]], { onTopic: false, coverage: 1, unknownWeight: 1 }), settings).kind).toBe('none');
  });

  it('answers a message with no word of the subject when one entry leads clearly on strong evidence', () => {
    expect(decide(evidence([[cost, 1.6], [delay, 0.5]], { onTopic: false, coverage: 0.6 }), settings).kind).toBe('answer');
    // Without a clear lead it is not answered, but strong evidence on two entries offers both.
    const unclear = decide(evidence([[cost, 1.6], [delay, 1.5]], { onTopic: false, coverage: 0.6 }), settings);
    expect(unclear.kind === 'clarify' && unclear.reason).toBe('unsure');
    expect(decide(evidence([[cost, 1.6], [delay, 0.5]], { onTopic: false, coverage: 0.6, unknownWeight: 1 }), settings).kind).not.toBe('answer');
  });

  it('answers a short message about our subject that is fully explained when one entry leads it ("can my son ask")', () => {
    const short = { onTopic: true, coverage: 1, tellingTerms: 2 };
    expect(decide(evidence([[relatives, 0.32], [delay, 0.23]], short), settings).kind).toBe('answer');
    // Two close candidates: both offered, not the fallback.
    const close = decide(evidence([[relatives, 0.32], [delay, 0.3]], short), settings);
    expect(close.kind === 'clarify' && close.candidates.map((e) => e.id)).toEqual(['relatives', 'delay']);
    // A weak word, an unknown word, a longer message, or no word of our subject: the honest fallback.
    expect(decide(evidence([[relatives, 0.2], [delay, 0.05]], short), settings).kind).toBe('none');
    expect(decide(evidence([[relatives, 0.32], [delay, 0.1]], { ...short, unknownWeight: 1 }), settings).kind).toBe('none');
    expect(decide(evidence([[relatives, 0.32], [delay, 0.1]], { ...short, tellingTerms: 4 }), settings).kind).toBe('none');
    expect(decide(evidence([[relatives, 0.32], [delay, 0.1]], { ...short, onTopic: false }), settings).kind).toBe('none');
  });

  it('answers one word of ours alone ("private?") on less evidence only when one entry clearly owns the word', () => {
    const oneWord = { onTopic: false, coverage: 1, namesOneTopic: true };
    expect(decide(evidence([[cost, 0.35], [delay, 0.15]], oneWord), settings).kind).toBe('answer');
    expect(decide(evidence([[cost, 0.35], [delay, 0.3]], oneWord), settings).kind).not.toBe('answer');
    expect(decide(evidence([[cost, 0.35], [delay, 0.15]], { ...oneWord, namesOneTopic: false }), settings).kind).not.toBe('answer');
  });

  it('falls back when the evidence is too thin, even on our subject', () => {
    expect(decide(evidence([[cost, 0.1]]), settings).kind).toBe('none');
    expect(decide(evidence([]), settings).kind).toBe('none');
  });

  it('answers a long message with strong evidence even when its story is about other things', () => {
    expect(decide(evidence([[cost, 3], [delay, 1]], { coverage: 0.3 }), settings).kind).toBe('answer');
  });

  it('says it is not sure but offers the best candidates when a message on our subject is unclear', () => {
    const result = decide(evidence([[cost, 0.6], [relatives, 0.5], [delay, 0.45], [entry('other'), 0.2]], { coverage: 0.2, unknownWeight: 1 }), settings);
    expect(result.kind === 'clarify' && result.reason).toBe('unsure');
    if (result.kind === 'clarify') expect(result.candidates.map((e) => e.id)).toEqual(['cost', 'relatives', 'delay']);
  });

  it('never offers a single option when unsure, and keeps the plain fallback off our subject', () => {
    expect(decide(evidence([[cost, 0.6], [relatives, 0.1]], { coverage: 0.2, unknownWeight: 1 }), settings).kind).toBe('none');
    expect(decide(evidence([[cost, 0.6], [relatives, 0.5]], { onTopic: false, coverage: 0.2, unknownWeight: 1 }), settings).kind).toBe('none');
  });

  it('keeps the plain fallback when the question itself has words we do not know ("a fit note for work")', () => {
    expect(decide(evidence([[cost, 0.6], [relatives, 0.5]], { coverage: 0.2, unknownWeight: 2 }), settings).kind).toBe('none');
  });

  it('answers a message that is one of the best entry\'s phrasings whole, however everyday its words', () => {
    expect(decide(evidence([[cost, 0.2]], { onTopic: false, coverage: 0, wholePhrasing: true }), settings).kind).toBe('answer');
  });

  it('does not answer a message more like a known question about something else, even when it names our subject', () => {
    expect(decide(evidence([[cost, 1.2], [relatives, 0.3]], { likeOffTopic: true }), settings).kind).not.toBe('answer');
    // With a word we do not know, strong evidence of care at large does not outweigh the likeness either ("a copy of my records from the dentist").
    expect(decide(evidence([[cost, 2], [relatives, 0.5]], { likeOffTopic: true, unknownWeight: 1, namesAnOpinion: false }), settings).kind).not.toBe('answer');
    // Nor does strong evidence of the subject itself when no entry leads clearly.
    expect(decide(evidence([[cost, 2], [relatives, 1.8]], { likeOffTopic: true, unknownWeight: 1 }), settings).kind).not.toBe('answer');
  });

  it('offers the candidates of a message more like a question about something else as maybe meant elsewhere, not as unsure about our subject', () => {
    const unclear = (likeOffTopic: boolean) => decide(evidence([[cost, 0.6], [relatives, 0.5], [delay, 0.45]], { coverage: 0.2, unknownWeight: 1, likeOffTopic }), settings);
    const elsewhere = unclear(true);
    expect(elsewhere.kind === 'clarify' && elsewhere.reason).toBe('elsewhere');
    expect(elsewhere.kind === 'clarify' && elsewhere.candidates.map((e) => e.id)).toEqual(['cost', 'relatives', 'delay']);
    const unsure = unclear(false);
    expect(unsure.kind === 'clarify' && unsure.reason).toBe('unsure');
  });

  it('answers a message naming our subject itself whose best entry leads clearly on strong evidence, though its story has words we do not know', () => {
    // "We saw a different urologist for a second opinion ... Can we move all her care over to him": the condition and the
    // letter's signature are the story, not another subject.
    const result = decide(evidence([[cost, 2], [relatives, 1.1]], { likeOffTopic: true, unknownWeight: 1.2 }), settings);
    expect(result.kind === 'answer' && result.entry.id).toBe('cost');
  });

  it('answers a message naming our subject itself with strong evidence and no word we do not know, though it looks like another subject', () => {
    const result = decide(evidence([[cost, settings.ownSubjectScore], [relatives, 0.5]], { likeOffTopic: true }), settings);
    expect(result.kind === 'answer' && result.entry.id).toBe('cost');
    expect(decide(evidence([[cost, 2], [relatives, 0.5]], { likeOffTopic: true, onTopic: false, namesAnOpinion: false }), settings).kind).not.toBe('answer');
  });

  it('does not answer a message like a question about something else whose only words of our subject are words of care at large', () => {
    // "My life insurer has asked for a report from my doctor ... who pays for that letter?": a GP, a report, records score strongly, no second opinion is asked.
    const result = decide(evidence([[cost, 1.9], [relatives, 0.7]], { likeOffTopic: true, namesAnOpinion: false }), settings);
    expect(result.kind).not.toBe('answer');
  });

  it('reads a weight made of bridged words (0.7 + 0.3) as the limit it adds up to', () => {
    const bridged = 1 - 0.7;
    expect(bridged).toBeGreaterThan(settings.offTopicUnknownWeight);
    const result = decide(evidence([[cost, 2.4], [relatives, 0.9]], { onTopic: false, coverage: 0.46, unknownWeight: bridged }), settings);
    expect(result.kind === 'answer' && result.entry.id).toBe('cost');
  });

  it('still answers a message that is one of the best entry\'s phrasings whole when it also looks like another subject, if it names our subject itself', () => {
    expect(decide(evidence([[cost, 2]], { likeOffTopic: true, wholePhrasing: true }), settings).kind).toBe('answer');
  });

  it('does not answer a whole phrasing that looks like another subject when its only words of our subject are words of care at large', () => {
    // "can I have my smear test done at a private clinic": a private clinic is our phrasing's, the smear test another service's.
    expect(decide(evidence([[cost, 2]], { likeOffTopic: true, wholePhrasing: true, namesAnOpinion: false }), settings).kind).not.toBe('answer');
  });

  it('does not answer everyday words that an entry explains fully but weakly ("what\'s your name")', () => {
    const weak = settings.offTopicScore * 0.9;
    expect(decide(evidence([[cost, weak], [relatives, 0.1]], { onTopic: false, coverage: 1 }), settings).kind).toBe('none');
  });

  it('answers one word of ours typed alone ("private?") on the same evidence', () => {
    const weak = settings.offTopicScore * 0.9;
    expect(decide(evidence([[cost, weak], [relatives, 0.1]], { onTopic: false, coverage: 1, namesOneTopic: true }), settings).kind).toBe('answer');
  });

  it('answers a clear leader on our subject even when the message says more than it explains, with the others under it', () => {
    const result = decide(evidence([[cost, 1.2], [relatives, 0.6]], { coverage: 0.2 }), settings);
    expect(result.kind === 'answer' && result.entry.id).toBe('cost');
    expect(decide(evidence([[cost, 1.2], [relatives, 1.1]], { coverage: 0.2 }), settings).kind).toBe('clarify');
    expect(decide(evidence([[cost, 1.2], [relatives, 0.6]], { onTopic: false, coverage: 0.2, unknownWeight: 1 }), settings).kind).not.toBe('answer');
  });

  it('answers a clear leader asked with a word of our subject however many words of the message it does not know, unless the message is like another subject', () => {
    // "me nan's been told summat an she dun't believe a word of it. is that reason enuff to see someone else": dialect and spelling are unknown words, not another subject.
    const told = decide(evidence([[cost, 1.4], [relatives, 0.7]], { coverage: 0.35, unknownWeight: 3 }), settings);
    expect(told.kind === 'answer' && told.entry.id).toBe('cost');
    expect(decide(evidence([[cost, 1.4], [relatives, 0.7]], { coverage: 0.35, unknownWeight: 3, likeOffTopic: true }), settings).kind).not.toBe('answer');
    expect(decide(evidence([[cost, 1.4], [relatives, 1.2]], { coverage: 0.35, unknownWeight: 3 }), settings).kind).not.toBe('answer');
  });

  it("gives the runner-up places under an answer to entries its own follow-up buttons do not already offer", () => {
    const withFollowUp = { ...cost, followUps: ['relatives'] };
    const result = decide(evidence([[withFollowUp, 2], [relatives, 1.8], [delay, 1.5]]), settings);
    expect(result.kind === 'answer' && result.alsoAbout.map((e) => e.id)).toEqual(['delay']);
  });
  it('offers the candidates of a message without a word of our subject whose best entry leads clearly despite a few unknown words, and drops it when it is like a question about something else', () => {
    const story = { onTopic: false, coverage: 0.7, unknownWeight: 0.6, tellingTerms: 5 };
    const offered = decide(evidence([[cost, 1.35], [relatives, 0.38], [delay, 0.35]], story), settings);
    expect(offered.kind === 'clarify' && offered.candidates.map((e) => e.id)).toEqual(['cost', 'relatives', 'delay']);
    expect(decide(evidence([[cost, 1.35], [relatives, 0.38]], { ...story, likeOffTopic: true }), settings).kind).toBe('none');
    expect(decide(evidence([[cost, 1.35], [relatives, 0.38]], { ...story, unknownWeight: 2 }), settings).kind).toBe('none');
    expect(decide(evidence([[cost, 1.35], [relatives, 1.2]], story), settings).kind).not.toBe('answer');
  });

  it('offers the candidates of a message without a word of our subject whose best entry leads far on strong evidence, however many words it does not know, and drops it when it is like another subject', () => {
    const story = { onTopic: false, coverage: 0.45, unknownWeight: 3, tellingTerms: 6 };
    const offered = decide(evidence([[cost, 2], [relatives, 0.8], [delay, 0.6]], story), settings);
    expect(offered.kind === 'clarify' && offered.candidates.map((e) => e.id)).toEqual(['cost', 'relatives', 'delay']);
    expect(decide(evidence([[cost, 2], [relatives, 0.8]], { ...story, likeOffTopic: true }), settings).kind).toBe('none');
    // Strong evidence but no far lead, or a far lead on weaker evidence: the fallback, as before.
    expect(decide(evidence([[cost, 2], [relatives, 1.2]], story), settings).kind).toBe('none');
    expect(decide(evidence([[cost, 1.3], [relatives, 0.5]], story), settings).kind).toBe('none');
  });

  it('offers the candidates of a message that would fall back when one entry is far ahead on a little evidence, and still falls back when it is not or the message is like another subject', () => {
    const short = { onTopic: false, coverage: 0.6, unknownWeight: 0, tellingTerms: 3 };
    const offered = decide(evidence([[cost, 0.55], [relatives, 0.22], [delay, 0.2]], short), settings);
    expect(offered.kind === 'clarify' && offered.candidates.map((e) => e.id)).toEqual(['cost', 'relatives', 'delay']);
    // Not far ahead, too little evidence, like another subject, or only one candidate: the fallback, as before.
    expect(decide(evidence([[cost, 0.55], [relatives, 0.4]], short), settings).kind).toBe('none');
    expect(decide(evidence([[cost, 0.45], [relatives, 0.1]], short), settings).kind).toBe('none');
    expect(decide(evidence([[cost, 0.55], [relatives, 0.22]], { ...short, likeOffTopic: true }), settings).kind).toBe('none');
    expect(decide(evidence([[cost, 0.55]], short), settings).kind).toBe('none');
  });

  it('answers a message without a word of our subject whose best entry leads decisively, every word known ("whats the catch with going elsewhere, any drawbacks")', () => {
    const everyday = { onTopic: false, namesAnOpinion: false, coverage: 0.47, tellingTerms: 2 };
    const decisive = decide(evidence([[cost, 1.05], [relatives, 0.42]], everyday), settings);
    expect(decisive.kind === 'answer' && decisive.entry.id).toBe('cost');
    // A runner-up more than half as strong, a word we do not know, or a likeness to another subject: not answered.
    expect(decide(evidence([[cost, 1.05], [relatives, 0.6]], everyday), settings).kind).not.toBe('answer');
    expect(decide(evidence([[cost, 1.05], [relatives, 0.42]], { ...everyday, unknownWeight: 0.5 }), settings).kind).not.toBe('answer');
    expect(decide(evidence([[cost, 1.05], [relatives, 0.42]], { ...everyday, likeOffTopic: true }), settings).kind).not.toBe('answer');
    // Too little evidence to call it a lead ("how long is the waiting list for a hip replacement"): not answered.
    expect(decide(evidence([[cost, 0.7], [relatives, 0.29]], everyday), settings).kind).not.toBe('answer');
  });
});
