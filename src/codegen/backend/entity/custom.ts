import { code } from '../../code.js';
import { importStatement } from '../../layout.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { ownedFile, sourceFile } from '../source-file.js';

/** The hook types per entity (regenerated) and the user's hooks file (written once). */
export function hookFiles(model: CodegenModel): GeneratedFile[] {
  const sorted = [...model.entities].sort((a, b) => a.names.kebab.localeCompare(b.names.kebab));
  const first = model.entities[0]?.names.pascal ?? 'Entity';
  return [
    sourceFile(
      model,
      'src/server/resources/hook-types.ts',
      code`
        ${sorted.map((entity) => {
          const { pascal, kebab } = entity.names;
          return importStatement(
            [`${pascal}Create`, `${pascal}Record`, `${pascal}Update`],
            `../../shared/${kebab}.schema.js`,
            true,
          );
        })}
        import type { EntityHooks } from './kit/definition.js';

        export type { HookContext } from './kit/definition.js';

        /** Hooks per entity: each is optional. */
        export interface PlatformHooks {
          ${model.entities.map((entity) => {
            const { pascal } = entity.names;
            return `${pascal}?: EntityHooks<${pascal}Create, ${pascal}Update, ${pascal}Record>;`;
          })}
        }
      `,
    ),
    ownedFile(
      'src/custom/hooks.ts',
      code`
        // Your code: WebNova wrote this file once and never overwrites it.
        import type { PlatformHooks } from '../server/resources/hook-types.js';

        /**
         * Runs around every create, update and delete, inside the request's transaction. Return the
         * (possibly changed) input from a before-hook; throw to refuse the change. For example:
         *
         *   ${first}: {
         *     beforeCreate: (input) => ({ ...input }),
         *     afterDelete: (id, { user }) => console.log(user.email + ' deleted ' + id),
         *   },
         */
        export const hooks: PlatformHooks = {};
      `,
    ),
    ownedFile(
      'src/custom/routes.ts',
      code`
        // Your code: WebNova wrote this file once and never overwrites it.
        import type { Router } from 'express';
        import type { Db } from '../server/db/client.js';

        /**
         * Add your own endpoints here; they are mounted under /api after the generated ones. Use
         * userOf(req) from '../server/auth/authenticate.js' to require a signed-in user. For example:
         *
         *   router.get('/custom/ping', (_req, res) => { res.json({ pong: true }); });
         */
        export function registerCustomRoutes(_router: Router, _db: Db): void {}
      `,
    ),
  ];
}
