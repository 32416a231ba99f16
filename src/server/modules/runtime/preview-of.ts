import type { RuntimeDeps } from './deps.js';
import type { PlatformSlot } from './platform-slot.js';
import { PreviewProxy } from './preview/index.js';

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
