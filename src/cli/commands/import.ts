import path from 'node:path';
import type { Command } from 'commander';
import { describe, withContext } from '../command-kit.js';
import { formatBlueprint } from './blueprint/format-blueprint.js';
import { readTextFile } from './blueprint/read-json-file.js';
import { writeBlueprint } from './blueprint.js';

/** `webnova import <file>`: an existing data model (JHipster JDL, OpenAPI 3) becomes a Blueprint, offline. */
export function importCommand(program: Command): void {
  describe(
    program.command('import').argument('<file>', 'a .jdl/.jh file or an OpenAPI 3 document (.json, .yaml)'),
    'Turn an existing data model into a Blueprint: JHipster JDL or the component schemas of an OpenAPI 3 document. Needs no server.',
    ['webnova import shop.jdl --json > shop.json', 'webnova import api.yaml --out blueprint.json'],
  )
    .option('--out <file>', 'also write the Blueprint JSON to this file')
    .action(
      withContext<{ out?: string }>(async ({ args, options, output }) => {
        const file = args[0] ?? '';
        // Loaded on use, so that other commands do not pay for the parsers at start.
        const { importDataModel } = await import('../../importers/index.js');
        const result = importDataModel(await readTextFile(file), { fileName: path.basename(file) });
        // Notes go to stderr so `--json` output stays one document.
        for (const note of result.notes) {
          const where = note.line
            ? ` (line ${note.line}${note.column ? `, column ${note.column}` : ''})`
            : '';
          output.note(`${note.severity}: ${note.message}${where}`);
        }
        if (options.out) await writeBlueprint(options.out, result.blueprint);
        output.result(
          result.blueprint,
          (blueprint) => `Imported from ${result.format}:\n\n${formatBlueprint(blueprint)}`,
        );
      }),
    );
}
