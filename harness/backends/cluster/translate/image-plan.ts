import { podContainers } from '../../../../specs/model/container-role.js';
import type { Scenario } from '../../../../specs/model/scenario.js';

/**
 * Which image reference each container of a translated pod uses. Every container
 * runs the workload image, but a scenario's distinct images must stay distinct
 * (an UpdateImage must change the container's spec hash), so the k-th distinct
 * image uses the k-th *variant*: the workload image itself, then node-local tags
 * of it. A container with an ImagePullFailure fault gets references of its own,
 * under a domain that never resolves, which the backend tags and untags on the
 * node to make the image present or absent.
 */
export interface ImagePlan {
  workloadImage: string;
  /** Distinct scenario images, in order of first use (pod spec, then UpdateImage faults). */
  scenarioImages: string[];
  /** Variant k's reference (index 0 is the workload image). */
  variantRefs: string[];
  /** Per container with an ImagePullFailure fault: its reference for each scenario image. */
  pullFailureRefs: Record<string, Record<string, string>>;
}

/** Node-local tags of the workload image, shared by every scenario on the cluster. */
export function variantRef(k: number, workloadImage: string): string {
  return k === 0 ? workloadImage : `podlife.local/workload-variant:${k}`;
}

/** `.invalid` never resolves (RFC 2606), so a pull of this reference fails at once. */
export function pullFailureRef(namespace: string, container: string, variant: number): string {
  return `podlife.invalid/${namespace}/${container}:v${variant}`;
}

export function planImages(scenario: Scenario, workloadImage: string, namespace: string): ImagePlan {
  const images: string[] = [];
  const see = (image: string) => {
    if (!images.includes(image)) images.push(image);
  };
  for (const c of podContainers(scenario.pod)) see(c.spec.image);
  for (const f of scenario.faults) if (f.type === 'UpdateImage') see(f.image);
  const pullFailureRefs: Record<string, Record<string, string>> = {};
  for (const f of scenario.faults) {
    if (f.type !== 'ImagePullFailure' || pullFailureRefs[f.container]) continue;
    pullFailureRefs[f.container] = Object.fromEntries(images.map((image, k) => [image, pullFailureRef(namespace, f.container, k)]));
  }
  return {
    workloadImage,
    scenarioImages: images,
    variantRefs: images.map((_, k) => variantRef(k, workloadImage)),
    pullFailureRefs,
  };
}

/** The reference a container uses for a scenario image. */
export function imageRefFor(plan: ImagePlan, container: string, scenarioImage: string): string {
  const own = plan.pullFailureRefs[container]?.[scenarioImage];
  if (own) return own;
  const k = plan.scenarioImages.indexOf(scenarioImage);
  return plan.variantRefs[k] ?? plan.workloadImage;
}

/**
 * The scenario image a reference stands for, as a status or an event names it;
 * undefined for a reference the plan does not know. containerd may report a
 * reference normalized (`docker.io/library/…`) or by the image's first tag.
 */
export function scenarioImageOf(plan: ImagePlan, ref: string): string | undefined {
  for (const refs of Object.values(plan.pullFailureRefs)) {
    for (const [image, own] of Object.entries(refs)) if (sameRef(own, ref)) return image;
  }
  const k = plan.variantRefs.findIndex((v) => sameRef(v, ref));
  return k >= 0 ? plan.scenarioImages[k] : undefined;
}

function sameRef(a: string, b: string): boolean {
  const strip = (r: string) => r.replace(/^docker\.io\/(library\/)?/, '');
  return a === b || strip(a) === strip(b);
}
