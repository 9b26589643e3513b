// What the form editor's browser tests (cms.mjs, cms-budget.mjs) share: the site's files as
// the editor's local repository, a page that refuses every other host, reading back what the
// editor wrote, and finding a field by its Dutch label.
import fs from 'node:fs';
import path from 'node:path';

/** The files the editor works on: content/, data/ and site.yaml of `root`, by path. */
export function siteFiles(root) {
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
  return files;
}

/** A page on `site` whose folder picker answers with `files`, copied into the origin's
 *  private file system; `others` collects the requests to other hosts (all refused) and
 *  `blocked` what the page's policy blocked. */
export async function editorPage(site, files) {
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
  return { page, others, blocked };
}

/** The text of a file in the editor's folder, or null. */
export const readWritten = (page, p) => page.evaluate(async (p) => {
  try {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = p.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return await (await (await dir.getFileHandle(parts.at(-1))).getFile()).text();
  } catch { return null; }
}, p);

/** The field labelled `name` (the Dutch label from src/schema/labels.rs), matched literally. */
export const field = (scope, name) => {
  const literal = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('group', { name: new RegExp(`“\\u2068?${literal}\\u2069?” Field`) }).first();
};

/** Reports a step that failed, keeps the page's accessibility tree and a screenshot in /tmp
 *  for whoever reads the log, and makes the run fail. */
export async function failed(page, e) {
  console.log(`FAILED: ${e.message}`);
  fs.writeFileSync('/tmp/cms-aria.txt', await page.locator('body').ariaSnapshot().catch(() => ''));
  await page.screenshot({ path: '/tmp/cms-fail.png' }).catch(() => {});
  process.exitCode = 1;
}
