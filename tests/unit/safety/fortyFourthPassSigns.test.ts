import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs read in the forty-fourth pass (people whose English is a second language)', () => {
  it('reads the wish to die said in another language as a crisis, whoever it is quoted from', () => {
    expect(shippedRules.assessByRules("moja mama say 'juz nie chce zyc' every day since tata died")?.kind).toBe('crisis');
    expect(shippedRules.assessByRules('my father keep saying quero morrer, he not eat')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules('she told me main marna chahti hoon, what I do')?.kind).toBe('crisis');
  });

  it('reads "finish myself" as killing oneself, and finishing a task oneself as none', () => {
    expect(shippedRules.assessByRules('if second doctor say same I will finish myself, I decided already')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules('I finished myself off the paperwork for the referral')).toBeUndefined();
  });

  it('reads touching something hot on purpose, to feel something, as self-harm, and a burn by accident as none', () => {
    expect(shippedRules.assessByRules('I touch the hot pan at work on purpose, many times now, it help me feel something')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules('I touched the hot pan at work by accident, can the second opinion look at my scar?')).toBeUndefined();
  });

  it('knows medicines by the brand people bring from home, so asking to combine them is a medicine question', () => {
    expect(shippedRules.assessByRules('can I take Disprin I bring from Lahore together with the Brufen from chemist here')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('going home to Sudan in summer, can I use the Coartem left from last time as prevention')?.kind).toBe('medical-advice');
  });

  it('reads whether to go on with a medicine named before as a medicine question, and going on with the process as none', () => {
    expect(shippedRules.assessByRules('in Ukraine doctor give me Corvalol drops for heart and sleep, can I continue here in UK')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("I'm on tablets for my heart, can I continue with the second opinion?")).toBeUndefined();
  });

  it('gives the 999 line to someone behind a door that has not opened since yesterday, and nothing to a service not answering', () => {
    expect(shippedRules.assessByRules('the student in my flat not open his door since yesterday, light is on and his phone ringing inside')?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules('nobody answered the door at the surgery since yesterday, I want to complain')).toBeUndefined();
  });

  it("gives the 999 line to someone else a little confused today, and nothing to the writer's own muddle", () => {
    expect(shippedRules.assessByRules('paati little confused today, mixing Tamil and English which she never do, maybe she is only tired')?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules("I'm a little confused today about the letter from the hospital")).toBeUndefined();
  });

  it('lowers an overdose at an age long past, told with being well now, to the 999 line', () => {
    expect(shippedRules.assessByRules('I took overdose when I was 19, now I am 35 and fine. will second doctor see this in my records')?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules('I took an overdose an hour ago')?.kind).toBe('emergency');
  });
});
