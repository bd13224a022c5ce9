import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

const byRules = (text: string) => shippedRules.assessByRules(text);

describe('a painkiller question beside "in agony": the medicine question, with the 999 line', () => {
  it.each([
    'Is it alright to take paracetamol on top of co-codamol? Back is agony',
    'my knee is agony, can I take ibuprofen as well as co-codamol?',
  ])('"%s" gets the medical-advice reply and the "if this is happening now" line', (text) => {
    const concern = byRules(text);
    expect(concern?.kind).toBe('medical-advice');
    expect(concern?.possibleEmergency).toBeDefined();
  });

  it.each([
    'sudden agony in my belly, can I take paracetamol?',
    'she is in agony and I gave her paracetamol an hour ago',
    'my husband is in agony on the floor and clutching his chest, can he take aspirin?',
  ])('"%s" still gets 999: a danger sign is described', (text) => {
    expect(byRules(text)?.kind).toBe('emergency');
  });
});

describe('a sign asked about, not happening: the line, never nothing', () => {
  it.each([
    "I'm a first aider at work - what does this bot say if someone types that they've got chest pain?",
    "the nurse said to ring 999 if I ever get chest pain again, which I haven't, but I want another cardiologist's view",
    'When should someone ring 999 rather than 111? Just so I know for the future',
  ])('"%s" gets the "if this is happening now" line with the answer', (text) => {
    expect(byRules(text)?.kind).toBe('possible-emergency');
  });

  it('gives the calm Samaritans line to a form that asks about a history of self-harm', () => {
    expect(byRules("the form asks 'any history of self-harm' - do I have to fill that in for a referral?")?.kind).toBe('possible-crisis');
  });

  it('still gives the crisis reply when self-harm is happening and a form asks about it', () => {
    expect(byRules("I'm self-harming again and the form asks about it")?.kind).toBe('crisis');
  });

  it('reads "a long term plan" for care as no plan to act: a suicidal time years ago stays history', () => {
    const text = "I was suicidal years ago, I'm doing really well now, but I want a second psychiatrist to review my long term plan. How?";
    expect(byRules(text)?.kind).toBe('possible-crisis');
  });
});

describe('whether a delay would harm: a clinical judgement, even while waiting for a second opinion', () => {
  // Until the rules' sixth pass this was left to the leaflet, which says to discuss with the team whether a
  // delay would be harmful. Every blind writer since (sets I, K, M, corpus 12) asks it as a judgement about
  // their own treatment, and the signposting reply sends them to that same team.
  it.each([
    'is it dangerous to delay chemo by a month while I get a second opinion?',
    'is it dangerous to delay chemo by a month?',
  ])('"%s" gets the medical-advice reply', (text) => {
    expect(byRules(text)?.kind).toBe('medical-advice');
  });

  it.each([
    'will asking for a second opinion delay my treatment?',
    'how long will I have to wait for a second opinion?',
    // no time span for the person's own treatment: the leaflet's delay answer says to ask the team
    'is it ok to wait for the second opinion before starting treatment?',
  ])(
    '"%s" is a question about the process, answered normally',
    (text) => {
      expect(byRules(text)).toBeUndefined();
    },
  );
});
