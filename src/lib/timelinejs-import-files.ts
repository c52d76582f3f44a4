/**
 * `npm run import`: reads the file, plans every entry (nothing is written when the file cannot
 * be read), then writes the new files, never over an existing one. If a write fails half-way,
 * the files this run wrote are removed again, so the content folder is never left half-imported.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator, resolveLanguage } from './messages';
import { planImport, readTimelineSource, type ImportPlan } from './timelinejs-import';

export interface ImportRequest {
  file: string;
  publisher: string;
  /** The content folder to write into: `events/<year>/` and `eras/` below it. */
  outDir: string;
}

export interface ImportOutcome {
  /** 0 when every slide was imported or deliberately left out, 1 when the file could not be imported. */
  exitCode: number;
  /** The report, one line each. */
  lines: string[];
  plan?: ImportPlan;
  written: string[];
}

/** Ids of the Markdown entries in a collection folder, at any depth. */
function idsIn(folder: string): Set<string> {
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return new Set();
  }
  return new Set(entries.filter((entry) => entry.endsWith('.md')).map((entry) => path.basename(entry, '.md')));
}

/** Writes each file only if it does not exist yet; on any failure removes what it wrote and rethrows. */
function writeAll(outDir: string, plan: ImportPlan): string[] {
  const written: string[] = [];
  try {
    for (const file of plan.files) {
      const target = path.join(outDir, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text, { flag: 'wx' });
      written.push(target);
    }
  } catch (error) {
    for (const file of written) rmSync(file, { force: true });
    throw error;
  }
  return written;
}

export function runImport(request: ImportRequest, language = process.env['SITE_LANGUAGE']): ImportOutcome {
  const { t, count } = createTranslator(resolveLanguage(language));
  const fail = (message: string): ImportOutcome => ({
    exitCode: 1,
    lines: [t('import.failed', { file: request.file, message })],
    written: [],
  });
  if (!request.publisher.trim()) return fail(t('import.needsPublisher'));
  let text: string;
  try {
    text = readFileSync(request.file, 'utf8');
  } catch (error) {
    return fail((error as Error).message);
  }
  const read = readTimelineSource(request.file, text);
  if (!read.ok) return fail(read.message);
  const plan = planImport(read.slides, {
    publisher: request.publisher.trim(),
    existingIds: { events: idsIn(path.join(request.outDir, 'events')), eras: idsIn(path.join(request.outDir, 'eras')) },
  });
  let written: string[];
  try {
    written = writeAll(request.outDir, plan);
  } catch (error) {
    return fail((error as Error).message);
  }
  const order = new Map(read.slides.map(({ position }, index) => [position, index]));
  const reported = [
    ...plan.files.map((file, index) => ({
      position: file.position,
      lines: [
        t('import.wrote', { position: file.position, file: written[index] ?? file.path }),
        ...file.notes.map((note) => `  ${t('import.note', { note })}`),
      ],
    })),
    ...plan.skipped.map(({ position, reason }) => ({ position, lines: [t('import.skipped', { position, reason })] })),
  ].sort((a, b) => (order.get(a.position) ?? 0) - (order.get(b.position) ?? 0));
  const lines = [
    ...reported.flatMap((entry) => entry.lines),
    `${count('import.writtenCount', plan.files.length)}, ${count('import.skippedCount', plan.skipped.length)}`,
  ];
  return { exitCode: 0, lines, plan, written };
}
