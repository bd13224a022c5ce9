import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { madeUpConversations, warmUp, warmUpUnderLoad } from '../../../src/hosting/warmUp';

describe('the warm-up under load', () => {
  it('runs the number of turns asked for, each text in turn as a new conversation, never more at once than asked', async () => {
    const seen: Partial<Activity>[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const runTurn = async (activity: Partial<Activity>): Promise<void> => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      seen.push(activity);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running--;
    };
    const forgotten: string[] = [];
    await warmUpUnderLoad(madeUpConversations(runTurn, async (id, channelId) => void forgotten.push(`${channelId}/${id}`)), ['one', 'two', 'three'], 10, 4);

    expect(seen.map((a) => a.text)).toEqual(['one', 'two', 'three', 'one', 'two', 'three', 'one', 'two', 'three', 'one']);
    expect(mostAtOnce).toBe(4);
    const conversations = seen.map((a) => a.conversation?.id);
    expect(new Set(conversations).size).toBe(10);
    // Every made-up conversation is forgotten afterwards, under the channel its state was saved for: nothing of the warm-up stays in the store.
    expect(forgotten.sort()).toEqual(seen.map((a) => `${a.channelId}/${a.conversation?.id}`).sort());
  });

  it('sends its conversations shaped as the channels send them, in turn, never as a channel of its own', async () => {
    const seen: Partial<Activity>[] = [];
    await warmUp(madeUpConversations(async (activity) => void seen.push(activity), async () => undefined), ['hello'], 6);
    expect(new Set(seen.map((a) => a.channelId))).toEqual(new Set(['directline', 'msteams']));
    // Three shapes: Direct Line as Web Chat sends it, Teams, and a client sending only what it must.
    expect(new Set(seen.map((a) => Object.keys(a).join()))).toHaveProperty('size', 3);
    expect(seen.every((a) => a.conversation?.id && a.from?.id && a.recipient?.id && a.serviceUrl)).toBe(true);
  });

  it('does nothing without texts', async () => {
    let turns = 0;
    await warmUpUnderLoad(madeUpConversations(async () => void turns++, async () => undefined), [], 10, 4);
    expect(turns).toBe(0);
  });
});
