import { parse, stringify } from 'yaml';

interface Named<T> { name: string; [key: string]: unknown; cluster?: T; context?: T; user?: T }
interface RawKubeconfig {
  clusters?: Named<{ server?: string }>[];
  contexts?: Named<{ cluster?: string; user?: string }>[];
  users?: Named<unknown>[];
  'current-context'?: string;
  [key: string]: unknown;
}

/**
 * Points kubeadm's admin kubeconfig at the address the host reaches the API
 * server on, and names its cluster, user and context after the run, so that
 * several podlife clusters can sit in one merged kubeconfig.
 */
export function rewriteKubeconfig(adminConf: string, server: string, name: string): string {
  const config = parse(adminConf) as RawKubeconfig;
  const [cluster] = config.clusters ?? [];
  const [user] = config.users ?? [];
  const [context] = config.contexts ?? [];
  if (!cluster?.cluster || !user || !context?.context) throw new Error('kubeadm wrote an admin kubeconfig without a cluster, user or context');
  cluster.name = name;
  cluster.cluster.server = server;
  user.name = `${name}-admin`;
  context.name = name;
  context.context.cluster = name;
  context.context.user = `${name}-admin`;
  config['current-context'] = name;
  return stringify(config);
}
