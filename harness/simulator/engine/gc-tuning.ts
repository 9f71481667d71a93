import { setFlagsFromString } from 'node:v8';

/*
 * Imported for its effect, once per process, by simulate.ts: V8's allocation-site pretenuring
 * is turned off.
 *
 * V8 allocates an object literal's later objects straight into the old generation once most of
 * that literal's objects were found alive at a scavenge. A run's objects all die when the run
 * ends, yet a scavenge that falls inside a run finds that run's objects alive; sites get
 * pretenured, and from then on every run leaves old-generation garbage behind that only a full
 * collection finds. Until it does, each of those dead objects still points at the young objects
 * of its run, which therefore survive every scavenge (copied, then promoted), make more sites
 * look long-lived, and so on. Without pretenuring, a run's young objects die young.
 *
 * Measured with --trace-gc-nvp on the benchmark scenario (bench/bench-scenario.ts): cut off at
 * 0 s, it promoted 1.8 MB at each scavenge with pretenuring and 17 KB without; over its ten
 * minutes, collection pauses per run fell from about 36 to 26 µs, and the run took about a sixth
 * less time (bench/simulate-throughput.ts, by turns with the build before). The flag is one of V8's
 * heuristics, read at each collection: set after start-up, it gives the same figures as
 * `node --no-allocation-site-pretenuring`.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
