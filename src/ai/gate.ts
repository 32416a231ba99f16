import type { ProviderName } from '../contracts/index.js';
import type { AnalyzeRequest, BlueprintProvider } from './provider.js';
import { AppError } from '../kernel/index.js';

/** What an AI call is about to do, described for the sovereignty gate before anything is sent. */
export interface AiAction {
  kind: 'blueprint.analyze';
  provider: ProviderName;
  tenantId: string | null;
  actorId: string | null;
  platformId: string | null;
  /** Size of what would be sent, so a gate can budget tokens (about 4 characters a token). */
  estimatedInputTokens: number;
}

export type GateDecision =
  | { outcome: 'allow' }
  | { outcome: 'refuse'; reason: string }
  /** Held for a person to approve; the call does not happen now. */
  | { outcome: 'hold'; reason: string; approvalId?: string };

/**
 * Asked before every provider call. The default allows and records; the AI governance work will
 * replace it with one that can refuse, hold for approval or budget a call, without touching providers.
 */
export interface SovereigntyGate {
  decide(action: AiAction): Promise<GateDecision>;
}

/** The default gate: allows every call and hands each decision to `record` (the audit log on a server). */
export function allowAndRecordGate(
  record: (action: AiAction, decision: GateDecision) => Promise<void>,
): SovereigntyGate {
  return {
    decide: async (action) => {
      const decision: GateDecision = { outcome: 'allow' };
      await record(action, decision);
      return decision;
    },
  };
}

export type ActionContext = Pick<AiAction, 'tenantId' | 'actorId' | 'platformId'>;

/** Wraps a provider so that each call asks the gate first and only proceeds on `allow`. */
export function gatedProvider(
  provider: BlueprintProvider,
  gate: SovereigntyGate,
  context: ActionContext,
): BlueprintProvider {
  return {
    name: provider.name,
    analyze: async (request: AnalyzeRequest) => {
      const decision = await gate.decide({
        kind: 'blueprint.analyze',
        provider: provider.name,
        ...context,
        estimatedInputTokens: estimateTokens(request),
      });
      if (decision.outcome === 'refuse') {
        throw new AppError('forbidden', `The AI call was refused: ${decision.reason}`, {
          hint: 'Ask the installation owner to review the AI policy.',
        });
      }
      if (decision.outcome === 'hold') {
        throw new AppError('conflict', `The AI call awaits approval: ${decision.reason}`, {
          hint: 'An owner must approve it before it runs.',
          details: decision.approvalId ? { approvalId: decision.approvalId } : {},
        });
      }
      return provider.analyze(request);
    },
  };
}

function estimateTokens(request: AnalyzeRequest): number {
  const characters =
    request.message.length +
    request.history.reduce((sum, turn) => sum + turn.text.length, 0) +
    (request.current ? JSON.stringify(request.current).length : 0);
  return Math.ceil(characters / 4);
}
