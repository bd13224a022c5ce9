import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import type { Reply } from './replies';

/**
 * Suggested actions suit Web Chat and the Emulator, but Teams shows them only in some chats,
 * so Teams gets the same buttons on a hero card.
 */
export function renderReply(reply: Reply, channelId: string): Partial<Activity> {
  const activity = renderContent(reply, channelId);
  if (reply.entryId) activity.channelData = { ...(activity.channelData as object | undefined), [ENTRY_KEY]: reply.entryId };
  return activity;
}

/** Where the entry a reply answers travels until the bot decides whether it can be rated. */
const ENTRY_KEY = 'adviceLineEntry';

/** The Q&A entry an outgoing activity answers, taken off it (it is not for the channel). */
export function takeAnsweredEntry(activity: Partial<Activity>): string | undefined {
  const data = activity.channelData as Record<string, unknown> | undefined;
  const entryId = data?.[ENTRY_KEY];
  if (data === undefined || typeof entryId !== 'string') return undefined;
  const { [ENTRY_KEY]: _taken, ...rest } = data;
  activity.channelData = Object.keys(rest).length > 0 ? rest : undefined;
  return entryId;
}

function renderContent(reply: Reply, channelId: string): Partial<Activity> {
  const choices = reply.choices ?? [];
  if (reply.cards && reply.cards.length > 0) {
    // Hero cards show in Web Chat and Teams alike; links open the dialler, mail or a page.
    const cards = reply.cards.map((card) =>
      CardFactory.heroCard(card.title, card.text, undefined, card.links.map((link) => ({ type: ActionTypes.OpenUrl, title: link.label, value: link.url }))),
    );
    return MessageFactory.carousel(cards, reply.text);
  }
  if (choices.length === 0) return MessageFactory.text(reply.text);
  const actions: CardAction[] = choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.value }));
  if (channelId === 'msteams') {
    return MessageFactory.attachment(CardFactory.heroCard('', undefined, actions), reply.text);
  }
  return MessageFactory.suggestedActions(actions, reply.text);
}

export async function sendReplies(context: TurnContext, replies: readonly Reply[]): Promise<void> {
  if (replies.length === 0) return;
  await context.sendActivities(replies.map((reply) => renderReply(reply, context.activity.channelId)));
}

/** The text of the message being handled, trimmed; buttons from some channels send it in value. */
export function messageText(context: TurnContext): string {
  const { text, value } = context.activity;
  if (typeof text === 'string' && text.trim() !== '') return text.trim();
  if (typeof value === 'string') return value.trim();
  return '';
}
