/**
 * Runs one command and measures it: wall time and the peak resident memory
 * of its whole process tree (the sum over the process and its descendants,
 * sampled from /proc every 100 ms), so helper processes a build spawns count.
 * CPU seconds (user + system, the tree's) come from /usr/bin/time when it is
 * installed: on a shared machine wall time follows the neighbours' load, CPU
 * time much less.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measured {
  code: number | null;
  seconds: number;
  /** User + system CPU seconds of the tree, or null without /usr/bin/time. */
  cpuSeconds: number | null;
  peakRssBytes: number;
  /** 1-minute load average at the start and the end (other work on the machine). */
  load: [number, number];
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
    const load0 = os.loadavg()[0]!;
    const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
    const timed = fs.existsSync('/usr/bin/time');
    const [c, a] = timed ? ['/usr/bin/time', ['-f', '%U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
    const child = spawn(c, a, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
      let cpuSeconds: number | null = null;
      if (timed && fs.existsSync(timeFile)) {
        const [u, s] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuSeconds = (u ?? 0) + (s ?? 0);
        fs.rmSync(timeFile, { force: true });
      }
      resolve({ code, seconds, cpuSeconds, peakRssBytes: peak, load: [load0, os.loadavg()[0]!], tail });
    });
  });
}
