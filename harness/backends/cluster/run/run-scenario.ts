import { setTimeout as sleep } from 'node:timers/promises';
import { podContainers } from '../../../../specs/model/container-role.js';
import type { Scenario } from '../../../../specs/model/scenario.js';
import type { Trace, TraceOptions } from '../../../../specs/model/trace.js';
import type { TraceEvent } from '../../../../specs/model/trace-event.js';
import { FaultInjector } from '../inject/fault-injector.js';
import { ImageAvailability } from '../inject/image-availability.js';
import { apiFailure } from '../inject/api-failure.js';
import { assembleTrace } from '../observe/assemble-trace.js';
import { ListWatch } from '../observe/list-watch.js';
import { clusterObserves } from '../observe/observes.js';
import { ScenarioClock } from '../observe/scenario-clock.js';
import { parseScriptLog } from '../observe/script-log-line.js';
import { ScriptLogReader } from '../observe/script-log-reader.js';
import { v1PodIdentity, type PodMappingContext } from '../observe/v1-pod-to-snapshot.js';
import { scenarioImageOf } from '../translate/image-plan.js';
import { SCRIPT_LOG_FILE } from '../translate/script-log-format.js';
import { translateScenario } from '../translate/translate-scenario.js';
import type { ResolvedClusterBackendOptions } from './cluster-backend-options.js';
import { ClusterRunError } from './cluster-run-error.js';
import type { ClusterSession } from './cluster-session.js';
import { STATE_ROOT } from './cluster-session.js';
import { needsExclusiveNode } from './cluster-support.js';
import { FaultTimeline } from './fault-timeline.js';
import { ObservationRecorder } from './observation-recorder.js';
import { PodRejectedError } from './pod-rejected-error.js';
import { restoreNode } from './restore-node.js';
import { NodeContainerWatch } from './node-container-watch.js';
import { observationSettled } from './observation-settled.js';
import { writeEvidence } from './write-evidence.js';
import { ScenarioInterruptedError } from './scenario-interrupted-error.js';
import { createScenarioNamespace, deleteScenarioNamespace } from './scenario-namespace.js';
import { removeDirectory } from '../inject/node-scripts.js';

export interface ScenarioRunContext {
  session: ClusterSession;
  options: ResolvedClusterBackendOptions;
  backendName: string;
  timings: TraceOptions;
}

/** Measured per run, for the report and the benchmark. */
export interface RunFigures {
  /** From the create request to the first snapshot the watch delivered, ms. */
  createToFirstSnapshotMs: number | undefined;
  /** Wall time of the whole run, set-up and clean-up included, ms. */
  wallMs: number;
  /** Waiting for the node lock, ms. */
  lockWaitMs: number;
  /** From holding the lock to the create request (namespace, its ServiceAccount, image tags, watches), ms. */
  setupMs: number;
  /** From the end of observation to the trace (restoring the node, deleting the namespace), ms. */
  cleanupMs: number;
  /** How long the pod was observed, ms of trace time. */
  observedMs: number;
}

/**
 * Runs one scenario on the cluster, in a namespace of its own, and returns what was
 * observed as a Trace. Everything created is removed before it returns (or, if
 * clean-up times out, when the session closes).
 */
export async function runScenario(scenario: Scenario, ctx: ScenarioRunContext, signal?: AbortSignal, figures?: (f: RunFigures) => void): Promise<Trace> {
  const began = Date.now();
  const { session, options } = ctx;
  const node = session.cluster.node;
  const namespace = session.newNamespace();
  const stateDir = node.available ? `${STATE_ROOT}/${namespace}` : undefined;
  const translated = translateScenario(scenario, { namespace, workloadImage: session.cluster.info.workloadImage, stateHostPath: stateDir, nodeName: session.nodeName });
  const podName = scenario.pod.metadata.name;
  const lease = await session.lock.acquire(needsExclusiveNode(scenario, session.crictl) ? 'exclusive' : 'shared', signal);
  const lockWaitMs = Date.now() - began;
  const recorder = new ObservationRecorder(podName);
  const injected: TraceEvent[] = [];
  const nodeFaults = scenario.faults.some((f) => f.type === 'NodeDown' || f.type === 'NodeUp' || f.type === 'NodeReboot');
  const availability = node.available ? new ImageAvailability(node, translated.images) : undefined;
  const logReader = stateDir ? new ScriptLogReader(node, `${stateDir}/${SCRIPT_LOG_FILE}`) : undefined;
  const watches: ListWatch[] = [];
  let clock: ScenarioClock | undefined;
  let stoppedOnNode: ReadonlyMap<string, number> = new Map();
  let timeline: FaultTimeline | undefined;
  let createdAt = 0;
  let endedAt: number | undefined;
  let endReason = 'horizon';
  const ctxOf = (c: ScenarioClock): PodMappingContext => ({ clock: c, scenarioImage: (ref) => scenarioImageOf(translated.images, ref) ?? ref });
  let failure: unknown;
  try {
    await createScenarioNamespace(session.api, namespace, session.namespaceLabels(), signal);
    if (node.available) {
      await session.ensureVariants(translated.images.variantRefs.slice(1));
      await availability!.prepare(scenario.faults.flatMap((f) => (f.type === 'ImagePullFailure' && f.at === 0 ? [f.container] : [])));
    }
    watches.push(new ListWatch({ kubeConfig: session.kubeConfig, path: `/api/v1/namespaces/${namespace}/pods`, fieldSelector: `metadata.name=${podName}`, table: true, onEvent: recorder.onPod, onProblem: recorder.onProblem }));
    watches.push(new ListWatch({ kubeConfig: session.kubeConfig, path: `/api/v1/namespaces/${namespace}/events`, onEvent: recorder.onEvent, onProblem: recorder.onProblem }));
    if (nodeFaults && session.nodeName) {
      watches.push(new ListWatch({ kubeConfig: session.kubeConfig, path: '/api/v1/nodes', fieldSelector: `metadata.name=${session.nodeName}`, onEvent: recorder.onNode, onProblem: recorder.onProblem }));
    }
    for (const w of watches) await w.start();
    createdAt = Date.now();
    const created = await session.api.createNamespacedPod({ namespace, body: translated.pod }).catch((error: unknown) => {
      const { code, message } = apiFailure(error);
      if (code === 422 || code === 400 || code === 403) throw new PodRejectedError(`scenario ${scenario.name}: the API server rejected the pod: ${message}`, { cause: error });
      throw error;
    });
    const identity = v1PodIdentity(created);
    const c = ScenarioClock.fromCreationTimestamp(identity.creationTimestamp);
    clock = c;
    const nodeWatch = new NodeContainerWatch(node, identity.uid, podContainers(scenario.pod).map((pc) => pc.name));
    stoppedOnNode = nodeWatch.stoppedAt;
    const injector = new FaultInjector({
      api: session.api, node, namespace, podName, podUid: identity.uid, scenario, images: translated.images,
      availability, crictl: session.crictl,
      record: (e) => injected.push(e),
      pendingDeletionGrace: () => {
        const latest = recorder.latest(ctxOf(c));
        return latest?.deletionTimestamp !== null && latest !== undefined ? latest.deletionGracePeriodSeconds : null;
      },
    });
    timeline = new FaultTimeline(scenario.faults, scenario.until, c, injector, (e) => injected.push(e));
    timeline.start();
    let quietSince: number | undefined;
    while (c.now() < scenario.until) {
      if (signal?.aborted) throw new ScenarioInterruptedError(`scenario ${scenario.name} interrupted`);
      if (timeline.error) throw new ClusterRunError(`scenario ${scenario.name}: a fault could not be carried out: ${(timeline.error as Error).message}`, { cause: timeline.error });
      await sleep(Math.min(options.scriptLogPollMs, scenario.until - c.now()), undefined, signal ? { signal } : {}).catch(() => undefined);
      await logReader?.read().catch((error: unknown) => recorder.onProblem(`reading the scripts' log: ${(error as Error).message}`));
      // Once the pod is gone from the API, only the node shows its containers stop.
      const containersOnNode = recorder.podRemoved ? await nodeWatch.poll(() => c.now()) : 'unknown';
      const quiet = observationSettled({ faultsDone: timeline.done, podRemoved: recorder.podRemoved, latest: recorder.latest(ctxOf(c)), containersOnNode });
      quietSince = quiet ? (quietSince ?? Date.now()) : undefined;
      if (quietSince !== undefined && Date.now() - quietSince >= options.settleMs) {
        endedAt = c.now();
        endReason = recorder.podRemoved ? 'the pod was removed and no fault was left' : 'the pod was terminal, nothing ran and no fault was left';
        break;
      }
    }
  } catch (error) {
    failure = error;
  }
  // Clean-up, bounded, whatever happened above.
  const observationEnded = Date.now();
  await timeline?.stop();
  await logReader?.read().catch(() => undefined);
  for (const w of watches) await w.stop();
  const cleanupProblems: string[] = [];
  if (nodeFaults && session.nodeName) {
    const trouble = await restoreNode(node, session.api, session.nodeName, options.cleanupTimeoutMs).catch((e: unknown) => (e as Error).message);
    if (trouble) cleanupProblems.push(trouble);
  }
  if (!options.keepNamespaces) {
    const gone = await deleteScenarioNamespace(session.api, namespace, podName, options.cleanupTimeoutMs).catch(() => false);
    if (gone) session.forget(namespace);
    else cleanupProblems.push(`namespace ${namespace} was not gone within ${options.cleanupTimeoutMs / 1000} s; it is removed when the backend closes`);
    await availability?.removeAll().catch((e: unknown) => cleanupProblems.push(`image tags: ${(e as Error).message}`));
    if (stateDir) await node.exec(removeDirectory(stateDir)).catch(() => undefined);
  }
  lease.release();
  if (failure) {
    if (signal?.aborted && !(failure instanceof ScenarioInterruptedError)) throw new ScenarioInterruptedError(`scenario ${scenario.name} interrupted`, { cause: failure });
    throw failure;
  }
  const finalClock = clock!;
  const mapping = ctxOf(finalClock);
  const observations = recorder.observations(mapping);
  const { lines, unreadable } = parseScriptLog(logReader?.content ?? '', finalClock);
  const problems = [...recorder.problems, ...cleanupProblems, ...(unreadable > 0 ? [`${unreadable} unreadable lines in the scripts' log`] : [])];
  const kubeEvents = recorder.kubeEvents(finalClock);
  await writeEvidence({ scenario: scenario.name, namespace, kubeEvents, scriptLog: logReader?.content ?? '', observations, problems }).catch(() => undefined);
  figures?.({
    createToFirstSnapshotMs: observations[0] ? finalClock.toEpochMs(observations[0].at) - createdAt : undefined,
    wallMs: Date.now() - began,
    lockWaitMs,
    setupMs: createdAt - began - lockWaitMs,
    cleanupMs: Date.now() - observationEnded,
    observedMs: endedAt ?? scenario.until,
  });
  return assembleTrace({
    scenario,
    backend: ctx.backendName,
    kubernetesVersion: session.cluster.info.kubernetesVersion,
    options: {
      ...ctx.timings,
      namespace,
      observes: clusterObserves(logReader !== undefined),
      observation: { endedAt: endedAt ?? scenario.until, endReason, createdAt: finalClock.fromEpochMs(createdAt), problems },
    },
    horizon: scenario.until,
    observations,
    podRemovedAt: recorder.podRemovedAt(finalClock),
    stoppedOnNode,
    lines,
    kubeEvents,
    injected,
    nodeEvents: recorder.nodeEvents(finalClock),
    scenarioImage: mapping.scenarioImage,
  });
}
