import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { formatMs } from '../trace-view.js';

/**
 * R5.2, E16: once set, metadata.deletionTimestamp and deletionGracePeriodSeconds never move
 * later nor go away: a second delete may only shorten the grace (the API server moves the
 * timestamp earlier by the difference, BeforeDelete), and updates cannot change them
 * (rest.BeforeUpdate resets them to the stored values).
 */
export const graceOnlyShrinks: Invariant = {
  id: 'termination/grace-only-shrinks',
  title: 'deletionTimestamp and deletionGracePeriodSeconds never grow or disappear',
  citation: { rule: 'R5.2', source: 'pkg/registry/core/pod/strategy.go CheckGracefulDelete; apiserver rest/delete.go BeforeDelete, rest/update.go BeforeUpdate', url: SOURCES.podStrategy },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return trace.snapshots.some((s) => s.deletionTimestamp !== null) ? true : { skip: 'the pod never had a deletionTimestamp' };
  },
  check(trace) {
    let prev: { at: number; ts: number; grace: number | null } | undefined;
    for (const s of trace.snapshots) {
      if (prev) {
        const grew =
          s.deletionTimestamp === null
            ? 'the deletionTimestamp disappeared'
            : s.deletionTimestamp > prev.ts
              ? `deletionTimestamp ${formatMs(s.deletionTimestamp)}`
              : prev.grace !== null && (s.deletionGracePeriodSeconds === null || s.deletionGracePeriodSeconds > prev.grace)
                ? `deletionGracePeriodSeconds ${s.deletionGracePeriodSeconds ?? 'unset'}`
                : undefined;
        if (grew) {
          return violation({
            at: s.at,
            expected: `deletionTimestamp ≤ ${formatMs(prev.ts)} and deletionGracePeriodSeconds ≤ ${prev.grace ?? 'unset'} (as at ${formatMs(prev.at)})`,
            observed: grew,
            message: 'the pod’s deletion grace grew',
          });
        }
      }
      if (s.deletionTimestamp !== null) prev = { at: s.at, ts: s.deletionTimestamp, grace: s.deletionGracePeriodSeconds };
    }
    return PASS;
  },
};
