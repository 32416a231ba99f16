import { z } from 'zod';
import {
  BlueprintVersionNumber,
  Id,
  Inference,
  MAX_DESCRIPTION_LENGTH,
  ProviderName,
  VersionAuthor,
} from '../../../contracts/index.js';
import { defineEvent } from '../events/index.js';

// The events of one chat session's stream, `chat-<sessionId>`: the conversation about one platform.
// A reply names the Blueprint version it produced; the version itself lives in the platform's stream.

export const chatStreamOf = (sessionId: string): string => `chat-${sessionId}`;
export const CHAT_STREAM_TYPE = 'chat';

export const ChatSessionStarted = defineEvent(
  'ChatSessionStarted',
  z.strictObject({ sessionId: Id, platformId: Id, startedBy: VersionAuthor }),
);

export const ChatMessagePosted = defineEvent(
  'ChatMessagePosted',
  z.strictObject({ sessionId: Id, text: z.string().max(MAX_DESCRIPTION_LENGTH), author: VersionAuthor }),
);

export const ChatReplied = defineEvent(
  'ChatReplied',
  z.strictObject({
    sessionId: Id,
    summary: z.string().max(4000),
    inferences: z.array(Inference).max(500),
    openQuestions: z.array(z.string().max(500)).max(20),
    /** The version the reply produced; `null` when the Blueprint did not change. */
    version: BlueprintVersionNumber.nullable(),
    provider: ProviderName,
    model: z.string().max(200).nullable(),
  }),
);

export const ChatAnalysisFailed = defineEvent(
  'ChatAnalysisFailed',
  z.strictObject({
    sessionId: Id,
    /** The error code, e.g. `unprocessable` or `upstream_timeout`. */
    code: z.string().max(100),
    message: z.string().max(4000),
    provider: ProviderName,
  }),
);

export const chatEventContracts = [ChatSessionStarted, ChatMessagePosted, ChatReplied, ChatAnalysisFailed];
