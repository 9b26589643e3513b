// Search in the browser: a word from a room's description finds the room, from the search
// page and from the home page's search box, in Dutch (with stemming and without accents)
// and in Frisian; the page with results has no axe violations; no other host is asked.
// Usage: node search.mjs SITE_DIR
import { createRequire } from 'node:module';
import { start, checks } from './browser.mjs';

const require = createRequire(import.meta.url);
const site = await start(process.argv[2]);
const t = checks('search');
const foreign = [];

async function search(page, path, query) {
  await page.goto(site.origin + path + '?q=' + encodeURIComponent(query));
  await page.waitForFunction(() => {
    const s = document.getElementById('zoekstatus');
    return s && s.textContent && !/…$/.test(s.textContent.trim());
  }, null, { timeout: 15000 });
  return page.$$eval('#zoekresultaten-lijst a', (as) => as.map((a) => new URL(a.href).pathname));
}

try {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('request', (r) => { if (!r.url().startsWith(site.origin)) foreign.push(r.url()); });
  page.on('pageerror', (e) => t.ok(false, 'no script error', e.message));

  // "buurtmiddag" is in the description of Buurtkamer Bilgaard only among the rooms.
  let found = await search(page, '/zoeken/', 'buurtmiddag');
  t.ok(found.includes('/kamers/bilgaard/'), 'a word from a room\'s description finds the room', found.join(' '));
  found = await search(page, '/zoeken/', 'buurtmiddagen');
  t.ok(found.includes('/kamers/bilgaard/'), 'a Dutch plural finds the singular (stemming)', found.join(' '));
  found = await search(page, '/zoeken/', 'nylan');
  t.ok(found.includes('/kamers/nylan/'), 'a word typed without its accent finds Nylân', found.join(' '));
  found = await search(page, '/zoeken/', 'amaryllis');
  t.ok(found.includes('/organisaties/amaryllis/'), 'organisations are found', found.join(' '));
  found = await search(page, '/zoeken/', 'grou');
  t.ok(found.includes('/gebieden/grou/'), 'areas are found', found.join(' '));
  t.ok(found.every((p) => !p.startsWith('/fy/') && !p.startsWith('/en/')), 'Dutch search stays in Dutch pages', found.join(' '));
  const status = await page.textContent('#zoekstatus');
  t.ok(/resultat/.test(status), 'the status line says how many were found', status);

  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  t.ok(result.violations.length === 0, 'the page with results has no axe violations',
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; '));

  found = await search(page, '/zoeken/', 'xyzzyplugh');
  t.ok(found.length === 0 && /Niets gevonden/.test(await page.textContent('#zoekstatus')), 'nothing found says so');

  // From the home page's search box to the search page.
  await page.goto(site.origin + '/');
  await page.fill('#zoekterm-home', 'buurtmiddag');
  await Promise.all([page.waitForURL(/\/zoeken\/\?q=buurtmiddag/), page.press('#zoekterm-home', 'Enter')]);
  await page.waitForSelector('#zoekresultaten-lijst a');
  found = await page.$$eval('#zoekresultaten-lijst a', (as) => as.map((a) => new URL(a.href).pathname));
  t.ok(found.includes('/kamers/bilgaard/'), 'the home page\'s search box leads to the results', found.join(' '));

  // Typing in the box searches too.
  await page.goto(site.origin + '/zoeken/');
  await page.fill('#zoekterm', 'formulieren');
  await page.waitForSelector('#zoekresultaten-lijst a[href="/kamers/de-klomp/"]', { timeout: 15000 });
  t.ok(true, 'typing searches without pressing Enter');

  found = await search(page, '/fy/zoeken/', 'buurtmiddag');
  t.ok(found.includes('/fy/kamers/bilgaard/'), 'the Frisian search page finds Frisian pages', found.join(' '));

  // Without JavaScript the search page lists everything.
  const plain = await site.browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(site.origin + '/zoeken/?q=buurtmiddag');
  const listed = await noScript.$$eval('.search-all a', (as) => as.map((a) => new URL(a.href).pathname));
  t.ok(listed.includes('/kamers/bilgaard/') && listed.includes('/gebieden/noord/')
    && listed.includes('/initiatieven/buurkracht-leeuwarden/') && listed.includes('/organisaties/amaryllis/'),
  'without JavaScript every room, area, initiative and organisation is listed');
  await plain.close();
  await context.close();
  t.ok(foreign.length === 0, 'no request to another host', foreign.join(' '));
} catch (e) {
  t.ok(false, 'the search test ran', e.stack);
} finally {
  await site.stop();
}
process.exit(t.done() ? 1 : 0);
