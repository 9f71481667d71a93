import type { Millis } from './time.js';

export const CONDITION_STATUSES = ['True', 'False', 'Unknown'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

/** R6.1: the condition types the kubelet owns, plus the shared DisruptionTarget. */
export const POD_CONDITION_TYPES = [
  'PodReadyToStartContainers',
  'Initialized',
  'Ready',
  'ContainersReady',
  'PodScheduled',
  'DisruptionTarget',
] as const;
export type PodConditionType = (typeof POD_CONDITION_TYPES)[number];

export interface PodCondition {
  /** A PodConditionType, or a readiness-gate condition type owned by someone else. */
  type: string;
  status: ConditionStatus;
  reason?: string;
  message?: string;
  lastTransitionTime: Millis;
}

export function findCondition(conditions: readonly PodCondition[], type: string): PodCondition | undefined {
  return conditions.find((c) => c.type === type);
}
