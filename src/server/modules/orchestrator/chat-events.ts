import type { AnalysisResult, VersionAuthor } from '../../../contracts/index.js';
import type { AppError } from '../../../kernel/index.js';
import type { NewEvent } from '../events/index.js';
import { ChatAnalysisFailed, ChatMessagePosted, ChatReplied, ChatSessionStarted } from './events.js';

// The events one turn of a conversation appends, built in one place so every flow records them alike.

export const sessionStarted = (
  sessionId: string,
  platformId: string,
  startedBy: VersionAuthor,
): NewEvent => ({
  type: ChatSessionStarted.type,
  data: { sessionId, platformId, startedBy },
});

export const messagePosted = (sessionId: string, text: string, author: VersionAuthor): NewEvent => ({
  type: ChatMessagePosted.type,
  data: { sessionId, text, author },
});

export const replied = (sessionId: string, result: AnalysisResult, version: number | null): NewEvent => ({
  type: ChatReplied.type,
  data: {
    sessionId,
    summary: result.summary,
    inferences: result.inferences,
    openQuestions: result.openQuestions,
    version,
    provider: result.provider,
    model: result.model ?? null,
  },
});

export const analysisFailed = (
  sessionId: string,
  error: AppError,
  provider: AnalysisResult['provider'],
): NewEvent => ({
  type: ChatAnalysisFailed.type,
  data: { sessionId, code: error.code, message: error.message.slice(0, 4000), provider },
});
