import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  readonly conversationId: string;
  readonly userId: string;
}

export type TokenCheck = { readonly valid: true; readonly claims: TokenClaims } | { readonly valid: false; readonly reason: 'expired' | 'invalid' };

/**
 * Direct Line conversation tokens: each opens one conversation only, and lasts a limited time
 * unless refreshed, as Azure's do. Signed with a key made at start-up, so they hold no
 * secret of ours and die with the process (as the conversations they open do).
 */
export class DirectLineTokens {
  private readonly key = randomBytes(32);

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  get expiresInSeconds(): number {
    return Math.round(this.ttlMs / 1000);
  }

  issue(claims: TokenClaims): string {
    const payload = Buffer.from(JSON.stringify({ c: claims.conversationId, u: claims.userId, x: this.now() + this.ttlMs })).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  check(token: string | undefined): TokenCheck {
    const [payload, signature, extra] = (token ?? '').split('.');
    if (!payload || !signature || extra !== undefined) return { valid: false, reason: 'invalid' };
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'invalid' };
    const { c, u, x } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { c: string; u: string; x: number };
    if (x <= this.now()) return { valid: false, reason: 'expired' };
    return { valid: true, claims: { conversationId: c, userId: u } };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
