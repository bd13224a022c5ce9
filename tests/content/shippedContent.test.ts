import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { phrasingKey } from '../../src/knowledge/loading/readAskedPhrasings';
import { DEFAULTS } from '../../src/config';
import { CommandReader } from '../../src/conversation/commands';
import { createMatcher, loadContent } from '../../src/knowledge/loadContent';
import { recogniseComplaint } from '../../src/knowledge/intents/complaints';
import { recogniseNationQuestion } from '../../src/knowledge/intents/nations';
import { detectSmallTalk } from '../../src/knowledge/smallTalk';
import { loadKnowledge } from '../../src/knowledge/loading/loadKnowledge';
import { loadSafetyRules } from '../../src/safety';
import { ServiceDirectory } from '../../src/knowledge/services';

/**
 * Checks of the content we ship, as a health information editor would review it. These read
 * the real knowledge folder; unit tests use small fixtures so content edits don't break them.
 */
const knowledge = loadKnowledge(DEFAULTS.knowledgeDir);
const safety = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
const leafletPath = resolve(__dirname, '../../../shared/seeds', knowledge.leaflet.file);
const leafletText = existsSync(leafletPath) ? readFileSync(leafletPath, 'utf8') : undefined;

const normalise = (s: string): string =>
  s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
const sentences = (s: string): string[] => s.split(/[.\n•?!]+/).map(normalise).filter(Boolean);

describe('the shipped intents', () => {
  const { intents } = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
  it.each(['how do i contact the ombudsman about this', 'my scan results have gone missing, nobody knows where', 'the rude receptionist put the phone down', 'I want to go higher, the ward manager did nothing'])(
    'routes "%s" as a complaint',
    (text) => expect(recogniseComplaint(text, intents.complaints)).toBeDefined(),
  );
  it.each(['the PALS office never got back to me, can i go over their heads', 'two hours in the waiting room and not one person spoke to us. who do i send feedback to'])(
    'routes "%s" as a complaint',
    (text) => expect(recogniseComplaint(text, intents.complaints)).toBeDefined(),
  );
  it.each(['it all went straight over his head, what should he do', "is it ok to want another opinion when you've got no complaints about your doctor"])('does not take "%s" as a complaint', (text) =>
    expect(recogniseComplaint(text, intents.complaints)).toBeUndefined(),
  );
  it.each(['is it disrespectful to ask for a second opinion', 'can i see someone else without making a fuss'])('does not take "%s" as a complaint', (text) =>
    expect(recogniseComplaint(text, intents.complaints)).toBeUndefined(),
  );
  it.each(['the radiology department lost my x rays', 'we are going to sue the trust over how dad was treated'])('routes "%s" (lost tests, going to law) as a complaint', (text) =>
    expect(recogniseComplaint(text, intents.complaints)).toBeDefined(),
  );
  it.each(["I want to appeal against the surgeon's decision not to operate", "the consultant didn't listen to a word I said, again"])('routes "%s" (a decision appealed, not heard) as a complaint', (text) =>
    expect(recogniseComplaint(text, intents.complaints)).toBeDefined(),
  );
  it('routes "the nurse walked off mid sentence. is there a way to report it" as a complaint', () =>
    expect(recogniseComplaint('the nurse walked off mid sentence. is there a way to report it', intents.complaints)).toBeDefined(),
  );
  it("does not take a name (\"my sister Sue said I should get a second opinion\") as going to law", () =>
    expect(recogniseComplaint('my sister Sue said I should get a second opinion', intents.complaints)).toBeUndefined(),
  );
  it.each(['i got a letter meant for someone else with their details on it', 'compliant about surgery staff'])('also routes "%s" as a complaint', (text) =>
    expect(recogniseComplaint(text, intents.complaints)).toBeDefined(),
  );
  // Said indirectly, as what happened (eighteenth pass): nobody replies, something vanished, wanting it looked into or written to someone.
  it.each([
    'nobody has replied to my emails about my results in six weeks',
    'my referral seems to have vanished into thin air',
    "I'd like someone to look into what happened to my mum on the ward",
    'who do I write to about how badly my gran was looked after',
  ])('routes "%s", a complaint said as what happened, as a complaint', (text) => expect(recogniseComplaint(text, intents.complaints)).toBeDefined());
  it.each(['lost my cat any ideas', 'the specialist talks down to her and she wont say anything', 'my consultant is so rude, I dread going'])(
    'does not take "%s" (not care, or how a doctor is to talk to) as a complaint',
    (text) => expect(recogniseComplaint(text, intents.complaints)).toBeUndefined(),
  );
  it.each([
    ['is it any different in wales', ['Wales']],
    ['i live in belfast, same rules?', ['Northern Ireland']],
    ['england only?', ['England']],
    ['is this for the whole UK?', ['England', 'Wales', 'Scotland', 'Northern Ireland']],
    ['is a second opinion a thing in wales', ['Wales']],
    ['in Newry, is PALS called something else', ['Northern Ireland']],
    ['does any of it count in Cardiff', ['Wales']],
    ['would the same advice hold for NHS Grampian patients', ['Scotland']],
    ['does it all work the same with a Welsh health board', ['Wales']],
    ["my son's in Swansea, can he go by this too", ['Wales']],
  ] as const)(
    'takes "%s" as asking whether the advice applies in %j',
    (text, nations) => expect(recogniseNationQuestion(text, intents.nations)).toEqual(nations),
  );
  it.each(['weather in Cardiff tomorrow', 'best chippy in Newcastle?', 'train times to Glasgow'])(
    'leaves "%s", a short message that names a place and asks about something else, to the Q&A content',
    (text) => expect(recogniseNationQuestion(text, intents.nations)).toBeUndefined(),
  );
  it.each([
    ['im in scotland', ['Scotland']],
    ['what about wales?', ['Wales']],
    ['NI?', ['Northern Ireland']],
  ] as const)('takes "%s", a nation and nothing else, as asking about %j', (text, nations) => expect(recogniseNationQuestion(text, intents.nations)).toEqual(nations));
  it('leaves "Glasgow here, is disagreeing a valid reason to ask?" to the Q&A content', () => {
    expect(recogniseNationQuestion('Glasgow here, is disagreeing with my doctor a valid reason to ask?', intents.nations)).toBeUndefined();
  });
});

describe('the shipped Q&A matching', () => {
  const matcher = createMatcher(loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir), DEFAULTS.matching, undefined, DEFAULTS.safetyModelCache);
  const answered = (text: string): string | undefined => {
    const result = matcher.match(text);
    return result.kind === 'answer' ? result.entry.id : undefined;
  };
  // Idioms and everyday words (synonyms.yaml, nineteenth pass): none of them is in an entry or a learnt way of asking.
  it.each([
    ['would it be a slap in the face for my consultant if I went to someone else', 'offending-your-doctor'],
    ['can they knock me back if I want another specialist to have a look', 'right-to-a-second-opinion'],
    ['if the new bloke is better can I jump ship to him', 'new-doctor-taking-over'],
    ['are there any minus sides to getting another opinion', 'disadvantages'],
    // Twentieth pass: regional words, slang and idioms for being stunned, things going wrong and treatment not made for you.
    ['I was gobsmacked and took none of it in, can they explain it again', 'not-understood'],
    ['could getting another opinion make things go pear shaped', 'disadvantages'],
    ['the treatment plan feels a bit one size fits all, can I question it', 'not-satisfied-with-treatment'],
    // Twenty-first pass: whether the doctor must agree is a right, whether the patient must agree is consent (also in second-language grammar).
    ['does the consultant have to agree to me getting another opinion', 'right-to-a-second-opinion'],
    ['I want other doctor see my father, he must agree first?', 'relatives-asking'],
    // Twenty-second pass: idioms of not getting on and of a doctor's temper, Scots words for family, "opinion" dictated as two words.
    ["I just can't get on with my consultant, what can I do", 'hard-to-talk-to-doctor'],
    ['will my surgeon be fuming if I ask for another view', 'offending-your-doctor'],
    ['can my laddie ask on my behalf', 'relatives-asking'],
    ["what's the best way to get a second a pinion", 'how-to-ask'],
    // Everyday and formal words that say nothing of the subject ("fancy", "potential"), and the second bloke or chap as the new doctor.
    ['fancy asking my GP for someone else to look at my results, how do I go about it', 'how-to-ask'],
    ['I fancy moving to a different surgery, can I', 'changing-gp-practice'],
    ['if the second bloke is better can I stay with him', 'new-doctor-taking-over'],
    // Twenty-seventh pass: notes that "go with me" are sent, not company; a person sent is a referral; confused about the diagnosis is not having understood it.
    ['do my files go with me when I move', 'what-gets-sent'],
    ['can my gp send me for a second opinion', 'how-to-ask'],
    ['im really confused about the diagnosis they gave mum', 'not-understood'],
    // Twenty-eighth pass: another doctor's opinion for a relative, and next of kin pushing for another doctor, are a relative asking.
    ['my mother only speaks Urdu, I want to ask other doctor opinion for her, is possible?', 'relatives-asking'],
    ['can the next of kin push for a different specialist to look at someone', 'relatives-asking'],
    // Twenty-eighth pass: text-speak spelt as said, too far from the word for the typo corrector.
    ['wud my surgeon hold it agenst me if i askd for anotha doctor', 'offending-your-doctor'],
    ['all the ppl in my support grp are on a diff drug, why havnt i been offered it', 'not-satisfied-with-treatment'],
    // Twenty-eighth pass: whether asking changes how the doctor treats you is the worry of offending, not who takes over.
    ['if I ask for another specialist will it change how my surgeon treats me', 'offending-your-doctor'],
    // Fortieth pass: a bloke is a person, as a guy is, saying nothing of the subject; somebody "fresh" is another doctor.
    ['the bloke rattled through it all in jargon and none of it went in, what now', 'not-understood'],
    ['would it slow things down if somebody fresh had a look', 'delay'],
    ["I'd splash the cash if it meant someone else could cast their eye over my results", 'paying-privately'],
    ['who on her crew could I natter to instead, she talks over me', 'hard-to-talk-to-doctor'],
    // Forty-first pass: sticking with the other doctor, said of him or her, is staying under their care.
    ['if the other surgeon turns out better, can I stick with him?', 'new-doctor-taking-over'],
  ])('understands "%s" as a way of asking %s', (text, entry) => expect(answered(text)).toBe(entry));
});

describe('the shipped small talk', () => {
  const { smallTalk } = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir).intents;
  it.each([
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['hiya, is any1 there?', 'greeting'],
    ['good morning', 'greeting'],
    ['thanks', 'thanks'],
    ['thank you so much, that was helpful', 'thanks'],
    ['cheers', 'thanks'],
    ['bye', 'goodbye'],
    ['ok thanks bye', 'goodbye'],
    ["thanks, that's put my mind at ease", 'thanks'],
    ["you've been ever so helpful", 'thanks'],
    ['is anyone there?', 'greeting'],
    ['bore da', 'greeting'],
    ['hello, can i ask you something', 'greeting'],
    ["that's really useful", 'thanks'],
    ['diolch', 'thanks'],
    ["Hi, my name's Sandra", 'greeting'],
    ["hello, I'm Priya", 'greeting'],
    ['good bot', 'thanks'],
    ['well done, you are a star', 'thanks'],
    ['hello? anyone there?', 'greeting'],
    ['you there?', 'greeting'],
    ['is this the right place to ask?', 'greeting'],
    ['Dear Sir/Madam,', 'greeting'],
    ['alright?', 'greeting'],
    ["hiya, Jean here, hope you're well", 'greeting'],
    ['gd morning', 'greeting'],
    ['hi, first time using this', 'greeting'],
    ['alright', 'ok'],
    ['noswaith dda', 'greeting'],
    ["how's it gaun", 'greeting'],
    ['Good morning. I hope you are able to assist.', 'greeting'],
    ['can I ask something', 'greeting'],
    ["Hi there, I'm Margaret, I'm 71 and not very good with computers so please bear with me", 'greeting'],
    ['good evening, is this service open now', 'greeting'],
    ['Hi, this is Mrs Jones', 'greeting'],
    ['hello?? anyone', 'greeting'],
    ['is this a real person?', 'botOrPerson'],
    ['are you a robot', 'botOrPerson'],
    ['am I talking to a human or a computer', 'botOrPerson'],
    // Twenty-second pass: a stretched hello, a formal opening, who set the chat up.
    ['helloo anyone', 'greeting'],
    ['Good morning, I am seeking some assistance', 'greeting'],
    ['Hello, my daughter set this up for me', 'greeting'],
  ])('takes "%s" as %s', (text, kind) => {
    expect(detectSmallTalk(text, smallTalk)).toBe(kind);
  });

  it.each(['hi, can my wife ask for a second opinion for me?', 'thanks, how long does it take?', 'morning sickness', 'how do you spell thanks in french', 'can anyone help me ask for a second opinion', "Hi, my name's Sandra, can my husband ask for a second opinion for me?", 'not a good bot', "I'm pregnant", 'does it actually help anyone', 'asking on behalf of my nan', "hi, I'm 71, can I still ask for a second opinion?", 'can I ask for another doctor', 'I am seeking guidance on whether I can get a second opinion'])(
    'does not take "%s" as small talk because it asks something',
    (text) => {
      expect(detectSmallTalk(text, smallTalk)).toBeUndefined();
    },
  );

  it.each(["that's not helpful", "that's not useful", "thanks but that didn't help"])('takes "%s" as feedback that the reply missed, never as thanks', (text) => {
    expect(detectSmallTalk(text, smallTalk)).toBe('unhelpful');
  });
});

describe('the shipped content', () => {
  it('learns no line of the sets that judge it (the team set and the dev sets) as a way of asking', () => {
    const evalDir = resolve(__dirname, '../eval');
    const judged = new Set<string>();
    const team = parse(readFileSync(resolve(evalDir, 'questions.yaml'), 'utf8')) as { inScope: { text: string }[]; outOfScope: string[] };
    [...team.inScope.map((i) => i.text), ...team.outOfScope].forEach((t) => judged.add(phrasingKey(t)));
    for (const name of readdirSync(resolve(evalDir, 'dev')).filter((n) => /^questions-.*\.yaml$/.test(n))) {
      for (const item of parse(readFileSync(resolve(evalDir, 'dev', name), 'utf8')) as { text: string }[]) judged.add(phrasingKey(item.text));
    }
    const learnt = [...[...knowledge.asked.byEntry.values()].flat(), ...knowledge.asked.notAboutUs, ...knowledge.asked.notOursLearnt];
    expect(learnt.length).toBeGreaterThan(0);
    expect(learnt.filter((t) => judged.has(phrasingKey(t)))).toEqual([]);
  });

  it('cites every section of the leaflet in at least one entry', () => {
    const cited = new Set(knowledge.entries.map((e) => e.source));
    const uncited = knowledge.leaflet.sections.filter((s) => !cited.has(s.id)).map((s) => s.id);
    expect(uncited).toEqual([]);
  });

  it('names only services the bot can reach, and every service says where its facts come from', () => {
    expect(new ServiceDirectory(knowledge.services).missing()).toEqual([]);
    for (const service of knowledge.services) expect(service.source).toMatch(/^https:\/\//);
  });

  it('gives every entry at least six alternate phrasings and two or three follow-ups', () => {
    for (const entry of knowledge.entries) {
      expect(entry.alternates.length, entry.id).toBeGreaterThanOrEqual(6);
      expect(entry.followUps.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(entry.followUps.length, entry.id).toBeLessThanOrEqual(3);
    }
  });

  it('keeps answers short, in short sentences', () => {
    for (const entry of knowledge.entries) {
      const words = entry.answer.split(/\s+/).length;
      expect(words, entry.id).toBeLessThanOrEqual(120);
      const longest = Math.max(...sentences(entry.answer).map((s) => s.split(' ').length));
      expect(longest, `${entry.id}: longest sentence`).toBeLessThanOrEqual(25);
    }
  });

  it('puts no phone numbers in answers: they belong in services.yaml', () => {
    for (const entry of knowledge.entries) expect(entry.answer, entry.id).not.toMatch(/\d{3}[ -]?\d{3}/);
  });

  describe.skipIf(!leafletText)('against the leaflet text (../shared/seeds)', () => {
    it('has every section heading in the leaflet', () => {
      const lines = (leafletText ?? '').split('\n').map(normalise);
      const missing = knowledge.leaflet.sections.filter((s) => !lines.some((line) => line.startsWith(normalise(s.heading))));
      expect(missing.map((s) => s.heading)).toEqual([]);
    });

    it('copies no sentence of the leaflet word for word: answers are in our own words', () => {
      const leafletSentences = sentences(leafletText ?? '').filter((s) => s.split(' ').length >= 9);
      const copied: string[] = [];
      for (const entry of knowledge.entries) {
        const text = normalise([entry.question, entry.answer, ...entry.alternates].join(' . '));
        for (const sentence of leafletSentences) if (text.includes(sentence)) copied.push(`${entry.id}: ${sentence}`);
      }
      expect(copied).toEqual([]);
    });
  });
});

describe('the shipped flows', () => {
  const { flows, intents } = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
  const commands = new CommandReader(intents.typedAnswers.waysOut);
  const detectCommand = (text: string) => commands.detect(text);

  it('use no button label that the bot would take as a command or a safety concern', () => {
    const clashes = flows.flatMap((flow) =>
      flow.steps.flatMap((step) => step.choices.filter((c) => detectCommand(c.label) ?? safety.assess(c.label)).map((c) => `${flow.id}/${step.id}: "${c.label}"`)),
    );
    expect(clashes).toEqual([]);
  });

  it('copy no sentence of the leaflet word for word', () => {
    const leafletSentences = sentences(leafletText ?? '').filter((s) => s.split(' ').length >= 9);
    const copied = flows.flatMap((flow) =>
      flow.steps.flatMap((step) => leafletSentences.filter((s) => normalise(`${step.say} ${step.ask ?? ''}`).includes(s)).map((s) => `${flow.id}/${step.id}: ${s}`)),
    );
    expect(copied).toEqual([]);
  });

  it('put no phone numbers in what they say: they belong in services.yaml', () => {
    for (const flow of flows) for (const step of flow.steps) expect(step.say, `${flow.id}/${step.id}`).not.toMatch(/\d{3}[ -]?\d{3}/);
  });
});
