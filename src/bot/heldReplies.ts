import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';

export interface HeldReplies {
  /** Forgets what the turn has said so far (it is about to be re-run). */
  discard(): void;
  /** Sends what the turn said, for real. */
  release(): Promise<void>;
  /** From now on sends go straight out (an error reply from onTurnError, for one). */
  stopHolding(): void;
}

/**
 * Edits a batch of outgoing activities in place before they are held or sent (a send handler
 * changes what is sent only by editing the array it is given); it may run twice on one
 * activity, so it must leave an edited one as it is.
 */
export type PrepareReplies = (activities: Partial<Activity>[]) => void;

/**
 * Holds a turn's outgoing activities until the bot says they may go, after `prepare` has had
 * its say. One send handler does both: each handler on a TurnContext is another async step
 * for every send. A send handler cannot be removed from a TurnContext, so it is switched off
 * with a flag instead.
 */
export function holdReplies(context: TurnContext, prepare: PrepareReplies = () => undefined): HeldReplies {
  let holding = true;
  let held: Partial<Activity>[] = [];
  context.onSendActivities(async (_context, activities, next): Promise<ResourceResponse[]> => {
    prepare(activities);
    // The adapter refuses an empty send.
    if (activities.length === 0) return [];
    if (!holding) return next();
    held.push(...activities);
    return activities.map(() => ({ id: '' }));
  });
  return {
    discard: () => {
      held = [];
    },
    release: async () => {
      holding = false;
      const toSend = held;
      held = [];
      if (toSend.length > 0) await context.sendActivities(toSend);
    },
    stopHolding: () => {
      holding = false;
    },
  };
}
