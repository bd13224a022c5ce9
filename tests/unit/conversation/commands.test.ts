import { describe, expect, it } from 'vitest';
import { CommandReader } from '../../../src/conversation/commands';

/** Ways out as typed-answers.yaml's `waysOut` gives them (a few of them). */
const waysOut = { stop: ['cancel', 'stop', 'forget this', 'end chat', 'stop asking me questions', 'wish to finish'], startAgain: ['start again', 'start over'], signOffs: ['im done', 'bye', 'bye for now'] };
const reader = new CommandReader(waysOut);
const detectCommand = (text: string) => reader.detect(text);

describe('recognising commands', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['what can you do?', 'help'],
    ['cancel', 'cancel'],
    ['stop', 'cancel'],
    ['start again', 'startAgain'],
    ['start over please', 'startAgain'],
    ['talk to a person', 'talkToPerson'],
    ['can I speak to someone', 'talkToPerson'],
    ['I want to talk to a real person', 'talkToPerson'],
    ['None of these', 'noneOfThese'],
    ['hello, can I talk to someone?', 'talkToPerson'],
    ['hi there, is there someone I can speak to', 'talkToPerson'],
    ['forget this', 'cancel'],
    ['end chat pls', 'cancel'],
    ["stop asking me questions, I'm done", 'cancel'],
    ['ffs stop asking me questions', 'cancel'],
    ['I wish to finish now, thank you kindly', 'cancel'],
  ])('takes "%s" as %s', (text, command) => {
    expect(detectCommand(text)).toBe(command);
  });

  it.each(['can I stop my tablets', 'who can help me get a second opinion', 'how do I start', 'my husband wants to talk to someone about a second opinion', 'hi, can you help?', 'hello, cancel my appointment', "I'm done", 'how do I end my treatment', 'can I stop it', 'bye'])(
    'does not take "%s" as a command: it is a question',
    (text) => {
      expect(detectCommand(text)).toBeUndefined();
    },
  );

  it('says whether a whole message is a goodbye, with words of politeness around it, and nothing more', () => {
    for (const text of ['bye', 'Bye.', 'ok bye for now', "I'm done thanks"]) expect(reader.signsOff(text), text).toBe(true);
    for (const text of ['bye the way, how long does it take?', 'done', 'now', '']) expect(reader.signsOff(text), text).toBe(false);
  });

  it('reads goodbyes said one after another ("I\'m done now, bye") as a goodbye, but not a goodbye with something else in it', () => {
    for (const text of ["I'm done now, bye", 'bye bye for now']) expect(reader.signsOff(text), text).toBe(true);
    for (const text of ["I'm done with my tablets, bye", 'bye, how long does it take']) expect(reader.signsOff(text), text).toBe(false);
  });
});
