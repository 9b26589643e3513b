// A pull request's preview (issue #17): the site built with `--base-url` for a sub-path,
// served from the folder above it, so that it lives at /repo/pr-voorbeeld/pr-7/ as on
// GitHub Pages. Its stylesheet loads and applies, and following the main menu and the
// language switch stays inside the sub-path; every request the pages make answers and
// stays under the sub-path; none goes to another host.
//
// usage: node subpath.mjs FOLDER PREFIX   (FOLDER/PREFIX is the built site)
import { start, checks } from './browser.mjs';
import path from 'node:path';

const [folder, prefix] = [path.resolve(process.argv[2]), process.argv[3]];
const t = checks('preview under a sub-path');
const site = await start(folder);
const context = await site.browser.newContext();
const outside = [];
const failed = [];
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(site.origin + prefix) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
  outside.push(url);
  return route.abort();
});
const page = await context.newPage();
page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });

/** Whether the page's own stylesheet loaded and applies. */
const styled = () => page.evaluate((prefix) => {
  const sheet = [...document.styleSheets].find((s) => s.href && new URL(s.href).pathname === `${prefix}style.css`);
  if (!sheet || sheet.cssRules.length === 0) return false;
  // Without the stylesheet the main menu is a plain list with bullets.
  const list = document.querySelector('nav.main-nav ul, nav.main-nav ol');
  return !list || getComputedStyle(list).listStyleType === 'none';
}, prefix);

try {
  await page.goto(`${site.origin}${prefix}`);
  t.ok(await styled(), 'the home page has its stylesheet', prefix);
  const menu = page.locator('nav.main-nav a');
  const count = await menu.count();
  t.ok(count > 2, 'the main menu has links', String(count));
  for (let i = 0; i < count; i++) {
    const link = page.locator('nav.main-nav a').nth(i);
    const href = await link.getAttribute('href');
    const target = new URL(href, page.url()).pathname;
    await Promise.all([page.waitForURL((u) => u.pathname === target, { waitUntil: 'load' }), link.click()]);
    const here = new URL(page.url());
    t.ok(here.pathname.startsWith(prefix) && here.pathname !== prefix || href === prefix,
      `the menu's "${href}" leads inside the preview`, here.pathname);
    t.ok(await styled(), `${here.pathname} has its stylesheet`);
    t.ok((await page.locator('h1').count()) === 1, `${here.pathname} is a page of the site`);
    await page.goto(`${site.origin}${prefix}`);
  }
  // The Frisian home page, through the language switch.
  await Promise.all([
    page.waitForURL((u) => u.pathname !== prefix, { waitUntil: 'load' }),
    page.locator('nav.lang-switch a[hreflang="fy"]').click(),
  ]);
  t.ok(new URL(page.url()).pathname === `${prefix}fy/`, 'the language switch stays inside the preview', page.url());
  t.ok(await styled(), 'the Frisian home page has its stylesheet');
} catch (e) {
  t.ok(false, 'the preview could be browsed', e.message);
}
t.ok(failed.length === 0, 'every request answered', failed.join(', '));
t.ok(outside.length === 0, 'no request outside the sub-path', outside.join(', '));
await site.stop();
if (t.done()) process.exitCode = 1;
