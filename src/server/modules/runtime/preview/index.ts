/**
 * Preview URLs for live generated platforms: one small reverse proxy per platform, on an origin of
 * its own, whose target follows the platform's current process across redeploys and rollbacks.
 * @module
 */
export { PreviewProxy, type PreviewProxyOptions } from './preview-proxy.js';
