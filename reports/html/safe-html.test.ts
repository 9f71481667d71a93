import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw, safeUrl } from './safe-html.js';

describe('html', () => {
  it('escapes interpolated text, not the template or SafeHtml', () => {
    const name = `<img src=x onerror="alert('x')">&`;
    expect(html`<p title="${name}">${name}</p>${raw('<br>')}`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p><br>',
    );
  });

  it('joins arrays and drops null, undefined and false', () => {
    expect(html`${['a', html`<b>b</b>`, '<c>']}${null}${undefined}${false}${0}`.value).toBe('a<b>b</b>&lt;c&gt;0');
  });

  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('lets only http(s) addresses become links', () => {
    expect(safeUrl('https://kubernetes.io/docs/')).toBe('https://kubernetes.io/docs/');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
  });
});
