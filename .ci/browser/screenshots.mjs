// Renders pages of a built site in headless Chromium to PNG and checks that the maps and
// budget charts are really drawn: the element's screenshot must not be blank.
// Usage: node screenshots.mjs SITE_DIR OUT_DIR
import { PNG } from 'pngjs';
import fs from 'node:fs';
import path from 'node:path';
import { start } from './browser.mjs';

const [siteDir, outDir] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const { origin, browser, stop } = await start(path.resolve(siteDir));

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
  // The map pages a resident sees (issue #14): the home page, a room page and /kaart/ at
  // 320 and 1280 px, with the map in view, for docs/screenshots/ (scripts/screenshots.sh).
  // Each shows the basemap: roads or water, and place names.
  for (const width of [320, 1280]) {
    const views = await browser.newContext({ viewport: { width, height: width < 600 ? 640 : 900 } });
    for (const [page, name] of [['/', 'home'], ['/kamers/bilgaard/', 'kamer'], ['/kaart/', 'kaart']]) {
      const tab = await views.newPage();
      await tab.goto(origin + page, { waitUntil: 'load' });
      await tab.evaluate(() => {
        const figure = document.querySelector('.map-figure');
        if (figure) window.scrollTo(0, Math.max(0, figure.getBoundingClientRect().top + window.scrollY - 60));
      });
      const file = path.join(outDir, `${name}-${width}.png`);
      await tab.screenshot({ path: file });
      const drawn = await tab.evaluate(() => {
        const svg = [...document.querySelectorAll('svg.kaart')].find((el) => getComputedStyle(el).display !== 'none');
        if (!svg) return null;
        return {
          ground: svg.querySelectorAll('.kaart-ondergrond path').length,
          places: [...svg.querySelectorAll('text.kaart-plaats')].map((el) => el.textContent),
        };
      });
      const ok = drawn && drawn.ground > 0 && drawn.places.length > 0;
      console.log(`${file}: ${drawn ? `${drawn.ground} basemap layers, places ${drawn.places.join(', ')}` : 'no map'} ${ok ? 'ok' : 'NO BASEMAP'}`);
      if (!ok) failures++;
      await tab.close();
    }
    await views.close();
  }
} finally {
  await stop();
}
process.exit(failures ? 1 : 0);
