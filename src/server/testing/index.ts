/**
 * Test support: a real server on a fresh database, and an HTTP client with a cookie jar.
 * @module
 */
export { startTestServer, type TestServer } from './test-server.js';
export { TestClient, type TestResponse } from './test-client.js';
