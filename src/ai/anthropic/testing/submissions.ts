import type { BlueprintInput } from '../../../contracts/index.js';
import { clinicBlueprint } from '../../../blueprint/examples/clinic.js';
import { SUBMIT_BLUEPRINT_TOOL } from '../submit-blueprint-tool.js';
import { toolUseReply, type ScriptedMessage } from './scripted-reply.js';

export interface SubmissionParts {
  blueprint?: unknown;
  summary?: string;
  textBefore?: string | readonly string[];
}

/** A scripted Claude reply calling `submit_blueprint`, by default with the valid clinic example. */
export function submitBlueprintReply(parts: SubmissionParts = {}): ScriptedMessage {
  return toolUseReply(
    SUBMIT_BLUEPRINT_TOOL,
    {
      summary: parts.summary ?? 'A clinic in Riyadh with patients, doctors and appointments.',
      blueprint: parts.blueprint ?? clinicBlueprint,
      inferences: [
        { kind: 'compliance', subject: 'HIPAA', reason: 'Patient.medicalHistory holds health data' },
      ],
      openQuestions: ['Do patients book online?'],
    },
    parts.textBefore === undefined ? {} : { textBefore: parts.textBefore },
  );
}

/** The clinic example with a mistake `validateBlueprint` reports: an entity name that is not PascalCase. */
export function invalidClinicBlueprint(): BlueprintInput {
  const [first, ...rest] = clinicBlueprint.entities;
  if (!first) throw new Error('the clinic example has no entities');
  return { ...clinicBlueprint, entities: [{ ...first, name: 'patient record' }, ...rest] };
}
