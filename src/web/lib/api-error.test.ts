import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';

describe('ApiError', () => {
  const problem = {
    code: 'unprocessable',
    detail: 'The Blueprint has 3 problems',
    errors: [
      { path: 'body.blueprint.name', message: 'must not be empty' },
      { path: 'body.blueprint.name', message: 'must name the organization' },
      { path: 'query.limit', message: 'must be at most 100' },
    ],
    details: { problems: [] },
  };

  it('keeps every error in order, with the path as the server sent it', () => {
    const error = new ApiError(422, problem);
    expect(error.errors).toEqual(problem.errors);
  });

  it('keys field errors by form field, the last message of a path winning', () => {
    const error = new ApiError(422, problem);
    expect(error.fieldErrors).toEqual({
      'blueprint.name': 'must name the organization',
      limit: 'must be at most 100',
    });
  });

  it('keeps the details, and has empty lists when the problem carried none', () => {
    expect(new ApiError(422, problem).details).toEqual({ problems: [] });
    const bare = new ApiError(0, { code: 'network', detail: 'The server could not be reached' });
    expect(bare.errors).toEqual([]);
    expect(bare.fieldErrors).toEqual({});
    expect(bare.details).toEqual({});
  });
});
