import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // The mpp-* tags are web components, not Vue components: Vue sets their properties and hears their events.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mpp-') } } }),
  ],
  // The app calls the MPP's API on its own origin. In development, Vite forwards
  // the API to the server of `npm start` in the mpp-kit repository (or your own).
  server: { proxy: { '/v1': 'http://127.0.0.1:8787' } },
});
