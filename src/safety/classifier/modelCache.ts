import type { ModelCache } from '../../learning/modelCache';

/**
 * The safety classifier's models in the cache folder (learning/modelCache.ts), named apart from the
 * learned re-ranker's so each kind keeps its own newest models; no folder, no cache (the model is trained).
 */
export function safetyModels(folder: string | undefined): ModelCache | undefined {
  return folder ? { folder, kind: 'safety-classifier' } : undefined;
}
