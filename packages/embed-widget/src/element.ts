import { toDom } from '@ljungby/ui-components/markup';
import { readOptions } from './attributes';
import { dataFiles } from './data-files';
import { choices } from './options';
import { widgetMarkup } from './render';
import { checkContent, type Checked } from './validate';

/** The SRI hash of each of the widget's stylesheets, css/<name>.css (build/build.ts). */
declare const __LK_EMBED_STYLES__: Record<'card' | 'story', string>;
/** The version range of @ljungby/focus-content this build renders (build/build.ts). */
declare const __LK_CONTENT_RANGE__: string;

export const tagName = 'ljungby-story';

const observed = [...choices.map((c) => c.attribute), 'content-base'];
const script = document.currentScript as HTMLScriptElement | null;
const defaultBase = `https://cdn.jsdelivr.net/npm/@ljungby/focus-content@${__LK_CONTENT_RANGE__}`;
// The stylesheets sit beside the script (dist/css/), wherever it is served from. (A bundler
// that inlines this file must copy dist/css/ next to the page: see the README.)
const scriptUrl = script?.src ?? location.href;

// One request per file for the whole page, however many widgets it holds. A failed request is
// forgotten so that a later widget (or a re-render) may try again.
const requests = new Map<string, Promise<unknown>>();
function load<T>(url: string, read: (r: Response) => Promise<T>, integrity?: string): Promise<T> {
  let request = requests.get(url) as Promise<T> | undefined;
  if (!request) {
    // The default credentials ('same-origin': never cookies to the CDN) match the snippet's
    // <link rel="preload" crossorigin>, so that the browser hands over what it preloaded.
    request = fetch(url, { referrerPolicy: 'no-referrer', integrity }).then((r) =>
      r.ok ? read(r) : Promise.reject(new Error(`${url} answered ${r.status}`)),
    );
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

/**
 * The widget's stylesheets, fetched once with their SRI hashes and shared by every widget:
 * adopted, not a <style> element, so that a strict style-src passes.
 */
const styles = (story: boolean) =>
  Promise.all(
    (story ? (['card', 'story'] as const) : (['card'] as const)).map((name) =>
      load(
        new URL(`css/${name}.css`, scriptUrl).href,
        async (r) => {
          const sheet = new CSSStyleSheet();
          return sheet.replace(await r.text());
        },
        __LK_EMBED_STYLES__[name],
      ),
    ),
  );

let observer: IntersectionObserver | undefined;
const warn = (message: string) => {
  console.warn(`<${tagName}>: ${message}`);
};

export class LjungbyStory extends HTMLElement {
  static observedAttributes = observed;
  #started = false;
  #warned = '';
  #generation = 0;

  connectedCallback() {
    if (this.#started) return;
    // Fetch only when the widget nears the viewport: a page with a widget far below the fold
    // pays nothing until the visitor scrolls towards it.
    observer ??= new IntersectionObserver(
      (entries, self) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          self.unobserve(entry.target);
          // Only widgets are observed (and `instanceof` would cost bytes every visitor loads).
          // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
          const widget = entry.target as LjungbyStory;
          widget.#started = true;
          void widget.#render();
        }
      },
      { rootMargin: '400px' },
    );
    observer.observe(this);
  }

  disconnectedCallback() {
    observer?.unobserve(this);
    this.#started = false;
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null) {
    if (this.#started && previous !== next) void this.#render();
  }

  async #render() {
    const generation = ++this.#generation;
    const { options, problems } = readOptions(this);
    const message = problems.join(' ');
    if (message && message !== this.#warned) warn(message);
    this.#warned = message;
    const base = (this.getAttribute('content-base') ?? defaultBase).replace(/\/$/, '');
    const emit = (name: string, detail: object) =>
      this.dispatchEvent(
        new CustomEvent(`${tagName}:${name}`, { bubbles: true, composed: true, detail }),
      );
    /** What passes the content check, and its problems, named in one warning. */
    const checked: Checked = { focusAreas: [], illustrations: {}, problems: [] };
    try {
      const files = dataFiles(options.area, options.layout, options.locale);
      const [sheets, ...loaded] = await Promise.all([
        styles(options.layout === 'story'),
        ...files.map((file) => load(`${base}/${file}`, (r) => r.text())),
      ]);
      if (generation !== this.#generation) return; // a newer render has started
      // Nothing from the CDN reaches the DOM unchecked: what fails is left out and named once.
      files.forEach((file, i) => {
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- one text a file
        checkContent(loaded[i]!, file, options.layout, checked);
      });
      if (checked.problems.length) warn(`content left out: ${checked.problems.join('; ')}`);
      if (!checked.focusAreas.length) throw new Error('no content');
      // A story without its credit line would break the licence's one condition.
      if (options.layout === 'story' && !checked.license) throw new Error('no licence');
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      const tree = toDom(
        widgetMarkup(checked, checked.illustrations, options),
        document,
      ) as HTMLElement;
      // Text follows the visitor's default font size (medium), never the host page's root:
      // the stylesheet is in px at 16 px, scaled here before the tree is drawn (one style pass,
      // not two). A CSSOM style passes a strict CSP.
      const scale = parseFloat(getComputedStyle(this).fontSize) / 16;
      if (scale - 1) tree.style.zoom = String(scale);
      root.replaceChildren(tree);
      this.#settle(tree);
      emit('ready', options);
    } catch (error) {
      if (generation !== this.#generation) return;
      // Show the fallback link again (the light DOM) and tell the page why. The link needs no
      // reserved space: it ends at once.
      this.shadowRoot?.replaceChildren(document.createElement('slot'));
      this.#settle(this);
      const reason = (error as Error).message;
      // One warning in all: the content check has named its problems already.
      if (!checked.problems.length) warn(`could not load (${reason}); showing the link`);
      emit('error', { ...options, reason });
    }
  }

  /**
   * Ends the size reservation (the `rendered` state, which dist/reserve/*.css read) as soon as
   * the blank space it may leave under what was drawn cannot be seen: below the screen, where
   * the text after it moves up unseen, or above it, where the browser's scroll anchoring keeps
   * the view still. Until then a visitor who can see the space sees the page not move.
   */
  #settle(drawn: Element) {
    const check = () => {
      const bottom = drawn.getBoundingClientRect().bottom;
      const end = this.getBoundingClientRect().bottom;
      if (bottom < innerHeight && end > 0 && bottom < end - 1) return;
      removeEventListener('scroll', check, true);
      try {
        // Once per element: a second call throws, when the state is set already.
        this.attachInternals().states.add('rendered');
      } catch {
        // A browser without custom states keeps the reservation: a gap, never a jump.
      }
    };
    addEventListener('scroll', check, true);
    check();
  }
}
