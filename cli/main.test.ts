import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { captureIo } from './testing/capture-io.js';

const dir = mkdtempSync(join(tmpdir(), 'podlife-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const good = file('good.yaml', `apiVersion: podlife/v1alpha1
kind: Scenario
name: job
until: 1m
pod:
  metadata: {name: job}
  spec:
    restartPolicy: Never
    containers: [{name: main, image: busybox:1.36}]
containers:
  main: {runs: [{exitAfter: 5s, exitCode: 0}]}
`);

describe('podlife CLI', () => {
  it('prints the commands with --help and exits 0', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toContain('simulate');
  });

  it('exits 2 with a clear message on an unknown command', async () => {
    const io = captureIo();
    expect(await main(['simulte'], io)).toBe(2);
    expect(io.err()).toContain('unknown command "simulte"');
  });

  it('simulate prints a kubectl-like table: Pending, Running, then Completed for a job', async () => {
    const io = captureIo();
    expect(await main(['simulate', good], io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toMatch(/^TIME\s+NAME\s+READY\s+STATUS\s+RESTARTS$/);
    expect(lines.map((l) => l.split(/\s+/)[3])).toEqual(['STATUS', 'Pending', 'ContainerCreating', 'Running', 'Completed']);
    expect(lines[4]).toMatch(/^5s\s+job\s+0\/1\s+Completed\s+0$/);
  });

  it('simulate --output json prints the trace', async () => {
    const io = captureIo();
    expect(await main(['simulate', good, '-o', 'json'], io)).toBe(0);
    const trace = JSON.parse(io.out());
    expect(trace).toMatchObject({ scenario: 'job', backend: 'sim', kubernetesVersion: '1.34' });
    expect(trace.snapshots.at(-1).status.phase).toBe('Succeeded');
  });

  it('rejects a broken file with every problem, its line, exit code 2 and no stack trace', async () => {
    const broken = file('broken.yaml', `apiVersion: podlife/v1alpha1
kind: Scenario
name: broken
pod:
  metadata: {name: p}
  spec:
    containers:
      - name: app
        livenessProbe: {exec: {command: [x]}, successThreshold: 3}
faults:
  - {at: 5s, type: Explode}
`);
    const io = captureIo();
    expect(await main(['simulate', broken], io)).toBe(2);
    expect(io.err()).toContain(`${broken}:8: pod.spec.containers[0].image: Required value`);
    expect(io.err()).toContain(`${broken}:9: pod.spec.containers[0].livenessProbe.successThreshold: Invalid value: 3: must be 1`);
    expect(io.err()).toContain(`${broken}:11: faults[0].type: must be one of`);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('reports a missing file clearly', async () => {
    const io = captureIo();
    expect(await main(['simulate', join(dir, 'nope.yaml')], io)).toBe(2);
    expect(io.err()).toContain('cannot read: no such file');
  });

  it('says so when given a directory instead of a scenario file', async () => {
    const io = captureIo();
    expect(await main(['validate', dir], io)).toBe(2);
    expect(io.err()).toContain(`${dir}: (file): cannot read: it is a directory (name its files, e.g. ${dir}/*.yaml)`);
  });

  it('rejects unknown options and bad option values with the usage', async () => {
    const io = captureIo();
    expect(await main(['simulate', good, '--outptu', 'json'], io)).toBe(2);
    expect(io.err()).toContain("Unknown option '--outptu'");
    const io2 = captureIo();
    expect(await main(['simulate', good, '-o', 'xml'], io2)).toBe(2);
    expect(io2.err()).toContain('--output must be one of table, json');
  });

  it('validate says which files are valid', async () => {
    const io = captureIo();
    expect(await main(['validate', good], io)).toBe(0);
    expect(io.out()).toContain('valid (scenario "job", 0 faults)');
  });
});
