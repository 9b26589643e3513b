// Shared by the browser tests: the built site on a local server and headless Chromium.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { serve } from './serve.mjs';

export async function start(siteDir) {
  const server = await serve(path.resolve(siteDir));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    origin,
    browser,
    async stop() {
      await browser.close();
      server.close();
    },
  };
}

// A tiny test runner: named checks, a line each, and the plain closing count.
export function checks(title) {
  let passed = 0;
  let failed = 0;
  return {
    ok(condition, name, detail = '') {
      if (condition) {
        passed++;
        console.log(`ok: ${name}`);
      } else {
        failed++;
        console.log(`FAILED: ${name}${detail ? ` (${detail})` : ''}`);
      }
    },
    done() {
      console.log(`${title}: ${passed} passed, ${failed} failed`);
      return failed;
    },
  };
}
