import type { Container } from '../../../../specs/model/pod-manifest.js';
import { parseQuantity } from '../../../../specs/model/quantity.js';

/** The largest memory limit podlife will allocate past to cause a real OOM kill (the node's memory is shared). */
export const MAX_OOM_LIMIT_BYTES = 1024 ** 3;

/**
 * Bytes the container script allocates for an OOMKill fault: twice the container's
 * memory limit, so the OOM killer acts whatever the page cache holds. Undefined when
 * the container has no memory limit (the kernel would not OOM-kill inside it, only
 * the node), or one too large to fill safely.
 */
export function oomAllocationBytes(container: Container): number | undefined {
  const limit = container.resources?.limits?.memory;
  if (limit === undefined) return undefined;
  const bytes = parseQuantity(limit);
  if (bytes === undefined || bytes <= 0 || bytes > MAX_OOM_LIMIT_BYTES) return undefined;
  return Math.ceil(bytes) * 2 + 64 * 1024 ** 2;
}
