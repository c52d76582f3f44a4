interface ImportMetaEnv {
  /** True in `astro dev`, where drafts are shown; set by the content-validation integration. */
  readonly TIMELINE_SHOW_DRAFTS: boolean;
}
