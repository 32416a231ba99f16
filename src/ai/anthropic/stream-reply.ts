import type Anthropic from '@anthropic-ai/sdk';
import type { Message, MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages';
import { readPartialString } from './partial-string.js';

/**
 * Hands text to the person as it arrives: text Claude writes outside the tool, and the tool's
 * `summary` as its JSON streams in. One per `analyze` call, shared by its attempts, so a repaired
 * reply that repeats the summary does not show it twice.
 */
export function createTextForwarder(onText: ((delta: string) => void) | undefined) {
  let summaryShown = '';
  return {
    text(delta: string): void {
      if (delta) onText?.(delta);
    },
    summarySoFar(summary: string): void {
      // Only growth of what is already shown can be shown; a rewritten summary arrives with the result.
      if (!summary.startsWith(summaryShown) || summary.length === summaryShown.length) return;
      onText?.(summary.slice(summaryShown.length));
      summaryShown = summary;
    },
  };
}

export type TextForwarder = ReturnType<typeof createTextForwarder>;

/** How far into the tool input the summary is looked for before giving up on streaming it. */
const SUMMARY_SEARCH_LIMIT = 16_000;

/** One streamed call to the Messages API, resolving to the complete message. */
export async function streamReply(
  client: Anthropic,
  params: MessageCreateParamsBase,
  forwarder: TextForwarder,
  signal: AbortSignal | undefined,
): Promise<Message> {
  const stream = client.messages.stream(params, { signal });
  let toolInput = '';
  let summaryDone = false;
  stream.on('streamEvent', (event) => {
    if (event.type === 'content_block_start' && event.content_block.type === 'tool_use') {
      toolInput = '';
      summaryDone = false;
    }
    if (event.type !== 'content_block_delta') return;
    if (event.delta.type === 'text_delta') forwarder.text(event.delta.text);
    if (event.delta.type === 'input_json_delta' && !summaryDone) {
      // Reading stops once the summary is complete, so a long Blueprint is not rescanned per delta.
      toolInput += event.delta.partial_json;
      const summary = readPartialString(toolInput, 'summary');
      if (summary) forwarder.summarySoFar(summary.text);
      // A summary written after the Blueprint is not streamed: it arrives with the result.
      summaryDone = summary ? summary.complete : toolInput.length > SUMMARY_SEARCH_LIMIT;
    }
  });
  return stream.finalMessage();
}
