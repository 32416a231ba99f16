import { describe, expect, it } from 'vitest';
import type { ProblemDetails } from '../contracts/index.js';
import { ApiError, problemToMessage } from './api-error.js';

const problem = (overrides: Partial<ProblemDetails>): ProblemDetails => ({
  type: 'urn:webnova:problem:bad_request',
  title: 'Bad request',
  status: 400,
  detail: 'Something is off',
  code: 'bad_request',
  requestId: 'req-1',
  ...overrides,
});

describe('problemToMessage', () => {
  it("keeps the server's detail and hint", () => {
    const message = problemToMessage(problem({ detail: 'Tenant was not found', hint: 'Check the id.' }));
    expect(message).toEqual({ message: 'Tenant was not found', hint: 'Check the id.' });
  });

  it('lists field problems the detail does not already name', () => {
    const { message } = problemToMessage(
      problem({
        detail: "The request's body is not valid: body.email: must be an email address",
        errors: [
          { path: 'body.email', message: 'must be an email address' },
          { path: 'body.password', message: 'must be at least 10 characters' },
        ],
      }),
    );
    expect(message).toBe(
      "The request's body is not valid: body.email: must be an email address\n  - body.password: must be at least 10 characters",
    );
  });

  it('replaces the HTTP-level hint with the CLI way when not signed in', () => {
    const { hint } = problemToMessage(
      problem({ status: 401, code: 'unauthenticated', hint: 'send Authorization: Bearer <token>' }),
    );
    expect(hint).toContain('--token');
    expect(hint).toContain('WEBNOVA_TOKEN');
  });

  it('points at CLI commands where the server names HTTP routes', () => {
    const { hint } = problemToMessage(
      problem({
        code: 'not_found',
        hint: 'Check the X-Tenant-Id header; GET /api/tenants lists the tenants.',
      }),
    );
    expect(hint).toBe('Check --tenant/WEBNOVA_TENANT; `webnova tenants list` lists the tenants.');
  });

  it('tells how to fix invalid values in CLI terms', () => {
    const { hint } = problemToMessage(
      problem({ code: 'validation_failed', hint: 'Fix the fields listed in `errors`' }),
    );
    expect(hint).toContain('--help');
  });

  it('names the request id for server failures, so the operator can find them in the log', () => {
    const { message } = problemToMessage(problem({ status: 500, code: 'internal', requestId: 'req-42' }));
    expect(message).toContain('req-42');
  });
});

describe('ApiError', () => {
  it('carries status and code for callers that react to them, and fails with exit code 1', () => {
    const error = new ApiError(problem({ status: 409, code: 'conflict', detail: 'Already there' }));
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'Already there', exitCode: 1 });
  });
});
