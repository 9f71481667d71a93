import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';
import { ApiRequestError } from './api-request-error.js';

/** Ask the API server for its own Table printing (kube-apiserver's printPod, R11). */
export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io';

export interface ApiGet {
  path: string;
  query?: Record<string, string | undefined>;
  accept?: string;
  signal?: AbortSignal;
}

/**
 * A GET against the API server with headers the generated client cannot set (Table
 * printing) and with the response as a stream (watches). Authentication comes from
 * the kubeconfig, as the client library applies it.
 */
async function open(kubeConfig: KubeConfig, get: ApiGet): Promise<IncomingMessage> {
  const server = kubeConfig.getCurrentCluster()?.server;
  if (!server) throw new ApiRequestError(get.path, undefined, 'the kubeconfig has no current cluster');
  const url = new URL(server.replace(/\/$/, '') + get.path);
  for (const [k, v] of Object.entries(get.query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
  const options: RequestOptions = {};
  await kubeConfig.applyToHTTPSOptions(options);
  const headers = { ...(options.headers as Record<string, string> | undefined), Accept: get.accept ?? 'application/json' };
  const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { ...options, method: 'GET', headers, ...(get.signal ? { signal: get.signal } : {}) }, resolve);
    req.on('error', (cause) => reject(new ApiRequestError(get.path, undefined, cause.message, { cause })));
    req.end();
  });
}

export async function getJson<T>(kubeConfig: KubeConfig, get: ApiGet): Promise<T> {
  const res = await open(kubeConfig, get);
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  if (res.statusCode !== 200) throw new ApiRequestError(get.path, res.statusCode, body.slice(0, 500));
  return JSON.parse(body) as T;
}

/**
 * Streams newline-delimited JSON (a watch) to `onObject` until the server ends it
 * (resolves) or the request fails (rejects); aborting the signal ends it quietly.
 */
export async function streamJson(kubeConfig: KubeConfig, get: ApiGet, onObject: (value: unknown) => void): Promise<void> {
  let res: IncomingMessage;
  try {
    res = await open(kubeConfig, get);
  } catch (error) {
    if (get.signal?.aborted) return;
    throw error;
  }
  if (res.statusCode !== 200) {
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    throw new ApiRequestError(get.path, res.statusCode, Buffer.concat(chunks).toString('utf8').slice(0, 500));
  }
  res.setEncoding('utf8');
  let buffer = '';
  try {
    for await (const chunk of res) {
      buffer += chunk as string;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (line) onObject(JSON.parse(line));
      }
    }
  } catch (error) {
    if (get.signal?.aborted) return;
    throw new ApiRequestError(get.path, 200, `the watch broke: ${(error as Error).message}`, { cause: error });
  }
}
