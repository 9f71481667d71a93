import { PASS, violation, type Invariant } from '../../invariant.js';
import { printPod } from '../../kubectl/print-pod.js';
import { SOURCES } from '../citations.js';

/**
 * R11, E23: kubectl's READY, STATUS and RESTARTS columns are computed server-side by
 * kube-apiserver's table printer (printers.go printPod), so for a given pod object they are a
 * function of its spec, status and deletionTimestamp. Where a backend recorded the columns the
 * server printed (real clusters; the backend reads them for the same object version it records),
 * they must equal printPod of that snapshot. RESTARTS is compared as a count; the "(Xs ago)"
 * suffix is not recorded.
 */
export const statusColumn: Invariant = {
  id: 'kubectl/status-column',
  title: 'The READY, STATUS and RESTARTS the API server prints follow printPod',
  citation: { rule: 'R11', source: 'pkg/printers/internalversion/printers.go printPod', url: SOURCES.printers },
  level: 'must',
  kind: 'safety',
  needs: 'server-printed-columns',
  appliesTo(_scenario, trace) {
    return trace.snapshots.some((s) => s.printed)
      ? true
      : { skip: 'the backend recorded no server-printed kubectl columns (only real clusters print them)' };
  },
  check(trace, scenario) {
    for (const s of trace.snapshots) {
      if (!s.printed) continue;
      const want = printPod(scenario.pod.spec, s.status, s.deletionTimestamp);
      const diff = (['ready', 'status', 'restarts'] as const).find((k) => String(s.printed![k]) !== String(want[k]));
      if (!diff) continue;
      return violation({
        at: s.at,
        expected: `${diff.toUpperCase()} ${want[diff]} (READY ${want.ready}, STATUS ${want.status}, RESTARTS ${want.restarts})`,
        observed: `${diff.toUpperCase()} ${s.printed[diff]} (READY ${s.printed.ready}, STATUS ${s.printed.status}, RESTARTS ${s.printed.restarts})`,
        message: `kubectl's ${diff.toUpperCase()} column does not follow printPod`,
      });
    }
    return PASS;
  },
};
