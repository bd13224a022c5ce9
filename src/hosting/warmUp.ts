import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { BotAdapter, TurnContext, type Activity, type ActivityHandler, type CloudAdapter, type ResourceResponse } from 'botbuilder';
import type { Content } from '../knowledge/loadContent';
import { withDates } from './messagingAdapter';
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
  // Its times as Dates, as the adapter makes them of a request's JSON.
  return (activity) => adapter.processActivityDirect('', withDates({ ...activity, deliveryMode: 'expectReplies' } as Activity), (context) => bot.run(context));
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

/** Deletes a made-up conversation's state, saved under the channel its activities named. */
export type Forget = (conversationId: string, channelId: string) => Promise<void>;

/** One made-up conversation: `messages` in turn, each a turn, the conversation forgotten afterwards. */
export type MadeUpConversation = (messages: readonly string[], round: number) => Promise<void>;

/**
 * Made-up conversations through `runTurn`, each shaped as the next channel in `channels` sends
 * it. Start-up passes the same `channels` to its in-process and its HTTP conversations, so the
 * channels keep taking turns across both.
 */
export function madeUpConversations(runTurn: WarmUpTurn, forget: Forget, channels: () => ChannelShape = channelsInTurn()): MadeUpConversation {
  return async (messages, round) => {
    const conversationId = `warm-up-${randomUUID()}`;
    const shaped = channels();
    const activities = messages.map((text) => shaped(text, conversationId, round));
    for (const activity of activities) await runTurn(activity as Partial<Activity>);
    // Its state is saved under the channel it came from, so that is where it is forgotten.
    await forget(conversationId, String(activities[0]?.channelId ?? ''));
  };
}

/** Each call the next channel's shape, round and round. */
export function channelsInTurn(): () => ChannelShape {
  let conversations = 0;
  return () => CHANNEL_SHAPES[conversations++ % CHANNEL_SHAPES.length] ?? asBareClient;
}

/**
 * Before the first person arrives, runs a short made-up conversation through the whole bot
 * (safety rules, matcher, a guided flow, commands, state), so that lazily loaded modules and
 * cold code paths cost nothing on a real turn: the first turn after start-up was ~15x slower
 * than the tenth. The conversations' state is deleted afterwards.
 */
export async function warmUp(converse: MadeUpConversation, messages: readonly string[], rounds = WARM_UP_ROUNDS): Promise<void> {
  // A new conversation each round: every real person's first turn starts one.
  for (let round = 0; round < rounds; round++) await converse(messages, round);
}

/** An activity as JSON on the wire (its times as text), which botbuilder's own types do not describe. */
export type ChannelShape = (text: string, conversationId: string, round: number) => Record<string, unknown>;

/**
 * Activities as the channels send them, fields in the channels' order: code V8 optimised on
 * one made-up shape only (channel `warm-up`, accounts with fields no channel sends) met the
 * first real activity as a new shape, and what it had optimised for the made-up one was
 * thrown away on a person's first turn. Taking turns, the warm-up leaves that code ready for
 * each of them. The ids and names are made up; the service URL is unreachable (replies are
 * returned with the response or thrown away, never posted).
 */
const asDirectLine: ChannelShape = (text, conversationId, round) => ({
  type: 'message',
  id: `${conversationId}|${String(round).padStart(7, '0')}`,
  timestamp: new Date().toISOString(),
  localTimestamp: new Date().toISOString(),
  localTimezone: 'Europe/London',
  serviceUrl: 'http://127.0.0.1:9',
  channelId: 'directline',
  from: { id: `dl_warm-up-${round}`, name: '' },
  conversation: { id: conversationId },
  recipient: { id: 'bot', name: 'bot' },
  textFormat: 'plain',
  locale: 'en-GB',
  text,
  entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
  channelData: { clientActivityID: `warm-up-${round}` },
});

const asTeams: ChannelShape = (text, conversationId, round) => ({
  text,
  textFormat: 'plain',
  type: 'message',
  timestamp: new Date().toISOString(),
  localTimestamp: new Date().toISOString(),
  id: `warm-up-${round}`,
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9',
  from: { id: `29:warm-up-${round}`, name: 'Warm Up', aadObjectId: '00000000-0000-0000-0000-000000000000' },
  conversation: { conversationType: 'personal', tenantId: '00000000-0000-0000-0000-000000000000', id: conversationId },
  recipient: { id: '28:bot', name: 'bot' },
  entities: [{ locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London', type: 'clientInfo' }],
  channelData: { tenant: { id: '00000000-0000-0000-0000-000000000000' } },
  locale: 'en-GB',
  localTimezone: 'Europe/London',
});

/** A client of our own endpoint that sends only what it must (as the load bench and tests do). */
const asBareClient: ChannelShape = (text, conversationId, round) => ({
  type: 'message',
  id: `warm-up-${round}`,
  text,
  channelId: 'directline',
  serviceUrl: 'http://127.0.0.1:9',
  conversation: { id: conversationId },
  from: { id: `warm-up-${round}` },
  recipient: { id: 'bot' },
  locale: 'en-GB',
});

const CHANNEL_SHAPES: readonly ChannelShape[] = [asDirectLine, asTeams, asBareClient];

/**
 * Many people at once, as under load: `turns` turns, `inFlight` at a time, each text in turn as
 * a new person's first message (forgotten afterwards). One conversation at a time left the
 * first real load slow for its first ~2,000 turns (2-3x the CPU of later ones): V8 had not yet
 * optimised the code that many turns in flight run, and the young generation was still at its
 * smallest size, where a scavenge every few turns copied what the turns in flight still held.
 */
export async function warmUpUnderLoad(converse: MadeUpConversation, texts: readonly string[], turns: number, inFlight: number): Promise<void> {
  if (texts.length === 0) return;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < turns) {
      const text = texts[next++ % texts.length] ?? '';
      await converse([text], 0);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
}

/** Each text once, as the first message of a conversation of its own (forgotten afterwards). */
export async function warmUpOnWordings(converse: MadeUpConversation, texts: readonly string[]): Promise<void> {
  for (const text of texts) await converse([text], 0);
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
