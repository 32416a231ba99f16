/**
 * The offline analyzer: a deterministic, explainable BlueprintProvider that needs no key and no
 * network. Same input, byte-identical output.
 * @module
 */
import type { AnalysisResult, Blueprint } from '../../contracts/index.js';
import { validateBlueprint } from '../../blueprint/index.js';
import { AppError } from '../../kernel/index.js';
import type { AnalyzeRequest, BlueprintProvider } from '../provider.js';
import { Inferences } from './build/inferences.js';
import { localizeBlueprint } from './build/labels.js';
import { newPlatform } from './build/new-platform.js';
import { detectDomain } from './domain.js';
import { detectLanguage } from './language.js';
import { revise } from './revise/index.js';
import { newPlatformSummary, openQuestionsFor } from './summary.js';

export function createOfflineProvider(): BlueprintProvider {
  return {
    name: 'offline',
    // Run inside the promise chain, so an aborted or refused call rejects rather than throwing.
    analyze: (request) => Promise.resolve(request).then(analyzeOffline),
  };
}

/** The analysis itself, synchronous: exported for tests and for the CLI. */
export function analyzeOffline(request: AnalyzeRequest): AnalysisResult {
  request.signal?.throwIfAborted();
  const language = detectLanguage(request.message);
  const inferences = new Inferences();
  let result: Omit<AnalysisResult, 'blueprint' | 'provider' | 'inferences'> & { blueprint: Blueprint };
  if (request.current) {
    result = revise(structuredClone(request.current), request.message, language, inferences);
  } else {
    const decision = detectDomain(request.message);
    const blueprint = newPlatform(request.message, language, decision, inferences);
    const unnamed = !inferences.items.some(
      (item) => item.kind === 'entity' && item.reason.includes('named in the text'),
    );
    result = {
      blueprint,
      summary: newPlatformSummary(blueprint, language),
      openQuestions: openQuestionsFor(blueprint, language, unnamed),
    };
  }
  localizeBlueprint(result.blueprint);
  const checked = validateBlueprint(result.blueprint);
  if (!checked.ok) {
    throw new AppError(
      'internal',
      `The offline analyzer produced an invalid Blueprint: ${checked.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`,
      {
        hint: 'This is a bug in the offline analyzer; rephrase the message or report it.',
        details: { problems: checked.problems },
      },
    );
  }
  for (const chunk of chunksOf(result.summary)) request.onText?.(chunk);
  return {
    blueprint: checked.blueprint,
    summary: result.summary.slice(0, 4000),
    inferences: inferences.items,
    openQuestions: result.openQuestions.slice(0, 20).map((question) => question.slice(0, 500)),
    ...(result.renames ? { renames: result.renames } : {}),
    provider: 'offline',
  };
}

/** Sentence-sized pieces, so a streaming client sees the reply arrive. */
function chunksOf(summary: string): string[] {
  const pieces = summary.match(/[^.!?؟]+[.!?؟]*\s*/g) ?? [summary];
  return pieces.filter((piece) => piece.length > 0);
}
