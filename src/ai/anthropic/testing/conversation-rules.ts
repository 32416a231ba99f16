/**
 * The request rules of the real Messages API that a conversation with tool use can break: the fake
 * refuses what the real API would refuse, so a test cannot pass on a conversation Claude rejects.
 */

interface Block {
  type?: unknown;
  id?: unknown;
  tool_use_id?: unknown;
}

interface Turn {
  role?: unknown;
  content?: unknown;
}

/** The first rule `body` breaks, worded like the API's message, or null when it breaks none. */
export function conversationProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return 'The request body must be a JSON object';
  const { model, max_tokens: maxTokens, messages } = body as Record<string, unknown>;
  if (typeof model !== 'string' || model.length === 0) return 'model: Field required';
  if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens < 1) {
    return 'max_tokens: Field required';
  }
  if (!Array.isArray(messages) || messages.length === 0) return 'messages: at least one message is required';
  const turns = messages as Turn[];
  for (const [index, turn] of turns.entries()) {
    if (turn.role !== 'user' && turn.role !== 'assistant') {
      return `messages.${index}.role: Input should be 'user' or 'assistant'`;
    }
    if (typeof turn.content !== 'string' && !Array.isArray(turn.content)) {
      return `messages.${index}.content: Field required`;
    }
  }
  return toolPairingProblem(turns);
}

/** Each `tool_use` must be answered by a `tool_result` in the very next user turn, and vice versa. */
function toolPairingProblem(turns: readonly Turn[]): string | null {
  for (const [index, turn] of turns.entries()) {
    const next = turns[index + 1];
    if (turn.role === 'assistant') {
      const asked = idsOf(turn, 'tool_use', 'id');
      if (asked.length === 0 || next === undefined) continue;
      const answered = idsOf(next, 'tool_result', 'tool_use_id');
      const missing = asked.filter((id) => !answered.includes(id));
      if (missing.length > 0) {
        return `messages.${index + 1}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}`;
      }
    } else {
      const previous = index > 0 ? turns[index - 1] : undefined;
      const asked = previous ? idsOf(previous, 'tool_use', 'id') : [];
      const orphan = idsOf(turn, 'tool_result', 'tool_use_id').find((id) => !asked.includes(id));
      if (orphan !== undefined) {
        return `messages.${index}.content: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${orphan}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`;
      }
    }
  }
  return null;
}

function idsOf(turn: Turn, type: string, key: 'id' | 'tool_use_id'): string[] {
  if (!Array.isArray(turn.content)) return [];
  return (turn.content as Block[])
    .filter((block) => block.type === type && typeof block[key] === 'string')
    .map((block) => block[key] as string);
}
