/** Speaks Direct Line 3.0 over HTTP, as Web Chat's DirectLineJS does when polling. */
export interface Answer {
  readonly status: number;
  readonly json: Record<string, unknown>;
  readonly headers: Headers;
}

export async function call(url: string, method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = { text };
  }
  return { status: response.status, json, headers: response.headers };
}

export interface Conversation {
  readonly conversationId: string;
  readonly token: string;
  readonly userId: string;
}

/** What the page does first: a token for a new conversation, then "start conversation". */
export async function openConversation(url: string): Promise<Conversation> {
  const issued = await call(url, 'POST', '/api/directline/token', { body: {} });
  if (issued.status !== 200) throw new Error(`token endpoint said ${issued.status}`);
  const conversation = issued.json as unknown as Conversation;
  const started = await call(url, 'POST', '/v3/directline/conversations', { token: conversation.token });
  if (started.status !== 201) throw new Error(`start conversation said ${started.status}`);
  return conversation;
}

export type Activity = Record<string, unknown> & { id: string; type: string; text?: string; from: { id: string; role?: string } };

export async function activities(url: string, conversation: Conversation, watermark?: string): Promise<{ activities: Activity[]; watermark?: string }> {
  const query = watermark === undefined ? '' : `?watermark=${watermark}`;
  const answer = await call(url, 'GET', `/v3/directline/conversations/${conversation.conversationId}/activities${query}`, { token: conversation.token });
  if (answer.status !== 200) throw new Error(`get activities said ${answer.status}`);
  return answer.json as { activities: Activity[]; watermark?: string };
}

export function say(url: string, conversation: Conversation, text: string, token = conversation.token): Promise<Answer> {
  return call(url, 'POST', `/v3/directline/conversations/${conversation.conversationId}/activities`, { token, body: { type: 'message', text, from: { id: 'someone-else' } } });
}
