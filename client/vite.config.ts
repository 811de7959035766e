import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { documentenInline } from './documenten-inline';
import { precomprimeren } from './precomprimeren';

/** The NestJS API during development (`npm run start:dev`); the client proxies to it. */
const api = process.env.DRIEHOEK_API ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [documentenInline(), react(), precomprimeren()],
  // Pure modules the server uses too; the same alias is in tsconfig.json.
  resolve: {
    alias: { '@gedeeld': fileURLToPath(new URL('../src/gedeeld', import.meta.url)) },
  },
  build: {
    // Next to the compiled server, so `npm start` and the Docker image serve it from dist/.
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/collab': { target: api, ws: true, changeOrigin: true },
      '/export': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
      // The upload of an existing agreement (POST /import/overeenkomsten); the review screen is
      // the client's own /importeren/:id.
      '^/import/': { target: api, changeOrigin: true },
    },
  },
});
