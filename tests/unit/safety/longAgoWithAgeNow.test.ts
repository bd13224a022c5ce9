import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

const byRules = (text: string) => shippedRules.assessByRules(text);

// The rules' fifth pass: history told by an age then and now, "ten years since", "a big part of my teens",
// bereavement by suicide asked about support: a line beside the answer, never the full reply.
describe('history told by an age then and now, or years since, lowers a sign to a line', () => {
  it.each([
    ["Is there support for people who've lost someone to suicide? My uncle took his life in 2015 and the anniversary's coming up. I'm ok, just sad.", 'possible-crisis'],
    ["self harm was a big part of my teens. I'm 35 now and doing well but I want to change psychiatrist, how do I go about it", 'possible-crisis'],
    ["collapsed lung at 19, I'm 40 now, can my respiratory nurse refer me for a second opinion about my inhalers", 'possible-emergency'],
    ["ten years since my suicide attempt and I'm doing well. I'd like to move to a different psychiatrist, what's the process?", 'possible-emergency'],
  ])('%s -> %s', (text, kind) => {
    expect(byRules(text)?.kind).toBe(kind);
  });

  it('never when the same sentence says it is happening now', () => {
    expect(byRules("ten years since my suicide attempt and I'm feeling the same way again now")?.kind).toBe('emergency');
    expect(byRules("collapsed at 19 and he's collapsed again now, he's 40 now")?.kind).toBe('emergency');
  });
});
