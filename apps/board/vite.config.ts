// The board's build: a static bundle in apps/board/dist that the API serves at `/`.
// In development the dev server forwards /graphql (HTTP and WebSocket) to the API on :4000.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const api = process.env.RELAIS_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  define: {
    // vue-i18n feature flags: Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': {
        target: api,
        ws: true,
        changeOrigin: true,
        // The API accepts WebSockets from its own origin only; seen through the proxy, the board is.
        configure: (proxy) => {
          proxy.on('proxyReqWs', (proxyReq) => proxyReq.setHeader('origin', api));
        },
      },
    },
  },
});
