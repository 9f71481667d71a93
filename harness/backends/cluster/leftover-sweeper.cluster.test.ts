import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { resolveClusterOptions } from './cluster-options.js';
import { clusterTestsEnabled, providerUnderTest } from './cluster-under-test.js';
import { dockerEngine } from './docker-engine.js';
import { sweepLeftovers } from './leftover-sweeper.js';
import { LABELS, newRunIdentity, OWNER, runLabels } from './podlife-labels.js';

async function resourcesOfRun(runId: string): Promise<string[]> {
  const docker = (await dockerEngine()).container.dockerode;
  const filters = { label: [`${LABELS.owner}=${OWNER}`, `${LABELS.run}=${runId}`] };
  return [
    ...(await docker.listContainers({ all: true, filters })).map((c) => `container ${c.Names[0]}`),
    ...(await docker.listNetworks({ filters })).map((n) => `network ${n.Name}`),
    ...((await docker.listVolumes({ filters })).Volumes ?? []).map((v) => `volume ${v.Name}`),
  ];
}

describe.runIf(clusterTestsEnabled)('leftovers of crashed runs', () => {
  it('are removed by the next sweep, while a live run keeps its own', async () => {
    const crashed = newRunIdentity().runId;
    const image = resolveClusterOptions({ provider: providerUnderTest() === 'kind' ? 'kind' : 'local' }).image ?? '';
    // A child shell creates what a cluster start creates, labelled with its own
    // pid, then dies by SIGKILL: no dispose, no signal handler, as in a crash.
    const child = spawnSync('sh', ['-c', [
      `labels="--label ${LABELS.owner}=${OWNER} --label ${LABELS.run}=$RUN --label ${LABELS.pid}=$$ --label ${LABELS.host}=$HOST"`,
      'docker network create $labels podlife-$RUN >/dev/null',
      'docker volume create $labels podlife-$RUN-var >/dev/null',
      'docker create $labels --name podlife-$RUN --network podlife-$RUN -v podlife-$RUN-var:/var --entrypoint true $IMAGE >/dev/null',
      'kill -9 $$',
    ].join('\n')], { env: { ...process.env, RUN: crashed, HOST: hostname(), IMAGE: image }, encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(await resourcesOfRun(crashed)).toHaveLength(3);

    const live = newRunIdentity();
    const docker = (await dockerEngine()).container.dockerode;
    await docker.createVolume({ Name: `podlife-${live.runId}-var`, Labels: runLabels(live, 'local') });

    const swept = await sweepLeftovers('orphaned');
    expect(swept.removed.containers).toContain(`podlife-${crashed}`);
    expect(await resourcesOfRun(crashed)).toEqual([]);
    expect(await resourcesOfRun(live.runId)).toEqual([`volume podlife-${live.runId}-var`]);

    await sweepLeftovers({ runId: live.runId });
    expect(await resourcesOfRun(live.runId)).toEqual([]);
  });
});
