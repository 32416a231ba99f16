#!/usr/bin/env node
// The `webnova` command. The CLI is TypeScript run through tsx (a dependency), so a clean checkout
// works after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
