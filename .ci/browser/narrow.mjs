// A phone of 320 CSS px (issue #14): every budget year, a room, an area, the map, the open-data
// page and an English statement page must fit. No element may stick out to the right of
// the viewport unless it sits inside a
// scroll container (a labelled, focusable table region), and no visible text may be
// smaller than 12 px: the computed font size for HTML, the rendered size for SVG text.
// Usage: node narrow.mjs SITE_DIR
import fs from 'node:fs';
import path from 'node:path';
import { start, checks } from './browser.mjs';

const [siteDir] = process.argv.slice(2);
// Every budget year: each has its own tables and charts.
const years = fs.readdirSync(path.join(siteDir, 'begroting'))
  .filter((d) => /^\d{4}$/.test(d)).sort();
const pages = [...years.map((y) => `/begroting/${y}/`), '/kamers/bilgaard/', '/gebieden/noord/', '/kaart/', '/open-data/', '/en/toegankelijkheid/'];
const WIDTH = 320;

const { origin, browser, stop } = await start(siteDir);
const t = checks('narrow (320 px)');
try {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 640 } });
  for (const page of pages) {
    const tab = await context.newPage();
    await tab.goto(origin + page, { waitUntil: 'load' });
    const found = await tab.evaluate((width) => {
      const visible = (el) => {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      };
      // Parts of the page that are meant to be hidden until focused or read out only.
      const offscreen = (el) => el.closest('.visually-hidden, .skip-link, .skip-map, [hidden], title, desc');
      // Inside an element that scrolls sideways itself: its overflow is reachable.
      const scrolled = (el) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if ((o === 'auto' || o === 'scroll') && p.clientWidth < width + 1) return p;
        }
        return null;
      };
      const describe = (el) => {
        const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class');
        return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}> "${(el.textContent || '').trim().slice(0, 30)}"`;
      };
      const wide = [];
      const small = [];
      const regions = [];
      for (const el of document.body.querySelectorAll('*')) {
        if (offscreen(el) || !visible(el)) continue;
        const box = el.getBoundingClientRect();
        const container = scrolled(el);
        if (container) {
          if (container.scrollWidth > container.clientWidth) regions.push(container);
        } else if (box.right > width + 0.5) {
          wide.push(`${describe(el)} right ${box.right.toFixed(1)}`);
        }
        // Text: elements with their own text nodes.
        const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!ownText) continue;
        let size;
        if (el instanceof SVGElement) {
          // Rendered size: the font size times the scale of the SVG on screen.
          const fontSize = parseFloat(getComputedStyle(el).fontSize);
          const m = el.getScreenCTM();
          size = m ? fontSize * Math.hypot(m.a, m.b) : fontSize;
        } else {
          size = parseFloat(getComputedStyle(el).fontSize);
        }
        if (size < 11.95) small.push(`${describe(el)} ${size.toFixed(1)} px`);
      }
      // Every region that scrolls must be reachable by keyboard and named.
      const unlabelled = [...new Set(regions)]
        .filter((r) => r.tabIndex < 0 || !(r.getAttribute('aria-labelledby') || r.getAttribute('aria-label')))
        .map(describe);
      // A table that scrolls says so in words above it.
      const unhinted = [...new Set(regions)]
        .filter((r) => r.classList.contains('table-wrap'))
        .filter((r) => !(r.previousElementSibling && r.previousElementSibling.classList.contains('table-hint')
          && visible(r.previousElementSibling)))
        .map(describe);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        wide: wide.slice(0, 8),
        small: small.slice(0, 8),
        unlabelled,
        unhinted,
        scrolling: new Set(regions).size,
      };
    }, WIDTH);
    t.ok(found.scrollWidth <= WIDTH, `${page}: the page is no wider than ${WIDTH} px`, `scrollWidth ${found.scrollWidth}`);
    t.ok(found.wide.length === 0, `${page}: no element sticks out to the right`, found.wide.join('; '));
    t.ok(found.small.length === 0, `${page}: no visible text under 12 px`, found.small.join('; '));
    t.ok(found.unlabelled.length === 0, `${page}: every scrolling region is focusable and labelled`, found.unlabelled.join('; '));
    t.ok(found.unhinted.length === 0, `${page}: every table that scrolls has a visible hint`, found.unhinted.join('; '));
    console.log(`   (${found.scrolling} regions scroll sideways)`);
    await tab.close();
  }
} finally {
  await stop();
}
process.exit(t.done() ? 1 : 0);
