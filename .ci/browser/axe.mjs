// Runs axe-core (WCAG 2.1 A and AA) in headless Chromium over the given pages of a built
// site, and fails on any violation or on any request to another host.
// Usage: node axe.mjs SITE_DIR PATH...
import { createRequire } from 'node:module';
import path from 'node:path';
import { start } from './browser.mjs';

const require = createRequire(import.meta.url);
const [siteDir, ...pages] = process.argv.slice(2);
const allowed = (process.env.ALLOWED_HOSTS || '').split(',').filter(Boolean);
const root = path.resolve(siteDir);
const { origin, browser, stop } = await start(root);
let failures = 0;
try {
  for (const width of [1280, 320]) {
    // Service workers are blocked here, so that every page is checked as served;
    // offline.mjs tests the service worker.
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true, serviceWorkers: 'block' });
    // Nothing may leave the machine: requests to other hosts are refused here (and counted
    // as problems below, since a page must not make them).
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    for (const page of pages) {
      const tab = await context.newPage();
      const foreign = [];
      tab.on('request', (r) => {
        const url = r.url();
        if (url.startsWith(origin) || url.startsWith('data:')) return;
        // A site that sets `map.tiles` asks its tile server, and only that, on purpose.
        if (allowed.some((host) => new URL(url).host === host)) return;
        foreign.push(url);
      });
      const response = await tab.goto(origin + page, { waitUntil: 'load' });
      if (!response || response.status() !== 200) {
        console.log(`${page}: HTTP ${response && response.status()}`);
        failures++;
      }
      await tab.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const result = await tab.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      for (const v of result.violations) {
        failures++;
        console.log(`${page} (${width}px): ${v.id} [${v.impact}] ${v.help}`);
        for (const node of v.nodes.slice(0, 5)) console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
      }
      for (const url of foreign) {
        failures++;
        console.log(`${page}: request to another host: ${url}`);
      }
      // Content must not be wider than the screen (WCAG 1.4.10 reflow at 320 px).
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (width === 320 && overflow > 1) {
        failures++;
        console.log(`${page} (320px): the page scrolls sideways by ${overflow}px`);
      }
      await tab.close();
    }
    await context.close();
  }
} finally {
  await stop();
}
console.log(`axe: ${pages.length} pages checked at 1280 and 320 px, ${failures} problems`);
process.exit(failures ? 1 : 0);
