import { describe, expect, it } from 'vitest';
import { killReasonOf } from './kill-reason-of.js';

describe('killReasonOf', () => {
  const none = { terminating: false, sandboxChanged: false, initContainer: false };
  it('reads the kubelet\'s wording, and the pod\'s situation when the wording is only "Stopping container"', () => {
    expect(killReasonOf('Container app failed liveness probe, will be restarted', none)).toBe('LivenessProbe');
    expect(killReasonOf('Container app failed startup probe, will be restarted', none)).toBe('StartupProbe');
    expect(killReasonOf('Container app definition changed, will be restarted', none)).toBe('SpecChanged');
    expect(killReasonOf('FailedPostStartHook', none)).toBe('PostStartHookFailed');
    expect(killReasonOf('Stopping container app', { ...none, terminating: true })).toBe('PodTermination');
    expect(killReasonOf('Stopping container app', { ...none, sandboxChanged: true })).toBe('SandboxChanged');
    expect(killReasonOf('Stopping container app', none)).toBe('NoContainerToKeep');
  });
});
