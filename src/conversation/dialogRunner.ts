import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { SkillValidation, type ClaimsIdentity } from 'botframework-connector';
import type { Dialog, DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { DialogSet, DialogTurnStatus, runDialog } from './sdkDialogs';

/**
 * Where botbuilder's DialogStateManager looks in a turn's state for the dialog memory's
 * configuration before building one (the C# SDK keys it by this type name too). It is read,
 * never written, by our code: tests/unit/conversation/dialogRunner.test.ts fails if botbuilder
 * stops reading it.
 */
export const DIALOG_MEMORY_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * Runs the root dialog for a message, as `runDialog` does, without its per-turn rebuilding:
 * `runDialog` makes a DialogSet and adds the root dialog to it on every turn, and every turn's
 * first DialogContext builds the dialog memory's configuration anew (a service collection, a
 * dependency graph, nine memory scopes and five path resolvers, all the same each time). Here
 * the set is built once, the configuration once per process (it holds no state of a turn), and
 * the turn is the SDK's documented pattern: create the context, continue the active dialog,
 * begin the root when nothing was active.
 *
 * `runDialog` also sends a trace of the whole dialog memory every turn, which only the Emulator
 * shows (the bot drops it everywhere else), and answers a parent bot when the bot runs as a
 * skill: turns from the Emulator and from a parent bot still go through `runDialog`.
 */
export class DialogRunner {
  private readonly dialogs: DialogSet;
  private configuration: DialogStateManagerConfiguration | undefined;

  constructor(private readonly root: Dialog, private readonly dialogState: StatePropertyAccessor<DialogState>) {
    this.dialogs = new DialogSet(dialogState).add(root);
  }

  async run(context: TurnContext): Promise<void> {
    if (context.activity.channelId === 'emulator' || calledAsSkill(context)) {
      await runDialog(this.root, context, this.dialogState);
      return;
    }
    if (this.configuration) context.turnState.set(DIALOG_MEMORY_CONFIGURATION_KEY, this.configuration);
    const dc = await this.dialogs.createContext(context);
    this.configuration ??= dc.state.configuration;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.root.id);
  }
}

function calledAsSkill(context: TurnContext): boolean {
  const identity = context.turnState.get(context.adapter.BotIdentityKey) as ClaimsIdentity | undefined;
  return identity !== undefined && SkillValidation.isSkillClaim(identity.claims);
}
