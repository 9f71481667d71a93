import { describe, expect, it } from 'vitest';
import { resolveClusterOptions } from './cluster-options.js';
import { NODE_IMAGE_VERSIONS } from './node-image-versions.js';

describe('resolveClusterOptions', () => {
  it('starts the offline image by default', () => {
    expect(resolveClusterOptions({}, {})).toMatchObject({
      provider: 'local', image: NODE_IMAGE_VERSIONS.nodeImage, workloadImage: NODE_IMAGE_VERSIONS.workloadImage,
    });
  });

  it('uses kindest/node and the public busybox for kind, overridable from the environment', () => {
    expect(resolveClusterOptions({ provider: 'kind' }, {})).toMatchObject({
      image: NODE_IMAGE_VERSIONS.kindNodeImage, workloadImage: NODE_IMAGE_VERSIONS.kindWorkloadImage,
    });
    expect(resolveClusterOptions({ provider: 'kind' }, { PODLIFE_KIND_IMAGE: 'kindest/node:v1.35.0' }).image).toBe('kindest/node:v1.35.0');
  });

  it('means an existing cluster when given a kubeconfig or context', () => {
    expect(resolveClusterOptions({ kubeconfig: '/k', context: 'c' }, {})).toMatchObject({
      provider: 'kubeconfig', image: undefined, kubeconfig: '/k', context: 'c',
    });
  });
});
