import { describe, it, expect } from 'vitest';
import { assessSafety } from '../../../src/safety';

describe('crisis: suicidal thoughts, self-harm and hopelessness', () => {
  it.each([
    'I want to die',
    'I just want to end it all',
    "i'm going to kill myself",
    "there's no reason to carry on",
    'everyone would be better off without me',
    "I can't go on like this",
    "I don't want to be here anymore",
    'no point living anymore',
    "I've been cutting myself again",
    'I keep wanting to hurt myself',
    'my son says he wants to die',
    'my wife keeps saying she wants to end her life',
    'i feel suicidal',
    'having sucidal thoughts since the diagnosis',
    'Sometimes I think about ending my life',
    'I wish I was dead',
    'I wish I could go to sleep and never wake up',
    "I'm thinking of taking all my tablets",
    "what's the point in living",
    "life isn't worth living anymore",
    'i have nothing left to live for',
    "my dad told me he's been self harming",
    "i'd be better off dead",
    "I can't cope anymore, I just want it all to stop",
    'i dont want to live anymore',
    "i've been thinking about suicide",
    'my teenager has been harming herself',
    "I feel like a burden to everyone and they'd be better off without me",
    'i want to kill my self',
    "i'm going to take an overdose",
    'there is no point in going on',
    "I've given up on life",
    "I feel completely hopeless, there's no way out",
    "i'm planning to end things",
    "my husband said he's going to hang himself",
    "I don't see the point in carrying on",
    "I'm tired of living",
    "i dont want to wake up tomorrow",
    // later real-world phrasings (from two more held-out batches, now tuned against)
    "sometimes I think everyone would be better off if I just didn't wake up",
    "I've been researching ways to end my life",
    "I'm not going to be around much longer, I've made my mind up",
    'my wife has been talking about not wanting to be alive',
    "I've got a rope in the garage and keep thinking about using it",
    'i cant do this anymore i just want out',
    'My son has been cutting his arms',
    'I keep hurting myself to cope',
    'what is the point in anything anymore',
    'i feel like giving up on everything',
    "I'm going to end it tonight",
    'I hate myself and I want to die',
    "it would be easier for everyone if I wasn't here",
    "my mum said she doesn't want to live anymore since dad died",
    "I've been stockpiling my tablets",
    "honestly I'd rather not be here anymore",
    'no one would care if i died',
    "I'm a waste of space and I don't deserve to live",
    'I think about dying all the time',
    "I don't think I can keep going like this",
    'sometimes I wish the cancer would just take me',
    "I'm seriously thinking about taking my own life",
    'my brother keeps saying everyone would be better off if he was dead',
    "I've been scratching my arms till they bleed",
    "I've got nothing left, no point to any of it",
    'I want to die rather than go through chemo again',
    "my teenage daughter is self harming and won't talk to us",
    'I feel like ending it',
    'tired of fighting, I just want to go to sleep forever',
  ])('%s -> crisis', (text) => {
    expect(assessSafety(text)?.kind).toBe('crisis');
  });

  it('suicidal feelings mentioned alongside a second-opinion question still get crisis support', () => {
    const text =
      "How do I ask for a second opinion on my husband's scan? Honestly since the news I don't want to be here anymore.";
    expect(assessSafety(text)?.kind).toBe('crisis');
  });
});
