import type { WholeMessageWaysOut } from '../knowledge/intents/typedAnswers';
import { wordsOf } from '../knowledge/intents/words';
import { GREETED_AS, GREETING_WORDS } from '../knowledge/text/commonWords';

export type Command = 'help' | 'cancel' | 'startAgain' | 'talkToPerson' | 'noneOfThese';

/**
 * Whole-message commands only: "stop" is a command, "can I stop my tablets" is not. Words of
 * politeness around them ("please", "can I") are ignored. The ways out (stop, start again) are
 * content: typed-answers.yaml's `waysOut`, the one list the flows read too.
 */
const COMMANDS_BEFORE_WAYS_OUT: readonly (readonly [Command, readonly string[]])[] = [
  ['noneOfThese', ['none of these', 'none of them', 'none', 'neither', 'no none of these', 'not these', 'none of those']],
];
const COMMANDS_AFTER_WAYS_OUT: readonly (readonly [Command, readonly string[]])[] = [
  ['help', ['help', 'help me', 'what can you do', 'what do you do', 'what can i ask', 'what can you help with', 'options', 'instructions', 'how does this work', 'i need help', 'info']],
  ['talkToPerson', ['talk to a person', 'talk to a real person', 'speak to a real person', 'talk to someone', 'speak to a person', 'speak to someone', 'talk to a human', 'speak to a human', 'human', 'real person', 'a real person', 'agent', 'talk to an agent', 'speak to an agent', 'advisor', 'adviser', 'talk to an advisor', 'talk to an adviser', 'operator', 'call someone', 'person', 'can i talk to a person', 'can i speak to someone', 'i want to speak to someone', 'i want to talk to a person', 'contact someone', 'who can i talk to', 'talk to somebody', 'speak to somebody', 'talk to a real human', 'speak to a real human', 'is there someone i can talk to', 'is there anyone i can talk to', 'is there someone i can speak to', 'is there anyone i can speak to']],
];

const POLITE = new Set(['please', 'pls', 'plz', 'can', 'could', 'i', 'we', 'just', 'ok', 'okay', 'now', 'thanks', 'thank', 'you', 'want', 'to', 'like', 'would', 'id', 'lets', 'actually', 'sorry', 'kindly', 'ffs', 'ta', 'cheers', 'thx', 'aye', 'pal', 'mate']);

const withoutPoliteness = (words: readonly string[]): string => words.filter((w) => !POLITE.has(w)).join(' ');

/** Each command's phrases as read, with and without politeness; a phrase given twice counts for the later command. */
function phraseIndex(waysOut: WholeMessageWaysOut): ReadonlyMap<string, Command> {
  const index = new Map<string, Command>();
  const commands = [...COMMANDS_BEFORE_WAYS_OUT, ['startAgain', waysOut.startAgain] as const, ['cancel', waysOut.stop] as const, ...COMMANDS_AFTER_WAYS_OUT];
  for (const [command, list] of commands) {
    for (const phrase of list) {
      index.set(wordsOf(phrase).join(' '), command);
      index.set(withoutPoliteness(wordsOf(phrase)), command);
    }
  }
  return index;
}

/**
 * Reads whole-message commands against the ways out it was built with. Built once when the conversation is composed
 * (createConversation), so a turn only looks its words up: the phrase index is not found or built on the hot path.
 */
export class CommandReader {
  private readonly phrases: ReadonlyMap<string, Command>;
  /** Goodbyes (typed-answers.yaml's `waysOut.signOffs`), as read, and without their words of politeness. */
  private readonly signOffs: readonly (readonly string[])[];
  private readonly politeSignOffs: ReadonlySet<string>;

  constructor(waysOut: WholeMessageWaysOut) {
    this.phrases = phraseIndex(waysOut);
    this.signOffs = (waysOut.signOffs ?? []).map((text) => wordsOf(text));
    this.politeSignOffs = new Set(this.signOffs.map(withoutPoliteness).filter(Boolean));
  }

  /** Whether the whole message is a goodbye, with words of politeness around it ("bye for now", "ok I'm done thanks"). */
  signsOff(text: string): boolean {
    // One goodbye or several in a row ("done now, bye", "that's it, cheerio"): each is a goodbye, so all of them are.
    const words = withoutPoliteness(wordsOf(text)).split(' ').filter(Boolean);
    const endsAt = new Set([0]);
    for (let from = 0; from < words.length; from++) {
      if (!endsAt.has(from)) continue;
      for (let to = from + 1; to <= words.length; to++) if (this.politeSignOffs.has(words.slice(from, to).join(' '))) endsAt.add(to);
    }
    return words.length > 0 && endsAt.has(words.length);
  }

  detect(text: string): Command | undefined {
    const words = wordsOf(text);
    if (words.length === 0 || words.length > 10) return undefined;
    const phrases = this.phrases;
    const command = phrases.get(words.join(' ')) ?? phrases.get(withoutPoliteness(words)) ?? wayOutSignedOff(words, phrases, this.signOffs);
    if (command || !GREETING_WORDS.has(words[0] ?? '')) return command;
    // "hello, can I talk to someone?" still asks for a person; "hi, can you help?" is an opening, which the welcome answers.
    const from = words.findIndex((w) => !GREETING_WORDS.has(w) && !GREETED_AS.has(w));
    const afterGreeting = from > 0 ? phrases.get(withoutPoliteness(words.slice(from))) : undefined;
    return afterGreeting === 'talkToPerson' ? afterGreeting : undefined;
  }
}

/** A sign-off after a way out ("stop asking me questions, I'm done"): the way out is still the command. */
function wayOutSignedOff(words: readonly string[], phrases: ReadonlyMap<string, Command>, signOffs: readonly (readonly string[])[]): Command | undefined {
  const signOff = signOffs.find((end) => end.length < words.length && end.every((w, i) => words[words.length - end.length + i] === w));
  if (!signOff) return undefined;
  const command = phrases.get(withoutPoliteness(words.slice(0, words.length - signOff.length)));
  return command === 'cancel' || command === 'startAgain' ? command : undefined;
}
