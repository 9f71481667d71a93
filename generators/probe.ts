import fc from 'fast-check';
import type { ProbeType } from '../specs/model/behaviour.js';
import type { Probe } from '../specs/model/pod-manifest.js';
import { compact, maybe, wholeSeconds } from './durations.js';

/** R3.2: exactly one handler, of any kind; the scenario's behaviour decides the outcome. */
const handler = fc.oneof(
  fc.constant<Probe>({ exec: { command: ['/probe'] } }),
  fc.constant<Probe>({ httpGet: { path: '/healthz', port: 8080 } }),
  fc.constant<Probe>({ tcpSocket: { port: 8080 } }),
  fc.constant<Probe>({ grpc: { port: 9090 } }),
);

/**
 * A valid probe of the given type: random period, thresholds, initial delay, timeout;
 * successThreshold only varies for readiness (R3.2: must be 1 otherwise); a probe-level
 * grace period only for liveness and startup (R3.10, R3.2).
 */
export function probe(type: ProbeType): fc.Arbitrary<Probe> {
  return fc
    .record({
      handler,
      periodSeconds: maybe(wholeSeconds(1, 15), 0.5),
      initialDelaySeconds: maybe(wholeSeconds(0, 20), 0.35),
      failureThreshold: maybe(wholeSeconds(1, 5), 0.5),
      successThreshold: type === 'readiness' ? maybe(wholeSeconds(1, 3), 0.3) : fc.constant(undefined),
      timeoutSeconds: maybe(wholeSeconds(1, 3), 0.25),
      terminationGracePeriodSeconds: type === 'readiness' ? fc.constant(undefined) : maybe(wholeSeconds(1, 30), 0.25),
    })
    .map(({ handler: h, ...rest }) => compact({ ...h, ...rest }) as Probe);
}
