import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../scenario/load-scenario-file.js';
import { imageRefFor, planImages, scenarioImageOf } from './image-plan.js';

const scenario = parseScenarioText(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    containers:
      - {name: a, image: "busybox:1.36"}
      - {name: b, image: "busybox:1.36"}
faults:
  - {at: 0s, type: ImagePullFailure, container: b}
  - {at: 5s, type: UpdateImage, container: a, image: "busybox:1.37"}
`, 'test.yaml');

describe('planImages', () => {
  const plan = planImages(scenario, 'docker.io/library/busybox:1.37', 'ns-1');

  it('maps the first image to the workload image and later ones to node-local variants', () => {
    expect(imageRefFor(plan, 'a', 'busybox:1.36')).toBe('docker.io/library/busybox:1.37');
    expect(imageRefFor(plan, 'a', 'busybox:1.37')).toBe('podlife.local/workload-variant:1');
  });

  it('gives a container with ImagePullFailure unresolvable references of its own, per image', () => {
    expect(imageRefFor(plan, 'b', 'busybox:1.36')).toBe('podlife.invalid/ns-1/b:v0');
    expect(imageRefFor(plan, 'b', 'busybox:1.37')).toBe('podlife.invalid/ns-1/b:v1');
  });

  it('reads references back as the scenario names them, normalized or not', () => {
    expect(scenarioImageOf(plan, 'busybox:1.37')).toBe('busybox:1.36');
    expect(scenarioImageOf(plan, 'docker.io/library/busybox:1.37')).toBe('busybox:1.36');
    expect(scenarioImageOf(plan, 'podlife.local/workload-variant:1')).toBe('busybox:1.37');
    expect(scenarioImageOf(plan, 'podlife.invalid/ns-1/b:v0')).toBe('busybox:1.36');
    expect(scenarioImageOf(plan, 'elsewhere/x:1')).toBeUndefined();
  });
});
