// What the small scripts add: the agenda's filter by area (and the same links without
// JavaScript), and "open now" on a room's page in the site's time zone, whatever the
// visitor's own time zone, in winter and in summer time.
// Usage: node behaviour.mjs SITE_DIR
import { createRequire } from 'node:module';
import { start, checks } from './browser.mjs';

const require = createRequire(import.meta.url);
const site = await start(process.argv[2]);
const t = checks('behaviour');

async function axe(page, name) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  t.ok(result.violations.length === 0, `${name}: no axe violations`,
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; '));
}

const visible = (page) => page.$$eval('#agenda-dagen li[data-area]', (lis) =>
  lis.filter((li) => li.offsetParent !== null).map((li) => li.getAttribute('data-area')));

try {
  // The agenda's filter with JavaScript: no reload, only the chosen area, a status line.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => t.ok(false, 'no script error', e.message));
  await page.goto(site.origin + '/agenda/');
  const all = await visible(page);
  t.ok(all.length > 0 && new Set(all).size > 1, 'the agenda shows every area at first', String(all.length));
  await page.evaluate(() => { window.notReloaded = true; });
  const link = page.locator('.area-filter a[data-area="noord"]');
  const expected = Number((await link.locator('.area-filter__count').textContent()).replace(/\D/g, ''));
  await link.click();
  const noord = await visible(page);
  t.ok(await page.evaluate(() => window.notReloaded === true), 'filtering does not reload the page');
  t.ok(noord.length === expected && noord.every((a) => a === 'noord'), 'only the chosen area\'s activities are shown', `${noord.length} of ${expected}`);
  t.ok(new URL(page.url()).pathname === '/agenda/noord/', 'the address is the area\'s agenda page', page.url());
  t.ok((await link.getAttribute('aria-current')) === 'page', 'the chosen area is marked current');
  const status = await page.textContent('#agenda-status');
  t.ok(status.includes(String(expected)) && status.includes('Noord'), 'the status line tells what is shown', status);
  const emptyDays = await page.$$eval('#agenda-dagen .agenda-day', (days) =>
    days.filter((d) => d.offsetParent !== null && !d.querySelector('li:not([hidden])')).length);
  t.ok(emptyDays === 0, 'days without activities in the area are hidden');
  await axe(page, 'the filtered agenda');
  await page.goBack();
  t.ok((await visible(page)).length === all.length, 'going back shows every area again');
  await context.close();

  // Without JavaScript: every item visible, and the links open each area's own page.
  const plain = await site.browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(site.origin + '/agenda/');
  t.ok((await visible(noScript)).length === all.length, 'without JavaScript every activity is shown');
  await noScript.click('.area-filter a[data-area="noord"]');
  await noScript.waitForURL(/\/agenda\/noord\/$/);
  const page2 = await visible(noScript);
  t.ok(page2.length === expected && page2.every((a) => a === 'noord'), 'without JavaScript the area link opens that area\'s agenda');
  await plain.close();

  // Open now, in Europe/Amsterdam, for a visitor whose own clock is in New York.
  // Buurtkamer Bilgaard is open Monday to Friday 09:00-17:00.
  const cases = [
    ['2025-11-25T09:30:00Z', 'Nu open, tot 17:00.', 'a Tuesday morning in winter (10:30 in Leeuwarden)'],
    ['2025-11-25T16:30:00Z', 'Nu gesloten. Vandaag niet meer open. De volgende keer open: woensdag om 09:00.', 'a Tuesday evening in winter (17:30)'],
    ['2025-11-30T11:00:00Z', 'Nu gesloten. Vandaag gesloten. De volgende keer open: maandag om 09:00.', 'a Sunday'],
    ['2025-07-01T14:30:00Z', 'Nu open, tot 17:00.', 'a Tuesday in summer time (16:30)'],
    ['2025-07-01T15:30:00Z', 'Nu gesloten.', 'a Tuesday in summer time after closing (17:30, 15:30 UTC)'],
    ['2025-11-25T07:00:00Z', 'Nu gesloten. Vandaag open van 09:00 tot 17:00.', 'a Tuesday before opening (08:00)'],
  ];
  for (const [instant, text, name] of cases) {
    const ctx = await site.browser.newContext({ serviceWorkers: 'block', timezoneId: 'America/New_York' });
    await ctx.clock.setFixedTime(new Date(instant));
    const room = await ctx.newPage();
    await room.goto(site.origin + '/kamers/bilgaard/');
    await room.waitForSelector('#open-nu:not([hidden])');
    const said = (await room.textContent('#open-nu')).replace(/\s+/g, ' ').trim();
    t.ok(said.startsWith(text), `open now on ${name}`, said);
    const today = await room.$$eval('.hours tr.is-today', (rows) => rows.length);
    const weekday = !name.includes('Sunday');
    t.ok(weekday ? today === 1 : today === 0, `today's row is marked on ${name}`, String(today));
    if (instant === cases[0][0]) await axe(room, 'a room page with open now');
    await ctx.close();
  }
  const fy = await site.browser.newContext({ serviceWorkers: 'block' });
  await fy.clock.setFixedTime(new Date('2025-11-25T09:30:00Z'));
  const fyRoom = await fy.newPage();
  await fyRoom.goto(site.origin + '/fy/kamers/bilgaard/');
  await fyRoom.waitForSelector('#open-nu:not([hidden])');
  const fySaid = await fyRoom.textContent('#open-nu');
  t.ok(fySaid.startsWith('No iepen'), 'open now in Frisian', fySaid);
  await fy.close();
  // Static hours stay visible without JavaScript; the line is simply absent.
  const off = await site.browser.newContext({ javaScriptEnabled: false });
  const offRoom = await off.newPage();
  await offRoom.goto(site.origin + '/kamers/bilgaard/');
  t.ok(await offRoom.isVisible('#tabel-openingstijden') && !(await offRoom.isVisible('#open-nu')), 'without JavaScript the hours table shows and the open-now line does not');
  await off.close();
} catch (e) {
  t.ok(false, 'the behaviour test ran', e.stack);
} finally {
  await site.stop();
}
process.exit(t.done() ? 1 : 0);
