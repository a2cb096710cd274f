// `npm start`: install dependencies if they are missing or older than the lockfile, build the
// app, and serve it at http://localhost:5173 (opens on the built-in demo design).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
run('npx', ['vite', 'build', '--logLevel', 'warn']);
console.log('\nIOV Planner is running at http://localhost:5173 (Ctrl+C to stop)\n');
run('npx', ['vite', 'preview', '--port', '5173', '--strictPort']);
