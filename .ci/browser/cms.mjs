// The form editor at /admin/ (Sveltia CMS with mienskip's generated configuration), in its
// local-repository mode: the browser's folder picker is given a folder in the origin's
// private file system holding a copy of the site's content, so the test runs offline.
// Through the forms it creates a room with opening hours and an activity; the files it writes are copied back to disk and `mienskip check` must accept
// them (done by .ci/check-pages.sh). No request may leave the site: every other host is
// refused and counted.
//
// usage: node cms.mjs SITE_ROOT   (SITE_ROOT/site is the built site; the written files go
//        back into SITE_ROOT)
import { start, checks } from './browser.mjs';
import { siteFiles, editorPage, readWritten, field, failed } from './cms-editor.mjs';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2]);
const files = siteFiles(root);

const t = checks('form editor');
const site = await start(path.join(root, 'site'));
const { page, others, blocked } = await editorPage(site, files);

const read = (p) => readWritten(page, p);

/** Chooses `names` in the days field's list. */
async function pickDays(group, names) {
  for (const name of names) {
    await group.getByRole('combobox').click();
    await page.getByRole('option', { name }).click();
  }
}

/** The field `name` of the form, scrolled to: the editor draws fields as they come into view. */
async function reach(name) {
  const group = field(page, name);
  for (let i = 0; i < 40 && (await group.count()) === 0; i++) {
    await page.getByRole('group', { name: /Field$/ }).last().hover();
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(100);
  }
  await group.scrollIntoViewIfNeeded();
  return group;
}


try {
  await page.goto(`${site.origin}/admin/`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: /Local Repository/ }).click();
  await page.getByRole('treeitem', { name: 'Kamers' }).waitFor();
  t.ok(true, 'the editor opens the local copy and lists the collections');

  // A new room.
  await page.getByRole('treeitem', { name: 'Kamers' }).click();
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  // The fields carry Dutch labels, not the keys' English names.
  // The new entry's form may still be setting itself up (loading the areas for the picker)
  // and clear what is typed first: type the name until it stays.
  const name = field(page, 'Naam').getByRole('textbox');
  for (let i = 0; i < 20 && (await name.inputValue()) !== 'Buurtkamer Oost'; i++) {
    await name.fill('Buurtkamer Oost');
    await page.waitForTimeout(300);
  }
  await field(page, 'Soort kamer').getByRole('radio', { name: 'main' }).check();
  await field(page, 'Gebied').getByRole('radio', { name: 'Noord' }).check();
  await field(page, 'Status').getByRole('radio', { name: 'planned' }).check();
  await field(page, 'Samenvatting').getByRole('textbox').fill('Koffie en een praatje.');

  const hours = await reach('Openingstijden');
  await hours.getByRole('button', { name: /^Add/ }).first().click();
  await pickDays(field(hours, 'Dagen'), ['dinsdag', 'donderdag']);
  await field(hours, 'Van').getByRole('textbox').fill('09:00');
  await field(hours, 'Tot').getByRole('textbox').fill('12:00');

  const activities = await reach('Activiteit');
  await activities.getByRole('button', { name: /^Add/ }).first().click();
  await field(activities, 'Naam').getByRole('textbox').fill('Koffieochtend');
  await pickDays(field(activities, 'Dagen (elke week)'), ['woensdag']);
  await field(activities, 'Van').getByRole('textbox').fill('10:00');
  await field(activities, 'Tot').getByRole('textbox').fill('11:30');

  // A summer break: closed from one date to another.
  const closures = await reach('Sluiting of afwijkende tijden');
  await closures.getByRole('button', { name: /^Add/ }).first().click();
  await field(closures, 'Van (datum of tijd)').getByRole('textbox').fill('2026-07-20');
  await field(closures, 'Tot en met (datum of tijd)').getByRole('textbox').fill('2026-08-14');
  await field(closures, 'Opmerking').getByRole('textbox').fill('Zomerstop');

  await page.getByRole('button', { name: 'Save' }).click();
  let written = null;
  for (let i = 0; i < 50 && written === null; i++) {
    await page.waitForTimeout(200);
    written = await read('content/rooms/buurtkamer-oost.md');
  }
  t.ok(written !== null, 'saving writes content/rooms/buurtkamer-oost.md');
  console.log(written);
  if (written !== null) {
    fs.writeFileSync(path.join(root, 'content/rooms/buurtkamer-oost.md'), written);
    t.ok(/Koffieochtend/.test(written) && /09:00/.test(written), 'the file holds the opening hours and the activity');
    t.ok(/closures:/.test(written) && /2026-07-20/.test(written) && /Zomerstop/.test(written), 'the file holds the summer break');
  }

} catch (e) {
  await failed(page, e);
}
t.ok(others.length === 0, 'no request to another host', others.join(', '));
console.log(`blocked by the page's policy: ${[...new Set(blocked)].join(', ')}`);
await site.stop();
if (t.done()) process.exitCode = 1;
