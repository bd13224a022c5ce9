import { AuthenticationError, type BotFrameworkAuthentication } from 'botframework-connector';
import { CloudAdapter, StatusCodes, type Activity, type TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { describeError, type Logger } from '../logger';

/**
 * CloudAdapter for our messaging endpoint. `CloudAdapter.process` checks the request, the
 * response and the bot logic with zod schemas on every request (~3% of a turn, and its
 * activity check copies the body to throw the copy away); the endpoint has already checked
 * that the body is an activity (server.ts, the request gate), so `processRequest` goes
 * straight to the adapter's turn pipeline and answers as `process` does.
 */
export class MessagingAdapter extends CloudAdapter {
  constructor(auth: BotFrameworkAuthentication, private readonly logger: Logger) {
    super(auth);
  }

  async processRequest(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = withDates(req.body as Activity);
    const header = req.headers.authorization;
    try {
      const answer = await this.processActivity(typeof header === 'string' ? header : '', activity, logic);
      if (answer?.body === undefined) respond(res, answer?.status ?? StatusCodes.OK, undefined);
      else respondWithJson(res, answer.status, answer.body);
    } catch (error) {
      const failure = error as Error;
      const refused = failure instanceof AuthenticationError;
      // The adapter's own failures go to our private log (structured, no message text), not to stderr.
      if (refused) this.logger.warn('request-unauthorised', describeError(failure));
      else this.logger.error('adapter-failed', describeError(failure));
      respond(res, refused ? StatusCodes.UNAUTHORIZED : StatusCodes.INTERNAL_SERVER_ERROR, failure.message);
    }
  }
}

/**
 * A turn's answer (the replies, with expectReplies) as JSON, headers and body in one write.
 * restify's `send` took ~5% of a turn's CPU under load to pick a formatter, format, set and
 * read headers, and write the headers and the body apart; the bytes sent are the same.
 */
function respondWithJson(res: Response, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.end(json);
}

function respond(res: Response, status: number, body: unknown): void {
  res.status(status);
  if (body) res.send(body);
  res.end();
}

/** The activity's time fields as Date objects, keeping the raw text beside them (as botbuilder's validateAndFixActivity does). */
export function withDates(activity: Activity): Activity {
  const fields = activity as unknown as Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    fields[raw] = value;
    fields[field] = new Date(value);
  }
  return activity;
}
