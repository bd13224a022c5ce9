import type * as restify from 'restify';
import type { FeedbackCounts } from '../bot/feedback';
import type { Logger } from '../logger';
import type { Channel } from './channel';
import { HttpError, safely } from './http';

export const FEEDBACK_REPORT_PATH = '/api/reports/feedback';

/**
 * The helpful / not helpful counts per entry, for `npm run report:feedback`. Only asked from
 * the machine the bot runs on (for example an App Service SSH console): counts are not secret,
 * but nothing outside needs them.
 */
export class FeedbackReport implements Channel {
  readonly name = 'feedback-report';

  constructor(
    private readonly feedback: FeedbackCounts,
    private readonly logger: Logger,
  ) {}

  register(server: restify.Server): void {
    server.get(FEEDBACK_REPORT_PATH, safely(this.logger, FEEDBACK_REPORT_PATH, (req, res) => {
      const from = req.socket.remoteAddress ?? '';
      const loopback = from === '::1' || from.startsWith('127.') || from.startsWith('::ffff:127.');
      if (!loopback || req.headers['x-forwarded-for'] !== undefined) throw new HttpError(403, 'The report is only available on the bot\'s own machine.');
      res.send(200, { entries: this.feedback.report() });
    }));
  }
}
