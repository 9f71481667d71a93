import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** podlife's own version, from its package.json (found from this file, in source or built form). */
export function podlifeVersion(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'podlife' && pkg.version) return (cached = pkg.version);
    } catch {
      // not here; look further up
    }
    dir = dirname(dir);
  }
  return (cached = 'unknown');
}
