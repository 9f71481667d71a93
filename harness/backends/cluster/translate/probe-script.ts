import type { ProbeStep, ProbeType } from '../../../../specs/model/behaviour.js';
import { readStartNumber, scriptPrelude } from './script-prelude.js';

/**
 * The exec probe that replaces a probe of any handler kind: it answers from the
 * behaviour's timeline, relative to the start of the running instance (the time
 * the container script recorded), logs the execution, and exits 0 (Success) or 1.
 * The timeline is read as `probeOutcomeAt` reads it: Success until the first step,
 * then each step in order while its time has come.
 */
export function probeScript(container: string, probe: ProbeType, steps: readonly ProbeStep[] | undefined): string {
  let decide = '';
  for (const step of [...(steps ?? [])].reverse()) {
    decide = `if [ $T -ge ${step.at} ]; then R=${step.result};${decide ? ` ${decide}` : ''} fi;`;
  }
  return [
    `# podlife ${probe} probe of container ${container}`,
    scriptPrelude(container),
    readStartNumber(),
    'S=$(cat $D/$C/started 2>/dev/null); T=$(( $(podlife_now) - ${S:-0} )); R=Success',
    ...(decide ? [decide] : []),
    `podlife_log probe ${probe} $R`,
    '[ $R = Success ]',
  ].join('\n');
}
