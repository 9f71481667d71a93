import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidScenarioError } from './invalid-scenario-error.js';
import { parseScenarioText } from './load-scenario-file.js';

const valid = `apiVersion: podlife/v1alpha1
kind: Scenario
name: ok
until: 5m
pod:
  metadata: {name: demo}
  spec:
    restartPolicy: Never
    initContainers:
      - {name: init1, image: busybox:1.36}
    containers:
      - name: app
        image: busybox:1.36
        readinessProbe: {exec: {command: [r]}}
        lifecycle: {preStop: {exec: {command: [s]}}}
containers:
  init1:
    runs:
      - {exitAfter: 2s, exitCode: 1}
      - {exitAfter: 2000, exitCode: 0}
  app:
    runs: [{}]
    onSigterm: {exitAfter: 3s, exitCode: 0}
    probes:
      readiness: [{at: 20s, result: Success}, {at: 0s, result: Failure}]
    hooks:
      preStop: {duration: 5s, result: Success}
faults:
  - {at: 30s, type: DeletePod, gracePeriodSeconds: 10}
  - {at: 10s, type: KillContainer, container: app}
  - {at: 1m30s, type: SetActiveDeadline, seconds: 30}
`;

function issuesOf(text: string): { path: string; message: string; line?: number }[] {
  try {
    parseScenarioText(text, 'x.yaml');
  } catch (e) {
    if (e instanceof InvalidScenarioError) return [...e.issues];
    throw e;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('reading scenario files', () => {
  it('reads the documented shape, durations as strings or milliseconds, faults sorted by time', () => {
    const s = parseScenarioText(valid, 'x.yaml');
    expect(s.until).toBe(300_000);
    expect(s.containers.init1?.runs).toEqual([{ exitAfter: 2000, exitCode: 1 }, { exitAfter: 2000, exitCode: 0 }]);
    expect(s.containers.app?.probes?.readiness).toEqual([{ at: 0, result: 'Failure' }, { at: 20_000, result: 'Success' }]);
    expect(s.faults.map((f) => [f.at, f.type])).toEqual([[10_000, 'KillContainer'], [30_000, 'DeletePod'], [90_000, 'SetActiveDeadline']]);
  });

  it('defaults until to 10 minutes', () => {
    expect(parseScenarioText(valid.replace('until: 5m\n', ''), 'x.yaml').until).toBe(600_000);
  });

  it('reports malformed YAML with its line', () => {
    const issues = issuesOf('apiVersion: podlife/v1alpha1\nkind: Scenario\nname: [unclosed\n');
    expect(issues[0]?.message).toMatch(/^malformed YAML/);
    expect(issues[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports only the first YAML error of a file that is not YAML at all, briefly, with how many followed', () => {
    // This project's README: markdown, on which the parser finds hundreds of errors, some quoting whole paragraphs.
    const issues = issuesOf(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^malformed YAML: .*\(and \d+ more errors after it\)$/);
    expect(issues[0]!.message.length).toBeLessThan(200);
    expect(issues[0]!.line).toBeGreaterThan(1);
    // The parser quotes the rest of a line it cannot read: the message keeps its start.
    const long = issuesOf(`| \`a\` | ${'words and more words '.repeat(12)}|\n| \`b\` | c |\n`);
    expect(long).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/^malformed YAML: Not a YAML token: `a` \| words and more words .{40,}…$/) })]);
    expect(long[0]!.message.length).toBeLessThan(140);
    const two = issuesOf('key:\n  - a\n also a key\n');
    expect(two).toEqual([expect.objectContaining({ path: '(document)', line: 3, message: expect.stringMatching(/\(and 1 more error after it\)$/) })]);
  });

  it('rejects a liveness successThreshold other than 1, as the API server does (R3.2)', () => {
    const issues = issuesOf(valid.replace('readinessProbe: {exec: {command: [r]}}', 'livenessProbe: {exec: {command: [r]}, successThreshold: 2}').replace(/\n {4}probes:\n.*\n/, '\n'));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'pod.spec.containers[0].livenessProbe.successThreshold', message: 'Invalid value: 2: must be 1', line: 14 }));
  });

  it('rejects a sleep hook longer than the pod\'s grace period, as a v1.34.10 API server did (R7.3, validateSleepAction)', () => {
    const longSleep = valid.replace('lifecycle: {preStop: {exec: {command: [s]}}}', 'lifecycle: {preStop: {sleep: {seconds: 2}}}');
    const issues = issuesOf(longSleep.replace('restartPolicy: Never', 'restartPolicy: Never\n    terminationGracePeriodSeconds: 1'));
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'pod.spec.containers[0].lifecycle.preStop.sleep', message: 'Invalid value: 2: must be non-negative and less than terminationGracePeriodSeconds (1)' }),
    );
    // Equal to the grace is allowed (the check is seconds > grace), and an unset grace is 30 (API defaulting).
    expect(() => parseScenarioText(longSleep.replace('restartPolicy: Never', 'restartPolicy: Never\n    terminationGracePeriodSeconds: 2'), 'x.yaml')).not.toThrow();
    expect(issuesOf(valid.replace('lifecycle: {preStop: {exec: {command: [s]}}}', 'lifecycle: {preStop: {sleep: {seconds: 31}}}'))).toContainEqual(
      expect.objectContaining({ path: 'pod.spec.containers[0].lifecycle.preStop.sleep', message: 'Invalid value: 31: must be non-negative and less than terminationGracePeriodSeconds (30)' }),
    );
  });

  it('rejects probes and hooks on a regular init container (R2.6)', () => {
    const issues = issuesOf(valid.replace('- {name: init1, image: busybox:1.36}', '- {name: init1, image: busybox:1.36, startupProbe: {exec: {command: [x]}}, lifecycle: {postStart: {exec: {command: [y]}}}}'));
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual(expect.arrayContaining([
      'pod.spec.initContainers[0].startupProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
      'pod.spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always',
    ]));
  });

  it('rejects duplicate container names across init and regular containers', () => {
    const issues = issuesOf(valid.replace('- {name: init1, image: busybox:1.36}', '- {name: app, image: busybox:1.36}').replace('  init1:\n    runs:\n      - {exitAfter: 2s, exitCode: 1}\n      - {exitAfter: 2000, exitCode: 0}\n', ''));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'pod.spec.containers[0].name', message: 'Duplicate value: "app"' }));
  });

  it('rejects restartPolicy on a regular container, and a missing image', () => {
    const issues = issuesOf(valid.replace('      - name: app\n        image: busybox:1.36\n', '      - name: app\n        restartPolicy: Always\n'));
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual(expect.arrayContaining([
      'pod.spec.containers[0].image: Required value',
      'pod.spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers',
    ]));
  });

  it('rejects negative durations and exit codes out of range', () => {
    const issues = issuesOf(valid.replace('{exitAfter: 2s, exitCode: 1}', '{exitAfter: -2s, exitCode: 300}'));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'containers.init1.runs[0].exitAfter', message: 'must not be negative, got "-2s"' }));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'containers.init1.runs[0].exitCode', message: 'must be at most 255, got 300' }));
  });

  it('rejects behaviours and faults that name containers the pod does not have', () => {
    const issues = issuesOf(`${valid}  - {at: 40s, type: OOMKill, container: ghost}\n`.replace('  app:\n    runs: [{}]', '  apq:\n    runs: [{}]'));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['containers.apq', 'faults[3].container']));
    expect(issues.find((i) => i.path === 'faults[3].container')?.message).toBe('no container named "ghost" in the pod (it has: init1, app)');
  });

  it('rejects unknown fault types', () => {
    const issues = issuesOf(`${valid}  - {at: 40s, type: NodeExplode}\n`);
    expect(issues[0]).toMatchObject({ path: 'faults[3].type', line: 32 });
    expect(issues[0]?.message).toMatch(/^must be one of DeletePod, KillContainer/);
  });

  it('rejects unknown fields everywhere, with a suggestion where one is close', () => {
    const issues = issuesOf(valid.replace('until: 5m', 'untill: 5m').replace('onSigterm:', 'onSigTerm:').replace('    restartPolicy: Never', '    restartPolicy: Never\n    restartPolicyy: Never'));
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual(expect.arrayContaining([
      'untill: unknown field "untill" (did you mean "until"?)',
      'containers.app.onSigTerm: unknown field "onSigTerm" (did you mean "onSigterm"?)',
      'pod.spec.restartPolicyy: unknown field "restartPolicyy" (not a field of the v1 Pod schema)',
    ]));
  });

  it('accepts v1 Pod fields it does not model (they pass through to a cluster)', () => {
    const s = parseScenarioText(valid.replace('    restartPolicy: Never', '    restartPolicy: Never\n    securityContext: {runAsNonRoot: true}\n    volumes: [{name: v, emptyDir: {}}]'), 'x.yaml');
    expect(s.pod.spec.volumes).toEqual([{ name: 'v', emptyDir: {} }]);
  });

  it('rejects probe outcomes for a probe the pod does not declare', () => {
    const issues = issuesOf(valid.replace('      readiness: [', '      liveness: [{at: 0s, result: Success}]\n      readiness: ['));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'containers.app.probes.liveness', message: 'the pod declares no livenessProbe for container "app"' }));
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(valid.replace('kind: Scenario', 'kind: Pod').replace('until: 5m', 'until: soon'));
    expect(issues.map((i) => i.path)).toEqual(['kind', 'until']);
  });

  it('rejects a document that is not an object', () => {
    expect(issuesOf('- a\n- b\n')[0]?.message).toBe('must be an object, got a list');
  });
});
