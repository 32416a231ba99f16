import type { CreatePlatformRequest, CreatePlatformResponse } from '../../../contracts/index.js';
import { newId } from '../../../kernel/index.js';
import type { Committed, ManagedHandlerContext } from '../../http/index.js';
import type { ChatTextDelta } from '../../../contracts/index.js';
import { messagePosted, replied, sessionStarted } from './chat-events.js';
import type { OrchestratorDeps } from './deps.js';
import { CHAT_STREAM_TYPE, chatStreamOf } from './events.js';
import { analysisView, runAnalysis } from './run-analysis.js';

type Context = ManagedHandlerContext<
  { tenantRole: 'developer' },
  CreatePlatformResponse,
  { text: typeof ChatTextDelta }
>;

/**
 * A new platform from a description: the provider drafts version 1 (outside any transaction), then the
 * platform, its first version and a chat session holding the description and the reply are stored in one
 * short transaction. A refused analysis stores nothing.
 */
export async function createFromDescription(
  context: Context,
  deps: OrchestratorDeps,
  body: CreatePlatformRequest,
): Promise<Committed> {
  const { tenant, actor } = context;
  const author = { id: actor.userId, label: actor.email };
  // No slow analysis for a platform that could not be stored anyway.
  await context.transaction((tx) => deps.blueprints.assertCanCreate(tx, tenant));
  const platformId = newId();
  const sessionId = newId();
  const analysis = await runAnalysis(deps, {
    provider: body.provider ?? deps.defaultProvider,
    gateRequest: { requestId: context.requestId, actorLabel: actor.email },
    context: { tenantId: tenant.id, actorId: actor.userId, platformId },
    request: {
      message: body.description,
      current: null,
      history: [],
      signal: context.signal,
      onText: (delta) => context.events?.send('text', { delta }),
    },
  });
  return context.commit(async (tx) => {
    const { platform, version } = await deps.blueprints.create(tx, tenant.id, {
      platformId,
      description: body.description,
      blueprint: analysis.blueprint,
      source: 'chat',
      author,
    });
    await deps.store.appendIn(
      tx,
      tenant.id,
      chatStreamOf(sessionId),
      [
        sessionStarted(sessionId, platformId, author),
        messagePosted(sessionId, body.description, author),
        replied(sessionId, analysis, version.version),
      ],
      { expected: 'no_stream', streamType: CHAT_STREAM_TYPE },
    );
    return { platform, version, analysis: analysisView(analysis), sessionId };
  });
}
