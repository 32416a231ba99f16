import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CreatePlatformResponse } from '../../../../contracts/index.js';
import { getCsrfToken } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';
import { postStreaming } from './post-streaming.js';

/**
 * Creates a platform from a description, streaming the analysis's text while version 1 is drafted.
 * `onCreated` runs in the hook, not per call: the refreshed list may unmount the box that sent it.
 */
export function useCreatePlatform(tenantId: string, onCreated: (result: CreatePlatformResponse) => void) {
  const queryClient = useQueryClient();
  const [streamedText, setStreamedText] = useState('');
  const mutation = useMutation({
    mutationFn: (description: string) => {
      setStreamedText('');
      return postStreaming('/api/platforms', {
        body: { description },
        result: CreatePlatformResponse,
        tenantId,
        csrfToken: getCsrfToken(),
        onText: (delta) => setStreamedText((previous) => previous + delta),
      });
    },
    onSuccess: (result) => {
      onCreated(result);
      void queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) });
    },
  });
  return { ...mutation, streamedText };
}
