import { TestAdapter, type Activity } from 'botbuilder';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config';
import { composeApp } from '../../src/index';
import { silentLogger } from '../../src/logger';
import { FIXTURE_DIALOGS, FIXTURE_KNOWLEDGE } from './fixtureKnowledge';

/** What one bot reply should be: its text (substring or pattern), and its buttons if it matters. */
export type ExpectedReply =
  | string
  | RegExp
  | { readonly text: string | RegExp; readonly buttons?: readonly string[]; readonly cards?: readonly (string | RegExp)[] };

/** One exchange: what the user says, and every reply the bot gives to it, in order. */
export type Turn = readonly [user: string, bot: ExpectedReply | readonly ExpectedReply[]];

/** Titles of the hero cards on a reply (the contact cards of services). */
export function cardTitlesOf(activity: Partial<Activity>): string[] {
  return (activity.attachments ?? []).map((a) => (a.content as { title?: string } | undefined)?.title ?? '').filter(Boolean);
}

export function buttonsOf(activity: Partial<Activity>): string[] {
  const suggested = activity.suggestedActions?.actions ?? [];
  const card = (activity.attachments ?? []).flatMap((a) => ((a.content as { buttons?: { title: string }[] } | undefined)?.buttons ?? []));
  return [...suggested, ...card].map((action) => action.title);
}

function check(reply: Partial<Activity> | undefined, expected: ExpectedReply, where: string): void {
  expect(reply, `${where}: the bot did not reply`).toBeDefined();
  const text = reply?.text ?? '';
  const spec = typeof expected === 'string' || expected instanceof RegExp ? { text: expected } : expected;
  if (typeof spec.text === 'string') expect(text, where).toContain(spec.text);
  else expect(text, where).toMatch(spec.text);
  if ('buttons' in spec && spec.buttons) expect(buttonsOf(reply ?? {}), `${where}: buttons`).toEqual(spec.buttons);
  if ('cards' in spec && spec.cards) {
    const titles = cardTitlesOf(reply ?? {});
    expect(titles, `${where}: cards`).toHaveLength(spec.cards.length);
    spec.cards.forEach((title, i) => expect(titles[i], `${where}: card ${i + 1}`).toMatch(title));
  }
}

/** A conversation with the bot as composed for production, over a TestAdapter, one turn at a time. */
export function createTestConversation(env: Record<string, string> = {}, channelId = 'test') {
  const config = loadConfig({ KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, DIALOGS_DIR: FIXTURE_DIALOGS, ...env });
  const clock = { now: Date.parse('2026-11-25T10:00:00Z') };
  const { bot } = composeApp(config, silentLogger, () => clock.now);
  const adapter = new TestAdapter(async (context) => bot.run(context), { channelId });

  /** Sends one message and returns every reply the bot gave to it. */
  async function say(text: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    await adapter.receiveActivity(text);
    return adapter.activeQueue.splice(0);
  }

  /** Plays the turns in order and checks the bot's replies to each, and that there were no more. */
  async function play(turns: readonly Turn[]): Promise<void> {
    for (const [index, [user, expected]] of turns.entries()) {
      const replies = await say(user);
      const list = Array.isArray(expected) ? (expected as readonly ExpectedReply[]) : [expected as ExpectedReply];
      const where = `turn ${index + 1} ("${user}")`;
      expect(replies.map((r) => r.text), `${where}: number of replies`).toHaveLength(list.length);
      list.forEach((e, i) => check(replies[i], e, `${where}, reply ${i + 1}`));
    }
  }

  /** Moves the bot's clock on, as if the person went away. */
  const wait = (minutes: number): void => {
    clock.now += minutes * 60_000;
  };

  return { adapter, say, play, wait };
}
