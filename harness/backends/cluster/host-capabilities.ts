import { readFileSync } from 'node:fs';

/** Linux capability names by number (linux/capability.h). */
const CAPABILITIES = [
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP',
  'LINUX_IMMUTABLE', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW', 'IPC_LOCK', 'IPC_OWNER',
  'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE',
  'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'LEASE', 'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP',
  'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF',
  'CHECKPOINT_RESTORE',
] as const;

/**
 * Capabilities the kernel has but this machine withholds from its processes
 * (the bounding set of a sandboxed VM's init). `docker run --privileged` asks
 * for all of them and fails ("unable to apply caps") where one is missing.
 * Read from this process: right when Docker runs on the same machine, which is
 * the only case where it matters.
 */
export function withheldCapabilities(status = readText('/proc/self/status'), lastCap = readText('/proc/sys/kernel/cap_last_cap')): string[] {
  const bounding = /^CapBnd:\s*([0-9a-f]+)$/m.exec(status)?.[1];
  const last = Number.parseInt(lastCap, 10);
  if (!bounding || !Number.isInteger(last)) return [];
  const mask = BigInt(`0x${bounding}`);
  return CAPABILITIES.slice(0, last + 1).filter((_, bit) => ((mask >> BigInt(bit)) & 1n) === 0n);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
