import type Dockerode from 'dockerode';

/**
 * The last lines a container wrote, for error messages. Docker multiplexes
 * stdout and stderr of a container without a TTY into frames of an 8-byte
 * header (stream, 3 zero bytes, big-endian length) and the payload.
 */
export async function containerLogTail(docker: Dockerode, name: string, lines = 30): Promise<string> {
  try {
    const raw = await docker.getContainer(name).logs({ stdout: true, stderr: true, tail: lines, follow: false });
    return demultiplex(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw))).trim();
  } catch {
    return '';
  }
}

export function demultiplex(raw: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= raw.length && raw[offset + 1] === 0 && raw[offset + 2] === 0 && raw[offset + 3] === 0) {
    const size = raw.readUInt32BE(offset + 4);
    parts.push(raw.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  // Not framed (a TTY container): the bytes are the text.
  return offset === 0 ? raw.toString('utf8') : Buffer.concat(parts).toString('utf8');
}
