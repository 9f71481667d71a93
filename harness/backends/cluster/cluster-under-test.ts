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
