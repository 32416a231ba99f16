/**
 * Generates a platform from a Blueprint into a temporary directory, bundles its web app and starts its
 * server, so a browser can use the platform as its users would.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { validateBlueprint } from '../../src/blueprint/index.js';
import { generateCodebase } from '../../src/codegen/index.js';
import {
  runTool,
  startProjectServer,
  writeProject,
  type GeneratedProject,
  type StartedServer,
} from '../../src/codegen/testing/generated-project.js';
import type { BlueprintInput } from '../../src/contracts/index.js';

const BUILD_TIMEOUT_MS = 60_000;

export interface RunningPlatform {
  url: string;
  /** The first administrator, created at start from ADMIN_PASSWORD. */
  admin: { email: string; password: string };
  /** The server's output so far, for explaining a failure. */
  serverOutput: () => string;
  stop(): Promise<void>;
}

export async function startGeneratedPlatform(input: BlueprintInput, label: string): Promise<RunningPlatform> {
  const validation = validateBlueprint(input);
  if (!validation.ok) {
    throw new Error(`The ${label} Blueprint is invalid: ${JSON.stringify(validation.problems)}`);
  }
  const project: GeneratedProject = writeProject(generateCodebase(validation.blueprint), label);
  let server: StartedServer | undefined;
  try {
    const build = await runTool(project.dir, 'tsx', ['web/build.ts'], BUILD_TIMEOUT_MS);
    if (build.exitCode !== 0) throw new Error(`web/build.ts failed:\n${build.output}`);
    const admin = {
      email: `admin@${validation.blueprint.slug}.local`,
      password: 'an-administrator-password',
    };
    server = await startProjectServer(project.dir, {
      DATA_DIR: path.join(project.dir, 'data'),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ADMIN_PASSWORD: admin.password,
    });
    const started = server;
    return {
      url: started.url,
      admin,
      serverOutput: started.output,
      stop: async () => {
        await started.stop();
        project.remove();
      },
    };
  } catch (error) {
    await server?.stop();
    project.remove();
    throw error;
  }
}
