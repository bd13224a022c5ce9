import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
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
  private readonly requests: RateLimiterMemory;
  private readonly conversations: RateLimiterMemory;
  private readonly messages: RateLimiterMemory;

  constructor(settings: RateLimitSettings) {
    this.requests = new RateLimiterMemory({ keyPrefix: 'ip', points: settings.requestsPerMinutePerIp, duration: 60 });
    this.conversations = new RateLimiterMemory({ keyPrefix: 'new', points: settings.conversationsPerMinutePerIp, duration: 60 });
    this.messages = new RateLimiterMemory({ keyPrefix: 'conversation', points: settings.messagesPerMinute, duration: 60 });
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

async function take(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new HttpError(429, 'Too many requests. Please wait a moment.', { 'Retry-After': String(seconds) });
  }
}
