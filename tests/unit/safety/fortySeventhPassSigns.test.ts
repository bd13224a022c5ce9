import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf } from './shippedRules';

describe('signs read in the forty-seventh pass (fertility care and pregnancy loss)', () => {
  it('counts a procedure after a miscarriage as recent treatment, so heavy bleeding after it is an emergency', () => {
    expect(kindOf('had an evacuation for a missed miscarriage 3 days ago and the blood is pouring out')).toBe('emergency');
    expect(kindOf('since my erpc on monday I am soaking through a pad every hour')).toBe('emergency');
    expect(kindOf('I had a miscarriage two years ago and there was some bleeding, can I get a second opinion on my fertility tests?')).toBeUndefined();
  });

  it('gives bleeding told as heavier than a period the "if this is happening now" line, not silence', () => {
    expect(kindOf('bleeding is a lot heavier than a normal period since I took the tablets')).toBe('possible-emergency');
    expect(kindOf('my periods are heavier than they used to be, can I see another gynaecologist?')).toBeUndefined();
  });

  it("gives someone else's new confusion hours after sedation the line, but not the writer's own muddle about what was said", () => {
    expect(kindOf('my wife is still a bit confused hours after the sedation for her egg collection')).toBe('possible-emergency');
    expect(kindOf('I was a bit confused after the anaesthetic about what the surgeon said')).toBeUndefined();
  });

  it('reads "can\'t do life" as a crisis, but not life admin', () => {
    expect(kindOf('one more failed round. cant do life anymore')).toBe('crisis');
    expect(kindOf("I can't do life admin at the moment, can someone else fill in the forms?")).toBeUndefined();
  });

  it('reads a goodbye text followed by someone missing from work or home as a crisis, unless a reason is given', () => {
    expect(kindOf("my brother messaged 'look after the kids, sorry for everything' and he never came home last night")).toBe('crisis');
    expect(kindOf("she texted take care of yourself, she isn't at work because of the hospital appointment")).not.toBe('crisis');
  });

  it('knows miscarriage and fertility medicines by name, and how to use one is a question for the clinic or a pharmacist', () => {
    expect(kindOf('they gave me mifepristone, how do i take it, with food?')).toBe('medical-advice');
    expect(kindOf('how to use the cyclogest pessaries, front or back?')).toBe('medical-advice');
    expect(kindOf('how do I take my notes to the second opinion appointment?')).toBeUndefined();
    expect(kindOf('how do I use the NHS app to order my tablets?')).toBeUndefined();
    expect(kindOf('how to apply for free prescriptions for my medicines')).toBeUndefined();
  });

  it('reads whether to ask for a test as a clinical question, but not asking for a second opinion or for results to be sent', () => {
    expect(kindOf('should we ask for chromosome testing after losing three pregnancies?')).toBe('medical-advice');
    expect(kindOf('do I need genetic testing?')).toBe('medical-advice');
    expect(kindOf('should I ask for a second opinion on my scan?')).toBeUndefined();
    expect(kindOf('should I ask for my scan results to be sent to the new hospital?')).toBeUndefined();
  });
});

describe('signs read in the forty-seventh pass (diabetes and breathing conditions)', () => {
  it('gives signs of ketoacidosis told lightly beside ketones, or a high sugar that will not come down with sickness, the line', () => {
    expect(kindOf('so thirsty, peeing all the time and my tummy hurts, not checked ketones yet, probably nothing')).toBe('possible-emergency');
    expect(kindOf("been sick twice and his sugar won't come down however much we correct")).toBe('possible-emergency');
    expect(kindOf("had DKA as a teenager, I'm thirsty after running, ketones were fine, how do I get a second opinion")).toBeUndefined();
  });

  it('gives a reliever needed every hour or two the line, but not daily use', () => {
    expect(kindOf("needing my blue inhaler every hour tonight, it's probably the cold")).toBe('possible-emergency');
    expect(kindOf('i use my blue inhaler every day, could another consultant look at my asthma plan')).toBeUndefined();
  });

  it('reads a wish to stop breathing, half said, as a crisis, but not a wish to have asked sooner', () => {
    expect(kindOf("scared I'll stop breathing in my sleep. part of me wishes it would, just get it over with")).toBe('crisis');
    expect(kindOf('part of me wishes I had asked for a second opinion sooner')).toBeUndefined();
  });

  it('reads the top of a car park with no point left as a crisis, but not a question about its pay machine', () => {
    expect(kindOf("on the top floor of the car park. can't see the point of any of it")).toBe('crisis');
    expect(kindOf("at the top of the car park there's a pay machine, is it free for patients?")).toBeUndefined();
    expect(kindOf('at the top of the car park, done parking, where is the entrance to outpatients')).toBeUndefined();
  });

  it('reads puffs, units, oxygen flow, rinsing after an inhaler and what steroid courses do to a child as medicine questions', () => {
    expect(kindOf('should a child with asthma use two puffs before swimming?')).toBe('medical-advice');
    expect(kindOf('how much should I bolus for a takeaway?')).toBe('medical-advice');
    expect(kindOf('can mum turn her oxygen up when she gets breathless on the stairs?')).toBe('medical-advice');
    expect(kindOf('should I rinse my mouth after the brown inhaler?')).toBe('medical-advice');
    expect(kindOf('will these steroid tablets affect her bones?')).toBe('medical-advice');
    expect(kindOf('does he need a nebuliser or is the spacer as good?')).toBe('medical-advice');
    expect(kindOf('do I need to bring my inhaler to the second opinion?')).toBeUndefined();
    expect(kindOf('can I turn up to the clinic without my oxygen?')).toBeUndefined();
  });
});

describe('signs read in the forty-seventh pass (heart conditions)', () => {
  it('reads an overdose only imagined, with "would" first, as the 999 line, and letters left for grandchildren as a crisis', () => {
    expect(kindOf('would my ICD shock me back if I swallowed every tablet in the house?')).toBe('possible-emergency');
    expect(kindOf('what if I took all my heart tablets')).toBe('possible-emergency');
    expect(kindOf("I've written letters to my grandkids and I'm ready now")).toBe('crisis');
    expect(kindOf("I've written letters to my grandchildren's school about the bullying")).toBeUndefined();
  });

  it('reads the checks of an implanted defibrillator as no emergency, and a defibrillator needed as one', () => {
    expect(kindOf('I want a second opinion on how often my defibrillator checks should be')).toBeUndefined();
    expect(kindOf('he collapsed in the street, someone has gone for the defibrillator')).toBe('emergency');
  });

  it('reads what counts towards a fluid limit as a question for the heart team', () => {
    expect(kindOf("I'm on a fluid restriction of 1.5 litres, does soup count?")).toBe('medical-advice');
    expect(kindOf('does tea count as a drink at the hospital cafe loyalty scheme?')).toBeUndefined();
  });
});

describe('signs read in the forty-seventh pass (earlier corpora, travelling families)', () => {
  it('counts time told in winters or Christmases as history, so a poisoning long past gets the line, not 999', () => {
    expect(kindOf('he had carbon monoxide poisoning in the caravan three winters ago and his memory has never been right')).toBe('possible-emergency');
  });

  it('reads "how many would be too many, asking for a reason" as a crisis', () => {
    expect(kindOf('how many of these sleeping tablets would be too many, asking for a reason')).toBe('crisis');
  });

  it('reads strapping up an injury and going back to sport after one as questions for a clinician', () => {
    expect(kindOf('twisted my ankle badly at work, can I just strap it up myself?')).toBe('medical-advice');
    expect(kindOf('my son got concussed at rugby, when can he play again?')).toBe('medical-advice');
    expect(kindOf('when can I go back to the clinic to ask about the second opinion')).toBeUndefined();
  });

  it('reads "going to sleep and not waking up" as a crisis, and a look "like she didn\'t know me" as no confusion', () => {
    expect(kindOf('said my goodbyes. going to sleep and not waking up')).toBe('crisis');
    expect(kindOf('my dad looked at me like he didn\'t know me when I told him about the diagnosis')).toBeUndefined();
  });
});

describe('signs read in the forty-seventh pass (eating disorders)', () => {
  it('gives chest twinges on and off the line, and a daughter home and eating again after a collapse the line, not 999', () => {
    expect(kindOf("he's had chest twinges on and off since Sunday and won't see anyone")).toBe('possible-emergency');
    expect(kindOf("My son collapsed at college in May and spent a night in hospital. He's home and eating again now. Can we get a second opinion on his care plan?")).toBe('possible-emergency');
  });

  it('reads going out and "won\'t be coming back" as a crisis, but not away until a date', () => {
    expect(kindOf("she texted that she's going down to the beach and won't be coming back")).toBe('crisis');
    expect(kindOf("he's gone to Spain for work and won't be coming back till May")).toBeUndefined();
  });

  it('reads laxatives and refeeding vitamins as medicines, and what a condition does to the heart as a clinical question', () => {
    expect(kindOf('can I come off the senna straight away or should I cut down?')).toBe('medical-advice');
    expect(kindOf("I stopped taking my thiamine last week, does that matter?")).toBe('medical-advice');
    expect(kindOf('can anorexia damage your bones for good?')).toBe('medical-advice');
  });
});

describe('signs read in the forty-seventh pass (care homes)', () => {
  it('reads fits on and off without coming round in between as an emergency, however calmly told', () => {
    expect(kindOf("sorry to bother you, he's been fitting on and off for a while and isn't coming round between them")).toBe('emergency');
  });

  it('gives insulin given twice by mistake the line, even told as fine so far', () => {
    expect(kindOf('the carer gave dad his lantus twice tonight by mistake but he seems ok')).toBe('possible-emergency');
  });

  it('reads someone saying they will jump as a crisis, but not jumping the queue', () => {
    expect(kindOf("she's on the balcony saying she's going to jump")).toBe('crisis');
    expect(kindOf("she said she's going to jump the queue at the clinic")).toBeUndefined();
  });

  it('reads how long a symptom lasts once treated as a question for the clinical team', () => {
    expect(kindOf('how long does the rash from the antibiotics take to clear up?')).toBe('medical-advice');
    expect(kindOf('how long does a second opinion take to come through')).toBeUndefined();
  });
});

