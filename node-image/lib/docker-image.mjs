import { $ } from 'zx';

export const imageExists = async (ref) => (await $({ nothrow: true })`docker image inspect ${ref}`.quiet()).ok;

/** Reads one label of a local image; empty when the image or label is absent. */
export async function imageLabel(ref, label) {
  const result = await $({ nothrow: true })`docker image inspect --format ${`{{ index .Config.Labels "${label}" }}`} ${ref}`.quiet();
  return result.ok ? result.stdout.trim().replace(/^<no value>$/, '') : '';
}

export async function imageId(ref) {
  const result = await $({ nothrow: true })`docker image inspect --format {{.Id}} ${ref}`.quiet();
  return result.ok ? result.stdout.trim() : '';
}

/**
 * Rebuilding under the same tag leaves the previous image untagged, and node
 * images are large: remove it, unless a container still uses it.
 */
export async function retagged(ref, build) {
  const before = await imageId(ref);
  const result = await build();
  const after = await imageId(ref);
  if (before && before !== after) await $({ nothrow: true })`docker rmi ${before}`.quiet();
  return result;
}
