import { describe, expect, it } from 'vitest';
import { recogniseComplaint, type ComplaintRules } from '../../../src/knowledge/intents/complaints';
import { learnComplaints, type LearntComplaints } from '../../../src/knowledge/intents/learntComplaints';
import { phrase } from '../../../src/knowledge/intents/words';
import { loadContent } from '../../../src/knowledge/loadContent';
import { DEFAULTS } from '../../../src/config';
import { FIXTURE_DIALOGS, knowledgeWith } from '../../support/fixtureKnowledge';

const phrased: ComplaintRules = {
  flow: 'problems',
  formalRoute: 'I want to make a formal complaint',
  formal: ['formal complaint'].map(phrase),
  signals: [{ id: 'rudeness', phrases: ['rude'].map(phrase) }],
  notComplaints: ['be offended'].map(phrase),
  storiesOfBadCare: { wentWrong: [], notWhenAbout: ['second opinion'].map(phrase), signalsNotWhenAbout: new Set() },
  notAboutCare: { subjects: ['landlord'].map(phrase), unlessAbout: ['hospital'].map(phrase) },
};
/** A learnt net that is sure of everything: what it may never override shows plainly. */
const sureOfEverything: LearntComplaints = { probability: () => 1, threshold: 0.5, thresholdInFlow: 0.5 };

describe('the learnt complaint recogniser', () => {
  it('takes a story no phrase names as a complaint when it is sure enough, and says which net took it', () => {
    expect(recogniseComplaint('they lost her notes and nobody rings back', phrased)).toBeUndefined();
    expect(recogniseComplaint('they lost her notes and nobody rings back', { ...phrased, learnt: sureOfEverything })).toEqual({ formal: false, signal: 'learnt' });
  });

  it('never takes a message about another opinion, one the phrases rule out, or one about something that is not care', () => {
    const rules = { ...phrased, learnt: sureOfEverything };
    expect(recogniseComplaint('they keep fobbing me off, can i get a second opinion', rules)).toBeUndefined();
    expect(recogniseComplaint('will my doctor be offended if i ask', rules)).toBeUndefined();
    expect(recogniseComplaint('my landlord never fixes anything', rules)).toBeUndefined();
  });

  it('is below its threshold for a message unlike its complaints', () => {
    expect(recogniseComplaint('they lost her notes', { ...phrased, learnt: { probability: () => 0.2, threshold: 0.5, thresholdInFlow: 0.5 } })).toBeUndefined();
  });

  it('must be surer of a message in the middle of a flow, where it is first of all an answer to the step\'s question', () => {
    const rules = { ...phrased, learnt: { probability: () => 0.85, threshold: 0.8, thresholdInFlow: 0.9 } };
    expect(recogniseComplaint('they lost her notes and nobody rings back', rules)).toEqual({ formal: false, signal: 'learnt' });
    expect(recogniseComplaint('they lost her notes and nobody rings back', rules, { inFlow: true })).toBeUndefined();
  });

  it('learns from examples to rate a new story of care gone wrong above an everyday question', () => {
    const learnt = learnComplaints(
      {
        threshold: 0.5,
        thresholdInFlow: 0.5,
        complaints: ['they lost my notes', 'nobody rings me back', 'the ward lost her scan', 'no one ever rang back', 'reception lost my letter'],
        notComplaints: ['how do i ask for a second opinion', 'what gets sent to the new doctor', 'can my son ask for me'],
      },
      ['is there a legal right to one', 'will it delay my treatment'],
    );
    expect(learnt.probability('the clinic lost my results and nobody rang back')).toBeGreaterThan(0.5);
    expect(learnt.probability('how do i ask my gp for a second opinion')).toBeLessThan(0.5);
  });

  it('never takes a reply of a few words, which in a flow is an answer ("still want it"), however like a complaint', () => {
    const learnt = learnComplaints({ threshold: 0.5, thresholdInFlow: 0.5, complaints: ['still want it', 'nobody rang', 'lost it again'], notComplaints: ['yes please'] }, []);
    expect(learnt.probability('still want it')).toBe(0);
  });

  it('rates the shipped examples\' kinds as they were written: a story of care gone wrong over its threshold, a typed flow answer and an unhappy second-opinion question far under it', () => {
    const { intents } = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
    const learnt = intents.complaints.learnt;
    if (!learnt) throw new Error('the shipped content has a learnt complaint net');
    expect(learnt.probability('they took my bloods three times because the lab mislaid them each time')).toBeGreaterThan(learnt.thresholdInFlow);
    expect(learnt.probability('the surgery, easier to get an appt there')).toBeLessThan(learnt.threshold);
    expect(recogniseComplaint('my consultant wont listen to me and i want another doctor to look at my scans', intents.complaints)).toBeUndefined();
  });

  it('is trained at loading from complaint-examples.yaml and the content, and recognises a story in none of its examples', () => {
    const { intents } = loadContent(knowledgeWith({}), FIXTURE_DIALOGS);
    expect(intents.complaints.learnt?.threshold).toBe(0.9);
    // No "thresholdInFlow" in the fixture: a flow's messages need what every message needs.
    expect(intents.complaints.learnt?.thresholdInFlow).toBe(0.9);
    expect(recogniseComplaint('the ward lost my dads notes and nobody rings us back', intents.complaints)).toEqual({ formal: false, signal: 'learnt' });
    expect(recogniseComplaint('how do i ask for a second opinion', intents.complaints)).toBeUndefined();
  });
});
