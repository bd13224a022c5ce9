import { CHATTER_WORDS, STOP_WORDS } from './text/commonWords';
import { wordsOf } from './intents/words';

export type SmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'ok' | 'no';

/** Checked in this order: "thanks, bye" is a goodbye; "hi, thanks" is thanks; "ok thanks" is thanks. */
const SIGNAL_WORDS: readonly (readonly [SmallTalk, ReadonlySet<string>])[] = [
  ['goodbye', new Set(['bye', 'byee', 'goodbye', 'byebye', 'cya', 'goodnight', 'ciao', 'farewell', 'laters'])],
  ['thanks', new Set(['thanks', 'thank', 'thankyou', 'thanx', 'thnx', 'thx', 'ta', 'cheers', 'ty', 'tysm', 'tyvm', 'thanku', 'thnks', 'appreciate', 'appreciated', 'diolch', 'nice', ...['helpful', 'helped', 'helps', 'useful']])],
  ['greeting', new Set(['hi', 'hii', 'hiya', 'hello', 'helo', 'hallo', 'hey', 'heya', 'hullo', 'howdy', 'greetings', 'yo', 'morning', 'afternoon', 'evening', 'shwmae', 'bore',
    // "is anyone there?", "anybody home"
    'anyone', 'anybody'])],
  ['ok', new Set(['ok', 'okay', 'k', 'kk', 'yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'yh', 'sure', 'alright', 'fine', 'cool', 'right', 'understood', 'noted', 'gotcha'])],
  ['no', new Set(['no', 'nope', 'nah', 'naw'])],
];

/** Words that can surround the signal words without making the message a question. */
const POLITE_FILLER = new Set(['good', 'there', 'so', 'much', 'lot', 'you', 'all', 'everyone', 'bot', 'see', 'later', 'take', 'care', 'for', 'now', 'that', 'great', 'lovely', 'brilliant', 'perfect', 'helpful', 'kind', 'very', 'many', 'again', 'got', 'it', 'i', 'see', 'thats', 'not', 'really',
  // "that's put my mind at rest", "that's what I needed to know", "makes sense"
  'million', 'kindly', 'ever', 'such', 'super', 'extremely', 'incredibly', 'youve', 'been', 'has', 'have', 'put', 'mind', 'rest', 'ease', 'reassured', 'reassuring', 'relieved', 'relief', 'useful', 'clear', 'makes', 'sense', 'exactly', 'needed', 'wanted', 'know',
  // "bore da", "hello, can i ask you something", "hi, I'm new to this, never used a chat thing before", "that clears it up", "a massive help"
  'da', 'home', 'ask', 'something', 'question', 'place', 'new', 'never', 'used', 'chat', 'thing', 'before', 'clears', 'up', 'massive', 'one']);

/** Praise that is thanks ("you've been very helpful"), unless negated ("that's not helpful"). */
const PRAISE = new Set(['helpful', 'helped', 'helps', 'useful', 'nice']);
const NEGATIONS = new Set(['not', 'no', 'never', 'isnt', 'wasnt', 'didnt', 'doesnt', 'hasnt', 'havent', 'arent', 'werent', 'dont', 'cant', 'nothing']);

/** Words that talk about words ("how do you say thank you in Welsh"): a question, not small talk. */
const ABOUT_WORDS = new Set(['say', 'translate', 'spell', 'mean', 'means', 'word', 'language']);

/**
 * Recognises a message that is only a greeting, thanks or goodbye, so it is answered
 * politely instead of being matched against the leaflet. "hi, can my wife ask for me?" is not
 * small talk: it has words of its own.
 */
export function detectSmallTalk(text: string): SmallTalk | undefined {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 12) return undefined;
  const found = new Set<SmallTalk>();
  const negated = words.some((word) => NEGATIONS.has(word));
  for (const word of words) {
    if (ABOUT_WORDS.has(word) || (negated && PRAISE.has(word))) return undefined;
    const kind = SIGNAL_WORDS.find(([, signals]) => signals.has(word))?.[0];
    if (kind) found.add(kind);
    else if (!POLITE_FILLER.has(word) && !STOP_WORDS.has(word) && !CHATTER_WORDS.has(word)) return undefined;
  }
  return SIGNAL_WORDS.map(([kind]) => kind).find((kind) => found.has(kind));
}
