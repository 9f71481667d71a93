import type { CdpPipe } from './cdp-pipe.js';

export interface PageLoad {
  sessionId: string;
  /** Console errors and warnings, uncaught exceptions, and browser log errors (CSP violations land there). */
  problems: string[];
  /** Every request for something other than the page itself or a data: URL. */
  requests: string[];
  /** From navigation start, in ms (the Navigation Timing entry). */
  domContentLoadedMs: number;
  loadMs: number;
}

/** Opens `url` in a new tab of the given width and waits for its load event, watching what it asks for and complains about. */
export async function loadPage(cdp: CdpPipe, url: string, width: number, height = 900): Promise<PageLoad> {
  const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  const problems: string[] = [];
  const requests: string[] = [];
  const mine = (sid?: string) => sid === sessionId;
  const offs = [
    cdp.on('Runtime.exceptionThrown', (p, sid) => mine(sid) && problems.push(`exception: ${JSON.stringify((p.exceptionDetails as { text?: string; exception?: { description?: string } })?.exception?.description ?? p.exceptionDetails)}`)),
    cdp.on('Runtime.consoleAPICalled', (p, sid) => {
      if (!mine(sid) || (p.type !== 'error' && p.type !== 'warning' && p.type !== 'assert')) return;
      problems.push(`console.${String(p.type)}: ${JSON.stringify((p.args as { value?: unknown; description?: string }[]).map((a) => a.value ?? a.description))}`);
    }),
    cdp.on('Log.entryAdded', (p, sid) => {
      const entry = p.entry as { level: string; text: string; url?: string };
      if (mine(sid) && (entry.level === 'error' || entry.level === 'warning')) problems.push(`log ${entry.level}: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`);
    }),
    cdp.on('Network.requestWillBeSent', (p, sid) => {
      const request = p.request as { url: string };
      if (mine(sid) && request.url !== url && !request.url.startsWith('data:')) requests.push(request.url);
    }),
  ];
  for (const domain of ['Page', 'Runtime', 'Log', 'Network']) await cdp.send(`${domain}.enable`, {}, sessionId);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
  const loaded = cdp.waitFor('Page.loadEventFired', sessionId, 60_000);
  await cdp.send('Page.navigate', { url }, sessionId);
  await loaded;
  // Late errors (the filter script runs at the end of the body) have had time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const timing = (await evaluate(cdp, sessionId, `(() => { const n = performance.getEntriesByType('navigation')[0]; return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd || performance.now() }; })()`)) as { dcl: number; load: number };
  for (const off of offs) off();
  return { sessionId, problems, requests, domContentLoadedMs: timing.dcl, loadMs: timing.load };
}

/** Runs an expression in the page and returns its (JSON) value; throws what the page threw. */
export async function evaluate(cdp: CdpPipe, sessionId: string, expression: string): Promise<unknown> {
  const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  if (r.exceptionDetails) throw new Error(`in the page: ${r.exceptionDetails.text}: ${expression}`);
  return r.result.value;
}

/** A PNG of the page from `top` down `height` CSS pixels (the whole width). */
export async function screenshot(cdp: CdpPipe, sessionId: string, width: number, top: number, height: number): Promise<Buffer> {
  const r = (await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: top, width, height, scale: 1 } }, sessionId)) as { data: string };
  return Buffer.from(r.data, 'base64');
}
