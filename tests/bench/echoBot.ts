/**
 * The reference for `npm run bench:load`: a plain botbuilder echo bot on the same SDK, server
 * and kind of state store (in-process memory, counting turns per conversation), with none of
 * our work per turn. Started as its own process, like the bot it is compared with.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } from 'botbuilder';
import * as restify from 'restify';

const conversationState = new ConversationState(new MemoryStorage());
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
