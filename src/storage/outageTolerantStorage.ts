import type { Storage, StoreItems } from 'botbuilder';
import { describeError, type Logger } from '../logger';
import { isETagConflict } from './eTagConflict';

/** Set on a conversation's state when the store could not be read: the bot starts afresh and says so. */
export const STATE_UNAVAILABLE = 'stateUnavailable';

/**
 * Keeps the bot talking when the shared store is down: a failed read gives a fresh state
 * marked STATE_UNAVAILABLE, a failed write or delete is logged and dropped. Q&A needs no
 * memory, so people still get answers; a guided flow restarts. eTag conflicts are not
 * outages and still reach the bot, which retries the turn.
 */
export class OutageTolerantStorage implements Storage {
  constructor(private readonly inner: Storage, private readonly logger: Logger) {}

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.inner.read(keys);
    } catch (error) {
      this.logger.warn('storage-unavailable', { operation: 'read', ...describeError(error) });
      return Object.fromEntries(keys.map((key) => [key, { [STATE_UNAVAILABLE]: true }]));
    }
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.inner.write(changes);
    } catch (error) {
      if (isETagConflict(error)) throw error;
      this.logger.warn('storage-unavailable', { operation: 'write', ...describeError(error) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.inner.delete(keys);
    } catch (error) {
      this.logger.warn('storage-unavailable', { operation: 'delete', ...describeError(error) });
    }
  }
}
