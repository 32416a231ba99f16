/**
 * Chat sessions: the conversation through which a platform's Blueprint is built. Each message a person
 * posts is analyzed by an AI provider, and a reply that changes the Blueprint produces a new version.
 * @module
 */
import { z } from 'zod';
import { Description, Inference, ProviderName } from './analysis.js';
import { BlueprintDiff } from './blueprint.js';
import { Id, Timestamp } from './common.js';
import { AnalysisView, BlueprintVersionSummary, PlatformParams } from './platforms.js';

export const ChatSessionSummary = z.object({
  id: Id,
  platformId: Id,
  startedAt: Timestamp,
  startedBy: z.object({ id: Id.nullable(), label: z.string() }),
  messageCount: z.number().int(),
  lastMessageAt: Timestamp.nullable(),
});
export type ChatSessionSummary = z.infer<typeof ChatSessionSummary>;

/**
 * - `message`: what the person wrote;
 * - `reply`: the provider's answer, with the version it produced (if it changed the Blueprint);
 * - `failure`: the analysis failed; `text` says why, and no version was made.
 */
export const CHAT_MESSAGE_KINDS = ['message', 'reply', 'failure'] as const;

export const ChatMessage = z.object({
  sessionId: Id,
  /** Position in the session, from 1. */
  seq: z.number().int(),
  kind: z.enum(CHAT_MESSAGE_KINDS),
  text: z.string(),
  author: z.object({ id: Id.nullable(), label: z.string() }),
  /** For replies: the version produced, or `null` when the Blueprint did not change. */
  version: z.number().int().nullable(),
  inferences: z.array(Inference),
  openQuestions: z.array(z.string()),
  provider: ProviderName.nullable(),
  model: z.string().nullable(),
  createdAt: Timestamp,
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ChatSessionParams = PlatformParams.extend({ sessionId: Id });

export const PostChatMessageRequest = z.strictObject({
  text: Description,
  /** Which AI provider answers; the server's default when left out. */
  provider: ProviderName.optional(),
});
export type PostChatMessageRequest = z.infer<typeof PostChatMessageRequest>;

/**
 * The answer to a chat message. `version` is the platform's current version afterwards: a new one when
 * `changed`, else the one the message was about. `diff` is what changed (empty when nothing did).
 */
export const ChatReplyResponse = z.object({
  sessionId: Id,
  reply: AnalysisView,
  changed: z.boolean(),
  version: BlueprintVersionSummary,
  diff: BlueprintDiff,
});
export type ChatReplyResponse = z.infer<typeof ChatReplyResponse>;

/** A piece of reply text as the provider produces it (server-sent event `text`). */
export const ChatTextDelta = z.object({ delta: z.string() });
export type ChatTextDelta = z.infer<typeof ChatTextDelta>;
