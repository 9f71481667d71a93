import fc from 'fast-check';
import type { Container } from '../specs/model/pod-manifest.js';
import { compact, maybe } from './durations.js';
import { lifecycle } from './lifecycle.js';
import { probe } from './probe.js';
import { resources } from './resources.js';

export const IMAGE = 'busybox:1.36';
export const UPDATED_IMAGE = 'busybox:1.37';

/** Everything of a container but its name: names are given by position so they stay unique. */
export type ContainerDraft = Omit<Container, 'name'> & { image: string };

const pullPolicy = maybe(fc.constantFrom('IfNotPresent' as const, 'Always' as const, 'Never' as const), 0.2);

/** A regular container: probes of every kind, hooks, resources (R2.6 allows them all). */
export const regularContainer: fc.Arbitrary<ContainerDraft> = fc
  .record({
    startupProbe: maybe(probe('startup'), 0.25),
    livenessProbe: maybe(probe('liveness'), 0.45),
    readinessProbe: maybe(probe('readiness'), 0.5),
    lifecycle,
    resources,
    imagePullPolicy: pullPolicy,
  })
  .map((c) => compact({ image: IMAGE, ...c }));

/** A sidecar: an init container with restartPolicy Always, which may have probes and hooks (R2.6). */
export const sidecarContainer: fc.Arbitrary<ContainerDraft> = regularContainer.map((c) => ({ ...c, restartPolicy: 'Always' as const }));

/** A regular init container: no probes, no hooks (R2.6). */
export const initContainer: fc.Arbitrary<ContainerDraft> = fc
  .record({ resources, imagePullPolicy: pullPolicy })
  .map((c) => compact({ image: IMAGE, ...c }));

export function named(draft: ContainerDraft, name: string): Container {
  return { name, ...draft };
}
