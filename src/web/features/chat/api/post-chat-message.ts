import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ChatReplyResponse } from '../../../../contracts/index.js';
import { getCsrfToken } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';
import { postStreaming } from './post-streaming.js';

/**
 * Sends a chat message and streams the reply's text as it is written. The mutation stays pending until
 * the refreshed messages have arrived, so the streamed reply hands over to the stored one without a gap.
 */
export function usePostChatMessage(tenantId: string, platformId: string, sessionId: string) {
  const queryClient = useQueryClient();
  const [streamedText, setStreamedText] = useState('');
  const mutation = useMutation({
    mutationFn: (text: string) => {
      setStreamedText('');
      return postStreaming(`/api/platforms/${platformId}/sessions/${sessionId}/messages`, {
        body: { text },
        result: ChatReplyResponse,
        tenantId,
        csrfToken: getCsrfToken(),
        onText: (delta) => setStreamedText((previous) => previous + delta),
      });
    },
    // A new version changes the platform, its Blueprint, code and preview: refresh the tenant's views.
    onSettled: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
  return { ...mutation, streamedText };
}
