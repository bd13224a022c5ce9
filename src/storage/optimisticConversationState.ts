import { ConversationState, type TurnContext } from 'botbuilder';
import { NOT_STORED_YET } from './eTagConflict';
import { STATE_UNAVAILABLE } from './outageTolerantStorage';

interface Loaded {
  eTag: string;
  hash: string;
}

/**
 * ConversationState with optimistic concurrency. botbuilder's BotState.saveChanges always
 * writes with eTag '*', so two instances serving one conversation at once silently lose one
 * turn's changes. This one writes with the eTag it read (or NOT_STORED_YET for a new
 * conversation), so the store refuses a write based on stale state and the bot can re-run
 * the turn on fresh state.
 */
export class OptimisticConversationState extends ConversationState {
  private readonly loadedKey = Symbol('loadedState');

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const alreadyLoaded = context.turnState.get(this.loadedKey) as Loaded | undefined;
    const state = (await super.load(context, force)) as Record<string, unknown>;
    if (force || !alreadyLoaded) {
      // Read during an outage: nothing to compare against, so the write (if Redis is back) overwrites.
      const eTag = state[STATE_UNAVAILABLE] ? '*' : typeof state.eTag === 'string' ? state.eTag : NOT_STORED_YET;
      context.turnState.set(this.loadedKey, { eTag, hash: changeHash(state) } satisfies Loaded);
    }
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const loaded = context.turnState.get(this.loadedKey) as Loaded | undefined;
    const state = this.get(context) as Record<string, unknown> | undefined;
    if (!loaded || !state) return;
    const hash = changeHash(state);
    if (!force && hash === loaded.hash) return;
    const key = await this.storageKey(context);
    if (!key) return;
    await this.storage.write({ [key]: { ...state, eTag: loaded.eTag } });
    // The store chose the new eTag; later saves in this turn are ours and need no check.
    loaded.eTag = '*';
    loaded.hash = hash;
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.loadedKey);
    await super.delete(context);
  }
}

/**
 * What decides whether a turn changed its state. Conversation state is plain JSON, so
 * JSON.stringify does (botbuilder's calculateChangeHash guards against cycles, at 3x the cost).
 */
function changeHash(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...data } = state;
  return JSON.stringify(data);
}
