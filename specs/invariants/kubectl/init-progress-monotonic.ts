import { PASS, violation, type Invariant } from '../../invariant.js';
import { printPod } from '../../kubectl/print-pod.js';
import { SOURCES } from '../citations.js';
import { formatMs, namesOfRole, sandboxEpochAt } from '../trace-view.js';

const INIT_PROGRESS = /^Init:(\d+)\/(\d+)$/;

/**
 * R11, E23, R2.1, R2.4: while a pod initializes, kubectl's STATUS shows `Init:i/n` with i the
 * first init container that has not exited 0. Regular init containers run in order and a
 * completed one stays completed in its sandbox (it is never re-run, R2.4; a record that is
 * garbage-collected is reported Completed, R2.14), so within a sandbox i never goes back.
 * Sidecars are skipped: one that restarts before the pod is initialized shows its own index
 * again. A snapshot taken in the instant a sandbox is re-created may still show the old one's
 * progress and is not compared.
 */
export const initProgressMonotonic: Invariant = {
  id: 'kubectl/init-progress-monotonic',
  title: 'Within a sandbox, the Init:i/n that kubectl shows never goes back',
  citation: { rule: 'R11', source: 'pkg/printers/internalversion/printers.go printPod; kuberuntime_container.go computeInitContainerActions', url: SOURCES.printers },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    if (namesOfRole(scenario, 'init').length === 0) return { skip: 'the pod has no regular init container' };
    if (namesOfRole(scenario, 'sidecar').length > 0) return { skip: 'the pod has sidecars, whose restarts show their own index again' };
    return true;
  },
  check(trace, scenario) {
    let epoch = -Infinity;
    let best: { i: number; at: number } | undefined;
    for (const s of trace.snapshots) {
      const e = sandboxEpochAt(trace, s.at);
      if (e !== epoch) {
        epoch = e;
        best = undefined;
      }
      if (s.at === epoch) continue;
      const m = INIT_PROGRESS.exec(printPod(scenario.pod.spec, s.status, s.deletionTimestamp).status);
      if (!m) continue;
      const i = Number(m[1]);
      if (best && i < best.i) {
        return violation({
          at: s.at,
          expected: `Init:${best.i}/${m[2]} or later (shown at ${formatMs(best.at)} in this sandbox)`,
          observed: `Init:${i}/${m[2]}`,
          message: 'kubectl showed the pod going back to an earlier init container',
        });
      }
      if (!best || i > best.i) best = { i, at: s.at };
    }
    return PASS;
  },
};
