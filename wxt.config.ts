import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Arabic News Companion',
    description:
      'Highlights the people, places, organisations and events of Central Asian security news in Arabic pages and explains them.',
    permissions: ['storage'],
  },
});
