import { escapeForPattern, wordsOf } from './words';

/**
 * Ways out of a flow said in people's own words, read as what a way out is made of rather than as each way out said
 * (typed-answers.yaml's `waysOut.inOwnWords`): a wish to stop ("I'd rather not go through all these questions"), to go
 * back to the start, to talk about something else, to talk to a real person, or "this isn't what I asked". Each frame is
 * a line of slots read left to right over one part of a reply (between commas and full stops):
 *   word          that word ("stop*": any ending)
 *   [a | b c]     may be there or not; (a | b c) one of them must be; a choice may be a {group}
 *   {group}       one of the group's phrases
 *   ...           up to three other words
 *   ^             the part's start, after words that open a reply (the group `openings`: "ok", "wait", "sorry")
 *   $             the part's end, before words that close one (the group `endings`: "now", "please", "thanks")
 * A frame without ^ may start anywhere in the part; without $ it may end anywhere.
 */
export interface WayOutFrames {
  readonly frames: readonly RegExp[];
  /**
   * Frames that ask for a real person ("is there a human I can speak to instead?"): a way out over any button fitted
   * by less than its whole label, since no button is a person ("speak to" is also "I'll talk to my own team first").
   * Among `frames` too.
   */
  readonly askingForAPerson?: readonly RegExp[];
  /**
   * Asking, after a pause, whether the place is kept ("I want to pause now and continue another day, can you keep my
   * answers?"): part of the pause, not a question to answer before it.
   */
  readonly keepingThePlace?: readonly RegExp[];
  /** A part made only of words that close a reply (the group `endings`: "if that's ok", "thanks"): it asks nothing. */
  readonly closingOnly?: RegExp;
}

/** A part made only of the group's phrases ("if thats ok", "thanks"), as a pattern over a part's words. */
export function closingOnly(groups: ReadonlyMap<string, readonly string[]>): RegExp | undefined {
  const endings = repeated(groups.get(ENDINGS));
  return endings === '' ? undefined : new RegExp(`^${endings}$`);
}

const OPENINGS = 'openings';
const ENDINGS = 'endings';
const GAP = '(?:\\S+ ){0,3}';

/** A frame compiled over a part's normalised words (each followed by a space), or the problem with it as text. */
export function wayOutFrame(text: string, groups: ReadonlyMap<string, readonly string[]>): RegExp | string {
  const slots = text.trim().match(/\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|\.\.\.|[^\s[\](){}]+|\S/g) ?? [];
  const parts: string[] = [];
  for (const [index, slot] of slots.entries()) {
    if (/^[[\](){}]$/.test(slot)) return `"${text}": a "${slot}" is not paired`;
    if (slot === '...') parts.push(GAP);
    else if (slot === '^') {
      if (index !== 0) return `"${text}": "^" can only start a frame`;
      parts.push(`^${repeated(groups.get(OPENINGS))}`);
    } else if (slot === '$') {
      if (index !== slots.length - 1) return `"${text}": "$" can only end a frame`;
      parts.push(`${repeated(groups.get(ENDINGS))}$`);
    } else {
      const optional = slot.startsWith('[');
      const inBrackets = optional || slot.startsWith('(');
      const choices = inBrackets ? slot.slice(1, -1).split('|') : [slot];
      const sources: string[] = [];
      for (const choice of choices) {
        const named = /^\s*\{([^}]*)\}\s*$/.exec(choice)?.[1]?.trim();
        if (named !== undefined) {
          const group = groups.get(named);
          if (!group) return `"${text}": there is no word group "${named}"`;
          sources.push(...group.map(wordsSource).filter((s) => s !== ''));
        } else {
          const source = wordsSource(choice);
          if (source !== '') sources.push(source);
        }
      }
      if (sources.length === 0) return `"${text}": "${slot}" has no words`;
      const group = `(?:${sources.join('|')})`;
      parts.push(optional ? `${group}?` : group);
    }
  }
  if (parts.length === 0) return `"${text}" has no words`;
  // Not after part of a word: the frame starts at a word of the part.
  return new RegExp(`${slots[0] === '^' ? '' : '(?<![^ ])'}${parts.join('')}`);
}

/** Words as read (each followed by a space), a trailing "*" standing for any ending. */
function wordsSource(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .flatMap((raw) => {
      const words = wordsOf(raw.replace(/\*$/, ''));
      return words.map((word, i) => `${escapeForPattern(word)}${raw.endsWith('*') && i === words.length - 1 ? '\\S*' : ''} `);
    })
    .join('');
}

/** Any number of the group's phrases, one after another ("thanks", "for now please"). */
function repeated(group: readonly string[] | undefined): string {
  const sources = (group ?? []).map(wordsSource).filter((s) => s !== '');
  return sources.length > 0 ? `(?:${sources.join('|')})*` : '';
}


/**
 * Whether a part of a reply says a way out in one of the frames' shapes, and no part after the last such part asks
 * something: "this isn't what I asked. does it cost anything?" wants its question answered (looksLikeQuestion reads a
 * part), but "I don't want to go through this now, can I leave it?" asks only for another way out, and "..., if that's
 * OK" only closes the reply. `false`, `'way-out'`, or `'person'` when the way out asks for a real person.
 */
export function saysAWayOut(parts: readonly string[], frames: WayOutFrames | undefined, asks: (part: string) => boolean): false | 'way-out' | 'person' {
  if (!frames || frames.frames.length === 0) return false;
  const reads = parts.map((part) => `${wordsOf(part).join(' ')} `);
  const at = lastWayOutPart(parts, frames);
  if (at < 0) return false;
  const closes = (i: number): boolean => frames.closingOnly?.test(reads[i] ?? '') === true;
  const forAPerson = (read: string): boolean => (frames.askingForAPerson ?? []).some((frame) => frame.test(read));
  const keepsThePlace = (read: string): boolean => (frames.keepingThePlace ?? []).some((frame) => frame.test(read));
  // A question after the way out is answered first, unless it too asks for a person ("... on the telephone. Is there a
  // number I might ring?") or whether the place is kept.
  if (parts.some((part, i) => i > at && !closes(i) && asks(part) && !forAPerson(reads[i] ?? '') && !keepsThePlace(reads[i] ?? ''))) return false;
  return reads.some(forAPerson) ? 'person' : 'way-out';
}

/** The index of the last part of a reply that says a way out in one of the frames' shapes, or -1 for none. */
export function lastWayOutPart(parts: readonly string[], frames: WayOutFrames | undefined): number {
  let at = parts.length - 1;
  while (at >= 0 && !(frames?.frames ?? []).some((frame) => frame.test(`${wordsOf(parts[at] ?? '').join(' ')} `))) at--;
  return at;
}
