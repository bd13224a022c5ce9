import type { Activity } from 'botbuilder';

/** The event Web Chat posts when someone presses thumbs up or down under a message. */
export const FEEDBACK_EVENT = 'webchat:activity-status/feedback';
/** The @id widget.js gives each thumbs up / down action. */
const FEEDBACK_ID = /^urn:advice-line-bot:feedback:(helpful|not-helpful):(.+)$/;

export interface EntryFeedback {
  readonly helpful: number;
  readonly notHelpful: number;
}

/**
 * Helpful / not helpful counts per Q&A entry, for content editors. Only our entry ids are
 * counted (never anything a person typed), so the table is as small as the content.
 */
export class FeedbackCounts {
  private readonly counts = new Map<string, { helpful: number; notHelpful: number }>();

  constructor(entryIds: readonly string[]) {
    for (const id of entryIds) this.counts.set(id, { helpful: 0, notHelpful: 0 });
  }

  /** Counts one vote; false when the entry is not one of ours. */
  record(entryId: string, helpful: boolean): boolean {
    const count = this.counts.get(entryId);
    if (!count) return false;
    if (helpful) count.helpful++;
    else count.notHelpful++;
    return true;
  }

  /** Entries that got any votes, most voted first. */
  report(): { entry: string; helpful: number; notHelpful: number }[] {
    return [...this.counts]
      .filter(([, c]) => c.helpful + c.notHelpful > 0)
      .map(([entry, c]) => ({ entry, ...c }))
      .sort((a, b) => b.helpful + b.notHelpful - (a.helpful + a.notHelpful) || a.entry.localeCompare(b.entry));
  }
}

/**
 * Marks an answer as one that can be rated. The Bot Connector's serializer drops schema.org
 * properties from entities, so the mark travels in channelData and the web client (widget.js)
 * turns it into the schema.org actions that make Web Chat show thumbs up / down. Each
 * action's @id names the entry, because the event Web Chat sends back carries only the action.
 */
export function markRateable(activity: Partial<Activity>, entryId: string): void {
  activity.channelData = { ...(activity.channelData as object | undefined), adviceLine: { feedbackEntry: entryId } };
}

/** The entry and vote of a feedback event, if it is one of ours. */
export function readFeedback(activity: Partial<Activity>): { entryId: string; helpful: boolean } | undefined {
  const action = (activity.entities ?? [])[0] as { '@id'?: unknown } | undefined;
  const match = typeof action?.['@id'] === 'string' ? FEEDBACK_ID.exec(action['@id']) : null;
  if (!match?.[1] || !match[2]) return undefined;
  return { entryId: match[2], helpful: match[1] === 'helpful' };
}
