import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/** The web app: Vite root is src/web; the server serves the build from dist/web. */
export default defineConfig({
  root: webRoot,
  plugins: [react(), tailwindcss()],
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: {
    // `npm run dev` serves the API on 3000; Vite proxies to it so cookies stay same-origin.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
