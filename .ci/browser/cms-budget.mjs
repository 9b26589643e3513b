// The form editor at /admin/ edits a budget (issue #17), in the editor's local-repository
// mode as in cms.mjs: it opens the template's budget, changes the 2025 amount of its first
// line and the declared total that adds it up, and saves. The file it writes goes back to
// disk; .ci/check-pages.sh then has `mienskip check` accept it and reads the amounts back.
// No request may leave the site.
//
// usage: node cms-budget.mjs SITE_ROOT   (SITE_ROOT/site is the built site; the written
//        budget goes back into SITE_ROOT)
import { start, checks } from './browser.mjs';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2]);
const files = {};
const walk = (dir) => {
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) walk(rel);
    else files[rel] = fs.readFileSync(path.join(root, rel), 'utf8');
  }
};
walk('content');
walk('data');
files['site.yaml'] = fs.readFileSync(path.join(root, 'site.yaml'), 'utf8');
// The editor wants a Git repository's top folder.
files['.git/HEAD'] = 'ref: refs/heads/main\n';

const t = checks('form editor, a budget');
const site = await start(path.join(root, 'site'));
const context = await site.browser.newContext();
const others = [];
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(site.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
  others.push(url);
  return route.abort();
});
const page = await context.newPage();
const blocked = [];
page.on('console', (m) => {
  if (/Content Security Policy/.test(m.text())) blocked.push(m.text().match(/'(https?:[^']*)'/)?.[1] ?? m.text());
});
await page.addInitScript((files) => {
  // The folder picker, answered with a folder in the origin private file system.
  window.showDirectoryPicker = async () => {
    const opfs = await navigator.storage.getDirectory();
    const repo = await opfs.getDirectoryHandle('repo', { create: true });
    for (const [p, text] of Object.entries(files)) {
      const parts = p.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const w = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable();
      await w.write(text);
      await w.close();
    }
    return repo;
  };
}, files);

/** The text of a file in the editor's folder, or null. */
const read = (p) => page.evaluate(async (p) => {
  try {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = p.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return await (await (await dir.getFileHandle(parts.at(-1))).getFile()).text();
  } catch { return null; }
}, p);

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

/** The field labelled `name` (the Dutch label from src/schema/labels.rs), matched literally. */
const field = (scope, name) => {
  const literal = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('group', { name: new RegExp(`“\\u2068?${literal}\\u2069?” Field`) }).first();
};

const FILE = 'data/budgets/begroting-2025.yaml';
try {
  await page.goto(`${site.origin}/admin/`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: /Local Repository/ }).click();
  await page.getByRole('treeitem', { name: 'Begrotingen' }).click();
  await page.getByText('Begroting buurt- en dorpskamers 2025-2026').first().click();
  t.ok(true, 'the editor opens the budget');

  /** The year field `year` in the group of fields per year that holds `value` for it. */
  async function yearField(name, year, value) {
    await reach(name);
    const groups = page.getByRole('group', { name: new RegExp(`“\u2068?${name}\u2069?” Field`) });
    for (let i = 0; i < (await groups.count()); i++) {
      const box = field(groups.nth(i), year).getByRole('spinbutton');
      await box.scrollIntoViewIfNeeded();
      if ((await box.inputValue()) === value) return box;
    }
    throw new Error(`no ${name} with ${value} in ${year}`);
  }
  // The values per year are read from the file into a field per year.
  const line = await yearField('Bedragen per jaar', '2025', '5000.5');
  await line.fill('6000.5');
  const total = await yearField('Totaal per jaar', '2025', '45000.5');
  await total.fill('46000.5');

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
  // Years as a mapping, not as list positions (the amounts are read back by check-pages.sh).
  t.ok(!/^\s*- null$/m.test(written) && /^\s+'?2025'?: 6000\.5$/m.test(written), 'the amounts per year are saved as a mapping');
} catch (e) {
  console.log(`FAILED: ${e.message}`);
  fs.writeFileSync('/tmp/cms-aria.txt', await page.locator('body').ariaSnapshot().catch(() => ''));
  await page.screenshot({ path: '/tmp/cms-fail.png' }).catch(() => {});
  process.exitCode = 1;
}
t.ok(others.length === 0, 'no request to another host', others.join(', '));
await site.stop();
if (t.done()) process.exitCode = 1;
