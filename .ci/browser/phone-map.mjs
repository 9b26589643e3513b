// The map on a phone of 320 CSS px (issue #14): the narrow drawing is shown (the wide one
// on a desktop), its names render at 12 px or more, every room marker is a tap target of at
// least 24 by 24 px, the map is no wider than the screen, the rooms fill the drawing
// rather than sit small in an empty box, and a keyboard user skips the map in one step.
// On every drawing shown (phone and desktop) no two names overlap and every area drawn is
// named (moved out with a leader line where its own place is crowded, as Leeuwarden
// Centrum on /kaart/, and on the phone Leeuwarden Oost).
// Usage: node phone-map.mjs SITE_DIR
import { start, checks } from './browser.mjs';

// The names drawn in the visible map of the page, their boxes on screen, and the areas
// drawn in it.
const drawnNames = () => {
  const svg = [...document.querySelectorAll('svg.kaart')]
    .find((el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0);
  if (!svg) return null;
  const names = [...svg.querySelectorAll('text')].map((el) => {
    const r = el.getBoundingClientRect();
    return { text: el.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
  });
  const areas = [...svg.querySelectorAll('a.kaart-gebied')].map((a) => a.getAttribute('aria-label'));
  return { names, areas };
};
// Pairs of names whose boxes overlap by more than half a pixel.
const overlapping = (names) => {
  const pairs = [];
  names.forEach((a, i) => names.slice(i + 1).forEach((b) => {
    if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5) {
      pairs.push(`${a.text} / ${b.text}`);
    }
  }));
  return pairs;
};
// A name set on two lines reads "LeeuwardenCentrum" as textContent.
const squeeze = (text) => text.replace(/\s+/g, '');
// The areas drawn whose name is not among the names drawn.
const unnamedAreas = (drawn) => {
  const named = new Set(drawn.names.map((n) => squeeze(n.text)));
  return drawn.areas.filter((area) => !named.has(squeeze(area)));
};

const [siteDir] = process.argv.slice(2);
const pages = ['/', '/kaart/', '/kamers/bilgaard/', '/gebieden/noord/', '/gebieden/grou/', '/fy/kaart/'];
const { origin, browser, stop } = await start(siteDir);
const t = checks('the map on a phone');
try {
  const phone = await browser.newContext({ viewport: { width: 320, height: 640 } });
  for (const page of pages) {
    const tab = await phone.newPage();
    await tab.goto(origin + page, { waitUntil: 'load' });
    const seen = await tab.evaluate(() => {
      const shown = (el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
      const svgs = [...document.querySelectorAll('svg.kaart')];
      const visible = svgs.filter(shown);
      const svg = visible[0];
      if (!svg) return { count: 0 };
      const box = svg.getBoundingClientRect();
      const names = [...svg.querySelectorAll('text')].map((el) => {
        const m = el.getScreenCTM();
        return { text: el.textContent, px: parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.a, m.b) };
      });
      const markers = [...svg.querySelectorAll('a.kaart-kamer')].map((a) => {
        const r = a.getBoundingClientRect();
        return { name: a.getAttribute('aria-label'), w: r.width, h: r.height, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      const xs = markers.map((m) => m.x);
      const ys = markers.map((m) => m.y);
      return {
        count: visible.length,
        narrow: svg.classList.contains('kaart--narrow'),
        left: box.left,
        right: box.right,
        width: box.width,
        height: box.height,
        names,
        markers,
        spread: markers.length > 1
          ? Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) : null,
      };
    });
    t.ok(seen.count === 1 && seen.narrow, `${page}: one drawing shown, the narrow one`, JSON.stringify(seen.count));
    if (!seen.count) { await tab.close(); continue; }
    t.ok(seen.left >= 0 && seen.right <= 320.5, `${page}: the map fits the screen`, `${seen.left}..${seen.right}`);
    t.ok(seen.width >= 240, `${page}: the map is ${seen.width.toFixed(0)} px wide, not shrunk`);
    const small = seen.names.filter((n) => n.px < 11.95);
    t.ok(seen.names.length > 0 && small.length === 0, `${page}: ${seen.names.length} names, all 12 px or more`,
      small.map((n) => `${n.text} ${n.px.toFixed(1)} px`).join(', '));
    const tiny = seen.markers.filter((m) => m.w < 23.95 || m.h < 23.95);
    t.ok(seen.markers.length > 0 && tiny.length === 0, `${page}: ${seen.markers.length} room markers, each a tap target of 24 px or more`,
      tiny.map((m) => `${m.name} ${m.w.toFixed(1)}x${m.h.toFixed(1)}`).join(', '));
    const drawn = await tab.evaluate(drawnNames);
    const clash = overlapping(drawn.names);
    t.ok(clash.length === 0, `${page}: no two of ${drawn.names.length} names overlap`, clash.join('; '));
    // A resident looking for their own area finds its name on the phone's drawing too.
    const unnamed = unnamedAreas(drawn);
    t.ok(drawn.areas.length > 0 && unnamed.length === 0,
      `${page}: each of the ${drawn.areas.length} areas drawn is named`, `unnamed: ${unnamed.join(', ')}`);
    if (seen.spread !== null) {
      // The rooms span at least half the drawing: cropped to them, not lost in a box.
      t.ok(seen.spread >= Math.min(seen.width, seen.height) / 2,
        `${page}: the rooms spread over ${seen.spread.toFixed(0)} of ${seen.width.toFixed(0)}x${seen.height.toFixed(0)} px`);
    }
    // The keyboard: the skip link comes before the map, and after it the next tab stop is
    // past the map.
    const skipped = await tab.evaluate(() => {
      const skip = document.querySelector('a.skip-map');
      const figure = document.querySelector('.map-figure');
      if (!skip || !figure) return { before: false };
      const before = !!(skip.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING);
      skip.focus();
      return { before, shown: skip.getBoundingClientRect().width > 0 && getComputedStyle(skip).position === 'static' };
    });
    t.ok(skipped.before && skipped.shown, `${page}: a skip link before the map, visible when it has focus`, JSON.stringify(skipped));
    await tab.keyboard.press('Enter');
    await tab.keyboard.press('Tab');
    const after = await tab.evaluate(() => {
      const el = document.activeElement;
      const figure = document.querySelector('.map-figure');
      return {
        inMap: !!(el && el.closest('.map-figure')),
        pastMap: !!(el && figure && (figure.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)),
        what: el ? el.outerHTML.slice(0, 80) : '',
      };
    });
    t.ok(!after.inMap && after.pastMap, `${page}: after the skip link the next tab stop is past the map`, after.what);
    await tab.close();
  }
  await phone.close();
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await desktop.newPage();
  await tab.goto(origin + '/kaart/', { waitUntil: 'load' });
  const classes = await tab.evaluate(() => [...document.querySelectorAll('svg.kaart')]
    .filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.getAttribute('class')));
  t.ok(classes.length === 1 && classes[0].includes('kaart--wide'), '/kaart/ at 1280 px: the wide drawing only', classes.join());
  for (const page of pages) {
    await tab.goto(origin + page, { waitUntil: 'load' });
    const drawn = await tab.evaluate(drawnNames);
    const unnamed = unnamedAreas(drawn);
    t.ok(drawn.areas.length > 0 && unnamed.length === 0,
      `${page} at 1280 px: each of the ${drawn.areas.length} areas drawn is named`, `unnamed: ${unnamed.join(', ')}`);
    const clash = overlapping(drawn.names);
    t.ok(clash.length === 0, `${page} at 1280 px: no two of ${drawn.names.length} names overlap`, clash.join('; '));
  }
  await desktop.close();
} finally {
  await stop();
}
process.exit(t.done() ? 1 : 0);
