import type { RuntimeDeps } from './deps.js';
import type { PlatformSlot } from './platform-slot.js';
import { PreviewProxy } from './preview/index.js';
import { DEFAULT_RESTART_POLICY } from './supervisor/index.js';

/**
 * The platform's preview proxy, listening: made on its first deployment, on the port it had before when
 * there was one (so the URL a person bookmarked keeps working after WebNova restarts).
 */
export async function previewOf(
  deps: Pick<RuntimeDeps, 'settings' | 'log'>,
  slot: PlatformSlot,
  preferredPort: number | null,
): Promise<PreviewProxy> {
  if (slot.proxy) return slot.proxy;
  const proxy = new PreviewProxy({
    bindHost: deps.settings.previewBindHost,
    publicHost: deps.settings.previewPublicHost,
    port: preferredPort ?? 0,
    strippedCookies: deps.settings.strippedCookies,
    pauseTimeoutMs: longestHandOverMs(deps.settings),
  });
  const { port, portChanged } = await proxy.listen();
  if (portChanged) {
    deps.log.warn(
      { platformId: slot.platformId, preferredPort, port },
      'the preview port was taken; the URL changed',
    );
  }
  slot.proxy = proxy;
  slot.previewPort = port;
  return proxy;
}

/**
 * How long a hand-over between versions may hold requests: the old version drains and stops, the new one
 * starts, and when it fails the old one starts again. Shorter, and a slow but successful hand-over would
 * answer the requests it holds with 503s.
 */
function longestHandOverMs(settings: Pick<RuntimeDeps['settings'], 'drainTimeoutMs' | 'policy'>): number {
  const policy = { ...DEFAULT_RESTART_POLICY, ...settings.policy };
  return settings.drainTimeoutMs + policy.stopGraceMs + 2 * policy.startTimeoutMs + 5_000;
}
