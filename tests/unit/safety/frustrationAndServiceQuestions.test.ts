import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

const byRules = (text: string) => shippedRules.assessByRules(text);

// The rules' fifth pass: words that are signs elsewhere, said about forms, queues, helplines or an
// appointment. Never a reply in place of the answer; a calm line beside it where a sign could still be meant.
describe('frustration, idioms and questions about services get the answer, with at most a line beside it', () => {
  it.each([
    "I can't do this anymore. Third time I've filled in the same form for PALS and they've lost it AGAIN",
    "I can't do this anymore. Third time I've filled in the PALS form and the website keeps crashing.",
    "I can't take this anymore, 14 months on the waiting list and nobody answers the phone. Who do I complain to?",
  ])('%s -> the Samaritans line', (text) => {
    expect(byRules(text)?.kind).toBe('possible-crisis');
  });

  it('still gives the crisis reply when the same words come with the feelings back', () => {
    expect(byRules("I can't do this anymore, the thoughts are back. Even the forms feel impossible")?.kind).toBe('crisis');
    expect(byRules("I can't do this anymore.")?.kind).toBe('crisis');
    expect(byRules('cant do this anymore. not the waiting list. me. all of it')?.kind).toBe('crisis');
  });

  it.each([
    "Do Samaritans only deal with suicide or can you ring them if you're just stressed out?",
  ])('%s -> the Samaritans line', (text) => {
    expect(byRules(text)?.kind).toBe('possible-crisis');
  });

  it.each([
    'Overdosed on the Christmas chocolates again haha. Anyway, how long does a second opinion take to arrange?',
    'Overdosed on NHS forms today lol. Where do I send the referral letter?',
    'what actually happens when you ring 111? do they send an ambulance out?',
    'my dad came out of his cardiology appointment totally confused, can we go back and get them to explain it properly',
    "I'm dreading sitting through the whole diagnosis conversation again, the first time I could barely breathe. Are there drawbacks?",
  ])('%s -> only the "if this is happening now" line', (text) => {
    expect(byRules(text)?.kind).toBe('possible-emergency');
  });

  it.each([
    "I've got loads of questions but can't get them out. Is there a nurse or someone I could go to?",
    'Is it normal to want a diagnosis double-checked, or am I being paranoid?',
    'is it normal to want someone else to double check the diagnosis just to be sure',
    'my wife just wants to be sure shes got the right diagnosis before she starts anything, is that a normal reason to want someone else',
    'is it just somebody else having a look at the same scans and telling you what they think',
    "my husband has no faith in the treatment they've suggested for his prostate, who should he speak to first",
    "What if I get two different answers and can't decide which treatment to go with?",
  ])('%s -> nothing', (text) => {
    expect(byRules(text)).toBeUndefined();
  });

  it('still reads the signs themselves', () => {
    expect(byRules("we can't get him up off the floor and he isn't making sense")?.kind).toBe('emergency');
    expect(byRules("I can't wake her")?.kind).toBe('emergency');
    expect(byRules('she has overdosed on her sleeping tablets')?.kind).toBe('emergency');
    expect(byRules('should we call an ambulance? he is struggling to breathe')?.kind).toBe('emergency');
  });
});
