import { PROVIDER_NAMES, type ProviderName } from './cluster-provider.js';

/**
 * Which provider the cluster tests start: `local` (the offline image) unless
 * PODLIFE_TEST_PROVIDER says otherwise (nightly CI sets `kind`).
 */
export function providerUnderTest(env: NodeJS.ProcessEnv = process.env): ProviderName {
  const name = env.PODLIFE_TEST_PROVIDER ?? 'local';
  if (!(PROVIDER_NAMES as readonly string[]).includes(name)) {
    throw new Error(`PODLIFE_TEST_PROVIDER must be one of ${PROVIDER_NAMES.join(', ')}, got "${name}"`);
  }
  return name as ProviderName;
}

/**
 * Cluster tests need Docker and minutes; `npm run test:cluster` opts in by
 * setting PODLIFE_CLUSTER_TESTS=1, so a bare `vitest run` (which runs every
 * project) skips them instead of failing on a machine without Docker.
 */
export const clusterTestsEnabled = process.env.PODLIFE_CLUSTER_TESTS === '1';
