/**
 * US spellings people type, mapped to the UK forms the content is written in. A Map, not an
 * object: "constructor" looked up in an object finds Object itself.
 */
const US_TO_UK: ReadonlyMap<string, string> = new Map(Object.entries({
  center: 'centre',
  centers: 'centres',
  color: 'colour',
  counseling: 'counselling',
  counselor: 'counsellor',
  favor: 'favour',
  hematology: 'haematology',
  anesthetist: 'anaesthetist',
  anesthesia: 'anaesthesia',
  pediatric: 'paediatric',
  pediatrician: 'paediatrician',
  tumor: 'tumour',
  tumors: 'tumours',
  behavior: 'behaviour',
  program: 'programme',
  labor: 'labour',
  honor: 'honour',
  esophagus: 'oesophagus',
  estrogen: 'oestrogen',
  gynecologist: 'gynaecologist',
  orthopedic: 'orthopaedic',
  license: 'licence',
  practise: 'practice',
}));

/** -ize/-yze verbs and their forms ("specialize", "organized", "analyzing") to -ise/-yse. */
export function toUkSpelling(word: string): string {
  const mapped = US_TO_UK.get(word);
  if (mapped) return mapped;
  // Nearly every word has no "z": the pattern is not run on them (a regular expression per word of every message).
  if (!word.includes('z')) return word;
  return word.replace(/(i|y)z(e|es|ed|ing|ation|ations)$/, '$1s$2');
}
