// Finding a room by postcode, by name and by location (issue #14), in the browser:
// - the postcode box on the home page and /gebieden/ leads to the postcode's area, without
//   JavaScript (through the list of postcodes) and with it (straight to the postcode's page);
//   an unknown or mistyped postcode is said beside the box;
// - "dichtbij mij" with a mocked location lists the nearest open room first, and asks no
//   other host and sends the position nowhere (every request is recorded);
// - search finds a neighbourhood ("Camminghaburen") and a postcode with their area first, a
//   street, the search page's own examples, Frisian "kofje" and English "coffee", and shows
//   each result with a sentence.
// Usage: node find.mjs SITE_DIR
import fs from 'node:fs';
import path from 'node:path';
import { start, checks } from './browser.mjs';

const siteDir = process.argv[2];
const site = await start(siteDir);
const t = checks('find');
const foreign = [];
const requests = [];
const record = (page) => {
  page.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(site.origin)) foreign.push(r.url());
  });
  page.on('pageerror', (e) => t.ok(false, 'no script error', e.message));
};
const pathOf = (url) => new URL(url).pathname;

async function search(page, where, query) {
  await page.goto(site.origin + where + '?q=' + encodeURIComponent(query));
  await page.waitForFunction(() => {
    const s = document.getElementById('zoekstatus');
    return s && s.textContent && !/…$/.test(s.textContent.trim());
  }, null, { timeout: 15000 });
  return page.$$eval('#zoekresultaten-lijst li', (lis) => lis.map((li) => ({
    path: new URL(li.querySelector('a').href).pathname,
    sentence: (li.querySelector('.search-results__excerpt') || {}).textContent || '',
  })));
}

try {
  // Without JavaScript: the form lands on the list of postcodes, which links the area.
  const plain = await site.browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  record(noScript);
  await noScript.goto(site.origin + '/');
  await noScript.fill('#postcode-invoer', '8911');
  await Promise.all([noScript.waitForURL(/\/postcode\/\?postcode=8911$/), noScript.press('#postcode-invoer', 'Enter')]);
  const listed = await noScript.$$eval('.postcode-list a', (as) => as.map((a) => [a.textContent.trim(), new URL(a.href).pathname]));
  t.ok(listed.some(([text, href]) => text === '8911' && href === '/postcode/8911/'),
    'without JavaScript the postcode box lands on the list of postcodes', JSON.stringify(listed));
  await Promise.all([noScript.waitForURL(/\/postcode\/8911\/$/), noScript.click('.postcode-list a[href="/postcode/8911/"]')]);
  let area = await noScript.getAttribute('[data-postcode-area]', 'href');
  t.ok(area === '/gebieden/centrum/', 'without JavaScript the postcode\'s page names its area', area);
  t.ok(!(await noScript.isVisible('[data-nearby]')), 'without JavaScript "dichtbij mij" is not shown');
  await noScript.goto(site.origin + '/kamers/');
  t.ok(!(await noScript.isVisible('[data-nearby-button]')), 'nor on /kamers/');
  await plain.close();

  // With JavaScript: straight to the postcode's page.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  record(page);
  await page.goto(site.origin + '/');
  await page.waitForSelector('[data-postcode-form][data-ready]');
  await page.fill('#postcode-invoer', '8911');
  await Promise.all([page.waitForURL(/\/postcode\/8911\/$/), page.press('#postcode-invoer', 'Enter')]);
  area = await page.getAttribute('[data-postcode-area]', 'href');
  t.ok(area === '/gebieden/centrum/', 'with JavaScript the home page\'s postcode box goes to the postcode\'s page and its area', area);
  const rooms = await page.$$eval('#kamers a', (as) => as.map((a) => new URL(a.href).pathname));
  t.ok(rooms.includes('/kamers/de-klomp/'), 'the postcode\'s page lists the rooms of its area', rooms.join(' '));

  await page.goto(site.origin + '/gebieden/');
  await page.waitForSelector('[data-postcode-form][data-ready]');
  await page.fill('#postcode-invoer', '9051 ab');
  await Promise.all([page.waitForURL(/\/postcode\/9051\/$/), page.press('#postcode-invoer', 'Enter')]);
  area = await page.getAttribute('[data-postcode-area]', 'href');
  t.ok(area === '/gebieden/stiens/', 'a six-character postcode leads to the page of its four digits, on /gebieden/ too', area);

  for (const [typed, said] of [['1234', /1234/], ['abc', /abc/]]) {
    await page.goto(site.origin + '/gebieden/');
    await page.waitForSelector('[data-postcode-form][data-ready]');
    await page.fill('#postcode-invoer', typed);
    await page.press('#postcode-invoer', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-postcode-status]').textContent !== '');
    const status = await page.textContent('[data-postcode-status]');
    t.ok(said.test(status) && pathOf(page.url()) === '/gebieden/', `"${typed}" is said to be unknown or no postcode, beside the box`, status);
  }
  const areasLink = await page.$$eval('a', (as) => as.some((a) => new URL(a.href).pathname === '/gebieden/'));
  t.ok(areasLink, 'the page with the message links to the list of areas');

  await page.goto(site.origin + '/fy/postcode/?postcode=9001');
  await page.waitForURL(/\/fy\/postcode\/9001\/$/);
  area = await page.getAttribute('[data-postcode-area]', 'href');
  t.ok(area === '/fy/gebieden/grou/', 'the Frisian list goes on to the Frisian postcode page', area);

  // Search.
  let found = await search(page, '/zoeken/', 'Camminghaburen');
  t.ok(found[0] && found[0].path === '/gebieden/oost/', '"Camminghaburen" finds its area first', JSON.stringify(found));
  found = await search(page, '/zoeken/', '8927');
  t.ok(found[0] && found[0].path === '/gebieden/oost/', 'a postcode finds its area first', JSON.stringify(found));
  found = await search(page, '/zoeken/', 'Westeinde');
  t.ok(found.some((f) => f.path === '/kamers/eeltjeshiem/'), 'a street from a room\'s address finds the room', JSON.stringify(found));
  t.ok(found.every((f) => /\.$/.test(f.sentence) && !/___/.test(f.sentence)), 'each result shows a sentence', JSON.stringify(found));
  found = await search(page, '/zoeken/', 'buurtkamer bilgaard');
  const bilgaard = found.find((f) => f.path === '/kamers/bilgaard/');
  t.ok(bilgaard && /Leeuwarden Noord/.test(bilgaard.sentence) && /^[A-Z]/.test(bilgaard.sentence),
    'a room\'s sentence names its kind and area', bilgaard && bilgaard.sentence);
  for (const where of ['/zoeken/', '/fy/zoeken/', '/en/zoeken/']) {
    await page.goto(site.origin + where);
    const hint = await page.textContent('.search-examples');
    const examples = hint.replace(/^[^:]*:\s*/, '').replace(/\.\s*$/, '').split(', ');
    t.ok(examples.length === 3, `${where} offers three examples`, hint);
    for (const example of examples) {
      found = await search(page, where, example);
      t.ok(found.length > 0, `${where}: the example "${example}" finds something`);
    }
  }
  found = await search(page, '/fy/zoeken/', 'kofje');
  t.ok(found.some((f) => f.path.startsWith('/fy/kamers/')), 'Frisian "kofje" finds rooms with koffie', JSON.stringify(found));
  found = await search(page, '/fy/zoeken/', 'buurtmiddagen');
  t.ok(found.some((f) => f.path === '/fy/kamers/bilgaard/'), 'the Frisian index stems with the Dutch stemmer ("buurtmiddagen" finds "Buurtmiddag")', JSON.stringify(found.map((f) => f.path)));
  found = await search(page, '/en/zoeken/', 'coffee');
  t.ok(found.some((f) => f.path.startsWith('/en/kamers/')), 'English "coffee" finds rooms with koffie', JSON.stringify(found));
  await context.close();

  // "Dichtbij mij" with a mocked location just beside one open room.
  const geo = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/rooms.geojson'), 'utf8'));
  const open = geo.features.filter((f) => f.properties.status === 'open' && f.geometry);
  const target = open.find((f) => f.properties.id === 'dorpskamer-stiens') || open[0];
  const [lon, lat] = target.geometry.coordinates;
  const here = { latitude: lat + 0.001, longitude: lon - 0.001 };
  for (const where of ['/', '/kamers/']) {
    requests.length = 0;
    const located = await site.browser.newContext({
      serviceWorkers: 'block', geolocation: here, permissions: ['geolocation'],
    });
    const p = await located.newPage();
    record(p);
    await p.goto(site.origin + where);
    await p.click('[data-nearby-button]');
    await p.waitForSelector('[data-nearby-list] li a', { timeout: 15000 });
    const near = await p.$$eval('[data-nearby-list] li a', (as) => as.map((a) => new URL(a.href).pathname));
    t.ok(near[0] === `/kamers/${target.properties.id}/`, `${where}: "dichtbij mij" lists the nearest room first`, near.join(' '));
    const sent = requests.filter((u) => u.includes(String(here.latitude).slice(0, 6)) || u.includes(String(here.longitude).slice(0, 5)));
    t.ok(sent.length === 0, `${where}: the position is in no request`, sent.join(' '));
    await located.close();
  }
  t.ok(foreign.length === 0, 'no request to another host', foreign.join(' '));
} catch (e) {
  t.ok(false, 'the find test ran', e.stack);
} finally {
  await site.stop();
}
process.exit(t.done() ? 1 : 0);
