import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDirectory } from '../../../io/ensure-directory.js';
import type { KubeEventOccurrence } from '../observe/kube-event.js';
import type { PodObservation } from '../observe/pod-observation.js';

export interface RunEvidence {
  scenario: string;
  namespace: string;
  kubeEvents: readonly KubeEventOccurrence[];
  scriptLog: string;
  observations: readonly PodObservation[];
  problems: readonly string[];
}

/**
 * What a run saw before it became a Trace — the kubelet's Events with their messages,
 * the scripts' raw log, every status — for checking the backend's derivations by hand.
 * Written only when PODLIFE_CLUSTER_EVIDENCE_DIR names a directory.
 */
export async function writeEvidence(evidence: RunEvidence, dir = process.env.PODLIFE_CLUSTER_EVIDENCE_DIR): Promise<void> {
  if (!dir) return;
  await ensureDirectory(dir);
  await writeFile(join(dir, `${evidence.scenario}.${evidence.namespace}.json`), `${JSON.stringify(evidence, null, 1)}\n`);
}
