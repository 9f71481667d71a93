import type { CoreV1Event } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { v1EventToOccurrences } from './v1-event-to-occurrences.js';

describe('v1EventToOccurrences', () => {
  const event = {
    metadata: { name: 'e1', uid: 'u1' }, reason: 'BackOff', message: 'Back-off restarting failed container app in pod p_ns(u)',
    involvedObject: { kind: 'Pod', name: 'p', fieldPath: 'spec.containers{app}' }, source: { component: 'kubelet' }, count: 3,
  } as CoreV1Event;

  it('counts an Event seen for the first time once, and then each increase of its count', () => {
    expect(v1EventToOccurrences(event, undefined, 100).occurrences).toEqual([
      { at: 100, reason: 'BackOff', message: event.message, container: 'app', source: 'kubelet' },
    ]);
    expect(v1EventToOccurrences({ ...event, count: 5 }, 3, 200).occurrences).toHaveLength(2);
    expect(v1EventToOccurrences(event, 3, 300).occurrences).toHaveLength(0);
  });

  it('names the container of init containers too, and none for pod-level Events', () => {
    const init = { ...event, involvedObject: { ...event.involvedObject, fieldPath: 'spec.initContainers{setup}' } };
    expect(v1EventToOccurrences(init, undefined, 0).occurrences[0]?.container).toBe('setup');
    const pod = { ...event, involvedObject: { kind: 'Pod', name: 'p' } };
    expect(v1EventToOccurrences(pod, undefined, 0).occurrences[0]?.container).toBeUndefined();
  });
});
