import { ConfigError, loadConfig, loadDotEnv } from '../config';
import { UnansweredQuestions } from '../privacy/unansweredQuestions';
import { createRedisClient, whenRedisReady } from '../storage/redisClient';

/**
 * `npm run report:unanswered [-- N]`: the N (default 30) questions the bot most often could not
 * answer, with how often, for content editors deciding what to add. Counted in Redis by every
 * instance; memory storage keeps none.
 */
async function main(): Promise<number> {
  loadDotEnv();
  const config = loadConfig();
  const limit = Number(process.argv[2] ?? 30);
  if (!config.hosting.redisUrl) {
    process.stderr.write('Unanswered questions are counted in Redis only: set REDIS_URL to the deployment\'s Redis.\n');
    return 1;
  }
  const redis = createRedisClient(config.hosting.redisUrl);
  redis.on('error', () => undefined);
  try {
    await whenRedisReady(redis);
    const counts = await new UnansweredQuestions(redis, config.hosting.redisKeyPrefix).mostCommon(Number.isInteger(limit) && limit > 0 ? limit : 30);
    if (counts.length === 0) {
      process.stdout.write('No unanswered questions recorded yet.\n');
      return 0;
    }
    process.stdout.write(`Most common unanswered questions (redacted), "${config.hosting.redisKeyPrefix}":\n`);
    for (const { question, count } of counts) process.stdout.write(`${String(count).padStart(6)}  ${question}\n`);
    return 0;
  } finally {
    redis.disconnect();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
