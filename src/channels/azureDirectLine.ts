import { randomBytes } from 'node:crypto';
import type { ChatToken, ChatTokens } from './chatTokens';
import { HttpError } from './http';

type Fetch = typeof globalThis.fetch;

/**
 * Azure Bot Service's Direct Line: the secret stays on this server and is exchanged for a
 * token that opens one conversation, the documented safe way for a web page.
 */
export class AzureDirectLineTokens implements ChatTokens {
  constructor(
    private readonly secret: string,
    private readonly domain: string,
    private readonly fetch: Fetch = globalThis.fetch,
  ) {}

  async issue(): Promise<ChatToken> {
    // Direct Line's enhanced authentication expects user ids it can trust to start "dl_".
    const userId = `dl_${randomBytes(12).toString('base64url')}`;
    let response: Response;
    try {
      response = await this.fetch(`${this.domain}/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${this.secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw new HttpError(502, 'The chat service could not be reached.');
    }
    if (!response.ok) throw new HttpError(502, `The chat service refused a token (${response.status}).`);
    const body = (await response.json().catch(() => undefined)) as Partial<ChatToken> | undefined;
    if (typeof body?.token !== 'string' || typeof body.conversationId !== 'string') throw new HttpError(502, 'The chat service gave no token.');
    return { conversationId: body.conversationId, token: body.token, expires_in: Number(body.expires_in ?? 1800), userId, domain: this.domain };
  }
}
