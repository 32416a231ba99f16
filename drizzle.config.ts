import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from every module's `schema.ts`. Hand-written SQL (row-level security,
// triggers, functions) goes in migrations made with `npx drizzle-kit generate --custom --name <what>`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/modules/*/schema.ts',
  out: './drizzle',
});
