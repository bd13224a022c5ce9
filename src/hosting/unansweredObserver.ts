import type { Matcher } from '../knowledge/matching/matcher';
import type { Logger } from '../logger';

/**
 * Notices the questions the bot fell back on, without the conversation code knowing: the
 * root dialog matches a message and logs the outcome ('match', kind 'none') in one
 * synchronous run, so the text the matcher last saw is that message. The text is forgotten
 * at the next microtask, so if that ever changed, nothing would be recorded rather than the
 * wrong text.
 */
export function observeUnanswered(matcher: Matcher, logger: Logger, record: (text: string) => void): { matcher: Matcher; logger: Logger } {
  let lastText: string | undefined;
  return {
    matcher: {
      match: (text) => {
        lastText = text;
        queueMicrotask(() => {
          lastText = undefined;
        });
        return matcher.match(text);
      },
    },
    logger: {
      info: (event, fields) => {
        if (event === 'match' && fields?.kind === 'none' && lastText !== undefined) record(lastText);
        logger.info(event, fields);
      },
      warn: (event, fields) => logger.warn(event, fields),
      error: (event, fields) => logger.error(event, fields),
    },
  };
}
