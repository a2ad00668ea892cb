import type { CardArea, StoryLicense } from '@ljungby/focus-content';
import { toDom } from '@ljungby/ui-components/markup';
import { readOptions } from './attributes';
import { dataFiles } from './data-files';
import { widgetMarkup, type Illustrations } from './render';
import { checkContent } from './validate';

/** The SRI hash of each of the widget's stylesheets, css/<name>.css (build/build.ts). */
declare const __LK_EMBED_STYLES__: Record<'card' | 'story', string>;
/** The version range of @ljungby/focus-content this build renders (build/build.ts). */
declare const __LK_CONTENT_RANGE__: string;

export const tagName = 'ljungby-story';

const observed = ['area', 'layout', 'lang', 'color-scheme', 'heading-level', 'content-base'];
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
    request = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', integrity }).then(
      (r) => (r.ok ? read(r) : Promise.reject(new Error(`${url} answered ${r.status}`))),
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
  static get observedAttributes() {
    return observed;
  }
  #started = false;
  #warned = '';
  #generation = 0;

  connectedCallback() {
    if (this.#started) return;
    // Fetch only when the widget nears the viewport: a page with a widget far below the fold
    // pays nothing until the visitor scrolls towards it.
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer?.unobserve(entry.target);
          if (entry.target instanceof LjungbyStory) void entry.target.#start();
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

  #start() {
    this.#started = true;
    return this.#render();
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
    let checked = false;
    try {
      const files = dataFiles(options.area, options.layout, options.locale);
      const [sheets, ...loaded] = await Promise.all([
        styles(options.layout === 'story'),
        ...files.map((file) => load(`${base}/${file}`, (r) => r.json())),
      ]);
      if (generation !== this.#generation) return; // a newer render has started
      // Nothing from the CDN reaches the DOM unchecked: what fails is left out and named once.
      const focusAreas: CardArea[] = [];
      const illustrations: Illustrations = {};
      const found: string[] = [];
      let license: StoryLicense | undefined;
      loaded.forEach((data, i) => {
        const result = checkContent(data, files[i] ?? '', options.layout);
        license ??= result.license;
        focusAreas.push(...result.focusAreas);
        Object.assign(illustrations, result.illustrations);
        found.push(...result.problems);
      });
      if (found.length) warn(`content left out: ${found.join('; ')}`);
      checked = found.length > 0;
      if (!focusAreas.length) throw new Error('no valid content');
      // A story without its credit line would break the licence's one condition.
      if (options.layout === 'story' && !license) throw new Error('no licence in the content');
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      root.replaceChildren(
        toDom(widgetMarkup({ focusAreas, license }, illustrations, options), document),
      );
      // Text follows the visitor's default font size (medium), never the host page's root:
      // the stylesheet is in px at 16 px, scaled here. A CSSOM style passes a strict CSP.
      const scale = parseFloat(getComputedStyle(this).fontSize) / 16;
      if (scale !== 1) (root.firstElementChild as HTMLElement).style.zoom = String(scale);
      emit('ready', options);
    } catch (error) {
      if (generation !== this.#generation) return;
      // Show the fallback link again (the light DOM) and tell the page why.
      this.shadowRoot?.replaceChildren(document.createElement('slot'));
      const reason = error instanceof Error ? error.message : String(error);
      // One warning in all: the content check has named its problems already.
      if (!checked) warn(`could not load (${reason}); showing the link.`);
      emit('error', { ...options, reason });
    }
  }
}
