import { describe, expect, it } from 'vitest';
import { assessSafety, shippedRules } from './shippedRules';

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
    expect(shippedRules.assessByRules("the old lady next door hasn't opened her curtains since yesterday and she's not answering, should I ring the surgery?")?.kind).toBe('possible-emergency');
  });

  it("gives the 999 line to someone else a little confused today, and nothing to the writer's own muddle", () => {
    expect(shippedRules.assessByRules('paati little confused today, mixing Tamil and English which she never do, maybe she is only tired')?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules("I'm a little confused today about the letter from the hospital")).toBeUndefined();
  });

  it('lowers an overdose at an age long past, told with being well now, to the 999 line', () => {
    expect(shippedRules.assessByRules('I took overdose when I was 19, now I am 35 and fine. will second doctor see this in my records')?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules('I took an overdose an hour ago')?.kind).toBe('emergency');
  });

  it('leaves coming back to the chat later, and moving to a GP surgery down the road, to the flow', () => {
    expect(shippedRules.assessByRules("hang on, mum's getting tired, can we come back to this later?")).toBeUndefined();
    expect(shippedRules.assessByRules("if I moved to the surgery down the road, would they take me on d'you reckon?")).toBeUndefined();
    expect(shippedRules.assessByRules('my cancer, do you think it will come back?')?.kind).toBe('medical-advice');
  });

  it('leaves whether it is silly to want a check before an operation to the leaflet, and asking the bot what is wrong signposted', () => {
    expect(shippedRules.assessByRules("Is it silly to double-check what's wrong with me before I go under the knife?")).toBeUndefined();
    expect(shippedRules.assessByRules("can you double check what's wrong with me, I have a rash on my legs")?.kind).toBe('medical-advice');
  });

  it('leaves a letter still needed for going private to the flow, and whether an operation is really needed signposted', () => {
    expect(shippedRules.assessByRules("I'd pay to go private, would I still need a letter from the GP for that?")).toBeUndefined();
    expect(shippedRules.assessByRules('do I really need an operation on my knee')?.kind).toBe('medical-advice');
  });

  it('reads whether to take, give or raise a medicine asked in another language as a medicine question', () => {
    expect(shippedRules.assessByRules('Czy mogę brać ibuprofen razem z tabletkami na ciśnienie?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('anghofiais fy nhabled teneuo gwaed neithiwr, ddylwn i gymryd dwy heddiw?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('ammi ki sugar subah 12 aa rahi hai machine pe, dawai barhayen?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('I can take my mum to the appointment, can I?')).toBeUndefined();
  });
});

describe('care at the end of life, read in the forty-fourth pass', () => {
  it('signposts questions about its medicines, machines and treatments', () => {
    expect(shippedRules.assessByRules('dose of hyoscine for secretions?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("the syringe driver's beeping and the light's gone amber, is the medicine still going in")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("Should I have the PEG tube or not? I'm 74 with MND and my swallow is getting worse.")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("What does it mean when Dad's breathing stops for about 20 seconds and then starts again?")?.kind).toBe('medical-advice');
  });

  it('gives a rattly chest asked about for comfort the 999 line with the signpost, and chest pain with a grey colour 999', () => {
    expect(shippedRules.assessByRules('Is the rattly noise in his chest hurting him? can they give him something for it')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("his chest is hurting him and he's gone grey")?.kind).toBe('emergency');
  });

  it('reads not waking up asked for, and the thought of taking all of someone\'s tablets, as a crisis, not someone unconscious', () => {
    expect(shippedRules.assessByRules("I asked the nurse to put extra in my syringe driver so I wouldn't wake up. She said no. I'll find another way.")?.kind).toBe('crisis');
    expect(shippedRules.assessByRules('Mi tired, Lord. If him go, mi nah want stay pon this earth either. Mi did think bout taking all a him tablets.')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("I'm thinking about taking all my tablets to the appointment so the doctor can see them")).toBeUndefined();
    expect(shippedRules.assessByRules("my dad collapsed and he won't wake up")?.kind).toBe('emergency');
  });
});

describe('alcohol, drugs and hostels, read in the forty-fourth pass', () => {
  it('signposts a drink asked about on methadone, not 999 as if methadone were swallowed, and a child drinking it is 999', () => {
    expect(shippedRules.assessByRules('can i have a drink on methadone or will it mess me up')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('my toddler drank some of my methadone')?.kind).toBe('emergency');
    expect(shippedRules.assessByRules('my son swallowed a magnet, can he have a drink of water')?.kind).toBe('emergency');
  });

  it('signposts whether shakes mean dependence, and treating an abscess oneself', () => {
    expect(shippedRules.assessByRules("I get the shakes every morning till I have a can. Does that mean I'm physically dependent?")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('got an abscess in my arm from injecting, can I lance it myself with a clean needle')?.kind).toBe('medical-advice');
  });

  it('reads a will made and debts paid back, with thanks before going, as a crisis, and the same told before a question as none', () => {
    expect(shippedRules.assessByRules("I've made a will and paid back what I could to people. Just wanted to say thanks to someone before I go.")?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("I've made a will and paid back what I owed, now can I ask about the second opinion for my liver")).toBeUndefined();
  });
});

describe('mental illness and its medicines, read in the forty-fourth pass', () => {
  it('reads rigid muscles, a burning temperature and speech that makes no sense as 999, and a letter that makes no sense as none', () => {
    expect(shippedRules.assessByRules("Tonight he's rigid as a board, burning hot, sweating and doesn't make sense when he talks.")?.kind).toBe('emergency');
    expect(shippedRules.assessByRules("the letter about his temperature readings doesn't make sense to me")).toBeUndefined();
  });

  it('gives a medicine taken twice by mistake with drowsiness the 999 line with the signpost', () => {
    const twice = assessSafety('think i took my quetiapine twice tonight by mistake, feel pretty drowsy, is that bad?');
    expect(twice?.kind).toBe('medical-advice');
    expect(twice?.possibleEmergency).toBeDefined();
  });

  it('leaves whether a worry is normal to feel, and a complaint about a clinic that lost results, to the leaflet and PALS', () => {
    expect(shippedRules.assessByRules("I've got OCD and I'm scared of upsetting my consultant by going behind her back. Is that normal to feel?")).toBeUndefined();
    expect(shippedRules.assessByRules("The clozapine clinic lost my son's blood results twice last year and he nearly missed his tablets. How do I make a formal complaint?")).toBeUndefined();
    expect(shippedRules.assessByRules('I missed my tablets this morning, should I take two now?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('the pharmacy lost my prescription, should I take two of my tablets tomorrow?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('is it common to feel numb in my fingers after surgery')?.kind).toBe('medical-advice');
  });
});

