import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the forty-ninth pass (infections, women and men, homelessness, eyes and throats, students)', () => {
  it('reads blood just brought up as an emergency, but a streak of it as the line and a dated one as history', () => {
    expect(kindOf("he's just vomited a lot of blood all over the bathroom floor")).toBe('emergency');
    expect(kindOf('been on naproxen for months and I have just thrown up what looks like coffee grounds')).toBe('emergency');
    expect(kindOf('brought up a streak of blood this morning after coughing a lot, nothing since')).not.toBe('emergency');
    expect(kindOf('I threw up blood once three years ago, can I get a second opinion on my stomach?')).toBe('possible-emergency');
  });

  it('gives signs told as probably nothing at least the "if this is happening now" line', () => {
    expect(kindOf('headache and my neck is a bit stiff, bit of a temp too, probably nothing')).toMatch(/emergency$/);
    expect(kindOf('calf has been swollen and achy since the long haul flight, probably nothing')).toBe('possible-emergency');
    expect(verdictOf('I did a positive test last week and there is a slight one-sided ache today, is that normal?')).toMatch(/^possible-emergency$|\+999$/);
    expect(kindOf('my toddler has a temperature and some tiny purple spots on his tummy')).toMatch(/emergency$/);
    expect(kindOf('he is 7 months, has a temp and had some tiny dark spots earlier that I can hardly see now')).toMatch(/emergency$/);
    expect(kindOf('she has been wobbly on her feet all afternoon and says her head hurts')).toBe('possible-emergency');
    expect(kindOf('dad sounded confused on the phone this morning, kept calling me by my brother\u2019s name')).toBe('possible-emergency');
    expect(kindOf('mum is 80 and has been short of breath all week, much worse tonight')).toBe('possible-emergency');
  });

  it('does not give the line for the same words with nothing that makes them a sign', () => {
    expect(kindOf('my calf is swollen from football, can I see a different physio?')).toBeUndefined();
    expect(kindOf('I was confused about the letter this morning, who do I ask?')).toBeUndefined();
    expect(kindOf('I have a stiff neck from my desk job, can I get a second opinion on my shoulder?')).toBeUndefined();
  });

  it('keeps a one-sided pain in early pregnancy with fainting out of the line, for the emergency rules and the classifier', () => {
    expect(kindOf('six weeks pregnant, severe one-sided pain and I feel faint')).not.toBe('possible-emergency');
  });

  it('does not read skin turned white and wrinkly by damp as a burn', () => {
    expect(kindOf('my feet have been wet for days and the skin has gone white and wrinkly, what should I do?')).not.toBe('emergency');
    expect(kindOf('boiling water went on her arm and the skin has gone white')).toBe('emergency');
  });

  it('lowers a sign dated and over, with a clinician saying it was normal or the person well again, to the line', () => {
    expect(kindOf('my son had a febrile convulsion in June, the GP examined him and said it was normal. Can we see a specialist?')).toBe('possible-emergency');
    expect(kindOf('she had an anaphylactic reaction in the first week of term, used her pen and is fully recovered now. Can she see another allergist?')).toBe('possible-emergency');
    expect(kindOf('how do I complain about the follow-up since her sepsis in April?')).toBe('possible-emergency');
  });

  it('reads crises told by the means, by a place of safety gone, or by a season refused', () => {
    expect(kindOf('been sitting in the garage with the rope for a while. nothing happened')).toBe('crisis');
    expect(kindOf('not safe by myself tonight')).toBe('crisis');
    expect(kindOf('if I took all my tramadol at once would it be enough')).toBe('crisis');
    expect(kindOf("can't face another christmas. won't")).toBe('crisis');
    expect(kindOf('she has shut herself in the bathroom and says she is done with all of it')).toBe('crisis');
  });

  it('keeps someone frail who is not safe alone, and wishing to die rather than have a test again, out of the crisis reply', () => {
    expect(kindOf('mum is not safe on her own at home since the fall, can we get a second opinion on her hip?')).not.toBe('crisis');
    expect(kindOf("I'd rather die than have that scope again lol, is there another test?")).not.toBe('crisis');
  });

  it('signposts whether something is catching, a longer course, a habit, an operation undone and rest after one', () => {
    expect(kindOf('is scarlet fever contagious? can my 5 year old go to school tomorrow?')).toBe('medical-advice');
    expect(kindOf('finished the antibiotics and it is still sore, should I ask for another course?')).toBe('medical-advice');
    expect(kindOf('I smoke twenty a day and vape at work, is that really bad for me?')).toBe('medical-advice');
    expect(kindOf('is a sterilisation reversible later on?')).toBe('medical-advice');
    expect(kindOf('how long should he rest after the tonsil operation before going back to work?')).toBe('medical-advice');
  });

  it('does not signpost questions about a second opinion worded like these', () => {
    expect(kindOf('is it bad for me to ask for a second opinion?')).toBeUndefined();
    expect(kindOf('how long should I wait after asking before I chase the referral?')).toBeUndefined();
  });

  it('reads a large blood loss told in millilitres now as an emergency, but not one at a past birth', () => {
    expect(kindOf('I am two weeks after my section and have lost about 800ml since this morning, feel woozy')).toBe('emergency');
    expect(kindOf('I lost 1500ml at my first birth, can I get a second opinion about a home birth this time?')).not.toBe('emergency');
  });

  it('reads psychosis told by days without sleep and strange new beliefs as a crisis', () => {
    expect(kindOf("my wife hasn't slept for three nights and says god is telling her she has special powers")).toBe('crisis');
  });

  it('gives grey and not himself, a nosebleed on and off for hours, and days without food or drink the line', () => {
    expect(kindOf('my husband is not himself tonight and looks a bit grey, probably tired')).toBe('possible-emergency');
    expect(kindOf('nosebleeds on and off for hours today, stopped now I think')).toBe('possible-emergency');
    expect(kindOf('she has barely eaten or drunk for three days with this bug')).toBe('possible-emergency');
  });

  it('signposts whether a sign can wait for a weekday, how long it can be left, and what number to stay under', () => {
    expect(kindOf('my ear has been aching since Friday, can it wait till Monday?')).toBe('medical-advice');
    expect(kindOf('how long can you leave a sprained wrist before it needs an x-ray?')).toBe('medical-advice');
    expect(kindOf('what heart rate should I stay under when I walk the dog?')).toBe('medical-advice');
    expect(kindOf('is it normal to keep coughing at night three weeks after a cold?')).toBe('medical-advice');
  });

  it('reads not wanting to live, written in Hindi or Urdu in Latin letters, as a crisis', () => {
    expect(kindOf('mujhe ab jeena nahi hai')).toBe('crisis');
  });

  it('does not signpost waiting for an appointment with no sign told', () => {
    expect(kindOf('can it wait till Monday to ring PALS about my second opinion?')).toBeUndefined();
  });

  it('gives someone sleepier than usual and hardly drinking the line, and reads asking who tells people if one is gone as a crisis', () => {
    expect(kindOf('dad has been drowsier than usual since yesterday and is barely drinking anything')).toBe('possible-emergency');
    expect(kindOf("if I'm not around any more who lets my landlord know")).toBe('crisis');
  });

  it('signposts a painkiller question beside agony told as what nights are like, with the line, not 999', () => {
    expect(kindOf('my knee is agony every night, can I take naproxen with my blood pressure tablets?')).toBe('medical-advice');
  });
});
