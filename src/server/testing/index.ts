/**
 * Test support: a real server on a fresh database, and an HTTP client with a cookie jar.
 * @module
 */
export { startTestServer, type TestServer, type TestServerOptions } from './test-server.js';
export { createScriptedProvider, type ScriptedProviderOptions } from './scripted-provider.js';
export { parseEventStream, type ServerSentEvent } from './event-stream-reader.js';
export { eventually, type EventuallyOptions } from './eventually.js';
export { signUpPerson, type SignedUp } from './sign-up.js';
export { TestClient, type TestResponse } from './test-client.js';
