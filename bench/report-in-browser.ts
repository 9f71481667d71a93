import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CdpPipe } from './browser/cdp-pipe.js';
import { findChromium } from './browser/find-chromium.js';
import { evaluate, loadPage, screenshot } from './browser/load-page.js';

/**
 * Opens podlife's HTML reports in a real headless Chromium from disk and fails on any console
 * error, uncaught exception, CSP violation or network request; exercises the matrix filter;
 * measures load time; takes screenshots. Opt-in (needs `apt-get install chromium`):
 *
 *   npm run check:report-in-browser [-- --docs-screenshot docs/report-screenshot.png] [-- --report FILE.html]
 *
 * It makes its own reports first with the built CLI: a run on a mutant of the simulator (so
 * there are violations), one on the simulator, their comparison, and `simulate --output html`.
 */
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    runs: { type: 'string' },
    'docs-screenshot': { type: 'string' },
    report: { type: 'string', multiple: true },
    width: { type: 'string' },
  },
});
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(values.out ?? join(root, 'reports/out/browser-check'));
const runs = values.runs ?? '150';
// A mutant whose crash-loop back-off is never capped at 5 minutes: its violations make the
// report worth looking at, and the docs screenshot shows the crash-loop one.
const MUTANT = 'sim:mutant:backoff-never-capped';
const SEED = '3';
const FOCUS = 'restart/crash-loop-back-off';
const width = Number(values.width ?? 1280);
const chromium = findChromium();
if (!chromium) {
  console.error('report-in-browser: no Chromium found; install it (apt-get install -y chromium) or set CHROMIUM=/path/to/chromium');
  process.exit(2);
}

const podlife = (...args: string[]) => {
  try {
    return execFileSync(process.execPath, [join(root, 'dist/cli/podlife.js'), ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { status: number; stdout: string };
    // run exits 1 on a violation and compare on a disagreement: both are what we want here
    if (e.status === 1) return e.stdout;
    throw error;
  }
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
console.log(`making reports in ${out} …`);
// Report directories relative to the checkout, as a user would type them: the replay
// commands on the page (and in the screenshot) then read like the ones in the README.
const reportDir = (name: string) => relative(root, join(out, name)) || '.';
podlife('run', '--backend', MUTANT, '--runs', runs, '--seed', SEED, '--shrink-seconds', '5', '--report-dir', reportDir('mutant'), '--quiet');
podlife('run', '--backend', 'sim', '--runs', runs, '--seed', SEED, '--shrink-seconds', '5', '--report-dir', reportDir('sim'), '--quiet');
podlife('compare', join(out, 'sim/results.json'), join(out, 'mutant/results.json'), '--out', join(out, 'compare.html'));
podlife('simulate', join(root, 'examples/e05-crash-loop-back-off.yaml'), '--output', 'html', '--out', join(out, 'simulate.html'));

const pages = [join(out, 'mutant/report.html'), join(out, 'sim/report.html'), join(out, 'compare.html'), join(out, 'simulate.html'), ...(values.report ?? []).map((p) => resolve(p))];
let failed = false;
const rows: string[] = [];
{
  await using cdp = CdpPipe.launch(chromium);
  for (const page of pages) {
    const url = pathToFileURL(page).href;
    const load = await loadPage(cdp, url, width);
    const problems = [...load.problems, ...load.requests.map((r) => `network request: ${r}`)];
    const name = page.startsWith(out) ? page.slice(out.length + 1) : page;
    const height = (await evaluate(cdp, load.sessionId, 'document.documentElement.scrollHeight')) as number;
    writeFileSync(join(out, `${name.replace(/[/\\]/g, '-')}.png`), await screenshot(cdp, load.sessionId, width, 0, Math.min(height, 16_000)));
    rows.push(`${name.padEnd(24)} ${(statSync(page).size / 1024).toFixed(0).padStart(7)} KiB  DOMContentLoaded ${load.domContentLoadedMs.toFixed(0).padStart(5)} ms  load ${load.loadMs.toFixed(0).padStart(5)} ms  height ${height}px  ${problems.length === 0 ? 'clean' : `${problems.length} PROBLEMS`}`);
    for (const p of problems) console.error(`  ${name}: ${p}`);
    if (problems.length > 0) failed = true;

    if (name === 'mutant/report.html') failed = !(await checkMutantReport(cdp, load.sessionId)) || failed;
  }
}
console.log(rows.join('\n'));
console.log(`screenshots in ${out}`);
process.exit(failed ? 1 : 0);

/** The filter works in a real browser, and the docs screenshot shows the matrix and a timeline. */
async function checkMutantReport(cdp: CdpPipe, sessionId: string): Promise<boolean> {
  const visibleRows = `[...document.querySelectorAll('tr[data-id]')].filter((r) => !r.classList.contains('hidden')).length`;
  const all = (await evaluate(cdp, sessionId, visibleRows)) as number;
  const violated = (await evaluate(cdp, sessionId, `document.querySelectorAll('tr[data-statuses~="violated"]').length`)) as number;
  const timelines = (await evaluate(cdp, sessionId, `document.querySelectorAll('section.violation svg.timeline-svg').length`)) as number;
  const notOnlyPassed = (await evaluate(cdp, sessionId, `document.querySelectorAll('tr[data-id]:not([data-statuses="passed"])').length`)) as number;
  const filterBy = (text: string) => evaluate(cdp, sessionId, `(() => { const t = document.getElementById('filter-text'); t.value = ${JSON.stringify(text)}; t.dispatchEvent(new Event('input')); })()`);
  await filterBy(FOCUS);
  const byText = (await evaluate(cdp, sessionId, visibleRows)) as number;
  const sectionsShown = (await evaluate(cdp, sessionId, `[...document.querySelectorAll('section.violation')].filter((s) => !s.classList.contains('hidden')).length`)) as number;
  await evaluate(cdp, sessionId, `(() => { const t = document.getElementById('filter-text'); t.value = ''; t.dispatchEvent(new Event('input')); const b = document.querySelector('input[data-status=passed]'); b.checked = false; b.dispatchEvent(new Event('change')); })()`);
  const withoutPassed = (await evaluate(cdp, sessionId, visibleRows)) as number;
  const ok = all > 0 && violated > 0 && timelines === violated && byText === 1 && sectionsShown === 1 && withoutPassed === notOnlyPassed;
  console.log(`mutant report: ${all} rows, ${violated} violated with ${timelines} timelines; filter "${FOCUS}" → ${byText} row and ${sectionsShown} violation; without passed → ${withoutPassed} rows: ${ok ? 'ok' : 'WRONG'}`);
  if (values['docs-screenshot']) {
    // Filtered to one invariant: the summary, its row of the matrix, then its violation down to the timeline.
    await filterBy(FOCUS);
    const bottom = (await evaluate(cdp, sessionId, `(() => { const s = [...document.querySelectorAll('section.violation')].find((x) => !x.classList.contains('hidden')); const c = s.querySelector('.timeline-caption'); return Math.ceil(c.getBoundingClientRect().bottom + window.scrollY) + 12; })()`)) as number;
    const file = resolve(values['docs-screenshot']);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await screenshot(cdp, sessionId, width, 0, bottom));
    console.log(`docs screenshot: ${file} (${basename(file)}, ${width}×${bottom})`);
  }
  return ok;
}
