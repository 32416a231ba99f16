import { addFeatureStrings } from '../../i18n/feature-strings.js';
import { deploymentStrings } from './strings.js';

// Imported by every entry component, so whichever loads first brings the words.
addFeatureStrings('deployments', deploymentStrings);
