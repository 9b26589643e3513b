// Loads map pages of a site built with `map.tiles: pdok` and checks that the interactive
// layer initialises without errors. Requests to the tile server are intercepted and
// answered with an error here, so nothing leaves the machine; that tiles are asked for
// shows the layer is wired to the right source.
// Usage: node interactive-map.mjs SITE_DIR
import path from 'node:path';
import { checks, start } from './browser.mjs';

const [siteDir] = process.argv.slice(2);
const { origin, browser, stop } = await start(path.resolve(siteDir));
const report = checks('interactive map');
const check = report.ok;
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const tiles = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    tiles.push(url);
    return route.abort();
  });
  for (const page of ['/kaart/', '/kamers/bilgaard/', '/gebieden/noord/']) {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('console', (m) => {
      // Aborted tile requests are expected offline; anything else is an error.
      if (m.type() === 'error' && !m.text().includes('net::ERR_FAILED')) errors.push(m.text());
      if (m.type() === 'warning' && m.text().includes('interactive map')) errors.push(m.text());
    });
    const before = tiles.length;
    await tab.goto(origin + page, { waitUntil: 'load' });
    const ready = await tab.waitForSelector('.interactive-map[data-ready="true"]', { timeout: 15000 }).then(() => true, () => false);
    check(ready, `${page}: the interactive map initialised`);
    const markers = await tab.locator('.interactive-map path.leaflet-interactive').count();
    check(markers > 0, `${page}: ${markers} areas and rooms drawn on it`);
    // The basemap (map.basemap) is a layer of its own under the areas, with place names.
    const basemap = await tab.waitForSelector('.interactive-map[data-basemap-ready="true"]', { timeout: 15000 }).then(() => true, () => false);
    check(basemap, `${page}: the basemap layer loaded`);
    const lines = await tab.locator('.interactive-map .leaflet-ondergrond-pane path').count();
    check(lines > 0, `${page}: ${lines} roads and waters drawn in the basemap pane`);
    const places = await tab.locator('.interactive-map .map-place').allTextContents();
    check(places.includes('Grou') && places.includes('Prinsentuin'), `${page}: place names shown as labels (${places.length})`);
    // No two shown names overlap, at this zoom and one step in, where more of them fit.
    const shownNames = () => tab.evaluate(() => [...document.querySelectorAll('.interactive-map .map-place')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => { const r = el.getBoundingClientRect(); return { name: el.textContent, l: r.left, t: r.top, r: r.right, b: r.bottom }; }));
    const overlapping = (shown) => shown.flatMap((a, i) => shown.slice(i + 1)
      .filter((b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b).map((b) => `${a.name}/${b.name}`));
    const first = await shownNames();
    check(first.length > 0 && overlapping(first).length === 0, `${page}: ${first.length} place names shown, none over another`, overlapping(first).join(', '));
    await tab.locator('.leaflet-control-zoom-in').click();
    await tab.waitForTimeout(600);
    const closer = await shownNames();
    check(overlapping(closer).length === 0, `${page}: zoomed in, ${closer.length} place names shown, none over another`, overlapping(closer).join(', '));
    const attribution = await tab.locator('.leaflet-control-attribution').textContent().catch(() => '');
    check(attribution.includes('Kadaster'), `${page}: the tile source's attribution is shown`);
    check(tiles.slice(before).some((u) => u.startsWith('https://service.pdok.nl/brt/achtergrondkaart/')), `${page}: tiles are asked from PDOK`);
    check(errors.length === 0, `${page}: no errors in the console${errors.length ? ': ' + errors.join('; ') : ''}`);
    await tab.close();
  }
} finally {
  await stop();
}
process.exit(report.done() ? 1 : 0);
