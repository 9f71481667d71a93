import type { Millis } from './time.js';

/** The v1 ContainerState: exactly one of the three members is set (or none, for an empty lastState). */
export interface ContainerStateWaiting {
  reason: string;
  message?: string;
}
export interface ContainerStateRunning {
  startedAt: Millis;
}
export interface ContainerStateTerminated {
  exitCode: number;
  reason: string;
  message?: string;
  signal?: number;
  startedAt: Millis | null;
  finishedAt: Millis | null;
}
export interface ContainerState {
  waiting?: ContainerStateWaiting;
  running?: ContainerStateRunning;
  terminated?: ContainerStateTerminated;
}

export const CONTAINER_STATE_KINDS = ['waiting', 'running', 'terminated'] as const;
export type ContainerStateKind = (typeof CONTAINER_STATE_KINDS)[number];

/** Which member of a ContainerState is set; `none` for an empty lastState. */
export function stateKind(state: ContainerState): ContainerStateKind | 'none' {
  if (state.running) return 'running';
  if (state.terminated) return 'terminated';
  if (state.waiting) return 'waiting';
  return 'none';
}
