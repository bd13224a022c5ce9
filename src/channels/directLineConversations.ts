import { randomBytes } from 'node:crypto';

/** An activity as our Direct Line stores and returns it: plain JSON. */
export type StoredActivity = Record<string, unknown> & { id: string };

interface Conversation {
  readonly id: string;
  readonly userId: string;
  /** The oldest activities are dropped past the limit; `firstSeq` is the first one kept. */
  activities: StoredActivity[];
  firstSeq: number;
  started: boolean;
  lastUsed: number;
}

export interface ConversationLimits {
  readonly maxConversations: number;
  readonly maxActivitiesPerConversation: number;
  readonly idleMs: number;
  readonly pageSize: number;
}

/**
 * The conversations of our Direct Line, in memory and bounded: idle ones are dropped, the
 * least recently used go first past the limit, and a long conversation keeps only its latest
 * activities. Watermarks count every activity ever added, so paging stays correct after drops.
 */
export class DirectLineConversations {
  /** Map order is recency order: every use moves a conversation to the end. */
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly limits: ConversationLimits,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.conversations.size;
  }

  create(): { conversationId: string; userId: string } {
    this.dropIdle();
    const conversation: Conversation = {
      id: randomBytes(16).toString('base64url'),
      userId: `web_${randomBytes(12).toString('base64url')}`,
      activities: [],
      firstSeq: 0,
      started: false,
      lastUsed: this.now(),
    };
    this.conversations.set(conversation.id, conversation);
    while (this.conversations.size > this.limits.maxConversations) {
      const oldest = this.conversations.keys().next();
      if (oldest.done) break;
      this.conversations.delete(oldest.value);
    }
    return { conversationId: conversation.id, userId: conversation.userId };
  }

  has(conversationId: string): boolean {
    return this.find(conversationId) !== undefined;
  }

  /** Marks the conversation started; true the first time only. */
  start(conversationId: string): boolean {
    const conversation = this.find(conversationId);
    if (!conversation || conversation.started) return false;
    conversation.started = true;
    return true;
  }

  /** Adds an activity and returns its id (conversation|sequence, as Azure's Direct Line does). */
  append(conversationId: string, activity: Record<string, unknown>): StoredActivity | undefined {
    const conversation = this.find(conversationId);
    if (!conversation) return undefined;
    const seq = conversation.firstSeq + conversation.activities.length;
    const stored: StoredActivity = { ...activity, id: `${conversationId}|${String(seq).padStart(7, '0')}`, timestamp: new Date(this.now()).toISOString() };
    conversation.activities.push(stored);
    const excess = conversation.activities.length - this.limits.maxActivitiesPerConversation;
    if (excess > 0) {
      conversation.activities.splice(0, excess);
      conversation.firstSeq += excess;
    }
    return stored;
  }

  /** The activities after the watermark, one page at a time, and the watermark to ask from next. */
  page(conversationId: string, watermark: number | undefined): { activities: StoredActivity[]; watermark?: string } | undefined {
    const conversation = this.find(conversationId);
    if (!conversation) return undefined;
    const from = Math.max(watermark === undefined ? 0 : watermark + 1, conversation.firstSeq);
    const start = from - conversation.firstSeq;
    const activities = conversation.activities.slice(start, start + this.limits.pageSize);
    const next = activities.length > 0 ? from + activities.length - 1 : Math.max(watermark ?? -1, conversation.firstSeq - 1);
    // Before the first activity there is no watermark to give, as with Azure's Direct Line.
    return next < 0 ? { activities } : { activities, watermark: String(next) };
  }

  userOf(conversationId: string): string | undefined {
    return this.find(conversationId)?.userId;
  }

  private find(conversationId: string): Conversation | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    const now = this.now();
    this.conversations.delete(conversationId);
    if (now - conversation.lastUsed > this.limits.idleMs) return undefined;
    conversation.lastUsed = now;
    this.conversations.set(conversationId, conversation);
    return conversation;
  }

  private dropIdle(): void {
    const now = this.now();
    for (const [id, conversation] of this.conversations) {
      if (now - conversation.lastUsed <= this.limits.idleMs) break;
      this.conversations.delete(id);
    }
  }
}
