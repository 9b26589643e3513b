// Renders pages of a built site in headless Chromium to PNG and checks that the maps and
// budget charts are really drawn: the element's screenshot must not be blank.
// Usage: node screenshots.mjs SITE_DIR OUT_DIR
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';

const [siteDir, outDir] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const server = await serve(path.resolve(siteDir));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/// Share of pixels that differ clearly from the most common colour (the background).
function inkShare(buffer) {
  const png = PNG.sync.read(buffer);
  const counts = new Map();
  const key = (i) => (png.data[i] >> 4) << 8 | (png.data[i + 1] >> 4) << 4 | (png.data[i + 2] >> 4);
  for (let i = 0; i < png.data.length; i += 4) counts.set(key(i), (counts.get(key(i)) || 0) + 1);
  const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) if (key(i) !== background) ink++;
  return ink / (png.width * png.height);
}

const checks = [
  { page: '/kaart/', selector: 'svg.kaart', name: 'kaart' },
  { page: '/kamers/bilgaard/', selector: 'svg.kaart', name: 'kamer-bilgaard' },
  { page: '/begroting/2025/', selector: 'svg.chart', name: 'begroting-2025' },
];
let failures = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  for (const check of checks) {
    const tab = await context.newPage();
    await tab.goto(origin + check.page, { waitUntil: 'load' });
    await tab.screenshot({ path: path.join(outDir, `${check.name}-page.png`), fullPage: true });
    const element = await tab.$(check.selector);
    if (!element) {
      console.log(`${check.page}: no ${check.selector}`);
      failures++;
      continue;
    }
    const shot = await element.screenshot({ path: path.join(outDir, `${check.name}.png`) });
    const share = inkShare(shot);
    const ok = share > 0.02;
    console.log(`${check.page} ${check.selector}: ${(share * 100).toFixed(1)}% drawn ${ok ? 'ok' : 'BLANK'}`);
    if (!ok) failures++;
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures ? 1 : 0);
