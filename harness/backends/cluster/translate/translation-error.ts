import { HarnessError } from '../../../errors/harness-error.js';

/** A scenario's pod cannot be turned into a real Pod (for example a volume name podlife needs is taken). */
export class TranslationError extends HarnessError {
  readonly code = 'CLUSTER_TRANSLATION_FAILED';
}
