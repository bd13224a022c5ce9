import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { recogniseComplaint, type ComplaintRules } from '../../../src/knowledge/intents/complaints';
import { loadContent } from '../../../src/knowledge/loadContent';

// The shipped phrases alone (complaints.yaml), without the learnt net: what the phrase families decide by themselves.
const { intents } = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
const { learnt: _net, ...phrasesOnly } = intents.complaints;
const phrases: ComplaintRules = phrasesOnly;

describe('the shipped complaint phrases (twentieth pass)', () => {
  it.each([
    'the ambulance took five hours to get to my nan',
    'three hours on hold to the out of hours line and then cut off',
    'out of hours gp was an absolute joke',
    '111 gave us the wrong number for the emergency dentist',
    'the pharmacist read out my prescription so the whole queue heard',
    'the crisis team took me off their list without a word',
    'crap service from the mental health team',
  ])('take a service that kept someone waiting, got it wrong or let out private things, said short or with a mild insult, as a complaint: "%s"', (text) => {
    expect(recogniseComplaint(text, phrases)).toBeDefined();
  });

  it.each([
    'I want her spoken to about the way she talked to my dad',
    'the district nurse never came, somebody needs to sort it',
    'I want the ward to admit what happened and make sure it doesnt happen to another patient',
    'the receptionist should be retrained',
  ])('take saying what the person wants done (spoken to, owned up to, put right) as a complaint: "%s"', (text) => {
    expect(recogniseComplaint(text, phrases)?.signal).toBe('wants-it-put-right');
  });

  it.each([
    "I'm not happy with how the consultant explained it, can I get a second opinion?",
    'the gp says its nothing, I want it looked at by someone else',
    'is that a daft reason to want it looked at again',
    'Is asking for another doctor the same as complaining?',
    'im not making a complaint, i just want a different consultant',
  ])('leave an unhappy second-opinion question to the Q&A content: "%s"', (text) => {
    expect(recogniseComplaint(text, phrases)).toBeUndefined();
  });

  it('still take what was done (rude, shouted at) as a complaint in a message about another opinion', () => {
    expect(recogniseComplaint('the consultant was rude to me, can I see another doctor?', phrases)?.signal).toBe('rudeness');
  });

  it.each(['the kennels lost my dogs lead and nobody listens', 'the nursery keeps losing my sons coat and nobody listens', 'the gym was a joke'])(
    'leave a complaint about childcare, pets or a gym alone: "%s"',
    (text) => {
      expect(recogniseComplaint(text, phrases)).toBeUndefined();
    },
  );
});

describe('the shipped complaint phrases (twenty-first pass)', () => {
  it('take someone fobbing a person off, told as what happened, as a complaint, but not "keeps fobbing me off" (the shared stem), which mostly asks or answers', () => {
    expect(recogniseComplaint('111 fobbed me off', phrases)?.signal).toBe('ignored');
    expect(recogniseComplaint('NHS dentist fobbed us off', phrases)).toBeDefined();
    expect(recogniseComplaint("yeah my GP keeps fobbing me off and won't refer me anywhere", phrases)).toBeUndefined();
  });
});

describe('the shipped complaint phrases (thirty-fifth pass)', () => {
  it('take nobody ringing the person back, said with "me", as a complaint; asking whether they will ring back is not', () => {
    expect(recogniseComplaint("Nobody's rung me back in six weeks despite three messages. This isn't good enough.", phrases)?.signal).toBe('no-call-back');
    expect(recogniseComplaint('will the hospital ring me back about the second opinion?', phrases)).toBeUndefined();
  });

  it('take the surgery losing what was sent as a complaint, and a relative losing his own slips as none (thirty-ninth pass)', () => {
    expect(recogniseComplaint('the practice keeps losing my repeat prescription requests', phrases)?.signal).toBe('lost-paperwork');
    expect(recogniseComplaint('the hospital kept losing his scans', phrases)?.signal).toBe('lost-paperwork');
    expect(recogniseComplaint('mum keeps losing her appointment cards, can I get the letters sent to me?', phrases)).toBeUndefined();
  });

  it('never take thanks that praise an answer for a complaint, with the learnt net too (thirty-ninth pass)', () => {
    for (const text of ['Thank you, that was really clear.', 'thanks, that was very helpful', 'That was very good of you, thanks']) {
      expect(recogniseComplaint(text, intents.complaints), text).toBeUndefined();
    }
    expect(recogniseComplaint('that was very rude of the receptionist', intents.complaints)).toBeDefined();
  });

  it('take a fuss not wanted, or going past a relative who decides for herself, as no complaint, and going over a rude consultant\'s head as one (forty-fourth pass)', () => {
    expect(recogniseComplaint("Can I ask to see one of the others, or even move to the practice across town? I'd rather not make a fuss though.", intents.complaints)).toBeUndefined();
    expect(recogniseComplaint("She's sixteen now. Can we as her parents request a second opinion for her? We don't want to go over her head.", intents.complaints)).toBeUndefined();
    expect(recogniseComplaint('The consultant was rude and dismissive and I want to go over his head', intents.complaints)).toBeDefined();
  });

  it('take wanting it sorted quickly as no complaint, and what went wrong told beside it as one (fiftieth pass)', () => {
    expect(recogniseComplaint("private mate, I'll pay, just want it sorted", intents.complaints)).toBeUndefined();
    expect(recogniseComplaint('the hospital lost my referral twice and I just want it sorted', intents.complaints)).toBeDefined();
  });

  it('take letting off steam about the care as a complaint, by the phrases alone (fifty-eighth pass)', () => {
    expect(recogniseComplaint('I just need to vent. The clinic kept me waiting three hours and then sent me home.', phrases)).toBeDefined();
  });
});
