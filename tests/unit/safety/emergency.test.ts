import { describe, it, expect } from 'vitest';
import { assessSafety } from '../../../src/safety';

// Phrasings are written the way people type under stress: described signs rather
// than diagnoses, typos, third person, and buried inside second-opinion questions.
describe('emergency: NHS "call 999" signs', () => {
  it.each([
    // stroke: face, arms, speech, sudden confusion
    "My dad's face has gone droopy on one side and he's not making sense",
    'I think my husband is having a stroak',
    "my mum's words are coming out all wrong and she can't lift her right arm",
    "my partner's speech is slurred and his face looks lopsided",
    'her face is drooping and her speech is slurred',
    'he cant speak properly all of a sudden',
    "should I call an ambulance? My nan's face has dropped on one side",
    "i think he's had a stroke just now, his mouth has gone to one side",
    "my wife has gone really confused all of a sudden and doesn't know where she is",
    "i can't feel the left side of my body and my arm's gone weak",
    // chest pain / heart attack
    "I've got a crushing pain in my chest that's going down my left arm",
    'chest pian really bad spreading to my jaw',
    "I think my dad's having a heart attack",
    'I have sudden severe chest pain',
    "sorry to bother you but my chest is really tight and heavy and I feel sick and sweaty",
    "i have a pain in my chest and it's going into my back",
    'my chest hurts so much',
    'it feels like an elephant is sitting on my chest',
    // breathing / choking / blue
    'I can\'t catch my breath and my chest feels tight',
    'cant breath properly, help',
    "He's not breathing",
    'my baby is turning blue',
    "she's choking on something",
    "she's struggling to breathe and her lips have gone blue",
    'my friend has stopped breathing, what do I do',
    'my father is gasping for air',
    "she's having a really bad asthma attack and her inhaler isn't working",
    // unconscious / collapsed
    "she's gone grey and won't wake up",
    "Hi, I wanted to ask about a second opinion for my wife's cancer treatment but right now she's collapsed in the kitchen and isn't responding",
    "my grandad has collapsed and he's unconcious",
    'my dad cant wake up he is really floppy',
    "someone's unconscious in the street",
    "my wife's just collapsed",
    'the baby is floppy and not responding',
    // fits
    "my son is having a siezure and it's been going on for more than 5 minutes",
    "my daughter has never had a fit before and she's fitting now",
    "she's had a fit and still isn't waking up",
    // allergy
    'his lips are swelling up after he ate nuts and his throat feels tight',
    "I think I'm having an alergic reaction, my tounge is swelling",
    'my throat is closing up',
    "i think i'm having anaphylaxis",
    // head injury, headache, meningitis, sepsis
    'he fell down the stairs and hit his head and now he keeps being sick',
    'there is fluid coming out of his ear after he banged his head',
    'worst headache of my life came on suddenly',
    "I've got a rash that doesn't fade when I press a glass on it and a stiff neck",
    'My husband is on chemo and has a temperature of 39 and is shivering',
    "my mum's skin is mottled and she is breathing really fast and not making sense",
    // bleeding, overdose, poisoning, burns, danger
    "she's bleeding heavily and it won't stop",
    "there's blood everywhere and i cant stop the bleeding",
    "I've taken all my tablets",
    'my brother swallowed a whole packet of paracetamol an hour ago',
    'I took an overdose',
    "I think she's overdosed on her sleeping pills",
    'my daughter drank bleach',
    "I've just cut my wrists",
    "he's badly burned his arm and chest with boiling water",
    "there's a man here with a knife threatening to kill me",
    "he's been stabbed",
  ])('%s -> 999', (text) => {
    expect(assessSafety(text)?.kind).toBe('emergency');
  });

  it('a stroke described by its signs gets 999 even inside a question about second opinions', () => {
    const text =
      "We're thinking of asking for a second opinion about Dad's heart medication. Also his face has gone droopy and his words are slurry, is that the tablets?";
    expect(assessSafety(text)?.kind).toBe('emergency');
  });

  it('a past stroke does not hide a new one described in the same message', () => {
    const text = 'he had a stroke last year, but now his face has dropped again and he cant lift his arm';
    expect(assessSafety(text)?.kind).toBe('emergency');
  });

  it('names the sign that fired with a stable rule id and never echoes the message', () => {
    const concern = assessSafety('my mum has collapsed and wont wake up, her name is Jane Smith');
    expect(concern?.kind).toBe('emergency');
    expect(concern?.rule).toMatch(/^[a-z0-9-]+$/);
    expect(concern?.rule).not.toMatch(/jane|smith/i);
  });
});
