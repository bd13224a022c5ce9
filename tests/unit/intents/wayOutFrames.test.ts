import { describe, expect, it } from 'vitest';
import { closingOnly, saysAWayOut, wayOutFrame, type WayOutFrames } from '../../../src/knowledge/intents/wayOutFrames';
import { looksLikeQuestion } from '../../../src/knowledge/intents/typedAnswers';

const groups = new Map<string, readonly string[]>([
  ['openings', ['ok', 'wait', 'hold on']],
  ['endings', ['now', 'please', 'thanks']],
  ['wishing', ['want to', 'id like to', 'can we']],
  ['stopping', ['stop', 'finish', 'leave it']],
  ['theStart', ['the start', 'the beginning']],
  ['asked', ['asked', 'want*', 'meant']],
]);

function framesOf(...lines: string[]): WayOutFrames {
  return {
    frames: lines.map((line) => {
      const frame = wayOutFrame(line, groups);
      if (typeof frame === 'string') throw new Error(frame);
      return frame;
    }),
  };
}

const partsOf = (message: string): string[] => message.split(/[.,;:!?]+/).filter((p) => p.trim() !== '');
const said = (message: string, frames: WayOutFrames): boolean => saysAWayOut(partsOf(message), frames, looksLikeQuestion) !== false;

describe('ways out said in people\'s own words', () => {
  // What each slot reads: a frame of word groups anywhere in a part with what closes a part after it ($), the part's start
  // after its opening words (^), and "..." as up to three other words.
  it.each([
    ['{wishing} {stopping} $', "I'd like to finish now please", true],
    ['{wishing} {stopping} $', 'sorry, I want to stop, thanks', true],
    // what follows is not a word that closes a reply: stopping something else, not the chat
    ['{wishing} {stopping} $', 'I want to stop my tablets', false],
    ['^ not what i ... {asked}', 'hold on, not what I originally meant', true],
    ['^ not what i ... {asked}', 'not what I wanted', true],
    ['^ not what i ... {asked}', 'the care was not what I wanted', false],
    ['^ not what i ... {asked}', 'not what I had ever really truly meant', false],
  ])('reads the frame "%s" in "%s" as a way out: %s', (frame, message, expected) => {
    expect(said(message, framesOf(frame))).toBe(expected);
  });

  it('leaves a way out followed by a question to the question', () => {
    const frames = framesOf('back to {theStart}');
    expect(said('take me back to the start', frames)).toBe(true);
    expect(said('back to the start. does it cost anything?', frames)).toBe(false);
  });

  it('takes a question after a way out that is itself a way out, and a part that only closes the reply, as no question', () => {
    const frames = { ...framesOf('{wishing} {stopping} $', 'back to {theStart}'), closingOnly: closingOnly(groups) };
    expect(said('take me back to the start, can we stop?', frames)).toBe(true);
    expect(said('I want to stop, please', frames)).toBe(true);
    expect(said('I want to stop, can we talk about the cost?', frames)).toBe(false);
  });

  it('says when the way out asks for a real person', () => {
    const person = framesOf('talk to a human');
    const frames = { frames: [...framesOf('{wishing} {stopping} $').frames, ...person.frames], askingForAPerson: person.frames };
    expect(saysAWayOut(partsOf('can I talk to a human instead'), frames, looksLikeQuestion)).toBe('person');
    expect(saysAWayOut(partsOf('I want to stop'), frames, looksLikeQuestion)).toBe('way-out');
    expect(saysAWayOut(partsOf('what does it cost'), frames, looksLikeQuestion)).toBe(false);
  });

  it('reports a group that is not there, a bracket not paired, and ^ or $ out of place', () => {
    expect(wayOutFrame('{nowhere} stop', groups)).toBe('"{nowhere} stop": there is no word group "nowhere"');
    expect(wayOutFrame('[stop here', groups)).toBe('"[stop here": a "[" is not paired');
    expect(wayOutFrame('stop ^', groups)).toBe('"stop ^": "^" can only start a frame');
    expect(wayOutFrame('$ stop', groups)).toBe('"$ stop": "$" can only end a frame');
  });
});
