/** Runs a command and measures its wall time and peak memory, keeping its output in a log file. */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const GNU_TIME = '/usr/bin/time';
const SAMPLE_INTERVAL_MS = 200;
const ERROR_TAIL_LINES = 40;

/**
 * @typedef {object} Measurement
 * @property {number} seconds wall time
 * @property {number} peakRssBytes the larger of GNU time's maximum RSS (the largest single process,
 *   exact) and the sampled sum over the process tree (catches Pagefind's binary running beside Node)
 * @property {string} output stdout and stderr, interleaved
 */

/** GNU time reports the exact peak RSS; BSD and busybox `time` have no `-v`. */
const hasGnuTime = (() => {
  let answer;
  return () => (answer ??= spawnSync(GNU_TIME, ['-v', 'true'], { stdio: 'ignore' }).status === 0);
})();

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, logFile: string }} options
 * @returns {Promise<Measurement>}
 */
export async function runMeasured(command, args, { cwd, env, logFile }) {
  const timeFile = `${logFile}.time`;
  const [file, fileArgs] = hasGnuTime() ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, fileArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTreeRss(child.pid);
  const { exitCode, output } = await waitForExit(child, logFile);
  const seconds = (performance.now() - started) / 1000;
  const sampledPeak = sampler.stop();
  const timedPeak = hasGnuTime() ? readGnuTimePeak(timeFile) : 0;
  if (exitCode !== 0) {
    const tail = output.trimEnd().split('\n').slice(-ERROR_TAIL_LINES).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` exited with ${exitCode} (log: ${logFile}):\n${tail}`);
  }
  return { seconds, peakRssBytes: Math.max(sampledPeak, timedPeak), output };
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} logFile
 * @returns {Promise<{ exitCode: number | null, output: string }>}
 */
function waitForExit(child, logFile) {
  const log = createWriteStream(logFile);
  const chunks = [];
  const keep = (chunk) => {
    chunks.push(chunk);
    log.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) =>
      log.end(() => resolve({ exitCode, output: Buffer.concat(chunks).toString('utf8') })),
    );
  });
}

function readGnuTimePeak(timeFile) {
  const report = readFileSync(timeFile, 'utf8');
  rmSync(timeFile);
  const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
  return kilobytes ? Number(kilobytes) * 1024 : 0;
}

/**
 * Sums the RSS of `rootPid` and all its descendants every 200 ms and keeps the highest sum.
 * @param {number | undefined} rootPid
 * @returns {{ stop: () => number }} stop ends sampling and returns the peak in bytes
 */
function sampleTreeRss(rootPid) {
  let peak = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy || rootPid === undefined) return;
    busy = true;
    treeRss(rootPid)
      .then((bytes) => (peak = Math.max(peak, bytes)))
      // No `ps` here: GNU time's figure stands alone.
      .catch(() => clearInterval(timer))
      .finally(() => (busy = false));
  }, SAMPLE_INTERVAL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** @param {number} rootPid */
async function treeRss(rootPid) {
  const { stdout } = await execFileAsync('ps', ['-A', '-o', 'pid=,ppid=,rss=']);
  const children = new Map();
  const rssOf = new Map();
  for (const line of stdout.trim().split('\n')) {
    const [pid, ppid, rss] = line.trim().split(/\s+/).map(Number);
    rssOf.set(pid, rss * 1024);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  let total = 0;
  for (const queue = [rootPid]; queue.length > 0;) {
    const pid = queue.pop();
    total += rssOf.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
