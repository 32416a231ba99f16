import { allowAndRecordGate, type AiAction, type GateDecision } from '../../../ai/index.js';
import { INSTALLATION_SCOPE, withTenant, type AppDb } from '../../db/index.js';
import type { AuditRecorder } from '../../http/index.js';
import type { GateFactory } from './deps.js';

const ACTIONS: Record<GateDecision['outcome'], string> = {
  allow: 'ai.call.allowed',
  refuse: 'ai.call.refused',
  hold: 'ai.call.held',
};

/**
 * The default sovereignty gate on a server: every AI call is allowed and leaves an audit entry in the
 * tenant's chain (provider, what the call is for, estimated tokens), in a transaction of its own since the
 * call itself runs outside any.
 */
export function auditedGate(db: AppDb, audit: AuditRecorder): GateFactory {
  return (request) =>
    allowAndRecordGate(async (action: AiAction, decision: GateDecision) => {
      const tenantId = action.tenantId ?? INSTALLATION_SCOPE;
      await withTenant(db, { tenantId, userId: action.actorId ?? undefined }, (tx) =>
        audit.record(tx, tenantId, {
          actorId: action.actorId,
          actorLabel: request.actorLabel,
          action: ACTIONS[decision.outcome],
          resource: action.platformId ? `platform:${action.platformId}` : 'platform:new',
          result: decision.outcome === 'allow' ? 'success' : 'failure',
          requestId: request.requestId,
          details: {
            kind: action.kind,
            provider: action.provider,
            estimatedInputTokens: action.estimatedInputTokens,
            ...(decision.outcome === 'allow' ? {} : { reason: decision.reason }),
          },
        }),
      );
    });
}
