/** R1.1: the five values of `status.phase`; `Unknown` is deprecated and set by no component. */
export const POD_PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'] as const;
export type PodPhase = (typeof POD_PHASES)[number];

export const TERMINAL_PHASES = ['Succeeded', 'Failed'] as const satisfies readonly PodPhase[];
export type TerminalPhase = (typeof TERMINAL_PHASES)[number];

export function isTerminalPhase(phase: PodPhase): phase is TerminalPhase {
  return phase === 'Succeeded' || phase === 'Failed';
}
