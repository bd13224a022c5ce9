/**
 * The envelope fields the SDK reads before our bot gets a say, checked for type: a number
 * where a URL should be makes botbuilder throw, and the request would end in a 500.
 * Unknown fields pass; content fields (text, value) are the bot's business.
 */
const OPTIONAL_STRINGS = ['id', 'channelId', 'text', 'name', 'locale', 'timestamp', 'localTimestamp', 'replyToId', 'deliveryMode', 'textFormat', 'inputHint', 'callerId'] as const;
const OPTIONAL_ACCOUNTS = ['from', 'recipient', 'conversation'] as const;
const OPTIONAL_OBJECT_ARRAYS = ['attachments', 'entities', 'membersAdded', 'membersRemoved', 'reactionsAdded', 'reactionsRemoved'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function activityShapeProblem(activity: Record<string, unknown>): string | undefined {
  for (const field of OPTIONAL_STRINGS) {
    if (activity[field] !== undefined && typeof activity[field] !== 'string') return `${field} should be a string`;
  }
  for (const field of OPTIONAL_ACCOUNTS) {
    const account = activity[field];
    if (account === undefined) continue;
    if (!isObject(account) || (account.id !== undefined && typeof account.id !== 'string')) return `${field} should be an object with a string id`;
  }
  for (const field of OPTIONAL_OBJECT_ARRAYS) {
    const list = activity[field];
    if (list !== undefined && !(Array.isArray(list) && list.every(isObject))) return `${field} should be a list of objects`;
  }
  const { serviceUrl } = activity;
  if (serviceUrl !== undefined && (typeof serviceUrl !== 'string' || !/^https?:\/\/[^\s/]+/i.test(serviceUrl))) return 'serviceUrl should be an http(s) address';
  return undefined;
}
