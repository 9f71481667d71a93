/**
 * The line format shared by the generated scripts (which write it) and the
 * backend (which reads it): `<epoch seconds>.<microseconds> <container> <start> <what> [args…]`,
 * one line per happening, appended to one file per pod. `<start>` is the
 * container's 1-based start number as the script counted it (`?` when a hook or
 * probe runs before the first start was counted). `start` carries the epoch
 * milliseconds the script took as its start, before anything else it did.
 */
export const SCRIPT_LOG_FILE = 'events.log';

/** Where every container of the translated pod mounts the shared state directory. */
export const STATE_MOUNT_PATH = '/podlife';

/** The pod volume holding the scripts' state and log. */
export const STATE_VOLUME_NAME = 'podlife-state';

export const SCRIPT_LOG_KINDS = ['start', 'exit', 'sigterm', 'oom', 'probe', 'hook'] as const;
export type ScriptLogKind = (typeof SCRIPT_LOG_KINDS)[number];
