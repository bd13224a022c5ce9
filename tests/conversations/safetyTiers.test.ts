import { describe, expect, it } from 'vitest';
import { createTestConversation } from '../support/transcript';

const INTRO = { text: /Ask your GP or specialist to refer you/, buttons: ['Yes, step by step', 'No thanks', 'Can a relative ask for me?'] };
const HAPPENING_NOW = { text: 'If this is happening now, call 999.', buttons: [] };

describe('a possible emergency: the normal answer, with "if this is happening now, call 999" first', () => {
  it('inside a flow, the line is given and the flow carries on from the same step', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['Yes, step by step', 'Who is it for?'],
      // "my dad" answers "Who is it for?": the line first, then the flow goes on with that answer.
      ['my dad had a stroke two years ago', [HAPPENING_NOW, /A relative can ask if the patient agrees/]],
    ]);
  });

  it('inside a flow, a side question with a past danger sign gets the line first, then its answer', async () => {
    const { say } = createTestConversation();
    await say('how do i get one');
    const replies = await say('do i have to pay? he collapsed last month');
    expect(replies[0]?.text).toBe('If this is happening now, call 999.');
    expect(replies.at(-1)?.text).toContain('Shall we carry on where we were?');
    // A tap on the paused step's own button (Teams keeps old buttons on screen) is that choice.
    const [next] = await say('Yes, step by step');
    expect(next?.text).toContain('Who is it for?');
  });

  it('outside a flow, the line comes first and the message is still handled as usual', async () => {
    const replies = await createTestConversation().say('i had a seizure last year, what is a second opinion?');
    expect(replies[0]?.text).toBe('If this is happening now, call 999.');
    expect(replies.length).toBe(2);
    expect(replies[1]?.text).not.toMatch(/999|Samaritans|medical advice/);
  });

  it('a danger sign happening now gets 999 and nothing else, even after an operation', async () => {
    const { say } = createTestConversation();
    const replies = await say("since my operation on tuesday the wound is bleeding heavily and it won't stop");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/^This could be an emergency\. Call 999 now\./);
  });

  it('a medical-advice question that also mentions a past danger sign gets the line, then the signposting', async () => {
    await createTestConversation().play([
      ['my husband had a heart attack last year. should he stop taking his statins?', [HAPPENING_NOW, /not able to give medical advice[\s\S]*pharmacist/]],
    ]);
  });
});

describe('an emergency that is also a crisis: 999 first, Samaritans only after it', () => {
  it('tells someone whose friend wants to die and has a knife to call 999, then where to talk afterwards', async () => {
    const replies = await createTestConversation().say("my friend says she wants to die, she's got a knife and won't open the door");
    expect(replies).toHaveLength(1);
    const text = replies[0]?.text ?? '';
    expect(text).toMatch(/^This could be an emergency\. Call 999 now\./);
    expect(text.indexOf('116 123')).toBeGreaterThan(text.indexOf('Call 999 now'));
  });

  it('gives an emergency with no crisis in it 999 alone', async () => {
    const [reply] = await createTestConversation().say("blood is pouring from a cut on my leg and it won't stop");
    expect(reply?.text).toMatch(/^This could be an emergency/);
    expect(reply?.text).not.toMatch(/Samaritans|116 123/);
  });
});

describe('the crisis reply', () => {
  it('gives Samaritans, NHS 111 option 2, Lifeline in Northern Ireland, the Shout text line and 999, calmly, from services.yaml', async () => {
    const [reply, ...rest] = await createTestConversation().say('kms');
    expect(rest).toHaveLength(0);
    const text = reply?.text ?? '';
    expect(text).toMatch(/Samaritans free on 116 123, any time/);
    expect(text).toMatch(/111 \(option 2\)/);
    expect(text).toMatch(/In Northern Ireland, you can also call Lifeline free on 0808 808 8000/);
    expect(text).toMatch(/text SHOUT to 85258/);
    expect(text).toMatch(/in danger right now, call 999/);
  });
});

const STRUGGLING = "If you're struggling to cope, you can talk to Samaritans free on 116 123, any time. If you're in danger now, call 999.";
// The classifier is half-sure this comes from someone struggling: not sure enough for the crisis reply. (It had
// "honestly" in front, which alone made it half-sure; since the nineteenth pass the classifier reads a hedge as a comma.)
const HALF_SURE = "i can't cope with all this waiting anymore, it's all too much. how long does a second opinion take?";

describe('a possible crisis: the normal answer, with one calm Samaritans line first', () => {
  it('outside a flow, the line comes first and the question is still answered', async () => {
    const replies = await createTestConversation().say(HALF_SURE);
    expect(replies[0]?.text).toBe(STRUGGLING);
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.slice(1).map((r) => r.text).join('\n')).not.toMatch(/Samaritans|999|medical advice/);
  });

  it('inside a flow, the line is given and the flow carries on', async () => {
    const { say } = createTestConversation();
    await say('how do i get one');
    const replies = await say(HALF_SURE);
    expect(replies[0]?.text).toBe(STRUGGLING);
    expect(replies.at(-1)?.text).toContain('Shall we carry on where we were?');
    const [next] = await say('Yes, step by step');
    expect(next?.text).toContain('Who is it for?');
  });
});
