import {
  Blueprint,
  type AnalysisResult,
  type Inference,
  type ProviderName,
  type RenameHints,
} from '../../contracts/index.js';
import type { AnalyzeRequest, BlueprintProvider } from '../../ai/index.js';
import { clinicBlueprint } from '../../blueprint/examples/clinic.js';
import { AppError } from '../../kernel/index.js';

export interface ScriptedProviderOptions {
  name?: ProviderName;
  /** Awaited before the reply is built, e.g. to let a test change the platform meanwhile. */
  beforeReply?: (request: AnalyzeRequest) => Promise<void>;
}

/**
 * A deterministic Blueprint provider for server tests, standing in for Claude and the offline analyzer.
 * It drafts the clinic example and understands a few literal commands, so tests can say exactly what
 * a reply changes:
 * - a first message drafts the clinic; `called "Name"` names it;
 * - `add field <name> to <Entity>`; `rename field <from> to <to> on <Entity>`; `rename to "Name"`;
 * - `[fail:upstream_failed]`, `[fail:upstream_timeout]`: the provider errors the real ones raise
 *   (`[fail-late:…]`: the same, after the reply text has streamed);
 * - anything else changes nothing (a question, say).
 * Like the offline analyzer it reads English and Arabic only: French is refused with a 422.
 */
export function createScriptedProvider(options: ScriptedProviderOptions = {}): BlueprintProvider {
  const name = options.name ?? 'offline';
  return {
    name,
    analyze: async (request) => {
      request.signal?.throwIfAborted();
      refuseUnreadable(request.message);
      await options.beforeReply?.(request);
      const { blueprint, summary, inferences, renames } = request.current
        ? revise(request.current, request.message)
        : draft(request.message);
      // Reply text arrives in pieces, as a remote model's would.
      for (const word of summary.split(/(?<= )/)) {
        request.signal?.throwIfAborted();
        request.onText?.(word);
        await new Promise((resolve) => setImmediate(resolve));
      }
      failIfAsked(request.message, 'fail-late');
      const result: AnalysisResult = {
        blueprint,
        summary,
        inferences,
        openQuestions: request.current ? [] : ['Do patients book online?'],
        provider: name,
        model: name === 'anthropic' ? 'scripted-model' : undefined,
      };
      return renames ? { ...result, renames } : result;
    },
  };
}

interface Reply {
  blueprint: Blueprint;
  summary: string;
  inferences: Inference[];
  renames?: RenameHints;
}

const FRENCH_WORDS = /\b(le|la|les|des|une|pour|avec|nous|vous|est|dans|gérer|je|veux)\b/giu;

function refuseUnreadable(message: string): void {
  if ((message.match(FRENCH_WORDS) ?? []).length >= 3) {
    throw new AppError(
      'unprocessable',
      'The analyzer reads English and Arabic; this message looks like French',
      {
        hint: 'Describe the platform in English or Arabic.',
      },
    );
  }
  failIfAsked(message, 'fail');
}

/** `[fail:<code>]` fails before any reply text, `[fail-late:<code>]` after it has streamed. */
function failIfAsked(message: string, when: 'fail' | 'fail-late'): void {
  const failure = new RegExp(`\\[${when}:(upstream_failed|upstream_timeout)\\]`).exec(message)?.[1];
  if (failure === 'upstream_failed') throw new AppError('upstream_failed', 'The model answered badly');
  if (failure === 'upstream_timeout')
    throw new AppError('upstream_timeout', 'The model did not answer in time');
}

function draft(message: string): Reply {
  const called = /called "([^"]+)"/.exec(message)?.[1];
  const blueprint = Blueprint.parse(clinicBlueprint);
  const named = called ? { ...blueprint, name: called, slug: slugOf(called) } : blueprint;
  return {
    blueprint: named,
    summary: `A clinic platform named ${named.name} with ${named.entities.length} entities.`,
    inferences: [{ kind: 'domain', subject: 'healthcare', reason: 'the description is about a clinic' }],
  };
}

function revise(current: Blueprint, message: string): Reply {
  const added = /add field (\w+) to (\w+)/.exec(message);
  if (added) return addField(current, added[1]!, added[2]!);
  const renamed = /rename field (\w+) to (\w+) on (\w+)/.exec(message);
  if (renamed) return renameField(current, renamed[1]!, renamed[2]!, renamed[3]!);
  const retitled = /rename to "([^"]+)"/.exec(message)?.[1];
  if (retitled) {
    return {
      blueprint: { ...current, name: retitled },
      summary: `Renamed the platform to ${retitled}.`,
      inferences: [{ kind: 'change', subject: 'name', reason: 'asked to rename the platform' }],
    };
  }
  return { blueprint: current, summary: 'Nothing to change.', inferences: [] };
}

function addField(current: Blueprint, field: string, entity: string): Reply {
  return {
    blueprint: {
      ...current,
      entities: current.entities.map((candidate) =>
        candidate.name === entity
          ? {
              ...candidate,
              fields: [
                ...candidate.fields,
                Blueprint.shape.entities.element.shape.fields.element.parse({
                  name: field,
                  label: Object.fromEntries(current.locales.map((locale) => [locale, field])),
                  type: 'string',
                }),
              ],
            }
          : candidate,
      ),
    },
    summary: `Added ${field} to ${entity}.`,
    inferences: [{ kind: 'field', subject: `${entity}.${field}`, reason: 'asked for it' }],
  };
}

function renameField(current: Blueprint, from: string, to: string, entity: string): Reply {
  return {
    blueprint: {
      ...current,
      entities: current.entities.map((candidate) =>
        candidate.name === entity
          ? {
              ...candidate,
              displayField: candidate.displayField === from ? to : candidate.displayField,
              fields: candidate.fields.map((f) => (f.name === from ? { ...f, name: to } : f)),
            }
          : candidate,
      ),
    },
    summary: `Renamed ${entity}.${from} to ${to}.`,
    inferences: [{ kind: 'change', subject: `${entity}.${from}`, reason: 'asked to rename it' }],
    renames: { entities: [], fields: [{ entity, from, to }] },
  };
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
