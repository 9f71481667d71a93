import { getContainerRuntimeClient, type ContainerRuntimeClient } from 'testcontainers';
import { DockerUnavailableError } from './docker-unavailable-error.js';

/**
 * The Docker engine, through testcontainers. Its reaper (Ryuk) is an image
 * pulled from a registry, which offline machines cannot reach; podlife labels
 * and removes its own resources instead (see sweepLeftovers). An explicit
 * TESTCONTAINERS_RYUK_DISABLED=false from the user still wins.
 */
export async function dockerEngine(): Promise<ContainerRuntimeClient> {
  process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';
  try {
    return await getContainerRuntimeClient();
  } catch (cause) {
    throw new DockerUnavailableError({ cause });
  }
}
