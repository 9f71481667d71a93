import { describe, expect, it, vi } from 'vitest';

vi.mock('testcontainers', () => ({
  getContainerRuntimeClient: () => Promise.reject(new Error('Could not find a working container runtime strategy')),
}));

describe('dockerEngine', () => {
  it('turns a missing Docker engine into an error that says what to do', async () => {
    const { dockerEngine } = await import('./docker-engine.js');
    const error = await dockerEngine().catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'DOCKER_UNAVAILABLE',
      message: expect.stringMatching(/^Docker is not running: start dockerd .* `npm run cluster:image`/),
      cause: expect.objectContaining({ message: 'Could not find a working container runtime strategy' }),
    });
  });
});
