import { createHash } from 'node:crypto';
import { REPORT_CSS } from './report-css.js';
import { REPORT_SCRIPT } from './report-script.js';
import { html, raw, type SafeHtml } from './safe-html.js';

/**
 * A whole page around its body: inline style and script only, and a Content-Security-Policy
 * that forbids every network request and every script but this one (by hash), so even a
 * value that slipped past escaping could neither run nor phone home.
 */
export function pageShell(title: string, body: SafeHtml, options: { script?: boolean } = {}): string {
  const script = options.script === false ? undefined : REPORT_SCRIPT;
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(REPORT_CSS)}'`,
    script ? `script-src '${sha256(script)}'` : "script-src 'none'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="podlife">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<svg class="defs" aria-hidden="true" width="0" height="0"><defs>
<pattern id="podlife-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffe9a8"/><line x1="0" y1="0" x2="0" y2="5" stroke="#b08800" stroke-width="2"/></pattern>
<pattern id="podlife-hatch-light" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="7" fill="#ffffff" fill-opacity="0.55"/><line x1="0" y1="0" x2="0" y2="7" stroke="#c9d1d9" stroke-width="1.5"/></pattern>
</defs></svg>
<main>
${body}
</main>
${script && html`<script>${raw(script)}</script>`}
</body>
</html>
`.value;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
