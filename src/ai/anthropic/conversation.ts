import type { ContentBlockParam, Message, MessageParam } from '@anthropic-ai/sdk/resources/messages';
import type { BlueprintProblem } from '../../contracts/index.js';
import { formatProblems } from '../../blueprint/index.js';
import type { AnalyzeRequest } from '../provider.js';
import { SUBMIT_BLUEPRINT_TOOL } from './submit-blueprint-tool.js';

/**
 * The messages of a first call: the earlier turns, then the newest message with the current
 * Blueprint (when revising) as JSON. Turns are merged so roles alternate and the first is the person's.
 */
export function openingMessages(request: AnalyzeRequest): MessageParam[] {
  const newest = request.current
    ? `The current Blueprint:\n<current_blueprint>\n${JSON.stringify(request.current)}\n</current_blueprint>\n\n` +
      `The person's message (revise the current Blueprint accordingly):\n<message>\n${request.message}\n</message>`
    : `The person's message (draft a new Blueprint):\n<message>\n${request.message}\n</message>`;
  const turns = [...request.history, { role: 'user' as const, text: newest }].filter((turn) =>
    turn.text.trim(),
  );
  const firstFromPerson = turns.findIndex((turn) => turn.role === 'user');
  const messages: { role: 'user' | 'assistant'; content: string }[] = [];
  for (const turn of turns.slice(firstFromPerson)) {
    const last = messages.at(-1);
    if (last?.role === turn.role) last.content += `\n\n${turn.text}`;
    else messages.push({ role: turn.role, content: turn.text });
  }
  return messages;
}

/** Why a reply could not be used, to tell Claude in the next turn. */
export interface RejectedReply {
  blueprintProblems: readonly BlueprintProblem[];
  otherProblems: readonly BlueprintProblem[];
}

/**
 * The two turns that ask for a corrected call: Claude's reply as it was, then a `tool_result` with
 * `is_error` listing the problems (or, when the reply called no tool, a plain request to call it).
 */
export function repairTurns(reply: Message, rejection: RejectedReply): MessageParam[] {
  const content: ContentBlockParam[] = [];
  for (const block of reply.content) {
    if (block.type === 'text' && block.text) content.push({ type: 'text', text: block.text });
    if (block.type === 'tool_use')
      content.push({ type: 'tool_use', id: block.id, name: block.name, input: block.input });
  }
  const calls = content.filter((block) => block.type === 'tool_use');
  const assistant: MessageParam = {
    role: 'assistant',
    content: content.length > 0 ? content : '(no answer)',
  };
  if (calls.length === 0) {
    return [
      assistant,
      {
        role: 'user',
        content: `You did not call ${SUBMIT_BLUEPRINT_TOOL}. Call it now with the complete Blueprint, the summary, the inferences and the open questions.`,
      },
    ];
  }
  return [
    assistant,
    {
      role: 'user',
      // The API wants every tool_use answered; only the first call is the answer, later ones are ignored.
      content: calls.map((call, index) => ({
        type: 'tool_result',
        tool_use_id: call.id,
        is_error: true,
        content:
          index === 0 ? describeRejection(rejection) : `Ignored: call ${SUBMIT_BLUEPRINT_TOOL} only once.`,
      })),
    },
  ];
}

function describeRejection({ blueprintProblems, otherProblems }: RejectedReply): string {
  const count = blueprintProblems.length + otherProblems.length;
  const sections = [
    `Nothing was saved: your input has ${count} problem${count === 1 ? '' : 's'}.`,
    blueprintProblems.length > 0 ? `In "blueprint":\n${formatProblems(blueprintProblems)}` : '',
    otherProblems.length > 0 ? `Outside "blueprint":\n${formatProblems(otherProblems)}` : '',
    `Call ${SUBMIT_BLUEPRINT_TOOL} again with the whole corrected input (not only the fixed parts), keeping everything else as it was.`,
  ];
  return sections.filter(Boolean).join('\n\n');
}
