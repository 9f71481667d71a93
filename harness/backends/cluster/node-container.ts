import { existsSync } from 'node:fs';
import type { HostConfig } from 'dockerode';
import { GenericContainer, Wait } from 'testcontainers';

export interface NodeContainerOptions {
  image: string;
  /** Container name, hostname and so Kubernetes node name. */
  name: string;
  labels: Record<string, string>;
  network: string;
  /** A named volume for /var: containerd's overlayfs cannot nest in the container's own overlayfs root. */
  varVolume: string;
  /** Capabilities this host withholds; when any, the node runs with all the others instead of --privileged. */
  withheldCapabilities: readonly string[];
  startupTimeoutMs: number;
}

export const API_SERVER_PORT = 6443;

/**
 * A Kubernetes node as a container, set up as kind sets up its nodes:
 * privileged, its own cgroup namespace, tmpfs /run and /tmp for systemd,
 * /var on a volume, stopped with systemd's halt signal. Ready when systemd
 * runs containerd; Kubernetes itself is bootstrapped afterwards.
 */
export class NodeContainer extends GenericContainer {
  constructor(options: NodeContainerOptions) {
    super(options.image);
    const scratch = 'rw,exec,nosuid,nodev';
    this.withName(options.name)
      .withHostname(options.name)
      .withLabels(options.labels)
      .withNetworkMode(options.network)
      .withTmpFs({ '/tmp': scratch, '/run': scratch })
      .withExposedPorts(API_SERVER_PORT)
      .withEnvironment({ KUBECONFIG: '/etc/kubernetes/admin.conf' })
      .withWaitStrategy(Wait.forSuccessfulCommand('systemctl is-active --quiet containerd && ctr version >/dev/null 2>&1'))
      .withStartupTimeout(options.startupTimeoutMs);
    if (existsSync('/lib/modules')) this.withBindMounts([{ source: '/lib/modules', target: '/lib/modules', mode: 'ro' }]);
    this.createOpts.StopSignal = 'SIGRTMIN+3';
    Object.assign(this.hostConfig, nodeHostConfig(options));
  }
}

/** The privileged part of the host config, or its equivalent without the withheld capabilities. */
export function nodeHostConfig(options: Pick<NodeContainerOptions, 'varVolume' | 'withheldCapabilities'>): HostConfig & { CgroupnsMode: string } {
  const common = {
    // The entrypoint relies on "/" being this container's cgroup (cgroup v1 hosts default to the host's).
    CgroupnsMode: 'private',
    Mounts: [{ Type: 'volume' as const, Source: options.varVolume, Target: '/var' }],
  };
  if (options.withheldCapabilities.length === 0) {
    return { ...common, Privileged: true, SecurityOpt: ['seccomp=unconfined', 'apparmor=unconfined'] };
  }
  return {
    ...common,
    CapAdd: ['ALL'],
    CapDrop: [...options.withheldCapabilities],
    // What --privileged would also have given: no seccomp/AppArmor, writable /proc/sys
    // (the kubelet sets sysctls), any device, and the kernel log for the kubelet's OOM watcher.
    SecurityOpt: ['seccomp=unconfined', 'apparmor=unconfined'],
    MaskedPaths: [],
    ReadonlyPaths: [],
    DeviceCgroupRules: ['a *:* rwm'],
    Devices: [{ PathOnHost: '/dev/kmsg', PathInContainer: '/dev/kmsg', CgroupPermissions: 'rwm' }],
  };
}
