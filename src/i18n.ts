/** The interface in the site's language (`SITE_LANGUAGE`, checked in astro.config.mjs). */
import { createTranslator, resolveLanguage } from './lib/messages';

export const messages = createTranslator(resolveLanguage(import.meta.env.SITE_LANGUAGE));
