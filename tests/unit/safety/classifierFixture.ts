import type { ExampleLabel, SafetyExample } from '../../../src/safety/classifier/types';

/** Settings that train a model on a dozen examples in milliseconds, the same every run. */
export const FIXTURE_TRAINING = Object.freeze({ epochs: 12, learningRate: 0.3, l2: 0.001, seed: 7, classBalance: 1 });

export const fixtureExample = (text: string, label: ExampleLabel): SafetyExample => ({ text, label, origin: { file: 'fixture.yaml', line: 1 } });

/** A few messages of each kind: enough for a small model to tell them apart. */
export const SMALL_FIXTURE: readonly SafetyExample[] = [
  fixtureExample('my dad has collapsed and is not responding', 'emergency'),
  fixtureExample('she has collapsed on the floor and her lips are blue', 'emergency'),
  fixtureExample('he collapsed in the kitchen and wont wake up', 'emergency'),
  fixtureExample('i have had enough of everything and want it all to end', 'crisis'),
  fixtureExample('i cant go on, i want it all to end tonight', 'crisis'),
  fixtureExample('nobody would care if i was gone, i want it to end', 'crisis'),
  fixtureExample('how many of my tablets can i take in a day', 'medical-advice'),
  fixtureExample('should i stop taking my tablets before the scan', 'medical-advice'),
  fixtureExample('can i take these tablets with ibuprofen', 'medical-advice'),
  fixtureExample('how do i ask for a second opinion', 'none'),
  fixtureExample('can my daughter ask for a second opinion for me', 'none'),
  fixtureExample('how long does a second opinion take', 'none'),
  fixtureExample('the waiting is killing me, how long for a second opinion', 'near-miss'),
];
