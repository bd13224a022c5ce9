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
      respond(res, answer?.status ?? StatusCodes.OK, answer?.body);
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
