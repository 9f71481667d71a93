/**
 * One validation failure, worded as kube-apiserver words it
 * (k8s.io/apimachinery/pkg/util/validation/field `ErrorList`).
 */
export interface FieldError {
  path: string;
  message: string;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

export const fieldErrors = {
  required: (path: string, detail?: string): FieldError => ({ path, message: `Required value${detail ? `: ${detail}` : ''}` }),
  invalid: (path: string, value: unknown, detail: string): FieldError => ({ path, message: `Invalid value: ${show(value)}: ${detail}` }),
  forbidden: (path: string, detail: string): FieldError => ({ path, message: `Forbidden: ${detail}` }),
  duplicate: (path: string, value: unknown): FieldError => ({ path, message: `Duplicate value: ${show(value)}` }),
  notSupported: (path: string, value: unknown, supported: readonly string[]): FieldError => ({
    path,
    message: `Unsupported value: ${show(value)}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}`,
  }),
  unknownField: (path: string): FieldError => ({ path, message: 'unknown field' }),
};

export function formatFieldError(error: FieldError): string {
  return `${error.path}: ${error.message}`;
}
