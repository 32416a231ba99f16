import { describe, expect, it } from 'vitest';
import { openingMessages } from './conversation.js';

describe('openingMessages', () => {
  it('starts with the person and alternates roles, merging turns of the same side', () => {
    const messages = openingMessages({
      message: 'Add doctors',
      current: null,
      history: [
        { role: 'assistant', text: 'Welcome! Describe your platform.' },
        { role: 'user', text: 'A clinic' },
        { role: 'user', text: 'in Riyadh' },
        { role: 'assistant', text: '   ' },
        { role: 'assistant', text: 'Drafted a clinic.' },
        { role: 'user', text: 'Thanks.' },
      ],
    });

    expect(messages.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user']);
    expect(messages[0]!.content).toBe('A clinic\n\nin Riyadh');
    expect(messages[1]!.content).toBe('Drafted a clinic.');
    expect(messages[2]!.content).toMatch(/^Thanks\.\n\n.*draft a new Blueprint.*Add doctors/s);
  });
});
