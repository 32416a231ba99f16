import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../../blueprint/index.js';
import { buildModel, entityNamed } from '../../model/index.js';
import { municipalPermitsBlueprint } from '../../test-fixtures/municipal-permits.js';
import { resourceDefinitionFile } from './resource-definition.js';

describe('resourceDefinitionFile', () => {
  const validation = validateBlueprint(municipalPermitsBlueprint);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  const model = buildModel(validation.blueprint);

  it('breaks an import of long schema names one name per line, as Prettier does', () => {
    const { content } = resourceDefinitionFile(model, entityNamed(model, 'PermitApplication'));
    expect(content).toContain(
      [
        'import {',
        '  permitApplicationCreateSchema,',
        '  permitApplicationUpdateSchema,',
        "} from '../../shared/permit-application.schema.js';",
      ].join('\n'),
    );
    for (const line of content.split('\n').filter((text) => text.startsWith('import'))) {
      expect(line.length).toBeLessThanOrEqual(110);
    }
  });
});
