import type * as restify from 'restify';

/**
 * A way in to the bot. Each channel adds its own routes to the server, so the next channel
 * is one new file and the server stays a registration loop.
 */
export interface Channel {
  readonly name: string;
  register(server: restify.Server): void;
}
