import type { AnalysisResult, Blueprint, ProviderName } from '../contracts/index.js';

/** One earlier turn of the conversation, oldest first. */
export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AnalyzeRequest {
  /** The newest message from the person (already trimmed and bounded by the `Description` contract). */
  message: string;
  /** The Blueprint being revised, or null when the message starts a new platform. */
  current: Blueprint | null;
  /** Earlier turns, for providers that use context. */
  history: readonly ChatTurn[];
  /** Aborts the call (kill switch, client gone, timeout). */
  signal?: AbortSignal;
  /** Receives the reply text as it is produced, for streaming to the client. */
  onText?: (delta: string) => void;
}

/**
 * Turns what a person says into a Blueprint. Every implementation returns a Blueprint that passed
 * `validateBlueprint`, or throws an `AppError` that says what went wrong (for example `unprocessable`
 * for a message it cannot understand, `upstream_failed` when a remote model keeps answering badly).
 * All implementations run the shared suite in `provider-contract.ts`.
 */
export interface BlueprintProvider {
  readonly name: ProviderName;
  analyze(request: AnalyzeRequest): Promise<AnalysisResult>;
}
