/** What the page and the widget get from POST /api/directline/token: Direct Line's token answer. */
export interface ChatToken {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
  readonly userId: string;
  /** The Direct Line to talk to; absent means this server's own (/v3/directline). */
  readonly domain?: string;
}

/** Where conversation tokens come from: our own Direct Line, or Azure's. */
export interface ChatTokens {
  issue(): Promise<ChatToken>;
}
