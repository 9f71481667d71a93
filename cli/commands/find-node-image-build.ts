import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The node image build script, node-image/build.mjs, found by walking up from
 * this file: it sits at the package root, whether this runs from the sources
 * or from dist/.
 */
export function findNodeImageBuild(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node-image', 'build.mjs');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
