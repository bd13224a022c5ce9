/**
 * The reference for `npm run bench:load`: a plain botbuilder echo bot on the same SDK, server
 * and kind of state store as ours (in-process memory, counting turns per conversation), with
 * none of our work per turn. Started as its own process, like the bot it is compared with.
 *
 * Its store is bounded as ours is (ECHO_STORE_MODULE: our build's BoundedMemoryStorage, with
 * ECHO_STORE_MAX_ITEMS and ECHO_STORE_TTL_MS, the bench passing our defaults). With the stock
 * MemoryStorage (ECHO_STORE=stock), which never forgets a conversation, the echo bot's heap grew
 * with every request of the bench while ours stayed at its cap (twentieth pass).
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type Storage } from 'botbuilder';
import * as restify from 'restify';

function store(): Storage {
  const module = process.env.ECHO_STORE_MODULE;
  if (process.env.ECHO_STORE === 'stock' || !module) return new MemoryStorage();
  /* eslint-disable-next-line @typescript-eslint/no-require-imports -- our build's store, found at run time */
  const { BoundedMemoryStorage } = require(module) as typeof import('../../src/storage/boundedMemoryStorage');
  return new BoundedMemoryStorage({ maxItems: Number(process.env.ECHO_STORE_MAX_ITEMS), ttlMs: Number(process.env.ECHO_STORE_TTL_MS) });
}

const conversationState = new ConversationState(store());
const turns = conversationState.createProperty<number>('turns');
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await turns.set(context, (await turns.get(context, 0)) + 1);
  await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
  await next();
});

const server = restify.createServer();
server.use(restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await bot.run(context);
    await conversationState.saveChanges(context);
  });
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  next();
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`{"event":"started","url":"http://127.0.0.1:${server.address().port}/api/messages"}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
