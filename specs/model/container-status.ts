import type { ContainerState } from './container-state.js';

/** The v1 ContainerStatus fields podlife observes. */
export interface ContainerStatus {
  name: string;
  image: string;
  state: ContainerState;
  /** `lastState` in v1: only the immediately preceding instance (R4.7); `{}` when there is none. */
  lastState: ContainerState;
  ready: boolean;
  started: boolean;
  restartCount: number;
  /** The runtime's id of the instance in `state` (v1 `containerID`), when there is one. */
  containerID?: string;
}
