import fc from 'fast-check';
import type { Lifecycle, LifecycleHandler } from '../specs/model/pod-manifest.js';
import { compact, maybe, wholeSeconds } from './durations.js';

/** R7.3: exec and httpGet answer as the behaviour says; sleep sleeps; tcpSocket (rare) always fails. */
const handler: fc.Arbitrary<LifecycleHandler> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<LifecycleHandler>({ exec: { command: ['/hook'] } }) },
  { weight: 2, arbitrary: fc.constant<LifecycleHandler>({ httpGet: { path: '/hook', port: 8080 } }) },
  { weight: 2, arbitrary: wholeSeconds(0, 5).map((seconds): LifecycleHandler => ({ sleep: { seconds } })) },
  { weight: 1, arbitrary: fc.constant<LifecycleHandler>({ tcpSocket: { port: 8080 } }) },
);

export const lifecycle: fc.Arbitrary<Lifecycle | undefined> = maybe(
  fc.record({ postStart: maybe(handler, 0.45), preStop: maybe(handler, 0.7) }).map((l) => compact(l)),
  0.4,
).map((l) => (l && (l.postStart || l.preStop) ? l : undefined));
