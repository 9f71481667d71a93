import { describe, expect, it } from 'vitest';
import { ScenarioClock } from './scenario-clock.js';
import { parseScriptLog } from './script-log-line.js';

describe('parseScriptLog', () => {
  const clock = new ScenarioClock(1_795_431_950_000);

  it('reads every kind of line into trace time, to the millisecond', () => {
    const text = [
      '1795431953.281821 app 1 start 1795431953275',
      '1795431954.785963 app 1 exit 3',
      '1795431955.793201 app 2 probe liveness Success',
      '1795431957.003176 app 2 hook preStop start',
      '1795431957.305455 app 2 hook preStop finish Failure',
      '1795431957.309327 app 2 sigterm',
      '1795431957.400000 side ? hook postStart start',
      '1795431958.000001 app 2 oom',
      '',
    ].join('\n');
    const { lines, unreadable } = parseScriptLog(text, clock);
    expect(unreadable).toBe(0);
    expect(lines).toEqual([
      { at: 3275, container: 'app', start: 1, kind: 'start' },
      { at: 4785, container: 'app', start: 1, kind: 'exit', exitCode: 3 },
      { at: 5793, container: 'app', start: 2, kind: 'probe', probe: 'liveness', result: 'Success' },
      { at: 7003, container: 'app', start: 2, kind: 'hook', hook: 'preStop', phase: 'start' },
      { at: 7305, container: 'app', start: 2, kind: 'hook', hook: 'preStop', phase: 'finish', result: 'Failure' },
      { at: 7309, container: 'app', start: 2, kind: 'sigterm' },
      { at: 7400, container: 'side', start: undefined, kind: 'hook', hook: 'postStart', phase: 'start' },
      { at: 8000, container: 'app', start: 2, kind: 'oom' },
    ]);
  });

  it('skips and counts lines it cannot read (a torn write)', () => {
    const { lines, unreadable } = parseScriptLog('1795431953.281821 app 1 start\n1795431953.28 app\nnonsense\n1795431953.281821 app 1 probe sideways Success\n', clock);
    expect(lines).toHaveLength(1);
    expect(unreadable).toBe(3);
  });
});
