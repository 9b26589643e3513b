// Search over a site whose index is split in shards (pagefind/, pagefind/2/, …): the search
// page lists the extra shards, and an item from every shard is found by its name in one
// list of results, with no request to another host.
// Usage: node search-shards.mjs SITE_DIR (a site with more items than one shard holds)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { start, checks } from './browser.mjs';

const dir = process.argv[2];
const t = checks('search shards');
const html = fs.readFileSync(path.join(dir, 'zoeken/index.html'), 'utf8');
const shards = (/data-shards="([^"]*)"/.exec(html)?.[1] || '').split(' ').filter(Boolean);
t.ok(shards.length > 0, 'the search page lists the extra shards', shards.join(' '));

// One item of each shard, read from the first of its fragments (gzip, then a signature).
function firstItem(bundle) {
  const fragments = path.join(dir, bundle, 'fragment');
  const name = fs.readdirSync(fragments).sort()[0];
  const text = zlib.gunzipSync(fs.readFileSync(path.join(fragments, name))).toString('utf8');
  return JSON.parse(text.slice('pagefind_dcd'.length));
}
const items = ['pagefind/', ...shards.map((n) => `pagefind/${n}/`)].map((bundle) => ({ bundle, ...firstItem(bundle) }));

const site = await start(dir);
const foreign = [];
try {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('request', (r) => { if (!r.url().startsWith(site.origin)) foreign.push(r.url()); });
  page.on('pageerror', (e) => t.ok(false, 'no script error', e.message));
  for (const item of items) {
    await page.goto(site.origin + '/zoeken/?q=' + encodeURIComponent(item.meta.title));
    await page.waitForFunction(() => {
      const s = document.getElementById('zoekstatus');
      return s && s.textContent && !/…$/.test(s.textContent.trim());
    }, null, { timeout: 30000 });
    const found = await page.$$eval('#zoekresultaten-lijst a', (as) => as.map((a) => new URL(a.href).pathname));
    t.ok(found.includes(item.url), `${item.meta.title} (${item.bundle}) is found`, found.slice(0, 5).join(' '));
  }
  await context.close();
  t.ok(foreign.length === 0, 'no request to another host', foreign.join(' '));
} catch (e) {
  t.ok(false, 'the shard search test ran', e.stack);
} finally {
  await site.stop();
}
process.exit(t.done() ? 1 : 0);
