import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the fifty-eighth pass (sport, travel, students, work, heat and cold, young carers, grandparents, road accidents)', () => {
  it('calls a boot or an elbow to the head followed by sickness a head injury, and leaves a ball to the head told lightly to the line', () => {
    expect(kindOf('my striker took an elbow to the head and he\u2019s been sick and can\u2019t remember the second half')).toBe('emergency');
    expect(kindOf('took a ball to the head at training yesterday, been a bit sick today, probably a bug')).not.toBe('emergency');
  });

  it('calls a tumble followed by the same question over and over a head injury', () => {
    expect(kindOf('mum had a fall in the kitchen this morning and keeps asking the same question again and again')).toBe('emergency');
  });

  it('calls a fit going on for minutes an emergency even when how long his fits usually last is told beside it', () => {
    expect(kindOf('my sister is having a seizure and it has been going on for ages like 8 minutes, she usually stops after one')).toBe('emergency');
    expect(kindOf('his headaches have been going on for ages, can another neurologist see him?')).not.toBe('emergency');
  });

  it('does not read a seat behind someone as a sign told as over', () => {
    expect(kindOf('the man in the seat behind me has slumped and isn\u2019t breathing, his lips are blue')).toBe('emergency');
    expect(kindOf('the overdose is all behind me now, I want a second opinion on my diagnosis')).not.toBe('crisis');
  });

  it('calls a chemical cleaner in the eye, heatstroke without sweating and fumes in a tank that made several ill emergencies', () => {
    expect(kindOf('got descaler in my eye at work and it\u2019s still stinging and blurry')).toBe('emergency');
    expect(kindOf('he stopped sweating on the building site and now he\u2019s dizzy and being sick')).toBe('emergency');
    expect(kindOf('we were working in a tank all morning and came out dizzy and sick, the others too')).toBe('emergency');
    expect(kindOf('I\u2019ve been on hold all morning with a headache and the others in the queue too')).not.toBe('emergency');
  });

  it('calls tablets taken with the number hidden or the packet nearly empty an emergency', () => {
    expect(kindOf('my son took some paracetamol earlier and won\u2019t tell me how many, the box is almost empty')).toBe('emergency');
  });

  it('gives the line to a face swelling after a sting, few wet nappies and a missing button battery near a child', () => {
    expect(kindOf('bitten by something on holiday and my face is a bit swollen, not sure if it is spreading')).toBe('possible-emergency');
    expect(kindOf('the baby has had hardly any wet nappies since this morning')).toBe('possible-emergency');
    expect(kindOf('the battery from the remote is missing and my toddler was playing with it')).toBe('possible-emergency');
  });

  it('gives the line, not 999, to a rash a doctor glass-tested that has gone, and nothing to a baby\u2019s cord at birth or a painful shoulder', () => {
    expect(kindOf('she had spots last month, the GP did the glass test and said it was viral, they\u2019re all gone now')).toBe('possible-emergency');
    expect(kindOf('she was born with the cord round her neck and is 5 now, can we get a second opinion on her speech?')).toBeUndefined();
    expect(kindOf('my shoulder is really sore and I can barely lift my arm, can I see a different surgeon?')).toBeUndefined();
    expect(kindOf('my dad can barely lift his arm and his face has dropped')).toBe('emergency');
  });

  it('does not read "big" of a life event as a clinical judgement', () => {
    expect(kindOf('we live in Scotland, my son was diagnosed with asthma, a big shock. Can we get a second opinion in England?')).toBeUndefined();
  });

  it('does not read choosing another doctor at the practice, or what one ought to prepare beforehand, as a clinical judgement', () => {
    expect(kindOf('my surgery has 5 doctors, can I choose a different one?')).toBeUndefined();
    expect(kindOf('My hands shake too much to write, so I am typing slowly. What ought I to prepare beforehand, and should I bring my list of pills?')).toBeUndefined();
    expect(kindOf('which of the two treatments should I choose?')).toBe('medical-advice');
  });

  it('calls these crises: medicines saved with a purpose told, a will sorted beside asking where the weedkiller is, keys left with a note, "it should have been me" with a promise, no longer wanting to live', () => {
    expect(kindOf('I\u2019ve been stashing my tablets and I know what I\u2019m going to do with them')).toBe('crisis');
    expect(kindOf('my brother asked where we keep the weedkiller and told me he has written his will')).toBe('crisis');
    expect(kindOf('my flatmate left his keys with a note saying sorry for everything')).toBe('crisis');
    expect(kindOf('the crash killed my friend, it should have been me and I\u2019m going to put it right')).toBe('crisis');
    expect(kindOf('since grandad died my nan has stopped wanting to live')).toBe('crisis');
    expect(kindOf('I\u2019ve written my will and asked where we keep the spare keys')).not.toBe('crisis');
  });

  it('signposts these medical questions: a home remedy or another for an injury, an extra dose, working through a pain, meals and medicines, how long a symptom can go on, a cream still good to use', () => {
    expect(kindOf('ice or heat for a sore calf?')).toBe('medical-advice');
    expect(kindOf('physio or chiropractor for my neck?')).toBe('medical-advice');
    expect(kindOf('exam day, ok to take an extra one or double up')).toBe('medical-advice');
    expect(kindOf('ok to work through it with a bad back?')).toBe('medical-advice');
    expect(kindOf('iron tablets b4 or after food?')).toBe('medical-advice');
    expect(kindOf('how long can a cough go on in a child before I should worry?')).toBe('medical-advice');
    expect(kindOf('how many days before I take her to the GP?')).toBe('medical-advice');
    expect(kindOf('can dad have a beer w his ms meds or nah')).toBe('medical-advice');
    expect(kindOf('the old cream has gone lumpy, can I still put it on her nappy rash')).toBe('medical-advice');
    expect(kindOf('can I keep playing football with a broken toe')).toBe('medical-advice');
    expect(kindOf('her seizures have gone from one a month to three, is that something we should be worried about?')).toBe('medical-advice');
    expect(verdictOf('can I still drive with a bad back to my second opinion appointment?')).toBeUndefined();
    expect(verdictOf('should I go private or NHS for my second opinion?')).toBeUndefined();
  });

  it('calls cloths pressed on a wound with the blood still coming through an emergency, and a job\u2019s cutting is not self-harm', () => {
    expect(kindOf('he slipped with the saw, I\u2019m holding a tea towel on his arm and it\u2019s still soaking through')).toBe('emergency');
    expect(kindOf('I was cutting wood and nicked my finger, it bled a bit, can a different GP see my hand?')).not.toBe('crisis');
  });

  it('calls heavy bleeding days after a birth an emergency when the baby is named, not "had my baby"', () => {
    expect(kindOf('I had my son a week ago and now I\u2019m soaking through a pad every hour and passing big clots')).toBe('emergency');
  });

  it('calls toes gone white or dark after an injury or a plaster an emergency', () => {
    expect(kindOf('his arm was put in plaster this morning and now his fingers have gone white and cold')).toBe('emergency');
  });

  it('gives the line to slug pellets found by a child, a tingling mouth after nuts, a low sugar in the night and a stiff jaw after a rusty nail', () => {
    expect(kindOf('found the toddler by the slug pellets, no idea if she ate any')).toBe('possible-emergency');
    expect(kindOf('my lips feel tingly after a flapjack, I\u2019m allergic to nuts but I seem ok')).toBe('possible-emergency');
    expect(kindOf('my sugar dropped to 2.8 overnight, had some juice, still shaky')).toBe('possible-emergency');
    expect(kindOf('my jaw feels stiff and hard to open since I stood on a rusty nail last week')).toBe('possible-emergency');
  });

  it('calls these crises: voices or God wanting someone to go into the river, words at a platform edge that it will be quick, better if she disappeared', () => {
    expect(kindOf('she has not slept and says God wants her and the baby to go into the river')).toBe('crisis');
    expect(kindOf('a lad at the edge of the platform said on the phone it\u2019ll be quick')).toBe('crisis');
    expect(kindOf('my wife says the baby would be better if she disappeared')).toBe('crisis');
  });

  it('does not call the NHS collapsing an emergency, nor a bleed that was stitched and fine months ago', () => {
    expect(kindOf('the NHS in our town is collapsing, who do I complain to?')).toBeUndefined();
    expect(kindOf('my dad bled badly after a fall in March, he got stitched up and was fine. Can he get a second opinion on his knee?')).not.toBe('emergency');
  });

  it('signposts a tetanus booster, when stitches come out, what a measurement means and first aid asked of a fit', () => {
    expect(kindOf('stood on a nail in the garden, do I need a tetanus booster?')).toBe('medical-advice');
    expect(kindOf('I have stitches in my knee, when should they come out?')).toBe('medical-advice');
    expect(kindOf('what does a curve of 40 degrees mean')).toBe('medical-advice');
    expect(kindOf('when a person is fitting, should you put something in their mouth?')).toBe('medical-advice');
  });
});
