// Holidays and closures in the browser (issue #14), on tests/fixtures/exceptions built on
// 2026-04-20: Buurtkamer Oranje (open Monday to Friday 09:00-17:00) is closed on Koningsdag,
// Monday 27 April 2026, in the table "afwijkende openingstijden" and in "open now" (clock
// mocked, visitor in New York), and the agenda has none of its activities that day; a room
// with `holidays: open` stays open. Usage: node exceptions.mjs <site folder>
import { start, checks } from './browser.mjs';

const site = await start(process.argv[2]);
const t = checks('exceptions');
try {
  const cases = [
    ['/kamers/oranje/', '2026-04-27T08:30:00Z', 'Nu gesloten. Vandaag gesloten: Koningsdag. De volgende keer open: dinsdag om 09:00.', 'Koningsdag at 10:30'],
    ['/kamers/oranje/', '2026-04-26T10:00:00Z', 'Nu gesloten. Vandaag gesloten. De volgende keer open: dinsdag om 09:00.', 'the Sunday before Koningsdag (Monday skipped)'],
    ['/kamers/oranje/', '2026-04-21T08:30:00Z', 'Nu open, tot 17:00.', 'an ordinary Tuesday'],
    ['/kamers/oranje/', '2026-05-20T08:30:00Z', 'Nu open, tot 12:00. Vandaag andere openingstijden: Teamdag.', 'a day with other hours'],
    ['/kamers/oranje/', '2026-05-12T08:30:00Z', 'Nu gesloten. Vandaag gesloten: Schilderwerk.', 'a closed week'],
    ['/kamers/altijd-open/', '2026-04-27T08:30:00Z', 'Nu open, tot 12:00.', 'Koningsdag in the room open on holidays'],
    ['/fy/kamers/oranje/', '2026-04-27T08:30:00Z', 'No ticht. Hjoed ticht: Keningsdei.', 'Koningsdag in Frisian'],
  ];
  for (const [path, instant, text, name] of cases) {
    const ctx = await site.browser.newContext({ serviceWorkers: 'block', timezoneId: 'America/New_York' });
    await ctx.clock.setFixedTime(new Date(instant));
    const room = await ctx.newPage();
    await room.goto(site.origin + path);
    await room.waitForSelector('#open-nu:not([hidden])');
    const said = (await room.textContent('#open-nu')).replace(/\s+/g, ' ').trim();
    t.ok(said.startsWith(text), `open now on ${name}`, said);
    if (name === 'Koningsdag at 10:30') {
      const weekly = await room.$$eval('#openingstijden tr.is-today', (rows) => rows.length);
      t.ok(weekly === 0, 'on Koningsdag no weekly row is marked as today', String(weekly));
      const marked = await room.$$eval('#afwijkend tr.is-today', (rows) => rows.map((r) => r.textContent.replace(/\s+/g, ' ').trim()));
      t.ok(marked.length === 1 && marked[0].includes('Koningsdag') && marked[0].includes('gesloten'),
        'the Koningsdag row of "afwijkende openingstijden" is marked as today', JSON.stringify(marked));
    }
    await ctx.close();
  }

  // Without JavaScript the page states the facts: Koningsdag closed, in the table.
  const off = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await off.newPage();
  await page.goto(site.origin + '/kamers/oranje/');
  const row = (await page.textContent('#afwijkend tr[data-from="2026-04-27"]')).replace(/\s+/g, ' ').trim();
  t.ok(await page.isVisible('#afwijkend tr[data-from="2026-04-27"]') && row.includes('gesloten') && row.includes('Koningsdag'),
    'without JavaScript the table says Koningsdag is closed', row);

  // The agenda: on Koningsdag only the room that is open on holidays.
  await page.goto(site.origin + '/agenda/');
  const kings = await page.$$eval('section[aria-labelledby="dag-2026-04-27"] li', (items) => items.map((i) => i.textContent.replace(/\s+/g, ' ').trim()));
  t.ok(kings.length === 1 && kings[0].includes('Maandagkoffie') && !kings.some((i) => i.includes('Oranje')),
    'the agenda omits Buurtkamer Oranje on Koningsdag', JSON.stringify(kings));
  const skipped = await page.$$eval('section[aria-labelledby="dag-2026-05-04"] li', (items) => items.map((i) => i.textContent));
  t.ok(!skipped.some((i) => i.includes('Koffieochtend')), 'the agenda omits the skipped date', JSON.stringify(skipped));
  const ordinary = await page.$$eval('section[aria-labelledby="dag-2026-04-20"] li', (items) => items.map((i) => i.textContent));
  t.ok(ordinary.some((i) => i.includes('Koffieochtend')), 'an ordinary Monday still has the Koffieochtend', JSON.stringify(ordinary));
  await off.close();
} catch (e) {
  t.ok(false, 'the exceptions test ran', e.stack);
} finally {
  await site.stop();
}
process.exit(t.done() ? 1 : 0);
