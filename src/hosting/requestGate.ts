import type { Redis } from 'ioredis';
import type { Request, Response } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { activityShapeProblem } from './activityShape';
import { bearerTokenProblem } from './botAuthentication';
import { perMinuteLimiter, type MinuteLimiter } from './rateLimiting';

/** Decides, before the adapter, whether a request to /api/messages may go on; answers it when not. */
export type RequestGate = (req: Request, res: Response) => Promise<boolean>;

export function createRequestGate(config: Config, redis: Redis | undefined, logger: Logger, nowSeconds = () => Date.now() / 1000): RequestGate {
  const { hosting } = config;
  // Per-minute budgets per client address and per conversation; with Redis, shared by every instance.
  const store = { redis, keyPrefix: hosting.redisKeyPrefix };
  const perIp = perMinuteLimiter('ip', hosting.rateLimitPerIp, store);
  const perConversation = perMinuteLimiter('conversation', hosting.rateLimitPerConversation, store);
  const authenticated = config.credentials.MicrosoftAppId !== '';

  const withinLimit = async (rateLimiter: MinuteLimiter | undefined, key: string, name: string, res: Response): Promise<boolean> => {
    if (!rateLimiter) return true;
    // The limiter's store failing is no reason to refuse a person: serve.
    const wait = await rateLimiter.take(key).catch(() => undefined);
    if (wait === undefined) return true;
    logger.warn('rate-limited', { limit: name });
    res.header('Retry-After', String(wait));
    res.send(429, { error: 'Too many messages; please wait a moment.' });
    return false;
  };

  return async (req, res) => {
    if (authenticated) {
      const problem = bearerTokenProblem(req.header('authorization'), nowSeconds());
      if (problem) {
        logger.warn('unauthorised-request', { reason: problem });
        res.send(401, { error: 'Unauthorized' });
        return false;
      }
    }
    const shapeProblem = activityShapeProblem(req.body as Record<string, unknown>);
    if (shapeProblem) {
      res.send(400, { error: `Not a valid activity: ${shapeProblem}.` });
      return false;
    }
    if (!(await withinLimit(perIp, req.socket.remoteAddress ?? 'unknown', 'ip', res))) return false;
    const conversationId = (req.body as { conversation?: { id?: unknown } }).conversation?.id;
    if (typeof conversationId === 'string' && !(await withinLimit(perConversation, conversationId, 'conversation', res))) return false;
    return true;
  };
}
