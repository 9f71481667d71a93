import { shellQuote } from './shell-quote.js';
import { SCRIPT_LOG_FILE, STATE_MOUNT_PATH } from './script-log-format.js';

/**
 * Shell functions every generated script starts with (busybox ash):
 * `podlife_now` prints milliseconds since the epoch and `podlife_log` appends a
 * line in the script-log format. Busybox `date` has no sub-second format, so the
 * time comes from its `ts` applet (microseconds); an image without `ts` falls
 * back to whole seconds. `N` (the start number) is set by the caller.
 */
export function scriptPrelude(container: string): string {
  return [
    `C=${shellQuote(container)}; D=${STATE_MOUNT_PATH}; N=\${N:-?}`,
    'if command -v ts >/dev/null 2>&1; then podlife_stamp() { ts %.s; }',
    'else podlife_stamp() { while IFS= read -r l; do echo "$(date +%s).000000 $l"; done; }; fi',
    // `ts %.s` prints "<s>.<6 digits> "; keep the first three digits, without leading zeros (ash reads 0… as octal).
    'podlife_now() { set -- $(echo | podlife_stamp); f=${1#*.}; f=${f%???}; while [ "${f#0}" != "$f" ]; do f=${f#0}; done; echo $(( ${1%.*} * 1000 + ${f:-0} )); }',
    `podlife_log() { echo "$C $N $*" | podlife_stamp >> $D/${SCRIPT_LOG_FILE}; }`,
  ].join('\n');
}

/** Reads the container's current start number (the instance a probe or hook runs in). */
export function readStartNumber(): string {
  return 'N=$(cat $D/$C/starts 2>/dev/null); N=${N:-?}';
}
