/**
 * The Code feature: browse, read and download the code generated from a platform's Blueprint.
 * @module
 */
import { addFeatureStrings } from '../../i18n/feature-strings.js';
import { codeStrings } from './strings.js';

addFeatureStrings('code', codeStrings);

export { CodeWorkspace } from './components/code-workspace.js';
