import type { Redis } from 'ioredis';
import { redact } from './redact';

/** Questions longer than this are cut: enough to see what was asked, not a life story. */
const MAX_QUESTION_CHARS = 200;
/** The least asked are dropped past this many distinct questions. */
const MAX_KEPT = 2000;

export interface UnansweredCount {
  readonly question: string;
  readonly count: number;
}

/**
 * Questions the bot could not answer, for content editors: redacted, lower-cased, cut short,
 * counted in a Redis sorted set shared by every instance. Nothing else about the person (no
 * conversation, no time) is kept with them.
 */
export class UnansweredQuestions {
  private sinceTrim = 0;

  constructor(private readonly redis: Redis, private readonly keyPrefix: string) {}

  private get key(): string {
    return `${this.keyPrefix}:unanswered`;
  }

  /** Fire and forget: a turn never waits for, or fails because of, the count. */
  record(text: string): void {
    const question = redact(text.replace(/\s+/g, ' ').trim().toLowerCase()).slice(0, MAX_QUESTION_CHARS);
    if (question === '') return;
    const pipeline = this.redis.pipeline().zincrby(this.key, 1, question);
    if (++this.sinceTrim >= 100) {
      this.sinceTrim = 0;
      pipeline.zremrangebyrank(this.key, 0, -(MAX_KEPT + 1));
    }
    pipeline.exec().catch(() => undefined);
  }

  async mostCommon(limit: number): Promise<UnansweredCount[]> {
    const flat = await this.redis.zrevrange(this.key, 0, limit - 1, 'WITHSCORES');
    const counts: UnansweredCount[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) counts.push({ question: flat[i] as string, count: Number(flat[i + 1]) });
    return counts;
  }
}
