import { perMinuteLimiter, type MinuteLimiter } from '../hosting/rateLimiting';
import { HttpError } from './http';

export interface RateLimitSettings {
  readonly messagesPerMinute: number;
  readonly requestsPerMinutePerIp: number;
  readonly conversationsPerMinutePerIp: number;
}

/**
 * Limits for the web chat endpoints, in this process's memory: every request per address,
 * new conversations per address, and messages per conversation. Over a limit, the request
 * gets 429 with Retry-After.
 */
export class ChatRateLimits {
  private readonly requests: MinuteLimiter | undefined;
  private readonly conversations: MinuteLimiter | undefined;
  private readonly messages: MinuteLimiter | undefined;

  constructor(settings: RateLimitSettings) {
    const store = { keyPrefix: 'web-chat' };
    this.requests = perMinuteLimiter('ip', settings.requestsPerMinutePerIp, store);
    this.conversations = perMinuteLimiter('new', settings.conversationsPerMinutePerIp, store);
    this.messages = perMinuteLimiter('conversation', settings.messagesPerMinute, store);
  }

  request(address: string): Promise<void> {
    return take(this.requests, address);
  }

  newConversation(address: string): Promise<void> {
    return take(this.conversations, address);
  }

  message(conversationId: string): Promise<void> {
    return take(this.messages, conversationId);
  }
}

async function take(limiter: MinuteLimiter | undefined, key: string): Promise<void> {
  const wait = limiter && (await limiter.take(key));
  if (wait !== undefined) throw new HttpError(429, 'Too many requests. Please wait a moment.', { 'Retry-After': String(wait) });
}
