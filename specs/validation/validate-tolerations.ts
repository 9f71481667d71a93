import type { Toleration } from '../model/pod-manifest.js';
import { fieldErrors, type FieldError } from './field-error.js';
import { qualifiedNameError } from './name-rules.js';

const OPERATORS = ['Exists', 'Equal'] as const;
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;

/** validation.go `ValidateTolerations` */
export function validateTolerations(tolerations: readonly Toleration[], path: string): FieldError[] {
  const errors: FieldError[] = [];
  tolerations.forEach((t, i) => {
    const at = `${path}[${i}]`;
    if (t.key) {
      const e = qualifiedNameError(t.key);
      if (e) errors.push(fieldErrors.invalid(`${at}.key`, t.key, e));
    }
    if (!t.key && t.operator !== 'Exists') errors.push(fieldErrors.invalid(`${at}.operator`, t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (t.operator !== undefined && !OPERATORS.includes(t.operator)) errors.push(fieldErrors.notSupported(`${at}.operator`, t.operator, OPERATORS));
    if (t.operator === 'Exists' && t.value) errors.push(fieldErrors.invalid(`${at}.operator`, t.operator, 'value must be empty when `operator` is \'Exists\''));
    if (t.effect !== undefined && !EFFECTS.includes(t.effect)) errors.push(fieldErrors.notSupported(`${at}.effect`, t.effect, EFFECTS));
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      errors.push(fieldErrors.invalid(`${at}.effect`, t.effect ?? '', 'effect must be \'NoExecute\' when `tolerationSeconds` is set'));
    }
  });
  return errors;
}
