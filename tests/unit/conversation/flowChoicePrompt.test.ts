import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, Prompt, type DialogState, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import type { FlowAnswer } from '../../../src/conversation/flowAnswer';
import { FlowChoicePrompt, type ReadFlowAnswer, type SayFlowQuestion } from '../../../src/conversation/flowChoicePrompt';
import { messageText, renderReply } from '../../../src/conversation/render';
import { choice } from '../../../src/conversation/replies';

const read: ReadFlowAnswer = (text) => (text === 'yes' ? { kind: 'choice', index: 0 } : undefined);
const say: SayFlowQuestion = (_options, isRetry) => ({ text: isRetry ? 'Sorry, which one?' : 'Shall we carry on?', choices: [choice('yes')] });

/** The prompt as it was built on botbuilder's own Prompt class before the twenty-first pass: the reference. */
class SdkPrompt extends Prompt<FlowAnswer> {
  constructor(dialogId: string) {
    super(dialogId, async (prompt) => {
      if (prompt.recognized.succeeded) return true;
      if (prompt.attemptCount < 2) return false;
      Object.assign(prompt.recognized, { succeeded: true, value: { kind: 'way-out', reason: 'misses' } satisfies FlowAnswer });
      return true;
    });
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    await context.sendActivity(renderReply(say(options, isRetry), context.activity.channelId));
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<FlowAnswer>> {
    const answer = read(messageText(context), options);
    return answer ? { succeeded: true, value: answer } : { succeeded: false };
  }
}

/** Each message's replies, the stored dialog state after it, and what the prompt returned when it ended. */
async function converse(makePrompt: (id: string) => SdkPrompt | FlowChoicePrompt, messages: readonly string[]): Promise<unknown[]> {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const accessor = state.createProperty<DialogState>('dialogState');
  const dialogs = new DialogSet(accessor).add(makePrompt('ask'));
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.prompt('ask', { validations: { stepId: 'resume' } });
    else if (result.status === DialogTurnStatus.complete) await context.sendActivity(`ended: ${JSON.stringify(result.result)}`);
    await state.saveChanges(context);
  });
  const turns: unknown[] = [];
  for (const text of messages) {
    await adapter.send(text);
    const said = adapter.activeQueue.splice(0).filter((a: Partial<Activity>) => a.type !== ActivityTypes.Trace).map((a: Partial<Activity>) => a.text);
    const key = `${adapter.conversation.channelId}/conversations/${adapter.conversation.conversation.id}/`;
    turns.push({ said, stored: JSON.stringify((await storage.read([key]))[key]?.dialogState) });
  }
  return turns;
}

describe('the flow choice prompt', () => {
  it('says, stores and returns what the SDK prompt did: an answer, a retry after a miss, a way out after two', async () => {
    for (const messages of [['start', 'yes'], ['start', 'what?', 'yes'], ['start', 'what?', 'still no', 'start']]) {
      expect(await converse((id) => new FlowChoicePrompt(id, read, say), messages)).toEqual(await converse((id) => new SdkPrompt(id), messages));
    }
  });

  it('carries on a question saved by the SDK prompt, and the SDK prompt carries on one saved by ours', async () => {
    const storage = new MemoryStorage();
    // Each turn a new bot (adapter, state, dialogs) on the one store: as after a deployment. Test adapters all talk in one conversation.
    const run = async (prompt: SdkPrompt | FlowChoicePrompt, text: string): Promise<string[]> => {
      const state = new ConversationState(storage);
      const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState')).add(prompt);
      const said: string[] = [];
      const adapter = new TestAdapter(async (context) => {
        const dc = await dialogs.createContext(context);
        const result = await dc.continueDialog();
        if (result.status === DialogTurnStatus.empty) await dc.prompt('ask', { validations: {} });
        if (result.status === DialogTurnStatus.complete) said.push(`ended: ${JSON.stringify(result.result)}`);
        await state.saveChanges(context);
      });
      await adapter.send(text);
      return [...said, ...adapter.activeQueue.splice(0).map((a: Partial<Activity>) => a.text ?? '')];
    };
    expect(await run(new SdkPrompt('ask'), 'start')).toEqual(['Shall we carry on?']);
    expect(await run(new FlowChoicePrompt('ask', read, say), 'what?')).toEqual(['Sorry, which one?']);
    expect(await run(new SdkPrompt('ask'), 'no idea')).toEqual(['ended: {"kind":"way-out","reason":"misses"}']);
    expect(await run(new FlowChoicePrompt('ask', read, say), 'start')).toEqual(['Shall we carry on?']);
    expect(await run(new SdkPrompt('ask'), 'what?')).toEqual(['Sorry, which one?']);
    expect(await run(new FlowChoicePrompt('ask', read, say), 'yes')).toEqual(['ended: {"kind":"choice","index":0}']);
  });

  it('is composed into the bot without loading the SDK prompts’ text recognizers (~16 MB of heap)', () => {
    const root = resolve(__dirname, '../../..');
    const probe = "require('./src/index.ts'); process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((k) => k.includes('recognizers-text'))))";
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', probe], { cwd: root, encoding: 'utf8', timeout: 600_000 });
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual([]);
  }, 600_000);
});
