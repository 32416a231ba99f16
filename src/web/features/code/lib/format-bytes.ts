import type { TFunction } from 'i18next';

/** 512 B, 3.4 KB, 1.2 MB: enough precision to compare files at a glance. */
export function formatBytes(bytes: number, t: TFunction): string {
  if (bytes < 1024) return t('code.bytes.b', { value: bytes });
  if (bytes < 1024 * 1024) return t('code.bytes.kb', { value: (bytes / 1024).toFixed(1) });
  return t('code.bytes.mb', { value: (bytes / (1024 * 1024)).toFixed(1) });
}
