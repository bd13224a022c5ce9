import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf } from './shippedRules';

describe('signs read in the forty-sixth pass (children with complex needs)', () => {
  it('reads a long fit told in few words, with "minute" or "long time", as an emergency', () => {
    expect(kindOf('he has fit now long time, more than 10 minute, I give the medicine and still he is shaking')).toBe('emergency');
    expect(kindOf('her seizure is going 6 minute already')).toBe('emergency');
    expect(kindOf('he had a fit a long time ago, can we ask for a second opinion on his scan?')).not.toBe('emergency');
    expect(kindOf('the keep fit class is a 10 minute walk from the surgery')).toBeUndefined();
    expect(kindOf("he's been fit for a long time, he runs marathons")).toBeUndefined();
    expect(kindOf('my hands have been shaking for a long time, can I see a neurologist for a second opinion?')).not.toBe('emergency');
  });

  it('reads someone who will not come round after a fit as an emergency, not as history', () => {
    expect(kindOf("I can't wake my grandson properly after his seizure, it's been an hour")).toBe('emergency');
    expect(kindOf("after her fit she still isn't responding to us")).toBe('emergency');
  });

  it("reads feed volumes, a home oxygen setting and a change of feed as questions for the child's team", () => {
    expect(kindOf('How many mls an hour should my son have on his overnight pump feed?')).toBe('medical-advice');
    expect(kindOf("is 1 litre of oxygen enough for sleeping or should i turn it up to 2 when she's got a cold")).toBe('medical-advice');
    expect(kindOf('Should we go back from blended diet to formula?')).toBe('medical-advice');
    expect(kindOf('how do I order more feeds from the supplier?')).toBeUndefined();
    expect(kindOf('the oxygen company never delivered the cylinders, who do I complain to?')).toBeUndefined();
  });

  it('reads how long a feeding tube stays in, and whether a change is a sign of a treatment wearing off, as clinical questions', () => {
    expect(kindOf('How long can an NG tube stay in before it needs changing?')).toBe('medical-advice');
    expect(kindOf('Is all the dribbling a sign his botox injections are wearing off?')).toBe('medical-advice');
    expect(kindOf('is the delay a sign they have lost his referral?')).toBeUndefined();
  });

  it('knows epilepsy medicines by name, so crushing one is a medicine question', () => {
    expect(kindOf('Can I crush his lamotrigine and put it down the gastrostomy?')).toBe('medical-advice');
    expect(kindOf('is keppra ok with her other tablets?')).toBe('medical-advice');
  });
});

describe('signs read in the forty-sixth pass (rural and farming life)', () => {
  it('reads a red line spreading from a bite or cut, with a fever, as sepsis', () => {
    expect(kindOf('The dog bite on my arm has a red line going up from it and I feel shivery tonight.')).toBe('emergency');
    expect(kindOf('there is a red line on the map going up from the farm to the hospital, is it far?')).toBeUndefined();
  });

  it('reads a child who got at a farm or household chemical as a poisoning', () => {
    expect(kindOf('i think the toddler got at the teat dip in the parlour, his mouth smells of it')).toBe('emergency');
    expect(kindOf('my son got into the sheep dip')).toBe('emergency');
    expect(kindOf('the toddler got at the crisps and dip')).toBeUndefined();
  });

  it('reads a symptom told, then "what should I do about it?", as a question for NHS 111', () => {
    expect(kindOf("I've got a sore on my foot from my wellies that won't heal. What should I do about it?")).toBe('medical-advice');
    expect(kindOf('my referral letter never came. What should I do about it?')).toBeUndefined();
  });
});

describe('signs read in the forty-sixth pass (dementia, and cancer treatment at home)', () => {
  it('reads a medicine taken three times today, then very sleepy, as an overdose, not as history', () => {
    expect(kindOf("I think I have taken my tablets three times today and now I'm very sleepy and my heart is jumping about")).toBe('emergency');
    expect(kindOf('I had chest pain three times this week')).toBe('possible-emergency');
  });

  it('reads a fever after a chemotherapy medicine named, not the word chemo, as an emergency', () => {
    expect(kindOf('my temp is 39 and im shaking, had my ifosfamide last week')).toBe('emergency');
    expect(kindOf('on carboplatin and my temperature is 38.5')).toBe('emergency');
  });

  it('lowers a fever told as an admission in the past to the 999 line', () => {
    expect(kindOf('The chemo unit were brilliant when I was rushed in with a temperature in January. I want a second view on the plan.')).toBe('possible-emergency');
  });

  it('reads three things put in order, told in fragments, as a crisis', () => {
    expect(kindOf('Cancelled rest of treatment. Arranged for the neighbour to have the dog. Notes written. Done.')).toBe('crisis');
    expect(kindOf('my letters are written and sent, can I get a second opinion')).toBeUndefined();
  });

  it('knows anti-sickness medicines and "dex" before its dose, so their doses are medicine questions', () => {
    expect(kindOf("My dex is 8mg in the morning and I'm not sleeping at all. Can I split it or take it earlier?")).toBe('medical-advice');
    expect(kindOf('How many loperamide am I allowed in a day?')).toBe('medical-advice');
    expect(kindOf('Can I take metoclopramide and ondansetron together?')).toBe('medical-advice');
    expect(kindOf('Dex is coming with me to the appointment, can he sit in?')).toBeUndefined();
  });

  it('reads whether a medicine named just before would suit the person as a treatment question', () => {
    expect(kindOf('Is lecanemab on the NHS yet, and would it suit me at 61 with early-onset?')).toBe('medical-advice');
    expect(kindOf('the hospital in Leeds, would it suit me better for the appointment?')).toBeUndefined();
  });

  it('reads getting a line or dressing wet as a question for the team who put it in', () => {
    expect(kindOf('Is it dangerous to get my PICC dressing wet in the shower?')).toBe('medical-advice');
    expect(kindOf('can I get his cast wet at swimming?')).toBe('medical-advice');
  });
});

describe('signs read in the forty-sixth pass (kidneys, heart devices and blood thinners; people who play things down)', () => {
  it('gives the 999 line for blood in the pee told in small words by someone on a blood thinner', () => {
    expect(kindOf('On warfarin and my pee looks pinkish today. Could be the beetroot I had?')).toBe('possible-emergency');
    expect(kindOf('my pee looks pinkish after beetroot, can I still get a second opinion on my kidneys?')).not.toBe('possible-emergency');
  });

  it('reads fluid allowances, a target weight and anti-rejection medicines with drink as questions for the team', () => {
    expect(kindOf('How much fluid am I allowed a day on haemo?')).toBe('medical-advice');
    expect(kindOf('They keep changing my dry weight. What should it be for someone 5 foot 10?')).toBe('medical-advice');
    expect(kindOf("Can I have a few pints at my mate's wedding on tacrolimus and mycophenolate?")).toBe('medical-advice');
    expect(kindOf('what should the waiting time be for a second opinion')).toBeUndefined();
  });

  it('leaves a result nobody passed on alone when what is asked is whether to raise it with PALS', () => {
    expect(kindOf('my INR came back at 5 and nobody rang me, should I raise that with PALS?')).toBeUndefined();
    expect(kindOf('my potassium is 6.8, should I be worried?')).toBe('medical-advice');
  });

  it('reads numbness down the face as a stroke sign, lowered when it comes and goes, and not after the dentist', () => {
    expect(kindOf('on and off I get a numbness down my face, comes and goes')).toBe('possible-emergency');
    expect(kindOf('after the dentist I had numbness in my face for hours')).toBeUndefined();
  });

  it('reads thinking about not waking up, a way to die that "would sort everything out" and ending it rather than treatment as crises', () => {
    expect(kindOf('some nights I think about just not waking up')).toBe('crisis');
    expect(kindOf('been thinking the lorry and a motorway bridge would sort everything out quick')).toBe('crisis');
    expect(kindOf("results came back bad and honestly I'd rather finish it myself than go through the treatment")).toBe('crisis');
    expect(kindOf('a new boiler would sort everything out')).toBeUndefined();
    expect(kindOf('a new car would sort everything out')).toBeUndefined();
    expect(kindOf("I'd rather end it with this consultant than keep seeing him")).toBeUndefined();
  });

  it('reads a medicine stopped in everyday words, a test "worth it or leave it" and how much drink is too much as clinical questions', () => {
    expect(kindOf("can I just knock the statins on the head, they make me ache")).toBe('medical-advice');
    expect(kindOf('been loose for six weeks. worth a test or leave it')).toBe('medical-advice');
    expect(kindOf('is it worth a look at the private hospital or not')).toBeUndefined();
    expect(kindOf('wife says I snore then stop breathing, do I need a sleep test')).toBe('medical-advice');
    expect(kindOf('how much is too much to drink a week, asking for a mate who is me')).toBe('medical-advice');
    expect(kindOf('how much is too much paperwork for a complaint')).toBeUndefined();
  });
});

describe('signs read in the forty-sixth pass (parents of teenagers)', () => {
  it('reads a raised ketone reading told with drowsiness or tummy pain as an emergency', () => {
    expect(kindOf("She's type 1 and a bit drowsy tonight, ketones were 1.2 earlier and her tummy hurts.")).toBe('emergency');
    expect(kindOf('ketones 0.3 this morning and she is fine, can we get a second opinion on her pump?')).not.toBe('emergency');
  });

  it('reads whether a BMI is dangerous as a question about a result', () => {
    expect(kindOf('Is a BMI of 16.5 dangerous for a 15 year old girl?')).toBe('medical-advice');
    expect(kindOf('my BMI is 31, can I still get a second opinion about my knee op?')).toBeUndefined();
  });
});
