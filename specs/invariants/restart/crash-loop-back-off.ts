import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import { SOURCES } from '../citations.js';
import {
  appliedFaultEvents,
  appliedFaults,
  containerEvents,
  containerNames,
  failedImageAttempts,
  formatMs,
  instanceSpans,
  kubeletStartIndexes,
  sandboxRecreations,
} from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 1000,
  late: 17_000,
  why: 'API timestamps have whole seconds; the pod worker re-syncs 10–15 s after a sync that hit the back-off (backOffPeriod with 50% jitter) and the PLEG relists every second',
};

/**
 * R4.3, R4.4, E5, E6: the first restart after an exit is immediate; each later one waits
 * 10 s, doubling, capped at 300 s, counted from the exit; the delay starts over only when
 * the container ran more than 600 s. A kubelet restart (its back-off lives in memory) or an
 * image change (a new back-off key) starts over too. Restarts that follow a kill by the
 * kubelet (probe, spec change, postStart) are restarted in the same sync and are not
 * asserted, nor is anything after them for that container — also when the instance exited on
 * its own before its kill came (the sync read it running, and was busy with another kill first).
 */
export const crashLoopBackOff: Invariant = {
  id: 'restart/crash-loop-back-off',
  title: 'Restarts after exits wait 0, 10, 20, 40 … 300 s, starting over after 600 s of running',
  citation: { rule: 'R4.4', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff; client-go flowcontrol/backoff.go', url: SOURCES.runtimeManager },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  check(trace, scenario) {
    const o = trace.options;
    const newSandboxes = sandboxRecreations(trace);
    const init = new Set((scenario.pod.spec.initContainers ?? []).map((c) => c.name));
    const firstInit = scenario.pod.spec.initContainers?.[0]?.name;
    const hasInit = init.size > 0;
    // Built on first use: most traces restart nothing.
    let podSteps: Step[] | undefined;
    let busy: ((from: Millis, to: Millis) => boolean) | undefined;
    let kubeletDown: ((from: Millis, to: Millis) => boolean) | undefined;
    for (const name of containerNames(scenario)) {
      const instances = instanceSpans(trace, name);
      if (instances.length < 2) continue;
      const kills = containerEvents(trace, 'ContainerKilling', name).map((k) => k.index);
      const removalIndexes = appliedFaults(trace, 'RemoveContainer')
        .filter((f) => f.fault.container === name)
        .map((f) => f.index);
      const startIndexes = instances.map((s) => s.startIndex);
      // Everything doBackOff may see between two starts, in event order (see `steps` below).
      podSteps ??= podBackOffSteps(trace);
      const containerSteps = mergeByIndex(podSteps, containerBackOffSteps(trace, name));
      let entry: Entry | undefined;
      for (let i = 1; i < instances.length; i++) {
        const [prev, next] = [instances[i - 1]!, instances[i]!];
        if (!prev.exit) break;
        // A kill of the instance — also one that came after it had exited on its own, the sync having read it
        // running — decides the restart with it, on that sync's stale view (doBackOff reads the same status).
        if (kills.some((k) => k > prev.startIndex && k < next.startIndex)) break;
        // A record removed behind the kubelet's back (E13) is not seen at the restart: doBackOff
        // looks at the newest exited record left — the instance before, if any; with none it
        // skips the back-off altogether and leaves the entry as it was.
        // The instance a removal took away is the one started last before the fault (by event order).
        const wasRemoved = (k: number) =>
          removalIndexes.some((r) => startIndexes[k] !== undefined && startIndexes[k]! < r && (startIndexes[k + 1] === undefined || startIndexes[k + 1]! > r));
        // Init container records are also purged when the sandbox is re-created (R2.5).
        const wasPurged = (k: number) => {
          const exitAt = instances[k]?.exit?.at;
          return exitAt !== undefined && init.has(name) && newSandboxes.some((t) => t >= exitAt && t <= next.startedAt);
        };
        const removed = wasRemoved(i - 1);
        let seen = i - 1;
        while (seen >= 0 && (wasRemoved(seen) || (seen < i - 1 && wasPurged(seen)))) seen--;
        const seenExit = instances[seen]?.exit?.at;
        // What doBackOff saw between the two starts, replayed in event order: a new kubelet
        // (its back-off table is in memory) and an image update (a new key, R4.4) clear the
        // entry; each start attempt that gets past the check calls Next, failed ones included.
        // Init container records are purged with a re-created sandbox (R2.5,
        // purgeInitContainers): with no exited record doBackOff neither holds nor calls Next —
        // except for the first init container, started in that same sync from the pod status
        // read before the purge (computePodActions: InitContainersToStart = [0]) — if that status
        // still had the record, that is, if no earlier purge had taken it.
        const steps = containerSteps.filter((step) => step.index > startIndexes[i - 1]! && step.index < startIndexes[i]!);
        const delayBefore = seenExit === undefined || entry === undefined || expired(entry, seenExit, o) ? 0 : entry.backoff;
        let purged = false;
        let sandboxAt: Millis | undefined;
        let sandboxSyncAttempted = false;
        // Whether the status the newest sandbox sync read still had the record: not if an earlier purge took it.
        let sandboxSyncSawRecord = false;
        const sees = (at: Millis) => seenExit !== undefined && (!purged || (name === firstInit && at === sandboxAt && sandboxSyncSawRecord && !sandboxSyncAttempted));
        let attempts = 0;
        let change: { at: Millis } | undefined;
        let restarted = false;
        for (const step of steps) {
          if (step.kind === 'reset') [entry, restarted] = [undefined, true];
          else if (step.kind === 'change') [entry, change] = [undefined, step];
          else if (step.kind === 'sandbox') {
            if (init.has(name)) [sandboxSyncSawRecord, purged, sandboxAt, sandboxSyncAttempted] = [!purged, true, step.at, false];
          } else {
            attempts++;
            if (sees(step.at)) entry = advance(entry, seenExit!, step.at, o);
            if (step.at === sandboxAt) sandboxSyncAttempted = true;
          }
        }
        if (seenExit === undefined) continue;
        const startSees = sees(next.startedAt);
        if (restarted || !startSees) {
          // A new kubelet starts it when it comes up, whenever that is; a start that doBackOff
          // did not see is not held. Neither is asserted.
          if (startSees) entry = advance(entry, seenExit, next.startedAt, o);
          continue;
        }
        const exitAt = seenExit;
        const delay = entry === undefined || expired(entry, exitAt, o) ? 0 : entry.backoff;
        // An image update after the previous start may start it at once — as soon as the exit,
        // or the update if that came later (while it ran, init containers are not restarted for
        // it, R2.4).
        let latest = delay;
        if (change !== undefined && attempts === 0) latest = Math.min(delayBefore, Math.max(0, change.at - exitAt));
        // After a removal nothing can restart before the removal itself.
        if (removed) latest = Math.max(latest, prev.exit.at - exitAt);
        const actual = next.startedAt - exitAt;
        // After failed attempts the image back-off may hold the start longer, and a pod worker busy
        // killing or running a postStart hook (it does one sync at a time) starts nothing until it is
        // done: then only the lower bound is the crash loop's.
        // Likewise while the kubelet is down, or — with init containers or sidecars — while the pod is
        // not initialized (computePodActions starts no regular container then, R2.1, R2.7).
        busy ??= podWorkerBusyBetween(trace);
        kubeletDown ??= kubeletDownBetween(trace);
        const upperBoundHolds = attempts === 0 && !hasInit && !busy(exitAt, next.startedAt) && !kubeletDown(exitAt, next.startedAt);
        const tooLate = upperBoundHolds && actual > latest + TOLERANCE.late;
        if (actual < delay - TOLERANCE.early || tooLate) {
          return violation({
            at: next.startedAt,
            container: name,
            expected: `restart ${formatMs(latest === delay ? delay : latest)} after the exit at ${formatMs(exitAt)} (restart #${next.restartCount})`,
            observed: `restarted ${formatMs(actual)} after it`,
            message: `${name}: crash-loop back-off ${actual < delay ? 'not respected' : 'longer than the rule allows'}`,
          });
        }
        entry = advance(entry, exitAt, next.startedAt, o);
      }
    }
    return PASS;
  },
};

type Entry = { backoff: Millis; lastUpdate: Millis };

/**
 * What doBackOff may see between two starts, by position in `trace.events`: a new kubelet
 * (`reset`), a re-created sandbox (`sandbox`), an image update (`change`), a start attempt
 * that failed at the image (`attempt`).
 */
interface Step {
  at: Millis;
  index: number;
  kind: 'reset' | 'sandbox' | 'change' | 'attempt';
}

/** The steps that concern every container — kubelet restarts and sandbox re-creations — in event order. */
function podBackOffSteps(trace: Trace): Step[] {
  const resets = kubeletStartIndexes(trace).map((index): Step => ({ at: trace.events[index]!.at, index, kind: 'reset' }));
  const sandboxes: Step[] = [];
  trace.events.forEach((e, index) => {
    if (e.type === 'SandboxCreated' && e.attempt > 0) sandboxes.push({ at: e.at, index, kind: 'sandbox' });
  });
  return mergeByIndex(resets, sandboxes);
}

/**
 * The container's own steps, in event order: its image updates (by their place in the event
 * order: at one moment, order tells before from after), and start attempts that got past the
 * crash-loop check but failed at the image — they advance the back-off too (doBackOff calls
 * Next before the image is pulled).
 */
function containerBackOffSteps(trace: Trace, name: string): Step[] {
  const changes = appliedFaults(trace, 'UpdateImage')
    .filter((f) => f.fault.container === name)
    .map(({ at, index }): Step => ({ at, index, kind: 'change' }));
  const attempts = failedImageAttempts(trace, name).map(({ event, index }): Step => ({ at: event.at, index, kind: 'attempt' }));
  return mergeByIndex(changes, attempts);
}

/** Two lists in event order merged into one (each event is in at most one of them). */
function mergeByIndex(a: readonly Step[], b: readonly Step[]): Step[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  return [...a, ...b].sort((x, y) => x.index - y.index);
}

/**
 * Was the kubelet stopped (NodeDown … NodeUp) at some point between `from` and `to`? The
 * stops are read once: a NodeDown while stopped moves the stop's start; an up without a stop
 * is no stop.
 */
function kubeletDownBetween(trace: Trace): (from: Millis, to: Millis) => boolean {
  const stops: { since: Millis; until: Millis }[] = [];
  let downSince: Millis | undefined;
  for (const { event: e } of appliedFaultEvents(trace)) {
    if (e.fault.type === 'NodeDown') downSince = e.at;
    if ((e.fault.type === 'NodeUp' || e.fault.type === 'NodeReboot') && downSince !== undefined) {
      stops.push({ since: downSince, until: e.at });
      downSince = undefined;
    }
  }
  const stillDown = downSince;
  return (from, to) => stops.some((d) => d.since < to && d.until > from) || (stillDown !== undefined && stillDown < to);
}

/**
 * Was the pod worker inside a kill or a postStart hook at some point between `from` and `to`?
 * Replayed over the events up to the first one after `to`: a kill or hook start opens a hold
 * for its container (replacing one still open), the container's exit or the hook's end closes
 * it. The holds are read once, each with the positions where it opened and where it was
 * closed or replaced.
 */
function podWorkerBusyBetween(trace: Trace): (from: Millis, to: Millis) => boolean {
  interface Hold {
    started: Millis;
    openIndex: number;
    /** Where it was closed or replaced (Infinity: never). */
    endIndex: number;
    /** When it was closed, if it was (not replaced). */
    closedAt?: Millis;
  }
  const holds: Hold[] = [];
  const open = new Map<string, Hold>();
  trace.events.forEach((e, index) => {
    if (e.type === 'ContainerKilling' || (e.type === 'HookStarted' && e.hook === 'postStart')) {
      const replaced = open.get(e.container);
      if (replaced) replaced.endIndex = index;
      const hold: Hold = { started: e.at, openIndex: index, endIndex: Infinity };
      holds.push(hold);
      open.set(e.container, hold);
    } else if ((e.type === 'ContainerExited' || (e.type === 'HookFinished' && e.hook === 'postStart')) && open.has(e.container)) {
      const hold = open.get(e.container)!;
      open.delete(e.container);
      hold.endIndex = index;
      hold.closedAt = e.at;
    }
  });
  return (from, to) => {
    // the replay stops before the first event after `to`
    let stop = trace.events.findIndex((e) => e.at > to);
    if (stop < 0) stop = trace.events.length;
    return holds.some((h) => {
      if (h.openIndex >= stop || h.started >= to) return false;
      if (h.endIndex >= stop) return true; // still open where the replay stops
      return h.closedAt !== undefined && h.closedAt >= from;
    });
  };
}

/** R4.3: an entry expires when the container ran longer than the reset period before exiting. */
function expired(entry: Entry, exitAt: Millis, o: Trace['options']): boolean {
  return exitAt - entry.lastUpdate > o.crashLoopBackOffReset;
}

/** R4.4 Next(): first time or expired → the initial delay; otherwise double it, capped. */
function advance(entry: Entry | undefined, exitAt: Millis, now: Millis, o: Trace['options']): Entry {
  if (entry === undefined || expired(entry, exitAt, o)) return { backoff: o.crashLoopBackOffInitial, lastUpdate: now };
  return { backoff: Math.min(entry.backoff * 2, o.crashLoopBackOffMax), lastUpdate: now };
}
