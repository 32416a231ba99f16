/**
 * The Blueprint feature: a platform's Blueprint versions in readable views, their diff, and hand edits.
 * @module
 */
import { addFeatureStrings } from '../../i18n/feature-strings.js';
import { blueprintStrings } from './strings.js';

addFeatureStrings('blueprint', blueprintStrings);

export { BlueprintWorkspace } from './components/blueprint-workspace.js';
