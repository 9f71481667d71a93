const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe for XML 1.0 content and quoted attributes. Characters XML 1.0 cannot hold at
 * all (most control characters, lone surrogates) would make CI parsers reject the whole file,
 * so they become U+FFFD; newlines and tabs in attributes become character references so
 * attribute normalisation keeps them.
 */
export function xmlEscape(text: string, options: { attribute?: boolean } = {}): string {
  let out = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
  if (options.attribute) out = out.replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
  return out;
}
