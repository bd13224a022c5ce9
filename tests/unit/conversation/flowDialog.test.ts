import { DialogTurnStatus } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { FlowDialog } from '../../../src/conversation/flowDialog';
import { buttonsOf } from '../../support/transcript';
import { fixtureFlowServices } from '../../support/flowFixtures';

function startFlow() {
  const { content, deps } = fixtureFlowServices();
  const spec = content.flows.find((f) => f.id === 'asking');
  if (!spec) throw new Error('fixture flow "asking" is missing');
  return new DialogTestClient('test', new FlowDialog(spec, deps), FlowDialog.startOptions(spec));
}

describe('running a flow spec', () => {
  it('opens with the first step: its answer, its question and its choices as buttons', async () => {
    const client = startFlow();
    const reply = await client.sendActivity('start');
    expect(reply.text).toBe('Ask your GP or specialist to refer you.\n\nShall we go through it?');
    expect(buttonsOf(reply)).toEqual(['Yes, step by step', 'No thanks', 'Can a relative ask for me?']);
  });

  it('follows the chosen branch to the end, and builds the summary from the notes', async () => {
    const client = startFlow();
    await client.sendActivity('start');
    expect((await client.sendActivity('Yes, step by step')).text).toBe('Who is it for?');
    expect((await client.sendActivity('For a relative')).text).toBe('A relative can ask if the patient agrees.');
    expect(buttonsOf(await client.sendActivity('Next') ?? {})).toEqual(['A referral']);
    const summary = await client.sendActivity('A referral');
    expect(summary.text).toContain('**What happened:** I want a second opinion for a relative.');
    expect(summary.text).toContain("**What I'd like:** A referral for a second opinion.");
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  });

  it('adds the contact details of the services a step names', async () => {
    const client = startFlow();
    await client.sendActivity('start');
    await client.sendActivity('yes');
    const help = await client.sendActivity('for me');
    expect(help.text).toMatch(/If things go wrong, PALS can help\.\n\n\*\*PALS \(Patient Advice and Liaison Service\)\*\*/);
    expect(help.text).toMatch(/find|nhs\.uk/i);
  });

  it('takes a typed answer close to a button as that button', async () => {
    const client = startFlow();
    await client.sendActivity('start');
    expect((await client.sendActivity('yes please')).text).toBe('Who is it for?');
    expect((await client.sendActivity('for a relitive')).text).toBe('A relative can ask if the patient agrees.');
  });

  it('answers a side question, then offers to carry on where it was', async () => {
    const client = startFlow();
    await client.sendActivity('start');
    const answer = await client.sendActivity('is there a fee for a second opinion');
    expect(answer.text).toContain('choose to pay');
    const carryOn = client.getNextReply();
    expect(carryOn.text).toBe('Shall we carry on where we were?');
    expect(buttonsOf(carryOn)).toEqual(['Carry on', 'Stop here']);
    const again = await client.sendActivity('carry on');
    expect(again.text).toBe('Ask your GP or specialist to refer you.\n\nShall we go through it?');
    expect((await client.sendActivity('yes')).text).toBe('Who is it for?');
  });

  it('answers a related entry tapped as a button, then carries on', async () => {
    const client = startFlow();
    await client.sendActivity('start');
    expect((await client.sendActivity('Can a relative ask for me?')).text).toContain('only if you agree');
    expect(client.getNextReply().text).toBe('Shall we carry on where we were?');
    const again = await client.sendActivity('go on');
    expect(buttonsOf(again), 'the question just answered is not offered again').toEqual(['Yes, step by step', 'No thanks']);
  });

  it('re-asks once when it cannot tell what was meant, then offers a way out instead of looping', async () => {
    const client = startFlow();
    await client.sendActivity('start');
    const retry = await client.sendActivity('purple elephants');
    expect(retry.text).toMatch(/didn't catch that/);
    expect(buttonsOf(retry)).toEqual(['Yes, step by step', 'No thanks', 'Can a relative ask for me?']);
    const wayOut = await client.sendActivity('more purple elephants');
    expect(wayOut.text).toMatch(/leave that there/);
    expect(buttonsOf(wayOut)).toEqual(['Start again', 'Talk to a person']);
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  });

  it('keeps in dialog state which question is open, not the activities sent: only a step naming a service keeps its words as said', async () => {
    const client = startFlow();
    const asked = await client.sendActivity('start');
    const kept = (): string => JSON.stringify(client.dialogContext.stack);
    expect(kept()).not.toContain('suggestedActions');
    expect(kept(), 'a step of its own words alone is said the same when built again').not.toContain(asked.text);
    await client.sendActivity('yes');
    const help = await client.sendActivity('for me');
    // A service's opening status depends on the hour it was said.
    expect(kept()).toContain(JSON.stringify(help.text));
    expect(kept()).not.toContain('suggestedActions');
  });

  it('ends when a choice leads nowhere further, offering the usual topics', async () => {
    const client = startFlow();
    await client.sendActivity('start');
    const done = await client.sendActivity('No thanks');
    expect(done.text).toBe('OK. Ask me anything else.');
    expect(buttonsOf(done)).toEqual(['How do I ask for a second opinion?', 'Can a relative ask for me?']);
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  });
});
