/**
 * Turns whatever a person typed into one predictable shape, so the rule tables
 * can be written once instead of once per spelling:
 *
 * - lowercase ASCII letters, digits, single spaces and sentence punctuation only
 *   (emoji, control characters, hyphens and symbols become spaces);
 * - apostrophes are dropped, so "can't", "can’t" and "cant" all read "cant";
 * - long forms are folded into those contractions ("cannot" and "can not" read
 *   "cant", "he is" reads "hes") so rules only need one form;
 * - a short list of common misspellings of the words the rules care about is fixed.
 *
 * The result is for matching only; it is never shown or logged.
 */

// Invisible format characters people paste in from other apps (zero-width spaces, soft
// hyphens, direction marks); removed rather than turned into spaces so that
// "che\u200bst" still reads as one word. Combining marks go with COMBINING_MARKS.
const INVISIBLE = /[\p{Cf}\u115f\u1160]/gu;
const APOSTROPHES = /['`\u00b4\u02b9\u02bb\u02bc\u02bd\u2018\u2019\u201a\u201b\u2032\u2035\uff07]/g;
const COMBINING_MARKS = /\p{M}/gu;
/**
 * Letters that Unicode keeps whole rather than splitting into a letter and a mark, typed on Turkish,
 * Polish, Nordic, Croatian and Maltese keyboards ("ıs pals free", "głowa"): each read as the plain letter
 * it stands for, as accented letters are.
 */
const WHOLE_LETTERS = /[ıłøđħŧæœß]/g;
const WHOLE_LETTER_READINGS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', æ: 'ae', œ: 'oe', ß: 'ss' };
const NON_ASCII = /[\u0080-\uffff]/;
const LINE_BREAKS = /[\n\r\v\f\u0085\u2028\u2029]+/g;
const NOT_KEPT = /[^a-z0-9.,!?;: ]+/g;
const STRETCHED_LETTERS = /([a-z])\1{2,}/g;
const REPEATED_PUNCTUATION = /([.,!?;:])[.,!?;:]+/g;
const SPACE_BEFORE_PUNCTUATION = / +([.,!?;:])/g;
const NO_SPACE_AFTER_PUNCTUATION = /([.,!?;:])(?=[a-z])/g;
const SPACES = / {2,}/g;
/**
 * A sentence broken into one-word fragments ("cant. do. this. anymore.") is read as one:
 * a single word, a full stop, then another fragment of one or two words. The stop is looked for
 * first and the word before it only then: a lookbehind first would be tried at every character.
 */
const FRAGMENT_BREAK = /[.!](?<=(?:^|[.!?] )[a-z0-9]+[.!]) (?=[a-z0-9]+(?: [a-z0-9]+)?(?:[.!?]|$))/g;

/**
 * Single-word fixes. Misspellings are the ones seen in real patient messages for the
 * words that decide safety outcomes; the list is deliberately short, because a fix
 * that turns one real word into another would create false alarms.
 */
const WORD_FIXES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // contractions typed without apostrophes or in full
    cannot: 'cant',
    carnt: 'cant',
    cnt: 'cant',
    dnt: 'dont',
    dosent: 'doesnt',
    doesent: 'doesnt',
    dosnt: 'doesnt',
    wasent: 'wasnt',
    isent: 'isnt',
    hasent: 'hasnt',
    havnt: 'havent',
    didint: 'didnt',
    wanna: 'want to',
    gonna: 'going to',
    gona: 'going to',
    gunna: 'going to',
    gotta: 'got to',
    u: 'you',
    ur: 'your',
    til: 'till',
    wi: 'with',
    coz: 'because',
    cos: 'because',
    cuz: 'because',
    pls: 'please',
    plz: 'please',
    abt: 'about',
    mins: 'minutes',
    min: 'minutes',
    hrs: 'hours',
    hubby: 'husband',
    // sound-it-out and one-handed spellings of time and dose words (forty-fifth pass: people who cannot type much)
    missd: 'missed',
    rong: 'wrong',
    agen: 'again',
    nite: 'night',
    tonite: 'tonight',
    // text-speak question words, so "shud i have the op" reads like "should i have the op"
    shud: 'should',
    shd: 'should',
    shld: 'should',
    shuld: 'should',
    shoud: 'should',
    shoudl: 'should',
    sholud: 'should',
    cud: 'could',
    culd: 'could',
    wud: 'would',
    wat: 'what',
    wot: 'what',
    wht: 'what',
    wut: 'what',
    wats: 'whats',
    wots: 'whats',
    whts: 'whats',
    r: 'are',
    cn: 'can',
    hw: 'how',
    mam: 'mum',
    mom: 'mum',
    mommy: 'mum',
    mummy: 'mum',
    daddy: 'dad',
    // emergency words
    pian: 'pain',
    pians: 'pains',
    chets: 'chest',
    chesst: 'chest',
    chect: 'chest',
    chestt: 'chest',
    hart: 'heart',
    atack: 'attack',
    attak: 'attack',
    attac: 'attack',
    attact: 'attack',
    heartattack: 'heart attack',
    breth: 'breathe',
    brethe: 'breathe',
    breahte: 'breathe',
    breate: 'breathe',
    breathin: 'breathing',
    brething: 'breathing',
    breathng: 'breathing',
    breating: 'breathing',
    brathing: 'breathing',
    breahting: 'breathing',
    stroak: 'stroke',
    stroek: 'stroke',
    storke: 'stroke',
    srtoke: 'stroke',
    strok: 'stroke',
    stroks: 'strokes',
    unconcious: 'unconscious',
    unconsious: 'unconscious',
    unconscous: 'unconscious',
    unconsciuos: 'unconscious',
    unconcsious: 'unconscious',
    unconsius: 'unconscious',
    uncouncious: 'unconscious',
    unconchus: 'unconscious',
    concious: 'conscious',
    consious: 'conscious',
    conciousness: 'consciousness',
    consiousness: 'consciousness',
    consciousnes: 'consciousness',
    unresponsve: 'unresponsive',
    unresposive: 'unresponsive',
    unrepsonsive: 'unresponsive',
    siezure: 'seizure',
    siezures: 'seizures',
    seizur: 'seizure',
    seazure: 'seizure',
    seisure: 'seizure',
    sezure: 'seizure',
    seziure: 'seizure',
    seizeure: 'seizure',
    siezing: 'seizing',
    fiting: 'fitting',
    colapsed: 'collapsed',
    collasped: 'collapsed',
    collapesd: 'collapsed',
    collaped: 'collapsed',
    colasped: 'collapsed',
    colapse: 'collapse',
    bleading: 'bleeding',
    bleeing: 'bleeding',
    bleding: 'bleeding',
    bledding: 'bleeding',
    bleedin: 'bleeding',
    blead: 'bleed',
    alergic: 'allergic',
    allergick: 'allergic',
    alergick: 'allergic',
    allergec: 'allergic',
    alergy: 'allergy',
    allergie: 'allergy',
    swolen: 'swollen',
    swollan: 'swollen',
    swolan: 'swollen',
    swollon: 'swollen',
    sweling: 'swelling',
    swellin: 'swelling',
    tounge: 'tongue',
    tonge: 'tongue',
    toungue: 'tongue',
    throte: 'throat',
    throut: 'throat',
    thorat: 'throat',
    droopey: 'droopy',
    droopie: 'droopy',
    droppy: 'droopy',
    droping: 'drooping',
    slured: 'slurred',
    slurd: 'slurred',
    slurrd: 'slurred',
    sluring: 'slurring',
    speach: 'speech',
    headach: 'headache',
    headake: 'headache',
    headace: 'headache',
    hedache: 'headache',
    headech: 'headache',
    headahce: 'headache',
    choaking: 'choking',
    chocking: 'choking',
    chokeing: 'choking',
    ambulence: 'ambulance',
    ambulanse: 'ambulance',
    amberlance: 'ambulance',
    emergancy: 'emergency',
    emergeny: 'emergency',
    overdoze: 'overdose',
    overdos: 'overdose',
    ovedose: 'overdose',
    overdoce: 'overdose',
    overdosd: 'overdosed',
    wirst: 'wrist',
    wirsts: 'wrists',
    // crisis words
    sucidal: 'suicidal',
    suicdal: 'suicidal',
    suisidal: 'suicidal',
    suicidle: 'suicidal',
    suicidel: 'suicidal',
    sucidle: 'suicidal',
    suicidial: 'suicidal',
    sucide: 'suicide',
    suicde: 'suicide',
    suiside: 'suicide',
    suicid: 'suicide',
    suacide: 'suicide',
    myslef: 'myself',
    mysef: 'myself',
    myelf: 'myself',
    kil: 'kill',
    dieing: 'dying',
    dissapear: 'disappear',
    disapear: 'disappear',
    dissappear: 'disappear',
    permanantly: 'permanently',
    permenantly: 'permanently',
    perminantly: 'permanently',
    permanetly: 'permanently',
    cuting: 'cutting',
    selfharm: 'self harm',
    // text-speak and euphemisms for suicide (Samaritans: people use the words they use online)
    kms: 'kill myself',
    // "ctb" (catch the bus) is an online euphemism for suicide
    ctb: 'kill myself',
    unalive: 'kill',
    unaliving: 'killing',
    unalived: 'killed',
    sewerslide: 'suicide',
    // "breathing's fast": the apostrophe is gone, so undo the 's
    breathings: 'breathing is',
    speechs: 'speech is',
    selfharming: 'self harming',
    hopless: 'hopeless',
    // medical-advice words
    paracetemol: 'paracetamol',
    paracetomol: 'paracetamol',
    paracetamool: 'paracetamol',
    parcetamol: 'paracetamol',
    paracetmol: 'paracetamol',
    paracatamol: 'paracetamol',
    paracetamole: 'paracetamol',
    ibuprofin: 'ibuprofen',
    ibroprofen: 'ibuprofen',
    ibuprophen: 'ibuprofen',
    iboprofen: 'ibuprofen',
    medecine: 'medicine',
    medicin: 'medicine',
    medicene: 'medicine',
    medcine: 'medicine',
    medicaton: 'medication',
    medcation: 'medication',
    medicaiton: 'medication',
    chemotheraphy: 'chemotherapy',
    chemotherepy: 'chemotherapy',
    kemo: 'chemo',
    radiotheraphy: 'radiotherapy',
    radiotherepy: 'radiotherapy',
    opperation: 'operation',
    operaton: 'operation',
    opperaton: 'operation',
    oparation: 'operation',
    surgary: 'surgery',
    sugery: 'surgery',
    surgury: 'surgery',
    sergery: 'surgery',
    cancre: 'cancer',
    cancar: 'cancer',
    canser: 'cancer',
    cacner: 'cancer',
    tumor: 'tumour',
    tumer: 'tumour',
    tumors: 'tumours',
    resluts: 'results',
    reults: 'results',
  }),
);

/** Multi-word folds, applied after WORD_FIXES in a single pass. */
const PHRASE_FIXES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'can not': 'cant',
    'do not': 'dont',
    'does not': 'doesnt',
    'did not': 'didnt',
    'is not': 'isnt',
    'are not': 'arent',
    'was not': 'wasnt',
    'were not': 'werent',
    'has not': 'hasnt',
    'have not': 'havent',
    'had not': 'hadnt',
    'will not': 'wont',
    'could not': 'couldnt',
    'would not': 'wouldnt',
    'should not': 'shouldnt',
    'i am': 'im',
    'he is': 'hes',
    'she is': 'shes',
    'it is': 'its',
    'that is': 'thats',
    'what is': 'whats',
    'who is': 'whos',
    'there is': 'theres',
    'they are': 'theyre',
    'you are': 'youre',
    'my self': 'myself',
    'him self': 'himself',
    'her self': 'herself',
    'your self': 'yourself',
    'them selves': 'themselves',
    'them self': 'themself',
    'our selves': 'ourselves',
    'any more': 'anymore',
    'head ache': 'headache',
    'head aches': 'headaches',
    'over dose': 'overdose',
    'over dosed': 'overdosed',
    'chemo therapy': 'chemotherapy',
    'x ray': 'xray',
    'x rays': 'xrays',
  }),
);
const PHRASE = new RegExp(`\\b(?:${[...PHRASE_FIXES.keys()].join('|')})\\b`, 'g');
// Only the words that need fixing are visited: a callback for every word of a 5,000-character
// message costs more than all the other steps together.
const FIXABLE_WORD = new RegExp(`\\b(?:${[...WORD_FIXES.keys()].join('|')})\\b`, 'g');

/**
 * Whether STRETCHED_LETTERS has anything to change: a letter three times or more in a row. Most
 * messages have none, and the expression, tried at every character, cost ~70 instructions a
 * character of a long message to find that out; this loop costs a few.
 */
function hasStretchedLetters(text: string): boolean {
  let previous = -1;
  let repeats = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== previous) {
      previous = code;
      repeats = 0;
    } else if (++repeats >= 2 && code >= 97 && code <= 122) return true;
  }
  return false;
}

// A turn reads one message four times over (safety, commands and intents, the matcher's
// sentences and words): the last text normalised is kept, so it is normalised once.
let lastInput: string | undefined;
let lastOutput = '';

export function normalise(input: unknown): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  if (input === lastInput) return lastOutput;
  let text = input;
  if (NON_ASCII.test(text)) {
    // Full-width letters, accents and ligatures become plain letters; then the marks go.
    text = text
      .normalize('NFKD')
      .toLowerCase()
      .replace(COMBINING_MARKS, '')
      .replace(INVISIBLE, '')
      .replace(WHOLE_LETTERS, (letter) => WHOLE_LETTER_READINGS[letter] ?? letter);
  } else {
    text = text.toLowerCase();
  }
  text = text
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .replace(LINE_BREAKS, '. ')
    .replace(NOT_KEPT, ' ');
  if (hasStretchedLetters(text)) text = text.replace(STRETCHED_LETTERS, '$1');
  text = text
    .replace(REPEATED_PUNCTUATION, '$1')
    .replace(SPACE_BEFORE_PUNCTUATION, '$1')
    .replace(NO_SPACE_AFTER_PUNCTUATION, '$1 ')
    .replace(SPACES, ' ')
    .trim()
    .replace(FRAGMENT_BREAK, ' ');
  text = text.replace(FIXABLE_WORD, (word) => WORD_FIXES.get(word) ?? word);
  lastOutput = text.replace(PHRASE, (phrase) => PHRASE_FIXES.get(phrase) ?? phrase);
  lastInput = input;
  return lastOutput;
}
