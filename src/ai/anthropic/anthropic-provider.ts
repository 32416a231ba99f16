import Anthropic, { type ClientOptions } from '@anthropic-ai/sdk';
import type { Message, MessageParam, TextBlockParam } from '@anthropic-ai/sdk/resources/messages';
import type { AnalysisResult, BlueprintProblem } from '../../contracts/index.js';
import { AppError } from '../../kernel/index.js';
import type { AnalyzeRequest, BlueprintProvider } from '../provider.js';
import { openingMessages, repairTurns, type RejectedReply } from './conversation.js';
import { createTextForwarder, streamReply, type TextForwarder } from './stream-reply.js';
import { checkSubmission, SUBMIT_BLUEPRINT_TOOL, submitBlueprintTool } from './submit-blueprint-tool.js';
import { systemPrompt } from './system-prompt.js';
import { upstreamError, type CallSettings } from './upstream-errors.js';

/** The model used when `ANTHROPIC_MODEL` does not name one. */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-4-6';

export const ANTHROPIC_DEFAULTS = {
  timeoutMs: 60_000,
  maxRetries: 2,
  maxRepairs: 2,
  /** Room for a large Blueprint: a reply cut off at this limit cannot be repaired. */
  maxOutputTokens: 32_000,
} as const;

export interface AnthropicProviderOptions {
  apiKey: string;
  model?: string;
  /** Another endpoint speaking the Messages API (a proxy, a gateway, or a fake in tests). */
  baseURL?: string;
  /** How long to wait for Claude to start answering, per attempt. */
  timeoutMs?: number;
  /** Retries of 408, 409, 429 and 5xx answers and of timeouts, with backoff (done by the SDK). */
  maxRetries?: number;
  /** How many times Claude is asked to correct an invalid Blueprint before giving up. */
  maxRepairs?: number;
  maxOutputTokens?: number;
  fetch?: ClientOptions['fetch'];
}

/**
 * The Claude provider: asks Claude for a Blueprint through one forced tool call, streams the
 * summary while it is written, and hands invalid Blueprints back to Claude with their problems
 * until one passes `validateBlueprint` or the repairs run out.
 * @example
 * const provider = createAnthropicProvider({ apiKey: process.env.ANTHROPIC_API_KEY ?? '' });
 * const result = await provider.analyze({ message: 'A clinic in Riyadh', current: null, history: [] });
 */
export function createAnthropicProvider(options: AnthropicProviderOptions): BlueprintProvider {
  if (!options.apiKey.trim()) {
    throw new AppError('bad_request', 'The Anthropic provider needs an API key', {
      hint: 'Set ANTHROPIC_API_KEY or use --provider offline',
    });
  }
  const settings: CallSettings = {
    model: options.model ?? DEFAULT_ANTHROPIC_MODEL,
    timeoutMs: options.timeoutMs ?? ANTHROPIC_DEFAULTS.timeoutMs,
    maxRetries: options.maxRetries ?? ANTHROPIC_DEFAULTS.maxRetries,
  };
  const maxRepairs = options.maxRepairs ?? ANTHROPIC_DEFAULTS.maxRepairs;
  const client = new Anthropic({
    apiKey: options.apiKey,
    // Passed even when undefined, so the SDK does not read ANTHROPIC_BASE_URL behind the caller's back.
    baseURL: options.baseURL ?? null,
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    fetch: options.fetch,
  });
  const tool = submitBlueprintTool();
  // The tool and the system prompt open every request unchanged, repairs and revisions included:
  // marking their end as cacheable lets Anthropic reuse that prefix instead of billing it again.
  const system: TextBlockParam[] = [
    { type: 'text', text: systemPrompt(), cache_control: { type: 'ephemeral' } },
  ];

  const analyze = async (request: AnalyzeRequest): Promise<AnalysisResult> => {
    request.signal?.throwIfAborted();
    const messages: MessageParam[] = openingMessages(request);
    const forwarder = createTextForwarder(request.onText);
    let rejection: RejectedReply = { blueprintProblems: [], otherProblems: [] };

    for (let attempt = 0; attempt <= maxRepairs; attempt += 1) {
      const reply = await call(messages, forwarder, request.signal);
      const submission = submissionOf(reply);
      if (submission.ok) {
        return { ...submission.submission, provider: 'anthropic', model: reply.model };
      }
      rejection = submission;
      messages.push(...repairTurns(reply, rejection));
    }
    const problems: BlueprintProblem[] = [...rejection.blueprintProblems, ...rejection.otherProblems];
    const attempts = maxRepairs + 1;
    throw new AppError(
      'upstream_failed',
      `Claude did not produce a valid Blueprint after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
      {
        hint: 'Try again, describe the platform in smaller steps, or use --provider offline.',
        details: { problems, model: settings.model },
      },
    );
  };

  async function call(
    messages: MessageParam[],
    forwarder: TextForwarder,
    signal: AbortSignal | undefined,
  ): Promise<Message> {
    let reply: Message;
    try {
      reply = await streamReply(
        client,
        {
          model: settings.model,
          max_tokens: options.maxOutputTokens ?? ANTHROPIC_DEFAULTS.maxOutputTokens,
          system,
          tools: [tool],
          tool_choice: { type: 'tool', name: SUBMIT_BLUEPRINT_TOOL },
          messages,
        },
        forwarder,
        signal,
      );
    } catch (error) {
      throw upstreamError(error, settings, signal);
    }
    if (reply.stop_reason === 'max_tokens') {
      throw new AppError('upstream_failed', 'Claude ran out of room before finishing the Blueprint', {
        hint: 'Describe the platform in smaller steps: start with its core, then add to it in later messages.',
        details: {
          model: reply.model,
          maxOutputTokens: options.maxOutputTokens ?? ANTHROPIC_DEFAULTS.maxOutputTokens,
        },
      });
    }
    if (reply.stop_reason === 'refusal') {
      throw new AppError('unprocessable', 'Claude declined to work on this request', {
        hint: 'Rephrase the description; if it is legitimate, try --provider offline.',
        details: { model: reply.model },
      });
    }
    return reply;
  }

  return { name: 'anthropic', analyze };
}

function submissionOf(reply: Message) {
  const call = reply.content.find(
    (block) => block.type === 'tool_use' && block.name === SUBMIT_BLUEPRINT_TOOL,
  );
  if (!call || call.type !== 'tool_use') {
    const problem: BlueprintProblem = {
      code: 'no_tool_call',
      path: '',
      pointer: '',
      message: `the reply did not call ${SUBMIT_BLUEPRINT_TOOL}`,
      suggestion: `call ${SUBMIT_BLUEPRINT_TOOL} with the complete input`,
    };
    return { ok: false as const, blueprintProblems: [], otherProblems: [problem] };
  }
  return checkSubmission(call.input);
}
