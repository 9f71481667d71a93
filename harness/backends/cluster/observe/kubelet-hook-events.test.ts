import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../scenario/load-scenario-file.js';
import { kubeletHookEvents } from './kubelet-hook-events.js';
import type { ObservedInstance } from './observed-instance.js';

const scenario = parseScenarioText(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    containers:
      - name: sleepy
        image: "busybox:1.36"
        lifecycle: {postStart: {sleep: {seconds: 3}}, preStop: {sleep: {seconds: 5}}}
      - name: tcp
        image: "busybox:1.36"
        lifecycle: {postStart: {tcpSocket: {port: 80}}}
      - name: scripted
        image: "busybox:1.36"
        lifecycle: {preStop: {exec: {command: [x]}}}
`, 'test.yaml');

const instance = (container: string, startedAt: number, over: Partial<ObservedInstance> = {}): ObservedInstance => ({
  container, containerID: `${container}-1`, start: 1, restartCount: 0, startedAt, startedFrom: 'log', sigterms: [], lastLogAt: startedAt, ...over,
});

describe('kubeletHookEvents', () => {
  it('derives sleep hooks: postStart for its seconds from the start, preStop from the kill to just before the SIGTERM', () => {
    const events = kubeletHookEvents(
      scenario,
      new Map([['sleepy', [instance('sleepy', 1000, { sigterms: [20_050], exit: { at: 20_100, exitCode: 0, reason: 'Completed', from: 'log' } })]]]),
      [{ at: 15_000, type: 'ContainerKilling', container: 'sleepy', reason: 'PodTermination', gracePeriodSeconds: 30 }],
      [],
    );
    expect(events).toEqual([
      { at: 1000, type: 'HookStarted', container: 'sleepy', hook: 'postStart' },
      { at: 4000, type: 'HookFinished', container: 'sleepy', hook: 'postStart', result: 'Success' },
      { at: 15_000, type: 'HookStarted', container: 'sleepy', hook: 'preStop' },
      { at: 20_049, type: 'HookFinished', container: 'sleepy', hook: 'preStop', result: 'Success' },
    ]);
  });

  it('calls a sleep preStop cut short by the grace period Abandoned', () => {
    const events = kubeletHookEvents(
      scenario,
      new Map([['sleepy', [instance('sleepy', 1000, { sigterms: [17_000] })]]]),
      [{ at: 15_000, type: 'ContainerKilling', container: 'sleepy', reason: 'PodTermination', gracePeriodSeconds: 2 }],
      [],
    );
    expect(events.at(-1)).toEqual({ at: 16_999, type: 'HookFinished', container: 'sleepy', hook: 'preStop', result: 'Abandoned' });
  });

  it('takes a tcpSocket hook as failed when the kubelet says so, at the start', () => {
    const failedEvent = { at: 1300, reason: 'FailedPostStartHook', message: 'PostStartHook failed', container: 'tcp', source: 'kubelet' };
    expect(kubeletHookEvents(scenario, new Map([['tcp', [instance('tcp', 1200)]]]), [], [failedEvent])).toEqual([
      { at: 1200, type: 'HookStarted', container: 'tcp', hook: 'postStart' },
      { at: 1200, type: 'HookFinished', container: 'tcp', hook: 'postStart', result: 'Failure' },
    ]);
  });

  it('leaves exec hooks to the scripts\' log', () => {
    const kill = { at: 5000, type: 'ContainerKilling' as const, container: 'scripted', reason: 'PodTermination' as const, gracePeriodSeconds: 30 };
    expect(kubeletHookEvents(scenario, new Map([['scripted', [instance('scripted', 1000)]]]), [kill], [])).toEqual([]);
  });
});
