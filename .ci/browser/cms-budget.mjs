// The form editor at /admin/ edits a budget (issue #17), in the editor's local-repository
// mode as in cms.mjs: it opens the template's budget, changes the 2025 amount of a line and
// the declared total that adds it up, adds a year the budget did not have yet (2031) and an
// older one (2019) to lines, sets a total's "in natura" to "ja" and back to "nee" and
// another's to "ja" and back to "niet vermeld", and saves. Totals without in_kind (the
// template's income total, and one added here that counts the volunteers' hours with the
// money) must stay without it: leaving it out means "all lines", and in_kind: false would
// make the total wrong. The file it writes goes back
// to disk; .ci/check-pages.sh then has `mienskip check` accept it and reads it back.
// No request may leave the site.
//
// usage: node cms-budget.mjs SITE_ROOT   (SITE_ROOT/site is the built site; the written
//        budget goes back into SITE_ROOT)
import { start, checks } from './browser.mjs';
import { siteFiles, editorPage, readWritten, field, failed } from './cms-editor.mjs';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2]);
const files = siteFiles(root);
const FILE = 'data/budgets/begroting-2025.yaml';
// A total without in_kind over the group Kamers in 2026: 41000 + 5000.50 + 1600 × 8.80
// volunteers' hours; with in_kind: false it would be 46000.50.
const UNSAID = '  - { direction: expense, group: Kamers, amounts: { 2026: 60080.50 } }\n';
if (!files[FILE].endsWith('}\n')) throw new Error(`${FILE} no longer ends with its totals`);
files[FILE] += UNSAID;

const t = checks('form editor, a budget');
const site = await start(path.join(root, 'site'));
const { page, others, blocked } = await editorPage(site, files);

const read = (p) => readWritten(page, p);

/** `target`, scrolled to from the top of the form: the editor draws only the list items
 *  in view. */
async function seek(target) {
  // The form's own scrolling box, the first one around its fields.
  const scroll = (to) => page.getByRole('group', { name: /Field$/ }).first().evaluate((el, to) => {
    let box = el.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
    if (!box) return false;
    box.scrollTop = to;
    return box.scrollTop + box.clientHeight < box.scrollHeight;
  }, to);
  let more = await scroll(0);
  for (let i = 1; (await target.count()) === 0 && more && i < 200; i++) {
    await page.waitForTimeout(150);
    more = await scroll(i * 200);
  }
  await target.first().scrollIntoViewIfNeeded();
  return target.first();
}


try {
  await page.goto(`${site.origin}/admin/`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: /Local Repository/ }).click();
  await page.getByRole('treeitem', { name: 'Begrotingen' }).click();
  await page.getByText('Begroting buurt- en dorpskamers 2025-2026').first().click();
  t.ok(true, 'the editor opens the budget');

  /** The pair of a year and an amount in a field of values per year, as the form shows it. */
  const pair = (year, amount) => page.getByRole('row', { name: `${year} ${amount} Remove`, exact: true });
  /** The total in the form that holds `inner`: the innermost part with both. */
  const totalWith = (inner) => page.getByRole('group')
    .filter({ has: inner }).filter({ has: page.getByRole('radiogroup', { name: 'In natura' }) }).last();

  // The values per year are read from the file as pairs of a year and an amount.
  await (await seek(pair('2025', '5000.5'))).getByRole('textbox', { name: "Bedrag in euro's" }).fill('6000.5');
  await (await seek(pair('2025', '45000.5'))).getByRole('textbox', { name: "Bedrag in euro's" }).fill('46000.5');

  // Years the form did not offer before: any year can be added to a line.
  for (const [has, year, amount] of [['40000', '2031', '42000'], ['6000.5', '2019', '4000.25']]) {
    await seek(pair('2025', has));
    const years = page.getByRole('group', { name: /Bedragen per jaar/ }).filter({ has: pair('2025', has) });
    await years.getByRole('button', { name: 'Add' }).click();
    const added = years.getByRole('row').last();
    await added.getByRole('textbox', { name: 'Jaar' }).fill(year);
    await added.getByRole('textbox', { name: "Bedrag in euro's" }).fill(amount);
  }

  // "In natura" of a total: three choices, read from the file (nee) or left unsaid.
  const inKind = (item) => field(item, 'In natura');
  await seek(pair('2026', '60080.5'));
  const unsaid = totalWith(pair('2026', '60080.5'));
  t.ok(await inKind(unsaid).getByRole('radio', { name: 'niet vermeld' }).isChecked(), 'a total without in_kind reads as "niet vermeld"');
  // Chosen and unchosen again: still not said.
  await inKind(unsaid).getByRole('radio', { name: 'ja' }).click();
  await inKind(unsaid).getByRole('radio', { name: 'niet vermeld' }).click();
  await seek(pair('2025', '46000.5'));
  const first = totalWith(pair('2025', '46000.5'));
  t.ok(await inKind(first).getByRole('radio', { name: 'nee' }).isChecked(), 'in_kind: false reads as "nee"');
  await inKind(first).getByRole('radio', { name: 'ja' }).click();
  await inKind(first).getByRole('radio', { name: 'nee' }).click();

  const before = await read(FILE);
  await page.getByRole('button', { name: 'Save' }).click();
  let written = before;
  for (let i = 0; i < 50 && written === before; i++) {
    await page.waitForTimeout(200);
    written = await read(FILE);
  }
  t.ok(written !== before, `saving writes ${FILE}`);
  console.log(written);
  fs.writeFileSync(path.join(root, FILE), written);
  // Years as a mapping, not as list positions, amounts as numbers (check-pages.sh reads
  // them back).
  t.ok(!/^\s*- null$/m.test(written) && /^\s+'?2025'?: 6000\.5$/m.test(written), 'the amounts per year are saved as a mapping');
  t.ok(!/: null$/m.test(written), 'no empty value is written as null');
  t.ok(/^\s+'?2031'?: 42000$/m.test(written) && /^\s+'?2019'?: 4000\.25$/m.test(written), 'the added years are saved as numbers');
  const totals = written.slice(written.indexOf('\ntotals:'));
  t.ok((totals.match(/in_kind/g) ?? []).length === 1 && /in_kind: false$/m.test(totals),
    'only the total that had in_kind: false has it', totals);
} catch (e) {
  await failed(page, e);
}
t.ok(others.length === 0, 'no request to another host', others.join(', '));
await site.stop();
if (t.done()) process.exitCode = 1;
