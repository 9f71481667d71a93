import { $ } from 'zx';

export const imageExists = async (ref) => (await $({ nothrow: true })`docker image inspect ${ref}`.quiet()).ok;

/** Reads one label of a local image; empty when the image or label is absent. */
export async function imageLabel(ref, label) {
  const result = await $({ nothrow: true })`docker image inspect --format ${`{{ index .Config.Labels "${label}" }}`} ${ref}`.quiet();
  return result.ok ? result.stdout.trim().replace(/^<no value>$/, '') : '';
}
