/**
 * Tools for scripts that build and measure the static site away from the project's own out/: a copy of the app to
 * build in (siteCopy), a command run with its peak memory (run), and the size of a folder (dirSize). Used by
 * scripts/bench.ts and scripts/budget.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';

export function dirSize(dir: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        files++;
        bytes += st.size;
        if (name.endsWith('.html')) html++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes, html };
}

/** Resident memory of a process and all its descendants, in MiB (Linux /proc; 0 elsewhere). */
export function treeRssMb(root: number): number {
  if (!existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let kb = 0;
  const visit = (pid: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // Gone.
    }
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(root);
  return kb / 1024;
}

/** Run a command to its end; wall time, peak memory of its process tree (sampled twice a second), and its output. */
export function run(
  cmd: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ ok: boolean; ms: number; peakMb: number; output: string }> {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
    let peakMb = 0;
    const timer = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid!))), 500);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ok: code === 0, ms: performance.now() - t, peakMb, output });
    });
  });
}

/**
 * The app as `npm run build` exports it, in a copy under .cache/bench-site: the files git tracks for the site, its
 * island scripts built, and a next.config.js that points Turbopack at this project's root so it finds node_modules
 * there.
 */
export function siteCopy(name = 'bench-site'): string {
  const site = path.resolve('.cache', name);
  rmSync(site, { recursive: true, force: true });
  const tracked = spawnSync('git', ['ls-files', 'app', 'components', 'lib', 'public', 'data', 'scripts'], {
    encoding: 'utf8',
  }).stdout.split('\n');
  const files = [
    ...tracked,
    'next.config.js',
    'package.json',
    'tsconfig.json',
    'postcss.config.mjs',
    'next-env.d.ts',
  ];
  for (const file of files) {
    if (!file || !existsSync(file)) continue;
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    cpSync(file, path.join(site, file));
  }
  appendFileSync(
    path.join(site, 'next.config.js'),
    "\n// Bench copy (scripts/bench.ts): node_modules is two folders up.\nnextConfig.turbopack = { root: new URL('../..', import.meta.url).pathname };\n",
  );
  // The island scripts are built, not tracked (public/islands/, as `npm run build` does before next build).
  const islands = spawnSync(path.resolve('node_modules', '.bin', 'tsx'), ['scripts/islands.ts'], {
    cwd: site,
    encoding: 'utf8',
  });
  if (islands.status !== 0) throw new Error(`scripts/islands.ts failed in ${site}:\n${islands.stderr}`);
  return site;
}
