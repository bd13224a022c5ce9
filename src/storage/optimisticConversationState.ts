import { ConversationState, type TurnContext } from 'botbuilder';
import { NOT_STORED_YET } from './eTagConflict';
import { STATE_UNAVAILABLE } from './outageTolerantStorage';

interface Loaded {
  state: Record<string, unknown>;
  eTag: string;
  hash: string;
}

/**
 * ConversationState with optimistic concurrency. botbuilder's BotState.saveChanges always
 * writes with eTag '*', so two instances serving one conversation at once silently lose one
 * turn's changes. This one writes with the eTag it read (or NOT_STORED_YET for a new
 * conversation), so the store refuses a write based on stale state and the bot can re-run
 * the turn on fresh state.
 *
 * It keeps the turn's copy of the state itself (load, get, clear, delete, saveChanges): BotState's
 * own load also hashed the state with SHA-256 on every turn, for a change check this class makes its own way.
 */
export class OptimisticConversationState extends ConversationState {
  private readonly loadedKey = Symbol('loadedState');

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const loaded = this.loaded(context);
    if (loaded && !force) return loaded.state;
    const key = await this.storageKey(context);
    const stored: unknown = key ? (await this.storage.read([key]))[key] : undefined;
    const state = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
    // Read during an outage: nothing to compare against, so the write (if Redis is back) overwrites.
    const eTag = state[STATE_UNAVAILABLE] ? '*' : typeof state.eTag === 'string' ? state.eTag : NOT_STORED_YET;
    context.turnState.set(this.loadedKey, { state, eTag, hash: changeHash(state) } satisfies Loaded);
    return state;
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return this.loaded(context)?.state;
  }

  /** Empties the state; the next save writes it if it was not empty already. */
  override async clear(context: TurnContext): Promise<void> {
    const loaded = this.loaded(context);
    context.turnState.set(this.loadedKey, { state: {}, eTag: loaded?.eTag ?? NOT_STORED_YET, hash: loaded?.hash ?? changeHash({}) } satisfies Loaded);
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const loaded = this.loaded(context);
    if (!loaded) return;
    const hash = changeHash(loaded.state);
    if (!force && hash === loaded.hash) return;
    const key = await this.storageKey(context);
    if (!key) return;
    await this.storage.write({ [key]: { ...loaded.state, eTag: loaded.eTag } });
    // The store chose the new eTag; later saves in this turn are ours and need no check.
    loaded.eTag = '*';
    loaded.hash = hash;
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.loadedKey);
    const key = await this.storageKey(context);
    if (key) await this.storage.delete([key]);
  }

  private loaded(context: TurnContext): Loaded | undefined {
    return context.turnState.get(this.loadedKey) as Loaded | undefined;
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
