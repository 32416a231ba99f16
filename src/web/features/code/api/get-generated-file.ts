import { useQuery } from '@tanstack/react-query';
import { GeneratedFileContent } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { generationsKey } from './keys.js';

export function getGeneratedFile(
  tenantId: string,
  platformId: string,
  generationId: string,
  path: string,
): Promise<GeneratedFileContent> {
  const query = new URLSearchParams({ path });
  return api.get(
    `/api/platforms/${platformId}/generations/${generationId}/files?${query.toString()}`,
    GeneratedFileContent,
    { tenantId },
  );
}

/** One file's text, read when it is opened. */
export function useGeneratedFile(
  tenantId: string,
  platformId: string,
  generationId: string,
  path: string | undefined,
) {
  return useQuery({
    queryKey: [...generationsKey(tenantId, platformId), generationId, 'file', path],
    queryFn: () => getGeneratedFile(tenantId, platformId, generationId, path ?? ''),
    enabled: path !== undefined,
    staleTime: Infinity,
  });
}
