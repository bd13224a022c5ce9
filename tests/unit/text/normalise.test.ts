import { describe, it, expect } from 'vitest';
import { normalise } from '../../../src/text/normalise';

describe('normalise: one predictable shape for the rule tables', () => {
  it.each([
    ["I can't breathe", 'i cant breathe'],
    ['I cannot breathe', 'i cant breathe'],
    ['I can not breathe', 'i cant breathe'],
    ['I can\u2019t breathe', 'i cant breathe'],
    ['HE IS NOT BREATHING!!!', 'hes not breathing!'],
    ['she is', 'shes'],
    ['I am going to kill my self', 'im going to kill myself'],
    ['I dont want to be here any more', 'i dont want to be here anymore'],
    ['chest pian', 'chest pain'],
    ['cant breath', 'cant breath'],
    ['I think hes having a stroak', 'i think hes having a stroke'],
    ['my mum is unconcious', 'my mum is unconscious'],
    ['soooo much blood', 'so much blood'],
    ['self-harm', 'self harm'],
    ['my PSA is 7.2', 'my psa is 7.2'],
    ['pain,spreading', 'pain, spreading'],
    ['first line\nsecond line', 'first line. second line'],
    ['A&E', 'a and e'],
    ['Ｉ ｗａｎｔ ｔｏ ｄｉｅ', 'i want to die'],
    ['che\u200bst pain', 'chest pain'],
    ['caf\u00e9 na\u00efve', 'cafe naive'],
    // letters Unicode keeps whole, from Turkish, Polish and Nordic keyboards
    ['\u0131s pals free or must \u0131 pay', 'is pals free or must i pay'],
    ['b\u00f3l g\u0142owy, s\u00f8ster', 'bol glowy, soster'],
    ['Stra\u00dfe', 'strasse'],
    ['😢😢 help 🙏', 'help'],
    ['\u0000\u0007 bell', 'bell'],
    // text-speak and fragments people type in distress
    ['wanna kms tbh', 'want to kill myself tbh'],
    ['i just wanna unalive myself', 'i just want to kill myself'],
    ['cant. do. this. anymore.', 'cant do this anymore.'],
    ['He collapsed. Not breathing.', 'he collapsed. not breathing.'],
    ["her breathing's fast", 'her breathing is fast'],
  ])('%j reads as %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('anything that is not a non-empty string reads as empty', () => {
    expect(normalise('')).toBe('');
    expect(normalise(null)).toBe('');
    expect(normalise({ toString: () => 'I want to die' })).toBe('');
  });
});
