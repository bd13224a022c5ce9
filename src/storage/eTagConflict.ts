/**
 * A write based on state someone else has changed since it was read. Botbuilder's own stores
 * throw a plain Error mentioning "eTag conflict"; a class of our own lets the bot tell a
 * conflict (retry the turn) from an outage (carry on without state).
 */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

export function isETagConflict(error: unknown): boolean {
  return error instanceof ETagConflictError || (error instanceof Error && /eTag conflict/i.test(error.message));
}

/**
 * The eTag the bot gives a conversation it found no state for. No store issues it, so a write
 * carrying it succeeds only while the item still does not exist: two instances starting the
 * same conversation at once cannot both write (an absent eTag would let the last one win).
 */
export const NOT_STORED_YET = 'not-stored-yet';
