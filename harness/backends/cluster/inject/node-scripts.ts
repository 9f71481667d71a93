/**
 * Shell run on the node (its own root, not a Pod) to carry out faults the API cannot.
 * Each is `sh -c SCRIPT podlife ARGS…`; they use containerd's own client (`ctr`,
 * namespace k8s.io, where the CRI plugin keeps the kubelet's containers) and
 * systemd, which both the offline node image and kindest/node have.
 */
export type NodeCommand = readonly string[];

const script = (body: string, ...args: string[]): NodeCommand => ['sh', '-c', body, 'podlife', ...args];

/** Lists the running task of a container of the pod: `$1` pod UID, `$2` container name. */
const RUNNING_TASK = [
  'ids=$(ctr -n k8s.io containers ls -q "labels.\\"io.kubernetes.pod.uid\\"==$1,labels.\\"io.kubernetes.container.name\\"==$2")',
  'tasks=$(ctr -n k8s.io tasks ls)',
  'id=; for c in $ids; do r=$(echo "$tasks" | awk -v id="$c" \'$1 == id && $3 == "RUNNING" {print $1}\'); [ -n "$r" ] && id=$r; done',
  '[ -n "$id" ] || { echo "not running" >&2; exit 3; }',
].join('\n');

/** Exit code of a node script when the container had no running process. */
export const NOT_RUNNING_EXIT = 3;

/** Sends a signal to the container's main process, as the runtime would (KillContainer: SIGKILL; OOMKill: the script's SIGUSR1). */
export function signalContainer(podUid: string, container: string, signal: 'SIGKILL' | 'SIGUSR1'): NodeCommand {
  return script(`${RUNNING_TASK}\nctr -n k8s.io tasks kill -s ${signal} "$id" && echo "$id"`, podUid, container);
}

/** `crictl rm -f`: CRI StopContainer (timeout 0) and RemoveContainer, where the node has crictl (kind). */
export function removeContainerWithCrictl(podUid: string, container: string): NodeCommand {
  return script(`${RUNNING_TASK}\ncrictl rm -f "$id" >/dev/null && echo "$id"`, podUid, container);
}

/**
 * The same without crictl (the offline image): kill and delete the container through
 * containerd's API, then restart containerd so its CRI plugin, which caches
 * containers in memory, forgets it. The kubelet is paused meanwhile (SIGSTOP, not
 * stopped: its memory is kept), so it sees the container vanish, not exit first.
 */
export function removeContainerWithCtr(podUid: string, container: string): NodeCommand {
  return script([
    RUNNING_TASK,
    'systemctl kill -s SIGSTOP kubelet',
    'trap "systemctl kill -s SIGCONT kubelet" EXIT',
    'ctr -n k8s.io tasks kill -s SIGKILL "$id"',
    'i=0; while ctr -n k8s.io tasks ls | grep -q "^$id .*RUNNING" && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done',
    'ctr -n k8s.io tasks rm "$id" >/dev/null 2>&1',
    'ctr -n k8s.io containers rm "$id"',
    'systemctl restart containerd',
    'i=0; until ctr version >/dev/null 2>&1 || [ $i -gt 100 ]; do sleep 0.1; i=$((i + 1)); done',
    'echo "$id"',
  ].join('\n'), podUid, container);
}

/**
 * As close to a reboot of the node as one pod allows: the kubelet and containerd go
 * down, every process of the pod (its containers and sandbox, and their shims) is
 * killed, and both come back — containerd then finds the tasks gone (exit 255,
 * Unknown) and the kubelet, with empty memory, a sandbox that is not ready. Other
 * pods on the node (the control plane) keep running: podlife runs scenarios with
 * node faults alone on the node.
 */
export function rebootPod(podUid: string): NodeCommand {
  return script([
    'systemctl stop kubelet',
    'ids=$(ctr -n k8s.io containers ls -q "labels.\\"io.kubernetes.pod.uid\\"==$1")',
    'pids=$(ctr -n k8s.io tasks ls | awk -v ids=" $(echo $ids) " \'NR > 1 && index(ids, " " $1 " ") {print $2}\')',
    'shims=; for id in $ids; do shims="$shims $(pgrep -f -- "-id $id( |$)")"; done',
    'systemctl stop containerd',
    'kill -9 $pids $shims 2>/dev/null',
    'systemctl start containerd',
    'i=0; until ctr version >/dev/null 2>&1 || [ $i -gt 100 ]; do sleep 0.1; i=$((i + 1)); done',
    'systemctl start kubelet',
  ].join('\n'), podUid);
}

/**
 * For each container name, one line `NAME running` or `NAME stopped`: whether a container
 * of that name in the pod (`$1` UID) has a running task. The kubelet's containers keep
 * running after a force delete has removed the pod from the API.
 */
export function podContainersRunning(podUid: string, names: readonly string[]): NodeCommand {
  return script([
    'uid=$1; shift',
    'tasks=$(ctr -n k8s.io tasks ls)',
    'for name in "$@"; do',
    '  ids=$(ctr -n k8s.io containers ls -q "labels.\\"io.kubernetes.pod.uid\\"==$uid,labels.\\"io.kubernetes.container.name\\"==$name")',
    '  state=stopped',
    '  for c in $ids; do echo "$tasks" | awk -v id="$c" \'$1 == id && $3 == "RUNNING" {f = 1} END {exit !f}\' && state=running; done',
    '  echo "$name $state"',
    'done',
  ].join('\n'), podUid, ...names);
}

export function kubeletActive(): NodeCommand {
  return ['systemctl', 'is-active', '--quiet', 'kubelet'];
}

export function stopKubelet(): NodeCommand {
  return ['systemctl', 'stop', 'kubelet'];
}

export function startKubelet(): NodeCommand {
  return ['systemctl', 'start', 'kubelet'];
}

/** Makes `targets` names of the image `source` (containerd's store, where the kubelet looks). */
export function tagImage(source: string, targets: readonly string[]): NodeCommand {
  return ['ctr', '-n', 'k8s.io', 'images', 'tag', '--force', source, ...targets];
}

/** Removes image names (the content stays while another name holds it). */
export function untagImage(refs: readonly string[]): NodeCommand {
  return script('for r in "$@"; do ctr -n k8s.io images rm "$r" >/dev/null 2>&1; done; true', ...refs);
}

export function hasCrictl(): NodeCommand {
  return ['sh', '-c', 'command -v crictl >/dev/null'];
}

/** Reads the scripts' log from byte `offset` on (`tail -c +N` counts from 1). */
export function readFrom(path: string, offset: number): NodeCommand {
  return script('[ -f "$1" ] && tail -c +"$2" "$1"; true', path, String(offset + 1));
}

export function removeDirectory(path: string): NodeCommand {
  return ['rm', '-rf', '--', path];
}
