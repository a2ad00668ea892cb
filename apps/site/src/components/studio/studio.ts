// The studio in the browser: reads the choices from the page's address (and writes the link that
// reopens them), checks what is typed, loads the drawing once after the page (the media kit's
// layout code and the font, a chunk of its own), redraws the preview on every change, and makes
// the files. The logo and the photo stay in this page: they are read here, drawn here and never
// sent or put in any address.
import { isLocale, type Locale } from '@ljungby/focus-content/ids';
import { formatBytes } from '../../lib/words';
import { checkChoices } from './check';
import { fileSlug, saveFile, svgDataUrl, svgToPng } from './downloads';
import {
  drawMessage,
  fieldMessage,
  pictureMessage,
  showMessages,
  showSummary,
  type Message,
} from './feedback';
import { fillForm, partnerIds, readForm } from './form';
import { fill, type StudioMessages } from './messages';
import { ownMaterial, type StudioPictures } from './own-material';
import { readLogo, readPhoto, type Picture } from './pictures';
import type { Drawn } from './renderer';
import boldUrl from '@ljungby/media-kit/fonts/atkinson-hyperlegible-next-plain-zero-700.woff?url';
import regularUrl from '@ljungby/media-kit/fonts/atkinson-hyperlegible-next-plain-zero-400.woff?url';
import { isPoster, readChoices, toQuery, type Look, type StudioChoices } from './state';

type Renderer = typeof import('./renderer');

/** A font file's bytes. */
const fetchFont = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};
type PdfWriter = typeof import('./poster-pdf');

const byId = <T extends HTMLElement>(doc: Document, id: string) => {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`studio: #${id} is missing from the page`);
  return el as T;
};

export function startStudio(doc: Document): void {
  const form = byId<HTMLFormElement>(doc, 'studio');
  const given = form.dataset.lang;
  if (!isLocale(given)) throw new Error(`studio: data-lang ${String(given)} is not sv or en`);
  const lang: Locale = given;
  const m = JSON.parse(form.dataset.messages ?? '{}') as StudioMessages;
  const kitTexts = JSON.parse(form.dataset.kitTexts ?? '{}') as Record<
    Look,
    { headline: string; body: string }
  >;
  const withoutBody = (form.dataset.withoutBody ?? '').split(' ');
  const image = byId<HTMLImageElement>(doc, 's-image');
  const status = byId(doc, 's-status');
  const saved = byId(doc, 's-saved');
  const copy = (id: string, text: string) => {
    byId(doc, id).textContent = text;
    byId(doc, `s-copy-${id.slice(2)}`).dataset.copy = text;
  };

  const languageLink = doc.querySelector<HTMLAnchorElement>('a.site-lang');
  const languageHref = languageLink?.getAttribute('href') ?? '';
  const headlineInput = byId<HTMLInputElement>(doc, 's-headline');
  let choices: StudioChoices = readChoices(new URLSearchParams(location.search), partnerIds(form));
  fillForm(form, choices);
  const pictures: StudioPictures = { focus: { x: 0.5, y: 0.5 } };
  let renderer: Renderer | undefined;
  let pdfWriter: PdfWriter | undefined;
  /** The drawing of the current choices; undefined while they cannot be drawn. */
  let current: Drawn | undefined;
  let drawMessages: Message[] = [];
  let messages: Message[] = [];
  let askedForFile = false;
  let pictureMessages: Message[] = [];

  const material = () => ownMaterial(choices, pictures, lang, headlineInput.placeholder);

  /** Draws the current choices: the preview, its alt text and post text, or why it cannot. */
  function draw() {
    if (!renderer) return;
    current = undefined;
    drawMessages = [];
    if (messages.length === 0) {
      // Posters are light: they are printed.
      const scheme = isPoster(choices.format) ? 'light' : choices.scheme;
      const result = renderer.drawOwn(material(), choices.format, scheme);
      if ('svg' in result) {
        current = result;
        image.src = svgDataUrl(result.svg);
        image.width = result.width;
        image.height = result.height;
        image.alt = result.alt;
        image.hidden = false;
        copy('s-alt', result.alt);
        copy('s-post', result.post);
      } else {
        drawMessages = [drawMessage(result, m, choices.format)];
      }
    }
    showMessages(form, [...messages, ...drawMessages, ...pictureMessages]);
    status.textContent = current || image.hidden ? '' : m.stale;
  }

  let pending = false;
  const redraw = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      draw();
    });
  };

  function update() {
    choices = readForm(form);
    // The link to this template, and the other language's page with the same choices. The
    // page's own address stays as it is: changing it makes the browser fetch the icon again.
    const query = toQuery(choices).toString();
    const here = new URL(location.pathname, location.href);
    here.search = query;
    copy('s-share', here.href);
    if (languageLink) languageLink.href = `${languageHref}${query ? `?${query}` : ''}`;
    // A missing headline is said once a file has been asked for, not while the page is fresh.
    messages = checkChoices(choices)
      .filter((p) => askedForFile || p.code !== 'required')
      .map((p) => fieldMessage(p, m));
    // What this format shows and offers.
    const poster = isPoster(choices.format);
    const note = byId(doc, 's-text-note');
    note.hidden = !withoutBody.includes(choices.format) || !choices.body.trim();
    note.textContent = fill(m.notShown, { format: m.formats[choices.format] });
    for (const button of doc.querySelectorAll<HTMLElement>('[data-export]')) {
      const pdf = button.dataset.export === 'pdf';
      button.hidden = pdf ? !poster || !pdfWriter : poster || !renderer;
    }
    for (const el of doc.querySelectorAll<HTMLElement>('[data-posters-only]')) el.hidden = !poster;
    const organisation = byId<HTMLInputElement>(doc, 's-organisation');
    const partner = byId<HTMLSelectElement>(doc, 's-partner');
    organisation.disabled = partner.value !== '';
    if (partner.value) organisation.value = partner.selectedOptions[0]?.text ?? '';
    redraw();
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });

  // "Hämta kitets text": the chosen look's key message and short text, marked as the kit's.
  const kitButton = byId<HTMLButtonElement>(doc, 's-kit-text');
  kitButton.hidden = false;
  kitButton.addEventListener('click', () => {
    const texts = kitTexts[choices.look];
    fillForm(form, { ...choices, ...texts, kitText: true });
    update();
  });

  // The logo and the photo: read here, kept here.
  for (const name of ['logo', 'photo'] as const) {
    const input = byId<HTMLInputElement>(doc, `s-${name}`);
    const chosen = byId(doc, `s-${name}-name`);
    const show = (picture: Picture | undefined, problem?: string) => {
      pictures[name] = picture;
      pictureMessages = pictureMessages.filter((p) => p.slot !== name);
      if (problem) pictureMessages.push({ slot: name, text: problem });
      chosen.textContent = picture ? fill(m.added, { file: picture.name }) : '';
      const row = chosen.parentElement;
      if (row) row.hidden = !picture;
      if (name === 'photo') {
        byId(doc, 's-photo-more').hidden = !picture;
        if (picture) byId<HTMLImageElement>(doc, 's-focus-photo').src = picture.href;
      }
      update();
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      void (name === 'logo' ? readLogo(file) : readPhoto(file)).then((result) => {
        if ('href' in result) show(result);
        else {
          input.value = '';
          show(pictures[name], pictureMessage(result, m));
        }
      });
    });
    form.querySelector(`[data-remove="${name}"]`)?.addEventListener('click', () => {
      input.value = '';
      show(undefined);
      input.focus();
    });
  }
  const focusSlider = (axis: 'x' | 'y') => byId<HTMLInputElement>(doc, `s-focus-${axis}`);
  const setFocus = () => {
    pictures.focus = {
      x: Number(focusSlider('x').value) / 100,
      y: Number(focusSlider('y').value) / 100,
    };
    redraw();
  };
  focusSlider('x').addEventListener('input', setFocus);
  focusSlider('y').addEventListener('input', setFocus);
  byId(doc, 's-focus-photo').addEventListener('click', (event) => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    focusSlider('x').value = String(Math.round(((event.clientX - box.left) / box.width) * 100));
    focusSlider('y').value = String(Math.round(((event.clientY - box.top) / box.height) * 100));
    setFocus();
  });

  // The files.
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      askedForFile = true;
      update();
      draw();
      // A refused file stays refused (its message stays under its field); the file can be made
      // without it.
      const all = [...messages, ...drawMessages];
      if (all.length > 0 || !current) {
        showSummary(form, all);
        saved.textContent = m.fixFirst;
        return;
      }
      showSummary(form, []);
      const result = current;
      const kind = button.dataset.export ?? 'png';
      const name = `${fileSlug(choices.headline, 'ljungby')}-${choices.format}.${kind}`;
      const { format } = choices;
      const made: Promise<Blob> =
        kind === 'pdf'
          ? isPoster(format) && pdfWriter
            ? pdfWriter.posterPdf(material(), format, choices.bleed)
            : Promise.reject(new Error('studio: no PDF writer for this format'))
          : kind === 'svg'
            ? Promise.resolve(
                new Blob([result.editableSvg ?? result.svg], { type: 'image/svg+xml' }),
              )
            : svgToPng(result.svg, result.width, result.height);
      void made
        .then((blob) => {
          saveFile(doc, blob, name);
          saved.textContent = fill(m.saved, { file: name, size: formatBytes(blob.size, lang) });
        })
        .catch(() => {
          saved.textContent = m.loadFailed;
        });
    });
  }

  update();
  // The drawing loads once the page has and draws the first preview; the PDF writer follows.
  // After that the studio requests nothing more.
  const load = async () => {
    try {
      // The chunk and the two font files at once.
      const [drawing, regular, bold] = await Promise.all([
        import('./renderer'),
        fetchFont(regularUrl),
        fetchFont(boldUrl),
      ]);
      drawing.setFonts({ 400: regular, 700: bold });
      renderer = drawing;
      update();
      // The PDF writer once the first preview is on the screen: its chunk is larger than the
      // drawing's, and loading it meanwhile held up the preview on a slow phone.
      await image.decode().catch(() => undefined);
      pdfWriter = await import('./poster-pdf');
      form.dataset.ready = '';
      update();
    } catch {
      status.textContent = m.loadFailed;
    }
  };
  if (doc.readyState === 'complete') void load();
  else window.addEventListener('load', () => void load(), { once: true });
}
