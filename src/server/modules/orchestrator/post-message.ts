import {
  type AnalysisResult,
  type ChatReplyResponse,
  type ChatTextDelta,
  type PostChatMessageRequest,
} from '../../../contracts/index.js';
import { diffBlueprints } from '../../../blueprint/index.js';
import { AppError, isAppError } from '../../../kernel/index.js';
import type { Committed, ManagedHandlerContext } from '../../http/index.js';
import { ConcurrencyError } from '../events/index.js';
import { analysisFailed, messagePosted, replied } from './chat-events.js';
import { listMessages, loadSession, turnsOf } from './chat-repository.js';
import type { OrchestratorDeps } from './deps.js';
import { chatStreamOf } from './events.js';
import { analysisView, runAnalysis } from './run-analysis.js';

type Context = ManagedHandlerContext<
  { tenantRole: 'developer' },
  ChatReplyResponse,
  { text: typeof ChatTextDelta }
>;

const NO_RENAMES = { entities: [], fields: [] };

/**
 * One turn of the conversation. The current version and the history are read in one short transaction,
 * the provider is called outside any, and the new version (when the Blueprint changed), the message and
 * the reply are appended together in another, expecting both streams where they were read: a revision
 * made meanwhile turns this one into a 409 and nothing is half-written. A failed analysis records the
 * message and the failure, and no version.
 */
export async function postMessage(
  context: Context,
  deps: OrchestratorDeps,
  target: { platformId: string; sessionId: string },
  body: PostChatMessageRequest,
): Promise<Committed> {
  const { tenant, actor } = context;
  const author = { id: actor.userId, label: actor.email };
  const provider = body.provider ?? deps.defaultProvider;
  const before = await context.transaction(async (tx) => {
    const session = await loadSession(tx, tenant.id, target.platformId, target.sessionId);
    const { current } = await deps.blueprints.loadCurrent(tx, tenant.id, target.platformId);
    return { session, current, history: turnsOf(await listMessages(tx, tenant.id, session.id)) };
  });
  const stream = chatStreamOf(before.session.id);

  let analysis: AnalysisResult;
  try {
    analysis = await runAnalysis(deps, {
      provider,
      gateRequest: { requestId: context.requestId, actorLabel: actor.email },
      context: { tenantId: tenant.id, actorId: actor.userId, platformId: target.platformId },
      request: {
        message: body.text,
        current: before.current.blueprint,
        history: before.history,
        signal: context.signal,
        onText: (delta) => context.events?.send('text', { delta }),
      },
    });
  } catch (error) {
    const failure = isAppError(error)
      ? error
      : new AppError('upstream_failed', String(error), { cause: error });
    await context.transaction((tx) =>
      deps.store.appendIn(tx, tenant.id, stream, [
        messagePosted(before.session.id, body.text, author),
        analysisFailed(before.session.id, failure, provider),
      ]),
    );
    throw failure;
  }

  const renames = analysis.renames ?? NO_RENAMES;
  const diff = diffBlueprints(before.current.blueprint, analysis.blueprint, renames);
  return context.commit(async (tx) => {
    const version = diff.empty
      ? before.current
      : await deps.blueprints.revise(tx, tenant.id, {
          platformId: target.platformId,
          basedOn: before.current.version,
          blueprint: analysis.blueprint,
          renames,
          source: 'chat',
          author,
        });
    try {
      await deps.store.appendIn(
        tx,
        tenant.id,
        stream,
        [
          messagePosted(before.session.id, body.text, author),
          replied(before.session.id, analysis, diff.empty ? null : version.version),
        ],
        { expected: before.session.streamVersion },
      );
    } catch (error) {
      if (error instanceof ConcurrencyError) throw sessionMovedOn();
      throw error;
    }
    return {
      sessionId: before.session.id,
      reply: analysisView(analysis),
      changed: !diff.empty,
      version,
      diff,
    };
  });
}

function sessionMovedOn(): AppError {
  return new AppError('concurrency_conflict', 'Another message was answered in this session meanwhile', {
    hint: 'Reload the conversation, read the latest reply, and send your message again.',
  });
}
