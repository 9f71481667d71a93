import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** util.parseArgs, strict, with its errors turned into usage errors that name the command. */
export function parseOptions<O extends Options>(argv: string[], options: O, command: string, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (cause) {
    const message = (cause as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, '');
    throw new UsageError(`podlife ${command}: ${message}`, usage);
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, command: string, usage: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`podlife ${command}: ${flag} must be one of ${allowed.join(', ')}, got "${value}"`, usage);
}

export function integerOption(value: string, flag: string, command: string, usage: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`podlife ${command}: ${flag} must be an integer, got "${value}"`, usage);
  return Number(value);
}
