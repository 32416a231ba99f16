/**
 * The conversation that builds a platform: the first description, then revisions by chat, each reply
 * with the Blueprint version it made, its diff, and restore and fork.
 * @module
 */
import { addFeatureStrings } from '../../i18n/feature-strings.js';
import { chatStrings } from './strings.js';

addFeatureStrings('chat', chatStrings);

export { NewPlatformChat } from './components/new-platform-chat.js';
export { PlatformChat } from './components/platform-chat.js';
