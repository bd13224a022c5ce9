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
 * Holds a turn's outgoing activities until the bot says they may go. A send handler cannot be
 * removed from a TurnContext, so it is switched off with a flag instead.
 */
export function holdReplies(context: TurnContext): HeldReplies {
  let holding = true;
  let held: Partial<Activity>[] = [];
  context.onSendActivities(async (_context, activities, next): Promise<ResourceResponse[]> => {
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
