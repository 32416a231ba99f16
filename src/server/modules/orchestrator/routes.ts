import { z } from 'zod';
import {
  ChatMessage,
  ChatReplyResponse,
  ChatSessionParams,
  ChatSessionSummary,
  ChatTextDelta,
  CreatePlatformRequest,
  CreatePlatformResponse,
  PlatformParams,
  PostChatMessageRequest,
} from '../../../contracts/index.js';
import { defineManagedRoute, defineRoute, type RouteDefinition } from '../../http/index.js';
import {
  listMessages,
  listSessions,
  loadSession,
  toChatMessage,
  toSessionSummary,
} from './chat-repository.js';
import { createFromDescription } from './create-from-description.js';
import type { OrchestratorDeps } from './deps.js';
import { postMessage } from './post-message.js';
import { startSession } from './start-session.js';

const TAG = 'chat';
const TEXT_STREAM = { events: { text: ChatTextDelta } };

/**
 * The conversation that builds a platform. The two routes that call an AI provider are managed routes:
 * they hold no transaction during the call, and stream the reply as server-sent events on request.
 */
export function orchestratorRoutes(deps: OrchestratorDeps): RouteDefinition[] {
  return [
    defineManagedRoute({
      method: 'post',
      path: '/api/platforms',
      summary:
        'Create a platform from a description: an AI provider drafts version 1 and a chat session starts (streams with Accept: text/event-stream)',
      tag: 'platforms',
      access: { tenantRole: 'developer' },
      body: CreatePlatformRequest,
      response: CreatePlatformResponse,
      status: 201,
      stream: TEXT_STREAM,
      audit: {
        action: 'platform.create',
        resource: (_input, result) => (result ? `platform:${result.platform.id}` : 'platform:new'),
      },
      handler: (context, { body }) => createFromDescription(context, deps, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/sessions',
      summary: "List a platform's chat sessions, newest first",
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: PlatformParams,
      response: z.array(ChatSessionSummary),
      handler: async ({ tx, tenant }, { params }) => {
        await deps.blueprints.assertExists(tx, tenant.id, params.platformId);
        return (await listSessions(tx, tenant.id, params.platformId)).map(toSessionSummary);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/platforms/:platformId/sessions',
      summary: 'Start a new chat session about a platform',
      tag: TAG,
      access: { tenantRole: 'developer' },
      params: PlatformParams,
      response: ChatSessionSummary,
      status: 201,
      audit: {
        action: 'chat.session.start',
        resource: ({ params }, result) =>
          `platform:${params.platformId}${result ? `/session:${result.id}` : ''}`,
      },
      handler: ({ tx, tenant, actor }, { params }) =>
        startSession(tx, deps, tenant.id, params.platformId, { id: actor.userId, label: actor.email }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/sessions/:sessionId/messages',
      summary: "A chat session's messages, replies and failures, oldest first",
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: ChatSessionParams,
      response: z.array(ChatMessage),
      handler: async ({ tx, tenant }, { params }) => {
        const session = await loadSession(tx, tenant.id, params.platformId, params.sessionId);
        return (await listMessages(tx, tenant.id, session.id)).map(toChatMessage);
      },
    }),
    defineManagedRoute({
      method: 'post',
      path: '/api/platforms/:platformId/sessions/:sessionId/messages',
      summary:
        'Send a message: the AI provider revises the current Blueprint into a new version and replies with it and its diff (streams with Accept: text/event-stream)',
      tag: TAG,
      access: { tenantRole: 'developer' },
      params: ChatSessionParams,
      body: PostChatMessageRequest,
      response: ChatReplyResponse,
      stream: TEXT_STREAM,
      audit: {
        action: 'chat.message',
        resource: ({ params }, result) =>
          `platform:${params.platformId}/session:${params.sessionId}${result?.changed ? `->v${result.version.version}` : ''}`,
      },
      handler: (context, { params, body }) => postMessage(context, deps, params, body),
    }),
  ];
}
