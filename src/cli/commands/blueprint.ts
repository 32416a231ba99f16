import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import {
  blueprintJsonSchema,
  diffBlueprints,
  formatProblems,
  validateBlueprint,
} from '../../blueprint/index.js';
import { type Blueprint, Description, PROVIDER_NAMES, type ProviderName } from '../../contracts/index.js';
import { CliError, UsageError } from '../cli-error.js';
import { describe, withContext } from '../command-kit.js';
import { formatAnalysis, formatDiff } from './blueprint/format-blueprint.js';
import { readJsonFile } from './blueprint/read-json-file.js';

interface DraftOptions {
  provider?: ProviderName;
  out?: string;
}

/**
 * `webnova blueprint …`: work with Blueprints offline, no server needed. The bare form turns a
 * description into a Blueprint; `schema`, `validate` and `diff` are subcommands.
 */
export function blueprintCommands(program: Command): void {
  const blueprint = describe(
    program.command('blueprint').argument('[description]', 'what the platform is for, in English or Arabic'),
    'Turn a description into a Blueprint (offline by default), or work with Blueprint files. Needs no server.',
    [
      'webnova blueprint "A clinic in Riyadh: patients, doctors and appointments" --json > clinic.json',
      'webnova blueprint "متجر إلكتروني للعطور مع الطلبات والعملاء"',
      'ANTHROPIC_API_KEY=… webnova blueprint "A bank branch queue system" --provider anthropic',
    ],
  )
    .addOption(new Option('--provider <name>', 'offline analyzer or Claude').choices(PROVIDER_NAMES))
    .option('--out <file>', 'also write the Blueprint JSON to this file')
    .action(
      withContext<DraftOptions>(async ({ args, options, output, env }) => {
        const [text] = args;
        if (text === undefined) {
          throw new UsageError(
            'Describe the platform, or name a subcommand (schema, validate, diff).',
            'For example: webnova blueprint "A library with books, members and loans"',
          );
        }
        const description = Description.safeParse(text);
        if (!description.success) {
          throw new UsageError(`The description ${description.error.issues[0]?.message ?? 'is not valid'}.`);
        }
        // Loaded on use: the analyzer's lexicons and Claude's SDK would slow every other command's start.
        const { allowAndRecordGate, createProvider, gatedProvider } = await import('../../ai/index.js');
        const provider = gatedProvider(
          createProvider({ provider: options.provider, env }),
          allowAndRecordGate(async (action) => {
            if (action.provider !== 'offline') output.note(`Sending the description to ${action.provider}…`);
            return Promise.resolve();
          }),
          { tenantId: null, actorId: null, platformId: null },
        );
        const result = await provider.analyze({ message: description.data, current: null, history: [] });
        if (options.out) await writeBlueprint(options.out, result.blueprint);
        // With --json the one document is the Blueprint itself, so it can be piped into `validate`.
        if (output.json) output.result(result.blueprint, () => '');
        else output.result(result, formatAnalysis);
      }),
    );

  describe(blueprint.command('schema'), "Print the Blueprint's JSON Schema (draft 2020-12).", [
    'webnova blueprint schema > blueprint.schema.json',
  ]).action(
    withContext(async ({ output }) => {
      output.result(blueprintJsonSchema(), (schema) => JSON.stringify(schema, null, 2));
      return Promise.resolve();
    }),
  );

  describe(
    blueprint.command('validate').argument('<file>', 'a Blueprint JSON file'),
    'Check a Blueprint file: its shape and its rules (names, relations, roles, locales). Exit 1 when it has problems.',
    ['webnova blueprint validate clinic.json', 'webnova blueprint validate clinic.json --json'],
  ).action(
    withContext(async ({ args, output }) => {
      const validation = validateBlueprint(await readJsonFile(args[0] ?? ''));
      const report = validation.ok
        ? { valid: true, problems: [] }
        : { valid: false, problems: validation.problems };
      output.result(report, () =>
        validation.ok
          ? `Valid: ${validation.blueprint.entities.length} entities, ${validation.blueprint.roles.length} roles.`
          : formatProblems(validation.problems),
      );
      if (!validation.ok) {
        const count = validation.problems.length;
        throw new CliError(`${args[0]} has ${count} problem${count === 1 ? '' : 's'}`, {
          hint: 'Each line above gives the place, what is wrong and a suggestion.',
        });
      }
    }),
  );

  describe(
    blueprint
      .command('diff')
      .argument('<before>', 'the older Blueprint file')
      .argument('<after>', 'the newer one'),
    'Show what changed between two Blueprint files: entities, fields, relations, roles and settings.',
    ['webnova blueprint diff v1.json v2.json', 'webnova blueprint diff v1.json v2.json --json'],
  ).action(
    withContext(async ({ args, output }) => {
      const [before, after] = await Promise.all([loadValid(args[0] ?? ''), loadValid(args[1] ?? '')]);
      output.result(diffBlueprints(before, after), formatDiff);
    }),
  );
}

/** Reads and validates a Blueprint file; problems stop the command with the list. */
export async function loadValid(file: string): Promise<Blueprint> {
  const validation = validateBlueprint(await readJsonFile(file));
  if (!validation.ok) {
    throw new CliError(`${file} is not a valid Blueprint:\n${formatProblems(validation.problems)}`, {
      hint: `Run \`webnova blueprint validate ${file}\` for the full report.`,
    });
  }
  return validation.blueprint;
}

export async function writeBlueprint(file: string, blueprint: Blueprint): Promise<void> {
  await writeFile(file, `${JSON.stringify(blueprint, null, 2)}\n`, 'utf8');
}
