import { describe, expect, it } from 'vitest';
import { saysAWayOut, wayOutFrame, type WayOutFrames } from '../../../src/knowledge/intents/wayOutFrames';
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

const said = (message: string, frames: WayOutFrames): boolean => saysAWayOut(message.split(/[.,;:!?]+/).filter((p) => p.trim() !== ''), frames, looksLikeQuestion);

describe('ways out said in people\'s own words', () => {
  it('reads a frame of word groups anywhere in a part of a reply, with what closes a part after it', () => {
    const frames = framesOf('{wishing} {stopping} $');
    expect(said("I'd like to finish now please", frames)).toBe(true);
    expect(said('sorry, I want to stop, thanks', frames)).toBe(true);
    // what follows is not a word that closes a reply: stopping something else, not the chat
    expect(said('I want to stop my tablets', frames)).toBe(false);
  });

  it('reads ^ as the start of a part after its opening words, and "..." as up to three other words', () => {
    const frames = framesOf('^ not what i ... {asked}');
    expect(said('hold on, not what I originally meant', frames)).toBe(true);
    expect(said('not what I wanted', frames)).toBe(true);
    expect(said('the care was not what I wanted', frames)).toBe(false);
    expect(said('not what I had ever really truly meant', frames)).toBe(false);
  });

  it('leaves a way out followed by a question to the question', () => {
    const frames = framesOf('back to {theStart}');
    expect(said('take me back to the start', frames)).toBe(true);
    expect(said('back to the start. does it cost anything?', frames)).toBe(false);
  });

  it('reports a group that is not there, a bracket not paired, and ^ or $ out of place', () => {
    expect(wayOutFrame('{nowhere} stop', groups)).toBe('"{nowhere} stop": there is no word group "nowhere"');
    expect(wayOutFrame('[stop here', groups)).toBe('"[stop here": a "[" is not paired');
    expect(wayOutFrame('stop ^', groups)).toBe('"stop ^": "^" can only start a frame');
    expect(wayOutFrame('$ stop', groups)).toBe('"$ stop": "$" can only end a frame');
  });
});
