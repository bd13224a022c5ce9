import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { BotAdapter, TurnContext, type Activity, type ActivityHandler, type CloudAdapter, type ResourceResponse } from 'botbuilder';
import type { Content } from '../knowledge/loadContent';
import { seededRandom } from '../seededRandom';

/** Runs turns in-process and throws their replies away. */
class DiscardingAdapter extends BotAdapter {
  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map(() => ({ id: '' }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(): Promise<void> {}
}

/** Enough turns for V8 to have compiled the hot paths of a turn. */
const WARM_UP_ROUNDS = 8;

/** Runs one made-up turn, its replies thrown away. */
export type WarmUpTurn = (activity: Partial<Activity>) => Promise<void>;

/** Through the bot alone: for a bot whose adapter wants a signed token on every request. */
export function turnsThroughBot(bot: ActivityHandler): WarmUpTurn {
  const adapter = new DiscardingAdapter();
  return (activity) => bot.run(new TurnContext(adapter, activity));
}

/**
 * Through the adapter as a request from a channel (expectReplies), so that the adapter's own
 * cold paths (authentication, the connector, the reply collection) are warm too: with only
 * the bot warmed, the first real request still took ~200 ms against ~14 ms for the tenth.
 */
export function turnsThroughAdapter(adapter: CloudAdapter, bot: ActivityHandler): WarmUpTurn {
  // No token: this is only for an adapter that accepts anonymous requests.
  return (activity) => adapter.processActivityDirect('', { ...activity, deliveryMode: 'expectReplies' } as Activity, (context) => bot.run(context));
}

/**
 * Over HTTP to the bot's own endpoint, once it listens: the request path before the adapter
 * (restify, the body parser, the request gate, writing the response) is cold until a real
 * request has been through it, and the first person's turn took ~80 ms against ~15 ms for
 * the tenth. A bot that wants a signed token refuses these with 401, which still warms the
 * path up to the adapter (the adapter and the bot are warmed in-process).
 */
export function turnsOverHttp(messagesUrl: string): WarmUpTurn {
  return (activity) =>
    new Promise<void>((resolve) => {
      const body = JSON.stringify({ ...activity, deliveryMode: 'expectReplies' });
      const post = request(messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
        response.resume();
        response.once('end', resolve);
      });
      // Warming is best effort: a refused or failed request only means less is warm.
      post.once('error', () => resolve());
      post.end(body);
    });
}

/**
 * Before the first person arrives, runs a short made-up conversation through the whole bot
 * (safety rules, matcher, a guided flow, commands, state), so that lazily loaded modules and
 * cold code paths cost nothing on a real turn: the first turn after start-up was ~15x slower
 * than the tenth. The conversations' state is deleted afterwards.
 */
export async function warmUp(runTurn: WarmUpTurn, messages: readonly string[], forget: (conversationId: string) => Promise<void>, rounds = WARM_UP_ROUNDS): Promise<void> {
  // A new conversation each round: every real person's first turn starts one.
  for (let round = 0; round < rounds; round++) {
    const conversationId = `warm-up-${randomUUID()}`;
    for (const text of messages) {
      await runTurn({
        type: 'message',
        id: `warm-up-${round}`,
        text,
        channelId: 'warm-up',
        serviceUrl: 'http://127.0.0.1:9',
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: 'warm-up', name: '' },
        recipient: { id: 'bot', name: '' },
        locale: 'en-GB',
      });
    }
    await forget(conversationId);
  }
}

/**
 * Many people at once, as under load: `turns` turns, `inFlight` at a time, each text in turn as
 * a new person's first message (forgotten afterwards). One conversation at a time left the
 * first real load slow for its first ~2,000 turns (2-3x the CPU of later ones): V8 had not yet
 * optimised the code that many turns in flight run, and the young generation was still at its
 * smallest size, where a scavenge every few turns copied what the turns in flight still held.
 */
export async function warmUpUnderLoad(runTurn: WarmUpTurn, texts: readonly string[], forget: (conversationId: string) => Promise<void>, turns: number, inFlight: number): Promise<void> {
  if (texts.length === 0) return;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < turns) {
      const text = texts[next++ % texts.length] ?? '';
      await warmUp(runTurn, [text], forget, 1);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
}

/** Each text once, as the first message of a conversation of its own (forgotten afterwards). */
export async function warmUpOnWordings(runTurn: WarmUpTurn, texts: readonly string[], forget: (conversationId: string) => Promise<void>): Promise<void> {
  for (const text of texts) await warmUp(runTurn, [text], forget, 1);
}

/** A short conversation that passes through every kind of turn: a flow, Q&A, commands, safety, a fallback. */
export function warmUpMessages({ knowledge, flows }: Content): string[] {
  const flow = flows[0];
  const start = flow && knowledge.entries.find((entry) => entry.id === flow.startsFrom.entries[0]);
  const step = flow?.steps.find((s) => s.id === flow.start);
  return [
    'hello',
    ...(start ? [start.question, step?.choices[0]?.label ?? 'next'] : []),
    ...knowledge.entries.slice(0, 5).map((entry) => entry.question),
    'what is the capital of peru',
    'help',
    'start again',
    'I have chest pain',
  ];
}

/**
 * Every way of asking our content knows, each as a new person's first message: the words
 * people use reach matching and safety code (and their caches) that a short script does not,
 * and the first hundred real turns cost twice what later ones did.
 */
export function contentWordings({ knowledge }: Content): string[] {
  return knowledge.entries.flatMap((entry) => [entry.question, ...entry.alternates]);
}

/**
 * The warm-up under load's mix: every way of asking the content knows (flow-starting questions
 * among them), the ways people ask that writers gave us, questions about other subjects, and a
 * short conversation's commands, small talk and safety.
 */
export function askedWordings(content: Content): string[] {
  const { asked } = content.knowledge;
  const mixed = [...contentWordings(content), ...content.flows.flatMap((flow) => flow.startsFrom.phrases), ...[...asked.byEntry.values()].flat(), ...asked.notAboutUs];
  // Shuffled (the same way every time), so that every stretch of the warm-up is a mix, as real traffic is.
  const random = seededRandom(9);
  for (let i = mixed.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [mixed[i], mixed[j]] = [mixed[j] ?? '', mixed[i] ?? ''];
  }
  return [...warmUpMessages(content), ...mixed];
}
