// The builder in the browser: reads the form, writes the snippet (always createSnippet()'s own
// output), the cost, the developers' lines, the chosen platform's steps and the preview, and
// mirrors the choices in the address so that a reload, the language link or a shared link keeps
// them. The site's colour switch is outside the form: it never touches the choices or the snippet.
import { createSnippet, cspDirectives, reservationCss, snippetCost } from '@ljungby/embed-widget';
import { isFocusAreaId, isLocale } from '@ljungby/focus-content/ids';
import { formatBytes } from '../../lib/words';
import { cspText } from './format';
import {
  checkUrl,
  fieldNames,
  readChoices,
  toQuery,
  toSnippetOptions,
  type Choices,
} from './state';

const byId = <T extends HTMLElement>(root: Document, id: string) => {
  const el = root.getElementById(id);
  if (!el) throw new Error(`builder: #${id} is missing from the page`);
  return el as T;
};

/** Puts choices into the form's controls (on load, from the address). */
function fill(form: HTMLFormElement, choices: Choices) {
  for (const key of Object.keys(fieldNames) as (keyof Choices)[]) {
    const control = form.elements.namedItem(fieldNames[key]);
    const value = String(choices[key]);
    if (control instanceof RadioNodeList) control.value = value;
    else if (control instanceof HTMLSelectElement || control instanceof HTMLInputElement)
      control.value = value;
  }
}

export function startBuilder(doc: Document): void {
  const form = byId<HTMLFormElement>(doc, 'builder');
  const lang = form.dataset.lang;
  if (!isLocale(lang)) throw new Error(`builder: data-lang ${String(lang)} is not sv or en`);
  // The two cost sentences come as templates from the page, so the script carries no words.
  const costTotal = byId(doc, 'b-cost-total');
  const costParts = byId(doc, 'b-cost-parts');
  const fillIn = (template: string | undefined, values: Record<string, string>) =>
    (template ?? '').replace(/\{(\w+)\}/g, (_all, key: string) => values[key] ?? '');
  const code = byId(doc, 'b-snippet');
  const copy = byId<HTMLButtonElement>(doc, 'b-copy');
  const boxes = [...doc.querySelectorAll<HTMLElement>('[data-preview]')];
  const guides = [...doc.querySelectorAll<HTMLElement>('[data-platform]')];
  const languageLink = doc.querySelector<HTMLAnchorElement>('a.site-lang');
  const languageHref = languageLink?.getAttribute('href') ?? '';
  // "Rather have texts and images?" leads to the chosen area's material page.
  const material = doc.getElementById('b-material') as HTMLAnchorElement | null;

  // Each preview says how wide it really is: on a phone the boxes are narrower than 390 px.
  const captions = new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      const caption = target.parentElement?.querySelector('figcaption');
      if (caption)
        caption.textContent = fillIn(caption.dataset.template, {
          width: String(Math.round(contentRect.width)),
        });
    }
  });
  for (const box of boxes) captions.observe(box);

  // The preview runs the real widget from this site's copy, loaded once for the page.
  // Absolute addresses, as a partner's self-hosted setup would give them.
  const contentBase = new URL(form.dataset.content ?? '', location.href).href;
  // While the packages are not on npm, the page names the site's own copy as the code's source.
  const { scriptBase, contentBase: siteContent } = form.dataset;
  const source = scriptBase && siteContent ? { scriptBase, contentBase: siteContent } : undefined;
  const script = doc.createElement('script');
  script.src = form.dataset.embed ?? '';
  script.dataset.contentBase = contentBase;
  doc.head.append(script);

  const showError = (id: string, wrong: boolean) => {
    byId(doc, id).hidden = !wrong;
    const input = doc.querySelector(`[aria-describedby~="${id}"]`);
    if (wrong) input?.setAttribute('aria-invalid', 'true');
    else input?.removeAttribute('aria-invalid');
  };

  let shown = '';
  const update = () => {
    const data = new FormData(form);
    const get = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' ? v : null;
    };
    const choices = readChoices(get, lang);
    showError('b-link-error', !checkUrl(get(fieldNames.fallbackHref)?.trim() ?? ''));
    showError('b-script-base-error', !checkUrl(get(fieldNames.scriptBase)?.trim() ?? ''));
    showError('b-content-base-error', !checkUrl(get(fieldNames.contentBase)?.trim() ?? ''));

    const options = toSnippetOptions(choices, source);
    const snippet = createSnippet(options);
    code.textContent = snippet;
    copy.dataset.copy = snippet;
    const cost = snippetCost(options);
    costTotal.textContent = fillIn(costTotal.dataset.template, {
      total: formatBytes(cost.totalBytes, lang),
    });
    costParts.textContent = fillIn(costParts.dataset.template, {
      script: formatBytes(cost.scriptBytes + cost.styleBytes, lang),
      texts: formatBytes(cost.dataBytes, lang),
    });
    const csp = cspText(cspDirectives(options));
    byId(doc, 'b-csp').textContent = csp;
    byId(doc, 'b-copy-csp').dataset.copy = csp;
    const css = reservationCss(options);
    byId(doc, 'b-reservation').hidden = choices.reservation !== 'none';
    byId(doc, 'b-reservation-css').textContent = css;
    byId(doc, 'b-copy-css').dataset.copy = css;
    for (const guide of guides) guide.hidden = guide.dataset.platform !== choices.platform;

    const query = toQuery(choices, lang);
    history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    // The other language's builder opens with the same choices.
    if (languageLink) languageLink.href = `${languageHref}${query}`;
    if (material) {
      const area = isFocusAreaId(choices.area) ? `${choices.area}/` : '';
      material.href = `${material.dataset.base ?? ''}${area}`;
    }

    // The preview is the snippet's own element, re-made once per frame at most (typing a link
    // changes the snippet at every key) and only when the snippet changed.
    if (snippet === shown) return;
    shown = snippet;
    if (!frame) frame = requestAnimationFrame(showPreview);
  };
  let frame = 0;
  const showPreview = () => {
    frame = 0;
    const snippet = shown;
    const template = doc.createElement('template');
    template.innerHTML = snippet;
    const element = template.content.querySelector('ljungby-story');
    if (!element) return;
    element.setAttribute('content-base', contentBase);
    element.removeAttribute('style');
    // importNode, not cloneNode: the template's inert document would keep the element un-upgraded.
    for (const box of boxes) box.replaceChildren(doc.importNode(element, true));
  };

  fill(
    form,
    readChoices((name) => new URLSearchParams(location.search).get(name), lang),
  );
  // Some fields sit outside the <form> element (form="builder"): listen on the document.
  const onField = (event: Event) => {
    const target = event.target as { form?: HTMLFormElement | null } | null;
    if (target?.form === form) update();
  };
  doc.addEventListener('input', onField);
  doc.addEventListener('change', onField);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
  });
  update();
}
