import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../i18n/index.js';

// Each test renders into a fresh document body.
afterEach(() => {
  cleanup();
});
