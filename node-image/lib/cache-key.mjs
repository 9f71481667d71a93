import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A short content hash of a step's inputs: values, files and whole directories.
 * Steps key their outputs by it, so a second run with nothing changed finds
 * everything in place and an edited file rebuilds only what depends on it.
 */
export function cacheKey(...inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    if (input && typeof input === 'object' && 'path' in input) hashPath(hash, input.path);
    else hash.update(JSON.stringify(input ?? null));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Marks an input as a file or directory whose contents (and modes) count. */
export const fileInput = (p) => ({ path: p });

function hashPath(hash, p) {
  const stat = statSync(p);
  if (stat.isDirectory()) {
    for (const name of readdirSync(p).sort()) {
      hash.update(`${name}\0`);
      hashPath(hash, path.join(p, name));
    }
    return;
  }
  // The executable bit is part of a node file's meaning (scripts, units).
  hash.update(`${stat.mode & 0o111 ? 'x' : '-'}\0`);
  hash.update(readFileSync(p));
}
