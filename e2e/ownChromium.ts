// A Chromium of our own, started as a user starts it (a persistent profile on disk) and reached
// over the DevTools protocol, so a test can kill it with SIGKILL as a crash would: Playwright's own
// launch closes the browser politely, which flushes what a crash does not.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumLaunchOptions } from './browser';

export interface OwnChromium {
  browser: Browser;
  /** SIGKILL to the browser and every process it started; resolves once they are gone and Playwright knows it. */
  crash(): Promise<void>;
}

export async function startChromium(profileDir: string): Promise<OwnChromium> {
  const executable = chromiumLaunchOptions().executablePath ?? chromium.executablePath();
  const child: ChildProcess = spawn(executable, [...CHROMIUM_FLAGS, '--headless=new', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', '--no-first-run', 'about:blank'], {
    detached: true, // its own process group: the crash takes the renderers and utilities with it
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened: ${text.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const disconnected = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  return {
    browser,
    async crash() {
      process.kill(-child.pid!, 'SIGKILL');
      // Also until Playwright has seen the connection drop: the test's teardown stops tracing on
      // every context it still believes open, and one of a killed browser fails it ("Target page,
      // context or browser has been closed", CI after the last crash of crash.spec, 1 run in ~30).
      await Promise.all([exited, disconnected]);
    },
  };
}
