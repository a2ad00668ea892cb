import type { LocaleContent } from '@ljungby/focus-content';
import { toDom } from '@ljungby/ui-components/markup';
import { readOptions } from './attributes';
import { widgetMarkup, type Illustrations } from './render';

declare const __LK_EMBED_CSS__: string;
/** The version range of @ljungby/focus-content this build renders (build/build.ts). */
declare const __LK_CONTENT_RANGE__: string;
// Read once: esbuild inlines a define at every use, and this string is most of the file.
const css = __LK_EMBED_CSS__;

export const tagName = 'ljungby-story';

const observed = ['area', 'layout', 'lang', 'color-scheme', 'heading-level', 'content-base'];
const script = document.currentScript as HTMLScriptElement | null;
const defaultBase =
  script?.dataset.contentBase ??
  `https://cdn.jsdelivr.net/npm/@ljungby/focus-content@${__LK_CONTENT_RANGE__}`;

// One request per file for the whole page, however many widgets it holds. A failed request is
// forgotten so that a later widget (or a re-render) may try again.
const requests = new Map<string, Promise<unknown>>();
function load(url: string): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' }).then((r) =>
      r.ok ? r.json() : Promise.reject(new Error(`${url} answered ${r.status}`)),
    );
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

// One stylesheet object shared by every widget: adopted, not a <style> element, so that a strict
// style-src passes. A nonce'd <style> only where constructable sheets are missing.
let sheet: CSSStyleSheet | undefined;
function applyStyles(root: ShadowRoot) {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    if (script?.nonce) style.nonce = script.nonce;
    style.textContent = css;
    root.append(style);
  }
}

let observer: IntersectionObserver | undefined;

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
    if (typeof IntersectionObserver === 'undefined') return void this.#start();
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
    if (message && message !== this.#warned) console.warn(`<${tagName}>: ${message}`);
    this.#warned = message;
    const base = (this.getAttribute('content-base') ?? defaultBase).replace(/\/$/, '');
    try {
      const [content, illustrations] = (await Promise.all([
        load(`${base}/dist/json/${options.lang}.json`),
        load(`${base}/dist/json/illustrations.json`),
      ])) as [LocaleContent, Illustrations];
      if (generation !== this.#generation) return; // a newer render has started
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      applyStyles(root);
      root.replaceChildren(toDom(widgetMarkup(content, illustrations, options), document));
      this.dispatchEvent(
        new CustomEvent(`${tagName}:ready`, {
          bubbles: true,
          composed: true,
          detail: { ...options },
        }),
      );
    } catch (error) {
      if (generation !== this.#generation) return;
      // Show the fallback link again (the light DOM) and tell the page why.
      this.shadowRoot?.replaceChildren(document.createElement('slot'));
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`<${tagName}>: could not load the story (${reason}); showing the link instead.`);
      this.dispatchEvent(
        new CustomEvent(`${tagName}:error`, {
          bubbles: true,
          composed: true,
          detail: { ...options, reason },
        }),
      );
    }
  }
}
