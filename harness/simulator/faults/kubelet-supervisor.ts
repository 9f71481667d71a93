import { Kubelet } from '../kubelet/kubelet.js';
import type { SimContext } from '../sim-context.js';

/**
 * The node's process supervisor: starts the kubelet, stops it (NodeDown: the heartbeat
 * stops too), and reboots the node (every process dies, the kubelet comes back with
 * empty memory, R2.5, R5.11).
 */
export class KubeletSupervisor {
  private kubelet: Kubelet | null = null;

  constructor(private readonly ctx: SimContext) {}

  startKubelet(): boolean {
    if (this.kubelet) return false;
    const kubelet = new Kubelet(this.ctx);
    this.kubelet = kubelet;
    this.ctx.api.watcher = (change) => kubelet.apiChanged(change);
    this.ctx.node.kubeletStarted();
    kubelet.start();
    return true;
  }

  stopKubelet(): boolean {
    if (!this.kubelet) return false;
    this.release();
    this.ctx.node.kubeletStopped();
    return true;
  }

  /** The kubelet process ends (a stop, a reboot, the end of the run): its memory is gone for good; a new one starts empty. */
  release(): void {
    this.kubelet?.release();
    this.kubelet = null;
    this.ctx.api.watcher = null;
  }

  reboot(): void {
    this.release();
    this.ctx.runtime.reboot();
    this.startKubelet();
  }
}
