import { hostname } from 'node:os';
import { dockerEngine } from './docker-engine.js';
import { isLeftover, processIsAlive, type SweepScope } from './leftover-policy.js';
import { LABELS, OWNER } from './podlife-labels.js';

/** Names of what a sweep removed, and of what it left because its owner is still running. */
export interface SweepResult {
  removed: { containers: string[]; networks: string[]; volumes: string[] };
  kept: number;
}

/**
 * Removes podlife's containers, volumes and networks: those of crashed runs
 * (`orphaned`, done at every cluster start), everything (`all`), or those of
 * one run (`{ runId }`, a cluster's own stop). Containers go first, since
 * they hold the volumes and networks.
 */
export async function sweepLeftovers(scope: SweepScope | { runId: string }): Promise<SweepResult> {
  const docker = (await dockerEngine()).container.dockerode;
  const filter = typeof scope === 'object'
    ? { label: [`${LABELS.owner}=${OWNER}`, `${LABELS.run}=${scope.runId}`] }
    : { label: [`${LABELS.owner}=${OWNER}`] };
  const here = { host: hostname(), isAlive: processIsAlive };
  const chosen = (labels: Record<string, string> | undefined) =>
    typeof scope === 'object' || isLeftover(labels, scope, here);
  const result: SweepResult = { removed: { containers: [], networks: [], volumes: [] }, kept: 0 };

  for (const c of await docker.listContainers({ all: true, filters: filter })) {
    if (!chosen(c.Labels)) { result.kept++; continue; }
    await ignoreMissing(docker.getContainer(c.Id).remove({ force: true, v: true }));
    result.removed.containers.push(c.Names[0]?.replace(/^\//, '') ?? c.Id);
  }
  const { Volumes: volumes } = await docker.listVolumes({ filters: filter });
  for (const v of volumes ?? []) {
    if (!chosen(v.Labels)) { result.kept++; continue; }
    await ignoreMissing(docker.getVolume(v.Name).remove());
    result.removed.volumes.push(v.Name);
  }
  for (const n of await docker.listNetworks({ filters: filter })) {
    if (!chosen(n.Labels)) { result.kept++; continue; }
    await ignoreMissing(docker.getNetwork(n.Id).remove());
    result.removed.networks.push(n.Name);
  }
  return result;
}

/** Another sweeper, or the owner's own stop, may have got there first. */
async function ignoreMissing(removal: Promise<unknown>): Promise<void> {
  try {
    await removal;
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== 404 && status !== 409) throw error;
  }
}
