import versions from '../../../node-image/versions.json' with { type: 'json' };

/**
 * Image names and versions, shared with the node image build
 * (node-image/versions.json) so the provider starts what the build made.
 */
export const NODE_IMAGE_VERSIONS: Readonly<{
  kubernetes: string;
  nodeImage: string;
  workloadImage: string;
  kindNodeImage: string;
  kindWorkloadImage: string;
}> = versions;
