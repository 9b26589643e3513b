// Stored script through the interactive map (issue #12): on a site built with `map.tiles:
// pdok` whose area, room and initiative have names with `<img src=x onerror=...>` and
// `<script>` in them, hovers and clicks every area and room on the map pages, opens their
// tooltips and popups, filters the agenda by the hostile area, and checks that no script
// ran (the payloads set window.__xss and document.title, and an <img src=x> would be asked
// for) and that the names are shown as the literal text they are. Builds nothing itself:
// .ci/check-pages.sh makes the site. Only this machine is reached: every other request
// (the tiles) is answered with an error here.
// Usage: node map-xss.mjs SITE_DIR
import fs from 'node:fs';
import path from 'node:path';
import { start, checks } from './browser.mjs';

const [siteDir] = process.argv.slice(2);
const hostile = (file) => JSON.parse(fs.readFileSync(path.join(siteDir, 'data', file), 'utf8'))
  .features.map((f) => f.properties).filter((p) => /<img src=x onerror=/.test(p.name || ''));
const areas = hostile('areas.geojson');
const rooms = hostile('rooms.geojson');
const t = checks('hostile names on the map');
t.ok(areas.length > 0 && rooms.length > 0, 'the site has an area and a room with a hostile name',
  `${areas.length} areas, ${rooms.length} rooms`);
if (!areas.length || !rooms.length) process.exit(t.done() ? 1 : 0);
const area = areas[0];
const room = rooms[0];

const { origin, browser, stop } = await start(siteDir);
// What tells that script ran in the page, after everything was done to it.
const traces = () => ({
  flag: window.__xss,
  images: document.querySelectorAll('img[src="x"]').length,
  // JSON-LD holds the names as data; only a script that would run counts.
  scripts: Array.from(document.scripts)
    .filter((s) => !s.type || /javascript|module/i.test(s.type))
    .filter((s) => s.textContent.includes('__xss')).length,
  title: document.title,
});

try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const images = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    // A payload's <img src=x> asks for x next to the page.
    if (url.pathname.endsWith('/x')) images.push(url.href);
    return route.continue();
  });
  const open = async (page) => {
    const tab = await context.newPage();
    const problems = [];
    tab.on('dialog', (d) => { problems.push(`a dialog: ${d.message()}`); d.dismiss(); });
    tab.on('pageerror', (e) => problems.push(String(e)));
    await tab.goto(origin + page, { waitUntil: 'load' });
    return { tab, problems, title: await tab.title() };
  };
  const clean = async (page, tab, problems, title, titleChanges = false) => {
    const seen = await tab.evaluate(traces);
    t.ok(seen.flag === undefined, `${page}: no payload ran`, `window.__xss = ${seen.flag}`);
    t.ok(seen.images === 0, `${page}: no <img src=x> in the page`, `${seen.images}`);
    t.ok(seen.scripts === 0, `${page}: no payload <script> in the page`, `${seen.scripts}`);
    t.ok(titleChanges ? seen.title !== 'XSS' : seen.title === title, `${page}: the title is the page's own`, seen.title);
    t.ok(problems.length === 0, `${page}: no dialogs or errors`, problems.join('; '));
  };

  for (const page of ['/kaart/', `/gebieden/${area.id}/`, `/kamers/${room.id}/`]) {
    const { tab, problems, title } = await open(page);
    const ready = await tab.waitForSelector('.interactive-map[data-ready="true"]', { timeout: 15000 })
      .then(() => true, () => false);
    t.ok(ready, `${page}: the interactive map initialised`);
    // The basemap's place names (one of them hostile, see check-pages.sh) show as text.
    const basemap = await tab.waitForSelector('.interactive-map[data-basemap-ready="true"]', { timeout: 15000 })
      .then(() => true, () => false);
    const places = basemap ? await tab.locator('.interactive-map .map-place').allTextContents() : [];
    t.ok(places.some((p) => p.startsWith('Prinsentuin <img src=x onerror=')), `${page}: a hostile place name shows as text`, places.join(' | '));
    const shapes = tab.locator('.interactive-map path.leaflet-interactive');
    const count = await shapes.count();
    t.ok(count > 0, `${page}: ${count} areas and rooms on the map`);
    const tooltips = new Set();
    const popups = new Set();
    for (let i = 0; i < count; i++) {
      const shape = shapes.nth(i);
      // A real pointer where the shape is drawn (another may lie on top), then the events
      // Leaflet listens for on this very shape.
      await shape.hover({ force: true, timeout: 2000 }).catch(() => {});
      await shape.dispatchEvent('mouseover');
      for (const text of await tab.locator('.leaflet-tooltip').allTextContents()) tooltips.add(text);
      await shape.dispatchEvent('mouseout');
      await shape.dispatchEvent('click');
      for (const text of await tab.locator('.leaflet-popup-content').allTextContents()) popups.add(text);
    }
    if (page !== `/kamers/${room.id}/`) {
      t.ok(tooltips.has(area.name), `${page}: the area's tooltip shows its name as text`,
        JSON.stringify([...tooltips]));
    }
    if (page !== `/gebieden/${area.id}/` || room.area === area.id) {
      t.ok(popups.has(room.name), `${page}: the room's popup shows its name as text`,
        JSON.stringify([...popups]));
    }
    const link = tab.locator('.leaflet-popup-content a', { hasText: room.name });
    if (await link.count()) {
      t.ok(await link.first().evaluate((a) => a.children.length === 0), `${page}: the popup's link holds only text`);
    }
    const credit = tab.locator('.leaflet-control-attribution a[href="https://www.kadaster.nl/"]');
    t.ok(await credit.count() === 1, `${page}: the attribution keeps its link to the tile source`);
    await clean(page, tab, problems, title);
    await tab.close();
  }

  // The agenda's filter puts the area's name in the heading and the title.
  {
    const page = '/agenda/';
    const { tab, problems, title } = await open(page);
    const filter = tab.locator(`[data-agenda-filter] a[data-area="${area.id}"]`);
    if (await filter.count()) {
      await filter.first().click();
      const heading = (await tab.locator('#agenda-kop').textContent()) || '';
      t.ok(heading.includes(area.name), `${page}: the filtered heading shows the area's name as text`, heading);
      t.ok((await tab.title()).includes(area.name), `${page}: so does the title`, await tab.title());
    } else {
      t.ok(false, `${page}: the agenda can be filtered by the hostile area`);
    }
    await clean(page, tab, problems, title, true);
    await tab.close();
  }

  // The initiative is not on the map, but on its own page and its area's (with a map).
  for (const page of ['/initiatieven/', '/initiatieven/buurkracht-leeuwarden/', '/gebieden/oost/']) {
    const { tab, problems, title } = await open(page);
    await tab.waitForSelector('.interactive-map[data-ready="true"]', { timeout: 5000 }).catch(() => {});
    const text = await tab.locator('main').textContent();
    t.ok(/Buurkracht <img src=x onerror="[^"]*"><script>[^<]*<\/script>/.test(text),
      `${page}: the initiative's title is shown as text`);
    await clean(page, tab, problems, title);
    await tab.close();
  }

  t.ok(images.length === 0, 'no <img src=x> was asked for', images.join(', '));
} finally {
  await stop();
}
process.exit(t.done() ? 1 : 0);
