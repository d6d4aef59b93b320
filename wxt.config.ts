import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Fixed so that tests and users can rely on it; Firefox needs one for storage and installs. */
export const GECKO_ID = 'sourcelight@sourcelight.example';

// `wxt build --mode e2e` is the test build: it may reach pages served on 127.0.0.1
// without a toolbar click, and Firefox may open the panel page in a tab. Nothing else differs.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The engine chunk carries wink's English model (about 1 MB gzipped); it is loaded on demand.
  vite: () => ({ plugins: [preact()], build: { chunkSizeWarningLimit: 4096 } }),
  manifest: ({ browser, mode }) => {
    const e2e = mode === 'e2e';
    return {
      name: 'Sourcelight',
      description: 'Shows who is saying what in a news article: claims, reports and pledges, with their sources.',
      permissions: ['activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
      ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
      ...(e2e && browser === 'firefox'
        ? { web_accessible_resources: ['sidepanel.html'] }
        : {}),
      action: {
        default_title: 'Sourcelight: who is saying what',
        default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
