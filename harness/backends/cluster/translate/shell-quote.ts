/**
 * Quotes a string for POSIX sh (busybox ash): single quotes, with each embedded
 * single quote closed, escaped and reopened. Generated scripts interpolate
 * container names and images this way, never raw.
 */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:=@%+-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
