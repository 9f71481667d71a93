import type { ContainerRuntimeClient } from 'testcontainers';
import { run, type NodeShell } from './node-shell.js';

/** How containerd names an image reference Docker would accept (`busybox:1.37` → `docker.io/library/busybox:1.37`). */
export function normalizeImageRef(ref: string): string {
  const [first, ...rest] = ref.split('/');
  const hasRegistry = rest.length > 0 && first !== undefined && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasRegistry) return ref;
  return rest.length === 0 ? `docker.io/library/${ref}` : `docker.io/${ref}`;
}

/**
 * Makes the workload image available on the node: already there (the offline
 * image preloads it), copied from the host's Docker when it has it, or else
 * left for the node to pull from its registry (kind in CI).
 */
export async function loadWorkloadImage(node: NodeShell, engine: ContainerRuntimeClient, image: string): Promise<'present' | 'loaded' | 'pull'> {
  const onNode = (await run(node, ['ctr', '--namespace=k8s.io', 'images', 'list', '--quiet'])).split('\n');
  if (onNode.includes(normalizeImageRef(image))) return 'present';
  const docker = engine.container.dockerode;
  const onHost = await docker.getImage(image).inspect().then(() => true, () => false);
  if (!onHost) return 'pull';
  const chunks: Buffer[] = [];
  for await (const chunk of await docker.getImage(image).get()) chunks.push(chunk as Buffer);
  const archive = '/kind/podlife-workload-image.tar';
  await node.writeFile(archive, Buffer.concat(chunks));
  await run(node, ['ctr', '--namespace=k8s.io', 'images', 'import', '--digests', archive]);
  await run(node, ['rm', '-f', archive]);
  return 'loaded';
}
