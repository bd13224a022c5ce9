/**
 * A safety engine loaded from a folder laid out as src/ (this checkout's src/, lib/ after a build,
 * or another checkout's src/), with the private parts the safety benches time read out of it: old
 * and new engines are then timed by the same code.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SafetyRules } from '../../src/safety';
import type { MessageAnchors } from '../../src/safety/anchorIndex';
import type { CompiledRule } from '../../src/safety/compileRules';
import type { SafetyClassifier } from '../../src/safety/classifier/safetyClassifier';
import type { DEFAULTS } from '../../src/config';

/** The engine's parts as the engine itself calls them (private fields, read here only to time them). */
export interface EngineParts {
  readonly anchorIndex: { read(text: string): MessageAnchors };
  readonly byId: ReadonlyMap<string, CompiledRule>;
  readonly secondNet?: { readonly classifier: SafetyClassifier };
}

export interface LoadedEngine {
  readonly rules: SafetyRules;
  readonly parts: EngineParts;
  readonly normalise: (text: string) => string;
}

export function loadEngineAt(folder: string): LoadedEngine {
  const load = createRequire(__filename);
  const { loadSafetyRules } = load(join(folder, 'safety')) as { loadSafetyRules: (dir: string, options: { modelCache?: string }) => SafetyRules };
  const { normalise } = load(join(folder, 'text/normalise')) as { normalise: (text: string) => string };
  // The engine's own checkout's rules and model cache (its config resolves them from where it sits): timing another
  // checkout's src/ times its rules too, not only its code with this checkout's rules.
  const { DEFAULTS: defaults } = load(join(folder, 'config')) as { DEFAULTS: typeof DEFAULTS };
  const rules = loadSafetyRules(defaults.safetyDir, { modelCache: defaults.safetyModelCache });
  return { rules, parts: rules as unknown as EngineParts, normalise };
}
