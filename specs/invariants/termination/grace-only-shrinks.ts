import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { formatMs } from '../trace-view.js';

/**
 * R5.2, E16: once set, metadata.deletionTimestamp and deletionGracePeriodSeconds never go
 * away and the grace never grows: a second delete may only shorten the grace, and updates
 * cannot change them (rest.BeforeUpdate resets them to the stored values). The timestamp moves
 * back by the difference — but never into the past (BeforeDelete: "Prevent shortening the
 * grace period moving deletionTimestamp into the past"): then it becomes the moment of the
 * request, which is later than before. So it may move later only to a moment no later than
 * the snapshot showing it, and only together with a shorter grace. A real v1.34.10 API server
 * does this on the kubelet's final delete (grace 0) of a pod whose grace had run out.
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
        const graceGrew = prev.grace !== null && (s.deletionGracePeriodSeconds === null || s.deletionGracePeriodSeconds > prev.grace);
        const graceShrank = prev.grace !== null && s.deletionGracePeriodSeconds !== null && s.deletionGracePeriodSeconds < prev.grace;
        const grew =
          s.deletionTimestamp === null
            ? 'the deletionTimestamp disappeared'
            : graceGrew
              ? `deletionGracePeriodSeconds ${s.deletionGracePeriodSeconds ?? 'unset'}`
              : s.deletionTimestamp > prev.ts && !(graceShrank && s.deletionTimestamp <= s.at)
                ? `deletionTimestamp ${formatMs(s.deletionTimestamp)}${graceShrank ? ', after the moment it was seen' : ' with the same grace'}`
                : undefined;
        if (grew) {
          return violation({
            at: s.at,
            expected: `deletionGracePeriodSeconds ≤ ${prev.grace ?? 'unset'} and deletionTimestamp ≤ ${formatMs(prev.ts)} (as at ${formatMs(prev.at)}), or moved to the request's moment with a shorter grace`,
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
