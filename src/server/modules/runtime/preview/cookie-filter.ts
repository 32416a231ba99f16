/**
 * Removes named cookies from a Cookie request header. WebNova's own cookies never reach a preview
 * origin (another host, so another site), but if a browser or a tool ever sends them anyway the
 * generated platform must not see WebNova's session: defence in depth.
 * @module
 */

/**
 * The Cookie header without the cookies named in `stripped`, or `undefined` when nothing is left.
 *
 * @example
 * withoutCookies('webnova_session=abc; theme=dark', new Set(['webnova_session'])); // 'theme=dark'
 */
export function withoutCookies(
  header: string | undefined,
  stripped: ReadonlySet<string>,
): string | undefined {
  if (header === undefined) return undefined;
  const kept = header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '' && !stripped.has(cookieNameOf(pair)));
  return kept.length > 0 ? kept.join('; ') : undefined;
}

function cookieNameOf(pair: string): string {
  const equals = pair.indexOf('=');
  return (equals === -1 ? pair : pair.slice(0, equals)).trim();
}
