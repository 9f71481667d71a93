import { sigtermOf, type ContainerBehaviour } from '../../../../specs/model/behaviour.js';
import { readStartNumber, scriptPrelude } from './script-prelude.js';
import { FOREVER_SECONDS, secondsText } from './seconds-text.js';

export interface ContainerScriptInput {
  container: string;
  behaviour: ContainerBehaviour | undefined;
  /**
   * Bytes to allocate when the backend sends SIGUSR1 (the OOMKill fault): more than
   * the container's memory limit, so the kernel's OOM killer acts inside its cgroup.
   * Undefined: the container has no OOMKill fault.
   */
  oomBytes?: number;
}

/**
 * The `/bin/sh -c` script a container runs in place of its command: it counts its
 * starts in the shared state directory, follows `runs[i]` for the i-th start (the
 * last entry repeats), and answers SIGTERM as `onSigterm` says. It sleeps in the
 * background and `wait`s, so a trap runs as soon as a signal arrives.
 *
 * The shell is PID 1 in its container and the kernel drops signals PID 1 has no
 * handler for, so even the default behaviour ("exit 0 at once on SIGTERM") needs an
 * explicit trap. SIGTERM is always trapped to log it; `{ignore: true}` then only
 * logs. A second SIGTERM is logged but changes nothing, as in the simulator.
 * A SIGTERM that comes while the script is still setting up is held and answered
 * once the run has begun.
 */
export function containerScript(input: ContainerScriptInput): string {
  const runs = input.behaviour?.runs?.length ? input.behaviour.runs : [{}];
  const onSigterm = sigtermOf(input.behaviour);
  const lines: string[] = [
    `# podlife workload script for container ${input.container} (generated from the scenario's behaviour)`,
    // Before anything else: a SIGTERM in the first milliseconds (a failed postStart kills at once)
    // would otherwise find PID 1 without a handler, and the kernel would drop it.
    "trap 'EARLY=1' TERM",
    scriptPrelude(input.container),
    // The start time first: under load every fork before it would make the instance look younger than it is.
    'T0=$(podlife_now)',
    'P=; W=; X=0; END=; TERMED=; EARLY=${EARLY:-}',
    'podlife_term() {',
    '  podlife_log sigterm',
    '  [ -n "$TERMED" ] && return 0',
    '  TERMED=1',
  ];
  if (!onSigterm.ignore) {
    // Exit after the delay unless the run would end on its own first (the simulator's rule).
    lines.push(
      `  if [ -z "$END" ] || [ $(( $(podlife_now) + ${onSigterm.exitAfter} )) -lt "$END" ]; then`,
      `    kill $P 2>/dev/null; sleep ${secondsText(onSigterm.exitAfter)} & W=$!; X=${onSigterm.exitCode}`,
      '  fi',
    );
  }
  lines.push('}', 'trap podlife_term TERM');
  if (input.oomBytes !== undefined) {
    // `tail` holds a line without newlines in memory: the OOM killer ends it inside the
    // container's cgroup, containerd records the OOM, and exiting 137 gives reason OOMKilled.
    lines.push(
      `podlife_oom() { podlife_log oom; head -c ${input.oomBytes} /dev/zero | tail >/dev/null; podlife_log exit 137; exit 137; }`,
      'trap podlife_oom USR1',
    );
  }
  lines.push(
    'mkdir -p $D/$C',
    readStartNumber(),
    `case "$N" in ''|*[!0-9]*) N=0;; esac`,
    'N=$((N + 1)); echo $N > $D/$C/starts',
    'echo $T0 > $D/$C/started.tmp && mv $D/$C/started.tmp $D/$C/started',
    `R=$((N - 1)); [ $R -gt ${runs.length - 1} ] && R=${runs.length - 1}`,
    'case $R in',
    ...runs.map((run, i) => {
      const sleep = run.exitAfter === undefined ? FOREVER_SECONDS : secondsText(run.exitAfter);
      const end = run.exitAfter === undefined ? 'END=' : `END=$((T0 + ${run.exitAfter}))`;
      return `  ${i}) A=${sleep}; ${end}; X=${run.exitCode ?? 0};;`;
    }),
    'esac',
    'podlife_log start $T0',
    // A SIGTERM that came before this line has already chosen what to wait for.
    'sleep $A & P=$!; [ -z "$TERMED" ] && W=$P',
    // `wait` returns early when a trap ran; the trap may have replaced what to wait for.
    '[ -n "$EARLY" ] && podlife_term',
    'while kill -0 $W 2>/dev/null; do wait $W; done',
    'podlife_log exit $X',
    'exit $X',
  );
  return lines.join('\n');
}
