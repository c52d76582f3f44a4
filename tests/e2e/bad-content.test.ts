/**
 * Every "Bad content" case of the SPEC makes `astro build` fail with a message naming the file,
 * the field and the fix. Each case starts from the valid fixture content and breaks one thing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildEnvironment, FIXTURE_CONTENT, PROJECT_ROOT, runBuild } from './support/build-site';
import { temporaryFolder } from '../support/temporary-folders';

const CALL = 'events/2022/2022-03-19-b-call.md';

function brokenContent(breakIt: (folder: string) => void): string {
  const folder = temporaryFolder('timeline-bad-');
  cpSync(FIXTURE_CONTENT, folder, { recursive: true });
  breakIt(folder);
  return folder;
}

function edit(folder: string, file: string, change: (text: string) => string) {
  const target = path.join(folder, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
}

function expectBuildToFail(folder: string, ...fragments: string[]) {
  const { status, output } = runBuild({ contentDir: folder });
  expect(status, output).not.toBe(0);
  for (const fragment of fragments) expect(output).toContain(fragment);
}

describe('a build over bad content fails and says what to fix', () => {
  test('an unknown actor id names the file and suggests the nearest id', () => {
    const folder = brokenContent((root) =>
      edit(root, CALL, (text) => text.replace('[emmanuel-macron,', '[emanuel-macron,')),
    );
    expectBuildToFail(
      folder,
      CALL,
      '`actors[0]`',
      'unknown actor id `emanuel-macron`',
      'Did you mean `emmanuel-macron`?',
    );
  });

  test('an unknown place id suggests the nearest place', () => {
    const folder = brokenContent((root) =>
      edit(root, CALL, (text) => text.replace('places: [mariupol]', 'places: [mariupl]')),
    );
    expectBuildToFail(folder, CALL, '`places[0]`', 'unknown place id `mariupl`', 'Did you mean `mariupol`?');
  });

  test('a malformed date explains the accepted forms', () => {
    const folder = brokenContent((root) =>
      edit(root, CALL, (text) => text.replace('date: 2022-03-19\n', 'date: 19/03/2022\n')),
    );
    expectBuildToFail(folder, CALL, '`date`', '"19/03/2022" is not a date in a supported form', 'YYYY-MM-DD');
  });

  test('an impossible unquoted date fails although YAML would roll it over to March', () => {
    const folder = brokenContent((root) =>
      edit(root, CALL, (text) => text.replace('date: 2022-03-19\n', 'date: 2022-02-30\n')),
    );
    expectBuildToFail(folder, CALL, '`date`', '"2022-02-30" is not a real calendar date', 'February 2022 has 28 days');
  });

  test('an impossible quoted date fails too', () => {
    const folder = brokenContent((root) =>
      edit(root, CALL, (text) => text.replace('date: 2022-03-19\n', 'date: "2022-04-31"\n')),
    );
    expectBuildToFail(folder, CALL, '"2022-04-31" is not a real calendar date', 'April 2022 has 30 days');
  });

  test('an end before the date is rejected', () => {
    const file = 'events/2022/2022-03-10-two-day-summit.md';
    const folder = brokenContent((root) =>
      edit(root, file, (text) => text.replace('end: 2022-03-11', 'end: 2022-03-09')),
    );
    expectBuildToFail(folder, file, '`end`', '2022-03-09 is before the start date 2022-03-10');
  });

  test('a source address that is no URL names the file and the field instead of a stack trace', () => {
    const folder = brokenContent((root) =>
      edit(root, CALL, (text) => text.replace('url: https://example.org/report', 'url: not a url')),
    );
    expectBuildToFail(folder, CALL, '`sources.0.url`', '"not a url" is not an absolute URL');
  });

  test('`npm run check` fails on an image without alt text, naming the file and the field', () => {
    const file = 'events/2022/2022-03-10-two-day-summit.md';
    const folder = brokenContent((root) => edit(root, file, (text) => text.replace(/\n {2}alt: .*/, '')));
    const { status, stdout, stderr } = spawnSync('npm', ['run', 'check'], {
      cwd: PROJECT_ROOT,
      env: { ...buildEnvironment(), CONTENT_DIR: folder },
      encoding: 'utf8',
      timeout: 280_000,
    });
    const output = `${stdout}\n${stderr}`;
    expect(status, output).not.toBe(0);
    for (const fragment of [file, '`media.alt`', 'is required for an image']) expect(output).toContain(fragment);
  });

  test('an image path that leaves the media folder fails the build', () => {
    const file = 'events/2022/2022-03-10-two-day-summit.md';
    const folder = brokenContent((root) =>
      edit(root, file, (text) => text.replace('src: photos/summit-table.jpg', 'src: ../events/2022/x.jpg')),
    );
    expectBuildToFail(folder, file, '`media.src`', 'leaves the media folder');
  });

  test('missing sources are reported', () => {
    const file = 'events/2022/2022-03-19-a-quoted.md';
    const folder = brokenContent((root) =>
      edit(root, file, (text) => text.replace(/sources:\n {2}- publisher: Fixture Wire\n/, '')),
    );
    expectBuildToFail(folder, file, '`sources`', 'is required but missing');
  });

  test('a duplicate id names both files', () => {
    const folder = brokenContent((root) =>
      cpSync(path.join(root, CALL), path.join(root, 'events/older/2022-03-19-b-call.md')),
    );
    expectBuildToFail(folder, 'events/older/2022-03-19-b-call.md', 'same event id `2022-03-19-b-call`', CALL);
  });

  test('an unknown field is an error that suggests the intended field', () => {
    const folder = brokenContent((root) =>
      edit(root, CALL, (text) => text.replace('importance: 3', 'importance: 3\nsumary: typo')),
    );
    expectBuildToFail(folder, CALL, 'unknown field `sumary` (did you mean `summary`?)');
  });

  test('a file that is not Markdown is not skipped silently', () => {
    const folder = brokenContent((root) =>
      renameSync(
        path.join(root, 'events/2022/2022-01-01-new-year.md'),
        path.join(root, 'events/2022/2022-01-01-new-year.markdown'),
      ),
    );
    expectBuildToFail(folder, 'events/2022/2022-01-01-new-year.markdown', 'is not a Markdown file');
  });

  test('swapped latitude and longitude are named as such, with the pair to write', () => {
    const folder = brokenContent((root) =>
      edit(root, 'places/kyiv.md', (text) => text.replace('[50.4501, 30.5234]', '[30.5234, 50.4501]')),
    );
    expectBuildToFail(
      folder,
      'places/kyiv.md',
      '`coordinates`',
      'latitude and longitude look swapped',
      '`coordinates: [50.4501, 30.5234]`',
    );
  });

  test("coordinates far outside the place's country are an error", () => {
    const folder = brokenContent((root) =>
      edit(root, 'places/kyiv.md', (text) => text.replace('country: UA', 'country: FR')),
    );
    expectBuildToFail(folder, 'places/kyiv.md', '`coordinates`', 'km outside France (`country: FR`)');
  });
});
