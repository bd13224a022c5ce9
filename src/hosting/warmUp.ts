import { randomUUID } from 'node:crypto';
import { BotAdapter, TurnContext, type Activity, type ActivityHandler, type ResourceResponse } from 'botbuilder';

/** Runs turns in-process and throws their replies away. */
class DiscardingAdapter extends BotAdapter {
  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map(() => ({ id: '' }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(): Promise<void> {}
}

/**
 * Before the first person arrives, runs a short made-up conversation through the whole bot
 * (safety rules, matcher, a guided flow, commands, state), so that lazily loaded modules and
 * cold code paths cost nothing on a real turn: the first turn after start-up was ~15x slower
 * than the tenth. The conversation's state is deleted afterwards.
 */
export async function warmUp(bot: ActivityHandler, messages: readonly string[], forget: (conversationId: string) => Promise<void>): Promise<void> {
  const adapter = new DiscardingAdapter();
  const conversationId = `warm-up-${randomUUID()}`;
  for (let round = 0; round < 3; round++) {
    for (const text of messages) {
      const activity: Partial<Activity> = {
        type: 'message',
        text,
        channelId: 'warm-up',
        serviceUrl: 'http://127.0.0.1:9',
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: 'warm-up', name: '' },
        recipient: { id: 'bot', name: '' },
        locale: 'en-GB',
      };
      await bot.run(new TurnContext(adapter, activity));
    }
  }
  await forget(conversationId);
}
