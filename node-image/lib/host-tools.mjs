import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { $, which } from 'zx';
import { BuildError } from './step.mjs';

const has = async (command) => Boolean(await which(command, { nothrow: true }));

let aptUpdated = false;
async function aptInstall(...packages) {
  if (process.getuid?.() !== 0 || !(await has('apt-get'))) {
    throw new BuildError(`missing ${packages.join(', ')}: install ${packages.length > 1 ? 'them' : 'it'} with your package manager and run again`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) await $({ env })`apt-get update -qq`;
  aptUpdated = true;
  await $({ env })`apt-get install -y -qq ${packages}`;
}

const dockerAnswers = async () => (await $({ nothrow: true, timeout: '20s' })`docker version --format {{.Server.Version}}`).ok;

/**
 * Makes sure a Docker engine answers. Hosts without systemd (CI sandboxes,
 * this kind of VM) get Debian's docker.io and a dockerd started in the
 * background, logging next to the build cache.
 */
export async function ensureDocker(cacheDir) {
  if ((await has('docker')) && (await dockerAnswers())) return 'running';
  if (process.env.DOCKER_HOST) {
    throw new BuildError(`Docker at DOCKER_HOST=${process.env.DOCKER_HOST} does not answer`);
  }
  if (!(await has('docker')) || !(await has('dockerd'))) await aptInstall('docker.io');
  if (await dockerAnswers()) return 'running';
  if (process.getuid?.() !== 0) {
    throw new BuildError('Docker is not running and only root can start it: start dockerd (or Docker Desktop) and run again');
  }
  mkdirSync(cacheDir, { recursive: true });
  const logFile = path.join(cacheDir, 'dockerd.log');
  const log = openSync(logFile, 'a');
  spawn('dockerd', [], { detached: true, stdio: ['ignore', log, log] }).unref();
  for (let i = 0; i < 60; i++) {
    if (await dockerAnswers()) return `started dockerd, log: ${logFile}`;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new BuildError(`dockerd did not answer within 60s; see ${logFile}`);
}

export async function ensureDebootstrap() {
  if (!(await has('debootstrap'))) await aptInstall('debootstrap');
  return 'present';
}

/**
 * Kubernetes 1.34 needs Go 1.24; any Go from 1.21 on fetches that toolchain
 * itself from the module proxy (GOTOOLCHAIN=auto), so 1.21 is the floor here.
 */
export async function ensureGo() {
  if (!(await has('go'))) {
    throw new BuildError('Go is not installed: install Go 1.24 or newer (https://go.dev/dl) and run again');
  }
  const version = (await $`go env GOVERSION`).stdout.trim();
  const [major, minor] = version.replace(/^go/, '').split('.').map(Number);
  if (major !== 1 || minor < 21) {
    throw new BuildError(`${version} is too old to build Kubernetes: install Go 1.24 or newer`);
  }
  return version;
}
