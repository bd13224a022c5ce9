import type { Redis } from 'ioredis';
import type { Request, Response } from 'restify';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { activityShapeProblem } from './activityShape';
import { bearerTokenProblem } from './botAuthentication';

/** Decides, before the adapter, whether a request to /api/messages may go on; answers it when not. */
export type RequestGate = (req: Request, res: Response) => Promise<boolean>;

/**
 * Per-minute budgets per client address and per conversation. With Redis they are shared by
 * every instance (and fall back to per-instance memory during a Redis outage).
 */
function limiter(name: string, points: number, redis: Redis | undefined, keyPrefix: string): RateLimiterAbstract | undefined {
  if (points <= 0) return undefined;
  const options = { keyPrefix: `${keyPrefix}:limit:${name}`, points, duration: 60 };
  if (!redis) return new RateLimiterMemory(options);
  return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
}

export function createRequestGate(config: Config, redis: Redis | undefined, logger: Logger, nowSeconds = () => Date.now() / 1000): RequestGate {
  const { hosting } = config;
  const perIp = limiter('ip', hosting.rateLimitPerIp, redis, hosting.redisKeyPrefix);
  const perConversation = limiter('conversation', hosting.rateLimitPerConversation, redis, hosting.redisKeyPrefix);
  const authenticated = config.credentials.MicrosoftAppId !== '';

  const withinLimit = async (rateLimiter: RateLimiterAbstract | undefined, key: string, name: string, res: Response): Promise<boolean> => {
    if (!rateLimiter) return true;
    try {
      await rateLimiter.consume(key);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return true; // the limiter's store failed: serve rather than refuse
      logger.warn('rate-limited', { limit: name });
      res.header('Retry-After', String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))));
      res.send(429, { error: 'Too many messages; please wait a moment.' });
      return false;
    }
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
