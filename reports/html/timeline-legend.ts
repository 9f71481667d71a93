import { html, type SafeHtml } from './safe-html.js';

const swatch = (inner: SafeHtml) => html`<svg class="swatch" viewBox="0 0 22 12" aria-hidden="true">${inner}</svg>`;
const band = (cls: string) => swatch(html`<g class="band ${cls}"><rect x="0" y="1" width="22" height="10"/></g>`);
const marker = (kind: string) => swatch(html`<g class="mk mk-${kind}"><line x1="11" x2="11" y1="0" y2="12"/></g>`);

/** What the timeline's colours and marks mean, once per page. */
export function timelineLegend(): SafeHtml {
  const items: [SafeHtml, string][] = [
    [band('s-waiting'), 'waiting'],
    [band('s-running'), 'running'],
    [band('s-terminated-ok'), 'terminated, exit 0'],
    [band('s-terminated-error'), 'terminated, exit ≠ 0'],
    [band('burst'), 'many states in a blink'],
    [swatch(html`<g class="band r-ready"><rect x="0" y="4" width="22" height="4"/></g>`), 'ready'],
    [swatch(html`<line class="probe probe-Success" x1="8" x2="8" y1="1" y2="11"/><line class="probe probe-Failure" x1="15" x2="15" y1="1" y2="11"/>`), 'probe success / failure'],
    [swatch(html`<rect class="hook hook-postStart" x="0" y="3" width="10" height="6"/><rect class="hook hook-preStop" x="12" y="3" width="10" height="6"/>`), 'postStart / preStop hook'],
    [marker('restart'), 'restart (↻ restartCount)'],
    [marker('exit'), 'exit'],
    [marker('signal'), 'signal'],
    [marker('kill'), 'kill'],
    [marker('fault'), 'fault injected'],
    [marker('deletion'), 'deletion'],
    [swatch(html`<g class="hl"><line x1="11" x2="11" y1="0" y2="12"/></g>`), 'the violation'],
  ];
  return html`<div class="legend">${items.map(([s, text]) => html`<span>${s}${text}</span>`)}</div>`;
}
