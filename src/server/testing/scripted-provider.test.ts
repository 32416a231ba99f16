import { describe, expect, it } from 'vitest';
import { describeProviderContract } from '../../ai/provider-contract.js';
import { createScriptedProvider } from './scripted-provider.js';

// The test double keeps the promises every real provider keeps, so server tests built on it hold for them.
describeProviderContract('scripted test double', () =>
  Promise.resolve({ provider: createScriptedProvider() }),
);

describe('the scripted provider', () => {
  it('refuses French the way the offline analyzer does, with a 422 that says which languages it reads', async () => {
    const provider = createScriptedProvider();
    await expect(
      provider.analyze({ message: 'Je veux une clinique pour les patients', current: null, history: [] }),
    ).rejects.toMatchObject({
      code: 'unprocessable',
      hint: expect.stringMatching(/English or Arabic/) as unknown,
    });
  });

  it('streams its summary in pieces that add up to it', async () => {
    const pieces: string[] = [];
    const result = await createScriptedProvider().analyze({
      message: 'A clinic called "Oasis Care"',
      current: null,
      history: [],
      onText: (delta) => pieces.push(delta),
    });
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(result.summary);
    expect(result.blueprint).toMatchObject({ name: 'Oasis Care', slug: 'oasis-care' });
  });
});
