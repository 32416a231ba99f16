/**
 * Test support: a fake Anthropic Messages API on loopback that the real SDK can talk to.
 * @module
 */
export {
  startFakeMessagesApi,
  type FakeMessagesApi,
  type FakeMessagesApiOptions,
  type RecordedRequest,
} from './fake-messages-api.js';
export {
  errorReply,
  textReply,
  toolUseReply,
  type ScriptedBlock,
  type ScriptedError,
  type ScriptedMessage,
  type ScriptedReply,
} from './scripted-reply.js';
export { invalidClinicBlueprint, submitBlueprintReply, type SubmissionParts } from './submissions.js';
