/** Builds the site into a temporary folder with the given content and environment. */
import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { temporaryFolder } from '../../support/temporary-folders';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');

export interface BuildOptions {
  contentDir?: string;
  basePath?: string;
  site?: string;
  /** Time zone of the build process, e.g. `Pacific/Honolulu`. */
  timeZone?: string;
  /** `SITE_LANGUAGE`; English unless given, whatever the calling shell sets. */
  language?: string;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * The environment without what Vitest adds to it: it exports Vite's `BASE_URL`, `MODE`, `DEV`,
 * `PROD` and `SSR` (and NODE_ENV=test), which would override the build's own values.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const injected = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !injected.has(key) && !key.startsWith('VITEST')),
  );
}

function buildEnvironmentFor({
  contentDir,
  basePath,
  site,
  timeZone,
  language = 'en',
}: BuildOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' };
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  if (basePath) env['BASE_PATH'] = basePath;
  if (site) env['SITE'] = site;
  if (timeZone) env['TZ'] = timeZone;
  env['SITE_LANGUAGE'] = language;
  return env;
}

export function runBuild(options: BuildOptions = {}): BuildResult {
  const outDir = temporaryFolder('timeline-build-');
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: buildEnvironmentFor(options),
    encoding: 'utf8',
    timeout: 280_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/**
 * Builds without blocking the test worker, for files that build again after tests have run
 * (a blocked worker cannot report their results and Vitest times out).
 */
export function buildSiteAsync(options: BuildOptions = {}): Promise<string> {
  const outDir = temporaryFolder('timeline-build-');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['scripts/build.mjs', '--outDir', outDir],
      { cwd: PROJECT_ROOT, env: buildEnvironmentFor(options), timeout: 280_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`Build failed (${error.message}):\n${stdout}\n${stderr}`));
        else resolve(outDir);
      },
    );
  });
}

/** Builds and throws with Astro's output when the build fails. */
export function buildSite(options: BuildOptions = {}): string {
  const result = runBuild(options);
  if (result.status !== 0) throw new Error(`Build failed (${String(result.status)}):\n${result.output}`);
  return result.outDir;
}

export const FIXTURE_CONTENT = path.join(PROJECT_ROOT, 'tests/fixtures/content');
