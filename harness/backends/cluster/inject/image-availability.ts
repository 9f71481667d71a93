import type { NodeHandle } from '../cluster-provider.js';
import { normalizeImageRef } from '../load-workload-image.js';
import { runOnNode } from './run-on-node.js';
import type { ImagePlan } from '../translate/image-plan.js';
import { tagImage, untagImage } from './node-scripts.js';

/**
 * The node-side half of ImagePullFailure: a container with such a fault runs
 * references of its own (translate/image-plan.ts), present on the node as tags of the
 * workload image only while the fault does not hold. Absent, a start of the
 * container needs a pull, which fails at once (the domain does not resolve).
 */
export class ImageAvailability {
  private readonly failing = new Set<string>();

  constructor(
    private readonly node: NodeHandle,
    private readonly plan: ImagePlan,
  ) {}

  /** Before the Pod exists: tag every reference, except those of containers failing from the start. */
  async prepare(failingAtStart: readonly string[]): Promise<void> {
    for (const c of failingAtStart) this.failing.add(c);
    const present = Object.entries(this.plan.pullFailureRefs).filter(([c]) => !this.failing.has(c)).flatMap(([, refs]) => Object.values(refs));
    if (present.length > 0) await runOnNode(this.node, tagImage(normalizeImageRef(this.plan.workloadImage), present));
  }

  async makeAbsent(container: string): Promise<void> {
    this.failing.add(container);
    await runOnNode(this.node, untagImage(Object.values(this.plan.pullFailureRefs[container] ?? {})));
  }

  async makePresent(container: string): Promise<void> {
    this.failing.delete(container);
    const refs = Object.values(this.plan.pullFailureRefs[container] ?? {});
    if (refs.length > 0) await runOnNode(this.node, tagImage(normalizeImageRef(this.plan.workloadImage), refs));
  }

  /** Every reference this scenario made: removed at the end. */
  async removeAll(): Promise<void> {
    const refs = Object.values(this.plan.pullFailureRefs).flatMap((r) => Object.values(r));
    if (refs.length > 0) await runOnNode(this.node, untagImage(refs));
  }
}
