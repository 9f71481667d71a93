/**
 * An API timestamp (RFC 3339, whole seconds, truncated) as epoch milliseconds.
 * Objects decoded by the client library carry Dates; raw watch JSON carries strings.
 */
export function apiTimeToEpochMs(value: string | Date | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}
