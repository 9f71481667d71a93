import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import { isTerminalPhase, type PodPhase } from '../../../specs/model/pod-phase.js';
import type { RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import type { KubeletRules } from '../rules/kubelet-rules.js';
import { convertContainerStatuses, type Conversion, type ContainerStatusSources } from '../status/container-statuses.js';
import { initializedCondition, NotMetConditions, readyCondition, type GeneratedCondition } from '../status/pod-conditions.js';
import type { GeneratedPodStatus } from '../status/status-manager.js';
import { containerEquals } from '../control-plane/status-equals.js';
import { podSandboxChanged } from './pod-sandbox-changed.js';
import type { Kubelet } from './kubelet.js';
import { pastActiveDeadline } from './active-deadline.js';
import { clearList } from '../engine/clear-list.js';

/** R5.10 — active_deadline.go `ShouldEvict` */
export const DEADLINE_REASON = 'DeadlineExceeded';
export const DEADLINE_MESSAGE = 'Pod was active on the node longer than the specified deadline';

const SANDBOX_READY: GeneratedCondition = { type: 'PodReadyToStartContainers', status: 'True', reason: undefined, message: undefined };
const SANDBOX_NOT_READY: GeneratedCondition = { type: 'PodReadyToStartContainers', status: 'False', reason: undefined, message: undefined };
const SCHEDULED: GeneratedCondition = { type: 'PodScheduled', status: 'True', reason: undefined, message: undefined };

/**
 * What generateAPIPodStatus worked out last, and from what. Every step below is a pure
 * function of its inputs (the kubelet's rules included, mutants' too), and statuses are
 * never changed, so unchanged inputs — compared by identity — give last time's answer.
 */
export class StatusGenerationCache {
  /** The not-met conditions made for the pod (its spec's container names never change). */
  readonly notMet = new NotMetConditions();
  readonly initConversions: Conversion[] = [];
  readonly conversions: Conversion[] = [];
  /** The lists statuses are converted and filled into (never handed on: see `published`). */
  readonly initScratch: ContainerStatus[] = [];
  readonly scratch: ContainerStatus[] = [];
  /** What the conversions read, filled in afresh by each generation (only the conversions read it). */
  readonly sources: ContainerStatusSources = { spec: null!, runtime: null!, hasInitContainers: false, deleting: false, reasons: null!, reasonsVersion: -1 };
  /** allStatuses: the lists it joined (null: none yet), and the joined list. */
  private allFromInit: ContainerStatus[] | null = null;
  private allFromRegular: ContainerStatus[] | null = null;
  private all: ContainerStatus[] = [];
  /** phaseOf: what getPhase read (null lists: nothing yet), and its answer. */
  private phaseFromInit: ContainerStatus[] | null = null;
  private phaseFromRegular: ContainerStatus[] | null = null;
  private phaseFromTerminal = false;
  private phaseFromInitialized = false;
  private phase: PodPhase = 'Pending';
  /** conditionsOf: what the condition generators read (null: nothing yet), and the conditions. */
  private conditionsFromAll: ContainerStatus[] | null = null;
  private conditionsFromPhase: PodPhase = 'Pending';
  private conditionsFromSandboxChanged = false;
  private conditionsFromGates: readonly PodCondition[] | null = null;
  private conditions: GeneratedCondition[] = [];

  /** Forgets everything (the kubelet is gone). */
  release(): void {
    this.notMet.made.clear();
    clearList(this.initConversions);
    clearList(this.conversions);
    clearList(this.initScratch);
    clearList(this.scratch);
    const sources = this.sources;
    sources.spec = null!;
    sources.runtime = null!;
    sources.reasons = null!;
    this.allFromInit = this.allFromRegular = null;
    this.all = [];
    this.phaseFromInit = this.phaseFromRegular = null;
    this.conditionsFromAll = null;
    this.conditionsFromGates = null;
    this.conditions = [];
  }

  /** Both lists, init containers first (the `allContainerStatuses` the condition generators read). */
  allStatuses(initStatuses: ContainerStatus[], statuses: ContainerStatus[]): ContainerStatus[] {
    if (this.allFromInit !== initStatuses || this.allFromRegular !== statuses) {
      const all: ContainerStatus[] = [];
      for (let i = 0; i < initStatuses.length; i++) all.push(initStatuses[i]!);
      for (let i = 0; i < statuses.length; i++) all.push(statuses[i]!);
      this.allFromInit = initStatuses;
      this.allFromRegular = statuses;
      this.all = all;
    }
    return this.all;
  }

  phaseOf(rules: KubeletRules, spec: PodSpec, initStatuses: ContainerStatus[], statuses: ContainerStatus[], podIsTerminal: boolean, podHasInitialized: boolean): PodPhase {
    if (
      this.phaseFromInit !== initStatuses ||
      this.phaseFromRegular !== statuses ||
      this.phaseFromTerminal !== podIsTerminal ||
      this.phaseFromInitialized !== podHasInitialized
    ) {
      this.phase = rules.getPhase(spec, initStatuses, statuses, podIsTerminal, podHasInitialized);
      this.phaseFromInit = initStatuses;
      this.phaseFromRegular = statuses;
      this.phaseFromTerminal = podIsTerminal;
      this.phaseFromInitialized = podHasInitialized;
    }
    return this.phase;
  }

  /** The kubelet's conditions, in its order (kubelet_pods.go generateAPIPodStatus). */
  conditionsOf(rules: KubeletRules, spec: PodSpec, all: ContainerStatus[], phase: PodPhase, sandboxChanged: boolean, apiConditions: readonly PodCondition[]): GeneratedCondition[] {
    // GeneratePodReadyCondition reads the API's conditions only for the pod's readiness gates.
    const gates = spec.readinessGates !== undefined && spec.readinessGates.length > 0 ? apiConditions : null;
    if (this.conditionsFromAll !== all || this.conditionsFromPhase !== phase || this.conditionsFromSandboxChanged !== sandboxChanged || this.conditionsFromGates !== gates) {
      const containersReady = rules.containersReadyCondition(spec, all, phase, this.notMet);
      this.conditions = [
        sandboxChanged ? SANDBOX_NOT_READY : SANDBOX_READY,
        initializedCondition(spec, all, phase, this.notMet),
        readyCondition(spec, apiConditions, containersReady),
        containersReady,
        SCHEDULED,
      ];
      this.conditionsFromAll = all;
      this.conditionsFromPhase = phase;
      this.conditionsFromSandboxChanged = sandboxChanged;
      this.conditionsFromGates = gates;
    }
    return this.conditions;
  }
}

/**
 * R1.3–R1.5, R5.10, R6.* — pkg/kubelet/kubelet_pods.go `generateAPIPodStatus`: container
 * statuses, phase (a terminal phase once seen stays), the active deadline, and the
 * kubelet's conditions in its order.
 */
export function generateApiPodStatus(k: Kubelet, runtime: RuntimePodStatus, podIsTerminal: boolean): GeneratedPodStatus {
  const { api } = k.ctx;
  const spec = api.spec;
  const cache = k.statusGeneration;
  const old = k.statusManager.status();
  const inits = spec.initContainers ?? [];
  const sources = cache.sources;
  sources.spec = spec;
  sources.runtime = runtime;
  sources.hasInitContainers = inits.length > 0;
  sources.deleting = api.deletionTimestamp !== null;
  sources.reasons = k.reasonCache.view;
  sources.reasonsVersion = k.reasonCache.version;
  convertContainerStatuses(sources, inits, true, old.initContainerStatuses, cache.initConversions, cache.initScratch);
  convertContainerStatuses(sources, spec.containers, false, old.containerStatuses, cache.conversions, cache.scratch);
  k.prober.updatePodStatus(spec, cache.initScratch, cache.scratch);
  const initContainerStatuses = published(cache.initScratch, old.initContainerStatuses, cache.initConversions);
  const containerStatuses = published(cache.scratch, old.containerStatuses, cache.conversions);

  const rules = k.ctx.rules;
  const generated = cache.phaseOf(rules, spec, initContainerStatuses, containerStatuses, podIsTerminal, hasRegularContainerInNewestSandbox(spec, runtime));
  let phase = rules.keepTerminalPhase(generated, old.phase, api.status.phase);
  let reason: string | undefined;
  let message: string | undefined;
  if (phase === old.phase) {
    reason = old.reason || api.status.reason || undefined;
    message = old.message || api.status.message || undefined;
  }
  if (pastActiveDeadline(spec, old.startTime, k.ctx.scheduler.now) && (rules.deadlineIsSticky || !isTerminalPhase(old.phase))) {
    phase = 'Failed';
    reason = DEADLINE_REASON;
    message = DEADLINE_MESSAGE;
  }
  // R1.4: "Pod attempted illegal phase transition" — the API's terminal phase wins, even over an eviction.
  if (rules.apiTerminalPhaseIsFinal && isTerminalPhase(api.status.phase) && phase !== api.status.phase) phase = api.status.phase;

  const all = cache.allStatuses(initContainerStatuses, containerStatuses);
  const conditions = cache.conditionsOf(rules, spec, all, phase, podSandboxChanged(runtime).changed, api.status.conditions);
  return { phase, conditions, initContainerStatuses, containerStatuses, qosClass: api.status.qosClass, startTime: old.startTime, reason, message };
}

/** HasAnyActiveRegularContainerStarted: a regular container has a record in the newest sandbox (once per runtime status). */
function hasRegularContainerInNewestSandbox(spec: PodSpec, runtime: RuntimePodStatus): boolean {
  return (runtime.regularContainerInNewestSandbox ??= regularContainerInNewestSandbox(spec, runtime));
}

function regularContainerInNewestSandbox(spec: PodSpec, runtime: RuntimePodStatus): boolean {
  const sandbox = runtime.sandboxes[0];
  if (sandbox === undefined) return false;
  for (const c of spec.containers) {
    const records = runtime.byName.get(c.name);
    if (records === undefined) continue;
    for (const r of records) if (r.sandbox === sandbox.attempt) return true;
  }
  return false;
}

/**
 * The list to hand on. A status equal to the one the last status has at its place is that very
 * object, and becomes the conversion's answer from now on (the prober sets both flags of
 * whatever it is given, so that is the same answer); a list of the very same statuses is the
 * last status's own list. Later comparisons are then by identity.
 */
function published(scratch: ContainerStatus[], last: ContainerStatus[], conversions: Conversion[]): ContainerStatus[] {
  if (scratch.length !== last.length) return scratch.slice();
  let same = true;
  for (let i = 0; i < scratch.length; i++) {
    const mine = scratch[i]!;
    const theirs = last[i]!;
    if (mine === theirs) continue;
    if (containerEquals(mine, theirs)) {
      scratch[i] = theirs;
      conversions[i]!.status = theirs;
    } else {
      same = false;
    }
  }
  return same ? last : scratch.slice();
}
