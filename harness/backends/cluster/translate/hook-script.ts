import { hookOf, type ContainerBehaviour, type HookName } from '../../../../specs/model/behaviour.js';
import { readStartNumber, scriptPrelude } from './script-prelude.js';
import { secondsText } from './seconds-text.js';

/**
 * The exec hook that replaces an `exec` or `httpGet` lifecycle handler: it logs
 * its start, takes the behaviour's duration, logs its result and exits 0
 * (Success) or 1 (Failure). A hook the kubelet abandons, or that dies with its
 * container, logs no finish.
 */
export function hookScript(container: string, hook: HookName, behaviour: ContainerBehaviour | undefined): string {
  const { duration, result } = hookOf(behaviour, hook);
  return [
    `# podlife ${hook} hook of container ${container}`,
    scriptPrelude(container),
    'mkdir -p $D/$C',
    readStartNumber(),
    `podlife_log hook ${hook} start`,
    ...(duration > 0 ? [`sleep ${secondsText(duration)}`] : []),
    `podlife_log hook ${hook} finish ${result}`,
    `exit ${result === 'Success' ? 0 : 1}`,
  ].join('\n');
}
