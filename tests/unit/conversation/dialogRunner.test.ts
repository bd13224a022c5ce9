import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity, type StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, DialogContext, DialogSet, runDialog, type Dialog, type DialogState, type DialogTurnResult } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { DIALOG_MEMORY_CONFIGURATION_KEY, DialogRunner } from '../../../src/conversation/dialogRunner';
import { FlowDialog, flowDialogId } from '../../../src/conversation/flowDialog';
import { fixtureFlowServices } from '../../support/flowFixtures';

type Run = (root: Dialog, context: TurnContext, accessor: StatePropertyAccessor<DialogState>) => Promise<void>;

/** A root that starts the fixture's "asking" flow, as the bot's root dialog starts a flow. */
function rootWithFlow(): Dialog {
  const { content, deps } = fixtureFlowServices();
  const spec = content.flows.find((f) => f.id === 'asking');
  if (!spec) throw new Error('fixture flow "asking" is missing');
  class Root extends ComponentDialog {
    constructor() {
      super('root');
      this.addDialog(new FlowDialog(spec as NonNullable<typeof spec>, deps));
    }
    protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
      return inner.beginDialog(flowDialogId('asking'), FlowDialog.startOptions(spec as NonNullable<typeof spec>));
    }
  }
  return new Root();
}

/** What each message got back (traces aside) and the dialog state stored after it (a waterfall's random instance id aside). */
async function converse(messages: readonly string[], makeRun: (root: Dialog, accessor: StatePropertyAccessor<DialogState>) => Run): Promise<unknown[]> {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const accessor = state.createProperty<DialogState>('dialogState');
  const root = rootWithFlow();
  const run = makeRun(root, accessor);
  const adapter = new TestAdapter(async (context) => {
    await run(root, context, accessor);
    await state.saveChanges(context);
  });
  const turns: unknown[] = [];
  for (const text of messages) {
    await adapter.send(text);
    const replies = adapter.activeQueue.splice(0).filter((a: Partial<Activity>) => a.type !== ActivityTypes.Trace);
    const key = `${adapter.conversation.channelId}/conversations/${adapter.conversation.conversation.id}/`;
    const stored = JSON.stringify((await storage.read([key]))[key]?.dialogState, (name, value: unknown) => (name === 'instanceId' ? 'id' : value));
    turns.push({ said: replies.map((a) => [a.text, a.suggestedActions?.actions.map((b) => b.title)]), stored });
  }
  return turns;
}

describe('running the dialogs without rebuilding them each turn', () => {
  it('says and stores what runDialog does, turn by turn through a flow', async () => {
    const messages = ['start', 'yes', 'for a relative', 'what does it cost', 'carry on', 'next', 'a referral'];
    const stock = await converse(messages, () => (root, context, accessor) => runDialog(root, context, accessor).then(() => undefined));
    const runner = await converse(messages, (root, accessor) => {
      const dialogs = new DialogRunner(root, accessor);
      return (_root, context) => dialogs.run(context);
    });
    expect(runner).toEqual(stock);
    expect(stock.length).toBe(messages.length);
  });

  it('sends no dialog-state trace outside the Emulator, and runDialog’s trace in it', async () => {
    const kinds = async (channelId: string): Promise<string[]> => {
      const state = new ConversationState(new MemoryStorage());
      const dialogs = new DialogRunner(rootWithFlow(), state.createProperty<DialogState>('dialogState'));
      // The test adapter passes traces on only when asked to, as a channel would receive them.
      const adapter = new TestAdapter(async (context) => dialogs.run(context), { channelId }, true);
      await adapter.send('start');
      return adapter.activeQueue.splice(0).map((a: Partial<Activity>) => a.type ?? '');
    };
    expect(await kinds('directline')).toEqual([ActivityTypes.Message]);
    expect(await kinds('emulator')).toEqual([ActivityTypes.Message, ActivityTypes.Trace]);
  });

  it('relies on botbuilder reading the dialog memory configuration it finds in the turn state', () => {
    const adapter = new TestAdapter();
    const turn = (): TurnContext => new TurnContext(adapter, { type: 'message', text: 'hi', channelId: 'test', conversation: { id: 'c', isGroup: false, conversationType: '', name: '' }, from: { id: 'u', name: '' }, recipient: { id: 'b', name: '' } });
    const dialogs = new DialogSet();
    const configuration = new DialogContext(dialogs, turn(), { dialogStack: [] }).state.configuration;
    const next = turn();
    next.turnState.set(DIALOG_MEMORY_CONFIGURATION_KEY, configuration);
    expect(new DialogContext(dialogs, next, { dialogStack: [] }).state.configuration).toBe(configuration);
    expect(new DialogContext(dialogs, turn(), { dialogStack: [] }).state.configuration).not.toBe(configuration);
  });
});
