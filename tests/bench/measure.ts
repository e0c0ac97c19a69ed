/**
 * Runs one command and measures it: wall time and the peak resident memory
 * of its whole process tree (the sum over the process and its descendants,
 * sampled from /proc every 100 ms), so helper processes a build spawns count.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measured {
  code: number | null;
  seconds: number;
  peakRssBytes: number;
  /** The last lines of output, for error messages. */
  tail: string;
}

/** Pid → parent pid for every process on the machine. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may contain spaces and parentheses: read after the last ')'.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The resident memory of `root` and all its descendants, now. */
export function treeRss(root: number): number {
  const ppid = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of ppid) if (tree.has(parent) && !tree.has(pid)) { tree.add(pid); grew = true; }
  }
  let sum = 0;
  for (const pid of tree) sum += rssBytes(pid);
  return sum;
}

/** Runs `cmd args` to completion, sampling its tree's memory. */
export function measure(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; log?: (line: string) => void }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
      if (opts.log) for (const line of chunk.toString().split('\n')) if (line.trim()) opts.log(line);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setInterval(() => { if (child.pid) peak = Math.max(peak, treeRss(child.pid)); }, 100);
    child.on('error', (e) => { clearInterval(timer); reject(e); });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({ code, seconds, peakRssBytes: peak, tail });
    });
  });
}
