/** Headless Chromium from the system: one definition for the browser tests and the reader benchmark. */
export { findChromium, launchBrowser } from '../../../scripts/chromium.mjs';
