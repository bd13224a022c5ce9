import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the fiftieth pass (two doctors who disagree, older people, medicines day to day, young people)', () => {
  it('gives 999 for a knock to the head with talk that makes no sense, and for words lost just now', () => {
    expect(kindOf('she fell in the hall ten minutes ago and banged her head on the radiator. She is sitting up but talking about her sister, nothing that makes sense')).toBe('emergency');
    expect(kindOf('on the phone just now dad could not find his words, it was all jumbled')).toBe('emergency');
    expect(kindOf('her words, they came out all jumbled and mixed up')).toBe('emergency');
  });

  it('gives the "if this is happening now" line to new confusion said in text-speak and to waking at night feeling like drowning', () => {
    expect(kindOf('nan a bit confused 2day, not sure if its her usual')).toBe('possible-emergency');
    expect(kindOf('he wakes up at night feeling like he is drowning and has to sit up in the chair')).toBe('possible-emergency');
    expect(kindOf('she cannot lie flat any more without getting breathless')).toBe('possible-emergency');
  });

  it('leaves "drowning" in work or worry, and a seizure clinic named in a complaint, to the rest', () => {
    expect(kindOf('I feel like I am drowning in paperwork, how do I ask for a second opinion?')).toBeUndefined();
    expect(kindOf('the nurse was rude to my daughter at her seizure clinic, how do I complain?')).toBeUndefined();
    expect(kindOf('my daughter is having a seizure and it will not stop')).toBe('emergency');
  });

  it('signposts the bot being asked to settle what two doctors said, but not what to do when doctors disagree', () => {
    expect(kindOf('which one do I believe? one consultant says my knee needs replacing, the other says physio first')).toBe('medical-advice');
    expect(kindOf('the first doctor says asthma, the second says it might be COPD. Which sounds more likely to you?')).toBe('medical-advice');
    expect(kindOf('is the private surgeon more likely to be right than the NHS one about my gallstones?')).toBe('medical-advice');
    expect(kindOf('which one do I believe if the two doctors disagree?')).toBeUndefined();
    expect(kindOf('is a second opinion more likely to be right?')).toBeUndefined();
  });

  it('signposts a clinical question asked beside the second clinician waited for or what they found', () => {
    expect(kindOf('Would stopping my tablets now make the pain worse while I wait for the second rheumatologist?')).toBe('medical-advice');
    expect(kindOf('Does the second doctor saying there is no inflammation on the MRI mean I never had arthritis?')).toBe('medical-advice');
    expect(kindOf('should I carry on with my treatment while I wait for the second consultant?')).toBeUndefined();
  });

  it('signposts medicines asked about with the names told after, a break at weekends, and waiting to drive after a hypo', () => {
    expect(kindOf('Can I take both? My GP put me on citalopram and the private doctor added propranolol.')).toBe('medical-advice');
    expect(kindOf('is it ok to skip my concerta at the weekends?')).toBe('medical-advice');
    expect(kindOf('I had a hypo this morning, how long should I wait before I drive?')).toBe('medical-advice');
    expect(kindOf('how long should I wait before I drive to my second opinion appointment?')).toBeUndefined();
  });

  it('signposts whether a treatment is worth it at someone\u2019s age and one care aid over another', () => {
    expect(kindOf('they have offered mum a new knee. Is it worth putting her through it at her age?')).toBe('medical-advice');
    expect(kindOf('would a catheter be better than pads for dad now?')).toBe('medical-advice');
    expect(kindOf('would a private hospital be better than the NHS for my mum?')).toBeUndefined();
  });

  it('leaves records a clinician will see, and a diary taken to the new clinician, to the answer', () => {
    expect(verdictOf('Will the new consultant be able to see my readings from the app or should I print them?')).toBeUndefined();
    expect(verdictOf('Should I write down my missed doses to take to the new neurologist?')).toBeUndefined();
  });

  it('reads the family gaining sooner, looking up how long bleeding out takes, and a picture of the means posted with last words as crises', () => {
    expect(kindOf('the kids would get the house sooner if i was out the road, simple as')).toBe('crisis');
    expect(kindOf('been reading up on how long it takes to bleed out')).toBe('crisis');
    expect(kindOf('my cousin posted a photo of a rope and wrote goodbye')).toBe('crisis');
    expect(kindOf('we would get the results sooner if I was gone private')).toBeUndefined();
    expect(kindOf('he posted a picture of the bridge on his last day at work')).toBeUndefined();
  });

  it('gives 999 to a baby\u2019s fit told in a learner\u2019s present tense, and keeps a fit dated yesterday on the line', () => {
    expect(kindOf('my baby have a fit, now he is sleeping, is normal?')).toBe('emergency');
    expect(kindOf('baby had a fit yesterday first time ever, seems ok today')).toBe('possible-emergency');
    expect(kindOf('my baby has fits, can we get a second opinion on his epilepsy?')).toBeUndefined();
  });

  it('gives the line to a child who may have swallowed tablets from a bag, and to movements not felt late in pregnancy', () => {
    expect(kindOf('my daughter take maybe 3 paracetamol from my handbag, not sure')).toBe('possible-emergency');
    expect(kindOf('I am 34 weeks and I have not really felt him move today')).toBe('possible-emergency');
    expect(verdictOf('my daughter takes 2 paracetamol for her period, is that ok?')).toBe('medical-advice');
  });

  it('lowers choking or not breathing said of worry to the line, never when it is happening now', () => {
    expect(kindOf('i am choking with stress about moving practice, will they keep my records?')).toBe('possible-emergency');
    expect(kindOf('some days i feel like i cant breathe with the waiting, how long does a second opinion take?')).toBe('possible-emergency');
    expect(kindOf('some days i feel like i cant breathe, but right now i really cant breathe')).toBe('emergency');
  });

  it('signposts what causes a symptom, and whether a screening result means a lasting condition', () => {
    expect(kindOf('my periods come every two weeks for three months now, what is the cause of this')).toBe('medical-advice');
    expect(kindOf('his newborn hearing screen had no clear response, does that mean hes deaf')).toBe('medical-advice');
    expect(kindOf('the clinic cancelled twice, what is the cause of this mess?')).toBeUndefined();
  });

  it('signposts whether a complementary therapy would help, and leaves when a practitioner works to the answer', () => {
    expect(kindOf('would acupuncture help my ringing ears, or is it money down the drain?')).toBe('medical-advice');
    expect(kindOf('would a chiropractor sort out my neck')).toBe('medical-advice');
    expect(kindOf('can the osteopath work on a Saturday')).toBeUndefined();
  });

  it('leaves results asked for in large print to the answer', () => {
    expect(kindOf('can I get my blood results in large print, I cannot read the portal')).toBeUndefined();
  });
});
