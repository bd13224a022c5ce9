import { describe, expect, it } from 'vitest';
import { learnWayOuts } from '../../../src/knowledge/intents/learntWayOuts';
import { loadContent } from '../../../src/knowledge/loadContent';
import { FIXTURE_DIALOGS, knowledgeWith } from '../../support/fixtureKnowledge';

const examples = {
  threshold: 0.5,
  thresholdOverAButton: 0.7,
  wayOuts: ['i have had enough of this', 'let me talk to a real person', 'i will come back later', 'can we stop now', 'take me back to the start', 'i need to go now'],
  notWayOuts: ['my mum', 'it is for me', 'the waiting mostly', 'go private', 'how long does it take', 'yes please'],
};

describe('the learnt way-out reader', () => {
  it('rates a new wish to leave a flow above a typed answer and a question of their own', () => {
    const learnt = learnWayOuts(examples, ['what is a second opinion', 'can my wife ask for me']);
    expect(learnt.probability('had enough now, i will come back to it later')).toBeGreaterThan(0.5);
    expect(learnt.probability('for my mum')).toBeLessThan(0.5);
    expect(learnt.probability('how long does a second opinion take')).toBeLessThan(0.5);
  });

  it('learns the content\'s own questions as not a way out', () => {
    const withOrdinary = learnWayOuts(examples, ['can i come back to the same doctor later']);
    const without = learnWayOuts(examples, []);
    expect(withOrdinary.probability('can i come back to the same doctor later')).toBeLessThan(without.probability('can i come back to the same doctor later'));
  });

  it('is trained at loading from way-out-examples.yaml, with its threshold', () => {
    const { intents } = loadContent(knowledgeWith({}), FIXTURE_DIALOGS);
    const learnt = intents.typedAnswers.learntWayOuts;
    expect(learnt?.threshold).toBe(0.95);
    expect(learnt?.probability('i have had enough of these questions')).toBeGreaterThan(learnt?.probability('my mum') ?? 1);
  });
});
