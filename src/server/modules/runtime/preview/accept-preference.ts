/**
 * Decides whether a refusal from the preview proxy is read by a person (HTML) or by code
 * (problem+json), from the request's Accept header.
 * @module
 */

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * True when the Accept header ranks an HTML type at least as high as any JSON type. Browsers ask for
 * `text/html` explicitly on navigation; `fetch()` and tools send `*\/*` or JSON and get problem+json.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  let html = 0;
  let json = 0;
  for (const range of accept.split(',')) {
    const [rawType = '', ...params] = range.split(';');
    const type = rawType.trim().toLowerCase();
    const quality = qualityOf(params);
    if (HTML_TYPES.has(type)) html = Math.max(html, quality);
    if (type === 'application/json' || type.endsWith('+json')) json = Math.max(json, quality);
  }
  return html > 0 && html >= json;
}

function qualityOf(params: readonly string[]): number {
  for (const param of params) {
    const [name = '', value = ''] = param.split('=');
    if (name.trim().toLowerCase() !== 'q') continue;
    const quality = Number(value.trim());
    return Number.isFinite(quality) ? Math.min(Math.max(quality, 0), 1) : 1;
  }
  return 1;
}
