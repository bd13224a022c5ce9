import { describe, it, expect } from 'vitest';
import { assessSafety } from './shippedRules';

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
    // later real-world phrasings (from two more held-out batches, now tuned against)
    'my husband is sweating buckets and says it feels like a vice round his chest',
    "dad's slumped in his chair and we can't get any response from him",
    "my mum keeps losing her words and her right hand won't work",
    "I can't get enough air in, my lips are tingling and going blue",
    "she's wheezing badly and can barely talk",
    "my son's had a fit for the first time, he's 3",
    "he's gone all floppy and his eyes have rolled back",
    "my partner has been stabbed in the leg and there's loads of blood",
    'grandma fell off a ladder and is unconscious',
    "I've just swallowed 40 paracetamol",
    'he drank a load of antifreeze',
    "my baby's got a rash that won't go when I press a glass and she's burning up",
    'my wife is pregnant and bleeding really heavily',
    'i banged my head really hard and now i keep throwing up and feel drowsy',
    "can't stop shaking, high temperature, on chemo, feel like I'm going to pass out",
    'my face has gone numb on one side and my speech is weird',
    "He's clutching his chest and grey in the face",
    "my daughter's throat is swelling after a wasp sting",
    "My friend has taken a load of coke and pills and now she's not waking up",
    "the left side of my dad's face has dropped",
    "she can't swallow and her tongue has swelled up",
    "help he's not breathing properly and his lips are purple",
    'my chest is so tight I can hardly breathe',
    "I've got the worst headache and now I can't see properly",
    "my nan is really confused and doesn't know who I am, it started this morning",
    "my husbands face looks funny on one side and he can't hold his cup",
    "she's had a fall and there's a big gash on her head that's pouring blood",
    'my toddler swallowed one of those button batteries',
    "I'm 8 months pregnant and have a terrible headache and my vision's gone blurry",
    "my dad suddenly can't see out of one eye and feels dizzy",
    'pain in my chest and left arm, feel sick, sweating',
    "he's making snoring noises and we can't wake him",
    "my daughter's lips are blue and she's really struggling for breath",
    "she's been fitting for ages and it won't stop",
    "my mum took her whole week's tablets at once by mistake",
    "someone's collapsed outside my house",
    'my son fell off his bike, hit his head and is being sick',
    'my hands and face are swelling up after taking penicillin and I feel faint',
    "I'm having crushing pains in my chest",
    "he can't lift his left arm and his mouth is drooping",
    "omg my dad just fell and he's not talking properly and one side of his mouth is down",
    'wife cant breathe properly, making a whistling noise, lips going dusky',
    'my 2 year old is having a febrile convulsion',
    "i've sliced my hand open and it won't stop bleeding through the towels",
    'my grandad has gone very pale, sweaty and is complaining of pain in his jaw and arm',
    'I took about 30 of my sertraline tablets an hour ago',
    "he's turning a funny colour and not answering me",
    "my mum's blood sugar is really low and she's not making any sense and won't eat",
    'my partner is unresponsive after drinking',
    "I've had a terrible pain in my head come on in seconds",
    "she's allergic to nuts, ate a cake, now her mouth and throat are swelling",
    "heart is pounding and i feel like i'm going to black out, chest really hurts",
    'my brother has been attacked and is bleeding from his head',
    "my dad's speech has gone all slurry and he's dragging his leg",
    "there's smoke everywhere and my nan can't get out",
    "the baby's breathing is really fast and she's grunting",
    "my husband is having a hypo and he's passed out",
    'just found my son unconscious in his room with empty pill packets',
    "I feel like my throat is closing and I've got hives everywhere",
    "can't feel my legs after falling down the stairs",
    'my little boy has swallowed some of my tablets, not sure how many',
    'my mum has gone all confused and sleepy and has a high temperature',
    "there's a man outside threatening us with a knife",
    'dads lips went blue for a minute but hes ok now',
    'she has a purple rash all over her legs and a fever',
    'He is grey, sweaty and says his arm feels heavy',
    'My wife is vomiting and has the worst pain of her life in her stomach',
    'my son hit his head playing rugby and now he does not know what day it is',
    'my toddler got into my paracetamol',
    'my daughter ate some of my sleeping pills',
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
