// What a visitor meets who uses a Windows contrast theme (forced colours) and has asked for
// reduced motion. One set of rules for the site, the embed and the components: each Tab stop
// shows an outline (a box-shadow focus ring vanishes when colours are forced), every control
// keeps a border or its native drawing (backgrounds are dropped, so an edge drawn only by a
// background disappears), and nothing has a transition or an animation.

/* global document, getComputedStyle, matchMedia, window -- these run inside the page. */

/** Context options that emulate both: pass to `browser.newContext()`. */
export const contrastThemeContext = /** @type {const} */ ({
  forcedColors: 'active',
  reducedMotion: 'reduce',
});

/**
 * Runs inside the page (self-contained, as Playwright sends its source): `focus` describes the
 * focused element's outline, `edges` lists the controls without an edge and anything that moves.
 * @param {'focus' | 'edges'} mode
 */
function inPage(mode) {
  /** @param {Element} el */
  const nameOf = (el) => {
    const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/) : [];
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
    return `${el.tagName.toLowerCase()}${classes.map((c) => (c ? `.${c}` : '')).join('')}${label ? ` "${label}"` : ''}`;
  };
  if (mode === 'focus') {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const visible =
      s.outlineStyle === 'auto' ||
      (s.outlineStyle !== 'none' &&
        Number.parseFloat(s.outlineWidth) >= 1 &&
        s.outlineColor !== 'rgba(0, 0, 0, 0)');
    return { name: nameOf(el), visible, outline: `${s.outlineStyle} ${s.outlineWidth}` };
  }
  /** @type {string[]} */
  const problems = [];
  /** @type {Element[]} */
  const all = [];
  /** @param {Document | ShadowRoot} root */
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  /** @param {string} list */
  const moves = (list) => list.split(',').some((d) => Number.parseFloat(d) > 0);
  const edge = ['top', 'right', 'bottom', 'left'];
  for (const el of all) {
    const s = getComputedStyle(el);
    if (s.animationName !== 'none' && moves(s.animationDuration))
      problems.push(`${nameOf(el)} animates (${s.animationName})`);
    if (s.transitionProperty !== 'none' && moves(s.transitionDuration))
      problems.push(
        `${nameOf(el)} has a transition (${s.transitionProperty} ${s.transitionDuration})`,
      );
    const box = el.getBoundingClientRect();
    const control = el.matches(
      'button, select, textarea, input:not([type="hidden"]), a.lk-link-button, [role="button"]',
    );
    if (!control || box.width === 0 || box.height === 0 || s.visibility === 'hidden') continue;
    if (el.matches('input[type="radio"], input[type="checkbox"]')) {
      if (s.appearance === 'none' && Number.parseFloat(s.borderTopWidth) === 0)
        problems.push(`${nameOf(el)} is drawn by CSS alone, without a border`);
      continue;
    }
    const edged = edge.every(
      (side) =>
        s.getPropertyValue(`border-${side}-style`) !== 'none' &&
        Number.parseFloat(s.getPropertyValue(`border-${side}-width`)) > 0,
    );
    if (!edged) problems.push(`${nameOf(el)} has no border all round, so its edge disappears`);
  }
  if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
    problems.push('the page scrolls smoothly');
  return problems;
}

/**
 * The problems a visitor in a contrast theme who asked for reduced motion would meet on the open
 * page (empty when there are none). Open the page in a context with {@link contrastThemeContext}.
 * @param {import('playwright-core').Page} page
 * @param {{ tabStops?: number }} [options] how many Tab stops to check, from the top
 * @returns {Promise<string[]>}
 */
export async function contrastThemeProblems(page, { tabStops = 12 } = {}) {
  const emulated = await page.evaluate(
    () =>
      matchMedia('(forced-colors: active)').matches &&
      matchMedia('(prefers-reduced-motion: reduce)').matches,
  );
  if (!emulated)
    return ['the page sees no forced colours or reduced motion: open it with contrastThemeContext'];
  /** @type {string[]} */
  const problems = [];
  await page.evaluate(() => {
    /** @type {HTMLElement | null} */ (document.activeElement)?.blur();
    window.scrollTo(0, 0);
  });
  /** @type {string[]} */
  const seen = [];
  for (let i = 0; i < tabStops; i++) {
    await page.keyboard.press('Tab');
    const ring = /** @type {{ name: string, visible: boolean, outline: string } | null} */ (
      await page.evaluate(inPage, 'focus')
    );
    // The end of the page, or back at the first stop.
    if (!ring || ring.name === seen[0]) break;
    seen.push(ring.name);
    if (!ring.visible) problems.push(`focus on ${ring.name} shows no outline (${ring.outline})`);
  }
  if (seen.length === 0) problems.push('Tab reaches nothing');
  await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
  problems.push(.../** @type {string[]} */ (await page.evaluate(inPage, 'edges')));
  return problems;
}
