interface ImportMetaEnv {
  /** True in `astro dev`, where drafts are shown; set by the content-validation integration. */
  readonly TIMELINE_SHOW_DRAFTS: boolean;
  /** The interface language (`SITE_LANGUAGE`), already checked; set in astro.config.mjs. */
  readonly SITE_LANGUAGE: string;
}
