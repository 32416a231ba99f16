import type { AnalysisResult, AnalysisView, ProviderName } from '../../../contracts/index.js';
import { gatedProvider, type ActionContext, type AnalyzeRequest } from '../../../ai/index.js';
import { validateBlueprint } from '../../../blueprint/index.js';
import { AppError, isAppError } from '../../../kernel/index.js';
import type { GateRequest, OrchestratorDeps } from './deps.js';

export interface AnalysisCall {
  provider: ProviderName;
  gateRequest: GateRequest;
  context: ActionContext;
  request: AnalyzeRequest;
}

/**
 * One provider call, through the sovereignty gate, outside any transaction. Whatever goes wrong comes
 * back as an AppError a person can act on: the provider's own (422 for a message it cannot read, 502,
 * 504), or a 502 for anything else it threw or for a Blueprint that does not pass validation.
 */
export async function runAnalysis(deps: OrchestratorDeps, call: AnalysisCall): Promise<AnalysisResult> {
  const provider = gatedProvider(
    await deps.providers(call.provider),
    deps.gate(call.gateRequest),
    call.context,
  );
  let result: AnalysisResult;
  try {
    result = await provider.analyze(call.request);
  } catch (error) {
    throw asProviderError(error, call.provider, call.request.signal);
  }
  const validation = validateBlueprint(result.blueprint);
  if (!validation.ok) {
    const first = validation.problems[0];
    throw new AppError(
      'upstream_failed',
      `The ${call.provider} provider answered with a Blueprint that has ${validation.problems.length} problem(s)` +
        (first ? `, e.g. ${first.path}: ${first.message}` : ''),
      {
        hint: 'Send the message again, or say it differently; nothing was changed.',
        details: { problems: validation.problems },
      },
    );
  }
  return { ...result, blueprint: validation.blueprint };
}

function asProviderError(error: unknown, provider: ProviderName, signal: AbortSignal | undefined): AppError {
  if (isAppError(error)) return error;
  if (signal?.aborted) {
    return new AppError('upstream_failed', 'The analysis stopped because the request was closed', {
      hint: 'Send the message again and keep the page open until the reply arrives.',
      cause: error,
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError('upstream_failed', `The ${provider} provider failed: ${reason}`, {
    hint: 'Try again in a moment; if it keeps failing, try the other provider.',
    cause: error,
  });
}

export function analysisView(result: AnalysisResult): AnalysisView {
  return {
    summary: result.summary,
    inferences: result.inferences,
    openQuestions: result.openQuestions,
    provider: result.provider,
    model: result.model ?? null,
  };
}
