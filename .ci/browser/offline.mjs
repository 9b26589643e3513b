// Offline: after one visit the service worker has kept the site; with the connection cut,
// the page reloads, another page never visited opens, and search still answers.
// Usage: node offline.mjs SITE_DIR
import { start, checks } from './browser.mjs';

const site = await start(process.argv[2]);
const t = checks('offline');

try {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => t.ok(false, 'no script error', e.message));
  await page.goto(site.origin + '/kamers/bilgaard/');
  // Installed (the whole site kept) and in control of this page.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  t.ok(scope === site.origin + '/', 'the service worker covers the whole site', scope);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  const kept = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('mienskip-')));
    return { names, count: (await cache.keys()).length };
  });
  t.ok(kept.count > 100, 'the pages and data are kept', JSON.stringify(kept));
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  t.ok(manifest.name && manifest.icons.some((i) => i.sizes === '512x512') && manifest.icons.some((i) => i.sizes === '192x192'),
    'the manifest names the site and has icons');

  await context.setOffline(true);
  const reloaded = await page.reload();
  t.ok(reloaded && reloaded.ok() && (await page.textContent('h1')).includes('Bilgaard'), 'the page reloads without a connection');
  t.ok(reloaded && reloaded.fromServiceWorker(), 'the reloaded page came from the service worker');

  const other = await page.goto(site.origin + '/fy/agenda/');
  t.ok(other && other.ok() && (await page.getAttribute('html', 'lang')) === 'fy', 'a page not visited before opens offline');

  const csv = await page.evaluate(() => fetch('/data/rooms.csv').then((r) => r.text()).catch((e) => String(e)));
  t.ok(csv.startsWith('id,'), 'open data files are there offline');

  await page.goto(site.origin + '/zoeken/?q=buurtmiddag');
  const hit = await page.waitForSelector('#zoekresultaten-lijst a[href="/kamers/bilgaard/"]', { timeout: 15000 }).catch(() => null);
  t.ok(hit !== null, 'search works offline');

  const missing = await page.goto(site.origin + '/fy/bestaat-niet/');
  t.ok(missing && (await page.getAttribute('html', 'lang')) === 'fy', 'an unknown page offline shows the not-found page in its language');
  await context.setOffline(false);
  await context.close();
} catch (e) {
  t.ok(false, 'the offline test ran', e.stack);
} finally {
  await site.stop();
}
process.exit(t.done() ? 1 : 0);
