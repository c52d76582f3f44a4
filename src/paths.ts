import { createPaths } from './lib/urls';

/** Internal URLs under the configured base path; use these instead of building paths by hand. */
export const paths = createPaths(import.meta.env.BASE_URL);
