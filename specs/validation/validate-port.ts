import { fieldErrors, type FieldError } from './field-error.js';
import { dns1123LabelError } from './name-rules.js';

/** A port number 1–65535, or a named port (IANA service name). */
export function validatePort(port: unknown, path: string): FieldError[] {
  if (typeof port === 'number') {
    return Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : [fieldErrors.invalid(path, port, 'must be between 1 and 65535, inclusive')];
  }
  if (typeof port === 'string' && port.length > 0 && port.length <= 15 && !dns1123LabelError(port) && /[a-z]/.test(port)) return [];
  if (port === undefined) return [fieldErrors.required(path)];
  return [fieldErrors.invalid(path, port, 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-), at most 15 characters')];
}
