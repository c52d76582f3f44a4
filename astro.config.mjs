// @ts-check
import path from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import buildOutputFolder from './src/integrations/build-output-folder';
import contentValidation from './src/integrations/content-validation';
import dataStoreAsJson from './src/integrations/data-store-as-json';
import hostingHeaders from './src/integrations/hosting-headers';
import serialStoreWrites from './src/integrations/serial-store-writes';
import { resolveLanguage } from './src/lib/messages';
import { normaliseBasePath } from './src/lib/urls';

const site = process.env.SITE || 'http://localhost:4321';
const base = normaliseBasePath(process.env.BASE_PATH);
const contentDir = process.env.CONTENT_DIR || 'content';
// An unsupported language stops here, before any work, with the list of supported ones.
const language = resolveLanguage(process.env.SITE_LANGUAGE);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    // Separate CSS files cache across pages and satisfy a strict Content-Security-Policy.
    inlineStylesheets: 'never',
    // Page generation mostly waits on file writes; a few pages at a time keep the CPU busy.
    concurrency: 4,
  },
  vite: {
    // Keep scripts in files too: the CSP allows no inline script. One stylesheet for the whole
    // site (14 kB): a page waits for one file before its first paint instead of two, every later
    // page has it cached, and component styles come after the global ones they refine.
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    define: { 'import.meta.env.SITE_LANGUAGE': JSON.stringify(language) },
    // Images of events live in the content folder, wherever CONTENT_DIR puts it (src/media.ts).
    resolve: { alias: { '@content-media': path.resolve(contentDir, 'media') } },
  },
  integrations: [
    serialStoreWrites(),
    contentValidation({ contentDir }),
    dataStoreAsJson(),
    // The search page and the embeds are `noindex`: a results page or a framed view is no page
    // for search engines.
    sitemap({
      filter: (page) => {
        const { pathname } = new URL(page);
        return !pathname.endsWith('/search/') && !pathname.startsWith(`${base}embed/`);
      },
    }),
    hostingHeaders(),
    // Tells scripts/build.mjs which folder Pagefind indexes.
    buildOutputFolder(),
  ],
});
