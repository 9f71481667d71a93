import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, formatMs, namesOfRole } from '../trace-view.js';

/**
 * R2.1, §13.6: regular init containers run one at a time in spec order. computeInitContainerActions
 * starts init container i+1 only when i has exited 0 ("initialized for the first time, start the
 * next one"), and restarts a failed one in its place; so whenever a regular init container starts,
 * no other regular init container is running and it is the lowest-index one that has not exited 0
 * in the current sandbox. A re-created sandbox (R2.5) purges the records and starts again from the
 * first. Sidecars are not regular init containers and are not ordered here (see sidecars/start-order).
 */
export const sequential: Invariant = {
  id: 'init/sequential',
  title: 'Regular init containers run one at a time, each only after the ones before it exited 0',
  citation: { rule: 'R2.1', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go computeInitContainerActions', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return namesOfRole(scenario, 'init').length > 0 ? true : { skip: 'the pod has no regular init container' };
  },
  check(trace, scenario) {
    const inits = namesOfRole(scenario, 'init');
    // Walk the events in order: an exit and the next start in the same instant are told apart by their order.
    const running = new Set<string>();
    let completed = new Set<string>();
    let epoch = -Infinity;
    // On a real cluster a start and an exit may be recorded up to CLOCK_SLACK apart from where
    // they happened: an exit that follows the start within that slack is taken to precede it.
    const exitsSoon = (name: string, from: number, t: number, zero: boolean) =>
      trace.events.some((x, i) => i > from && x.type === 'ContainerExited' && x.container === name && x.at <= t + CLOCK_SLACK && (!zero || x.exitCode === 0));
    for (const [index, e] of trace.events.entries()) {
      if (e.type === 'SandboxCreated' && e.attempt > 0) {
        epoch = e.at;
        completed = new Set(); // R2.5: init records are purged
      }
      if ((e.type !== 'ContainerStarted' && e.type !== 'ContainerExited') || !inits.includes(e.container)) continue;
      const name = e.container;
      if (e.type === 'ContainerExited') {
        running.delete(name);
        if (e.exitCode === 0) completed.add(name);
        continue;
      }
      const t = e.at;
      const concurrent = [...running].find((other) => other !== name && !exitsSoon(other, index, t, false));
      if (concurrent) {
        return violation({
          at: t,
          container: name,
          expected: `${name} starts only when no other regular init container runs`,
          observed: `${concurrent} was running`,
          message: `init containers ${concurrent} and ${name} ran at the same time`,
        });
      }
      const pending = inits.slice(0, inits.indexOf(name)).find((before) => !completed.has(before) && !exitsSoon(before, index, t, true));
      if (pending) {
        return violation({
          at: t,
          container: name,
          expected: `${name} starts only after ${pending} exited 0${Number.isFinite(epoch) ? ` in the sandbox created at ${formatMs(epoch)}` : ''}`,
          observed: `${pending} had not completed`,
          message: `init container ${name} started before ${pending} had completed`,
        });
      }
      if (completed.has(name)) {
        return violation({
          at: t,
          container: name,
          expected: `${name} is not run again once it exited 0 in this sandbox`,
          observed: `${name} started again`,
          message: `init container ${name} was re-run after it had completed`,
        });
      }
      running.add(name);
    }
    return PASS;
  },
};
