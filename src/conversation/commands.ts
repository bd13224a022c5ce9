import { wordsOf } from '../knowledge/intents/words';

export type Command = 'help' | 'cancel' | 'startAgain' | 'talkToPerson' | 'noneOfThese';

/**
 * Whole-message commands only: "stop" is a command, "can I stop my tablets" is not. Words of
 * politeness around them ("please", "can I") are ignored.
 */
const COMMANDS: readonly (readonly [Command, readonly string[]])[] = [
  ['noneOfThese', ['none of these', 'none of them', 'none', 'neither', 'no none of these', 'not these', 'none of those']],
  ['startAgain', ['start again', 'start over', 'restart', 'reset', 'begin again', 'go back to the start', 'menu', 'main menu', 'home', 'start again from the top', 'start from the top', 'back to the top', 'start again from the beginning', 'start from the beginning']],
  // Leaving said as people say it in a chat box: a verb of ending with the chat, this or the questions as its object. Not
  // the phrases of typed-answers.yaml's `leaving` ("get me out", "end this", "back to the beginning"): inside a flow those
  // get the flow's own way out, which offers a person, and a command here would come first.
  ['cancel', ['cancel', 'stop', 'quit', 'exit', 'stop this', 'cancel this', 'never mind', 'nevermind', 'forget it', 'leave it',
    'forget this', 'forget that', 'forget about it', 'forget about this', 'end chat', 'end the chat', 'end conversation', 'end the conversation',
    'close chat', 'close this', 'close the chat', 'stop the chat', 'stop chatting', 'stop asking me questions', 'stop asking questions', 'stop the questions', 'i want out', 'im done with this', 'i am done with this', 'done with this']],
  ['help', ['help', 'help me', 'what can you do', 'what do you do', 'what can i ask', 'what can you help with', 'options', 'instructions', 'how does this work', 'i need help', 'info']],
  ['talkToPerson', ['talk to a person', 'talk to a real person', 'speak to a real person', 'talk to someone', 'speak to a person', 'speak to someone', 'talk to a human', 'speak to a human', 'human', 'real person', 'a real person', 'agent', 'talk to an agent', 'speak to an agent', 'advisor', 'adviser', 'talk to an advisor', 'talk to an adviser', 'operator', 'call someone', 'person', 'can i talk to a person', 'can i speak to someone', 'i want to speak to someone', 'i want to talk to a person', 'contact someone', 'who can i talk to', 'talk to somebody', 'speak to somebody', 'talk to a real human', 'speak to a real human', 'is there someone i can talk to', 'is there anyone i can talk to', 'is there someone i can speak to', 'is there anyone i can speak to']],
];

const POLITE = new Set(['please', 'pls', 'plz', 'can', 'could', 'i', 'we', 'just', 'ok', 'okay', 'now', 'thanks', 'thank', 'you', 'want', 'to', 'like', 'would', 'id', 'lets', 'actually', 'sorry']);

/** A sign-off after a way out ("stop asking me questions, I'm done"): the way out is still the command. */
const SIGN_OFFS: readonly string[][] = [['im', 'done'], ['i', 'am', 'done'], ['bye'], ['goodbye'], ['thats', 'it'], ['thats', 'all']];

const withoutPoliteness = (words: readonly string[]): string => words.filter((w) => !POLITE.has(w)).join(' ');

const PHRASES = new Map<string, Command>();
for (const [command, phrases] of COMMANDS) {
  for (const phrase of phrases) {
    PHRASES.set(wordsOf(phrase).join(' '), command);
    PHRASES.set(withoutPoliteness(wordsOf(phrase)), command);
  }
}

/** Words that open a message before what it asks. */
const GREETING = new Set(['hi', 'hello', 'hey', 'hiya', 'there']);

export function detectCommand(text: string): Command | undefined {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 10) return undefined;
  const command = PHRASES.get(words.join(' ')) ?? PHRASES.get(withoutPoliteness(words)) ?? wayOutSignedOff(words);
  if (command || !GREETING.has(words[0] ?? '')) return command;
  // "hello, can I talk to someone?" still asks for a person; "hi, can you help?" is an opening, which the welcome answers.
  const from = words.findIndex((w) => !GREETING.has(w));
  const afterGreeting = from > 0 ? PHRASES.get(withoutPoliteness(words.slice(from))) : undefined;
  return afterGreeting === 'talkToPerson' ? afterGreeting : undefined;
}

function wayOutSignedOff(words: readonly string[]): Command | undefined {
  const signOff = SIGN_OFFS.find((end) => end.length < words.length && end.every((w, i) => words[words.length - end.length + i] === w));
  if (!signOff) return undefined;
  const command = PHRASES.get(withoutPoliteness(words.slice(0, words.length - signOff.length)));
  return command === 'cancel' || command === 'startAgain' ? command : undefined;
}
