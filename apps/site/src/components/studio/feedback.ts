// What the studio tells the reader, in the page's language: a message under the field it is
// about (linked to it with aria-describedby and marked aria-invalid), and, when the reader asks
// for a file while something is wrong, a summary at the top that links to each field.
import type { DrawProblem } from './renderer';
import type { FieldProblem } from './check';
import type { PictureProblem } from './pictures';
import { fill, type StudioMessages } from './messages';
import { fieldNames, type StudioFormat } from './state';

/** A message for one place of the form: a field's id (without `s-`), `event` or a picture. */
export interface Message {
  slot: string;
  text: string;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export function fieldMessage(p: FieldProblem, m: StudioMessages): Message {
  const field = m.fields[p.field];
  const slot = fieldNames[p.field];
  switch (p.code) {
    case 'required':
      return { slot, text: m.required };
    case 'too-long':
      return {
        slot,
        text: fill(m.tooLong, { field, max: p.max, count: p.count, cut: p.count - p.max }),
      };
    case 'rtl':
      return { slot, text: fill(m.rtl, { field }) };
    case 'controls':
      return { slot, text: fill(m.controls, { field }) };
    case 'emoji':
      return { slot, text: fill(m.emoji, { field, chars: p.chars.join(' ') }) };
    case 'link-scheme':
      return { slot, text: fill(m.linkScheme, { scheme: p.scheme }) };
    case 'link-invalid':
      return { slot, text: m.linkInvalid };
  }
}

export function pictureMessage(p: PictureProblem, m: StudioMessages): string {
  switch (p.code) {
    case 'not-image':
      return fill(m.notImage, { file: p.file });
    case 'not-logo':
      return fill(m.notLogo, { file: p.file });
    case 'unreadable':
      return fill(m.unreadable, { file: p.file });
    case 'svg-no-size':
      return fill(m.svgNoSize, { file: p.file });
    case 'too-big':
      return fill(m.tooBig, { file: p.file, size: megabytes(p.bytes), max: megabytes(p.max) });
    case 'svg-unsafe': {
      const parts = p.parts.map((part) => m.svgParts[part]);
      return fill(m.svgUnsafe, { file: p.file, what: parts.join(m.or) });
    }
  }
}

/** Where a text of the layout is typed in the form. */
const slotOfLayoutField: Record<string, string> = {
  eyebrow: fieldNames.organisation,
  headline: fieldNames.headline,
  body: fieldNames.body,
  event: 'event',
  link: fieldNames.link,
  creditLines: fieldNames.photoCredit,
};

export function drawMessage(p: DrawProblem, m: StudioMessages, format: StudioFormat): Message {
  const formatName = m.formats[format];
  const nameOf = (f: string) =>
    (m.fields as Record<string, string>)[f === 'eyebrow' ? 'organisation' : f] ?? f;
  switch (p.kind) {
    case 'fit': {
      const [first] = p.cuts;
      if (!first)
        return { slot: fieldNames.headline, text: fill(m.cutNone, { format: formatName }) };
      const options = p.cuts.map((cut) =>
        fill(m.cutOption, { field: nameOf(cut.field), count: cut.chars }).replace(/^./u, (c) =>
          c.toLowerCase(),
        ),
      );
      return {
        slot: slotOfLayoutField[first.field] ?? fieldNames.headline,
        text: fill(m.cut, { format: formatName, options: options.join(m.or) }),
      };
    }
    case 'word':
      return { slot: slotOfLayoutField[p.field] ?? fieldNames.headline, text: fill(m.word, p) };
    case 'glyph':
      return {
        slot: slotOfLayoutField[p.field] ?? fieldNames.headline,
        text: fill(m.glyph, {
          chars: p.chars.join(' '),
          them: p.chars.length > 1 ? m.them : m.it,
          field: nameOf(p.field),
        }),
      };
    case 'logo-shape':
      return {
        slot: 'logo',
        text: fill(m.logoWide, { ratio: p.ratio.toFixed(1), max: p.max }),
      };
  }
}

/** Shows `messages` under their fields and clears every other field's message. */
export function showMessages(form: HTMLFormElement, messages: readonly Message[]): void {
  const bySlot = new Map<string, string[]>();
  for (const { slot, text } of messages) bySlot.set(slot, [...(bySlot.get(slot) ?? []), text]);
  for (const box of form.querySelectorAll<HTMLElement>('.site-error[id$="-error"]')) {
    const slot = box.id.replace(/^s-/u, '').replace(/-error$/u, '');
    const texts = bySlot.get(slot);
    box.textContent = texts ? texts.join(' ') : '';
    box.hidden = !texts;
    const control = form.querySelector(`#s-${slot}`);
    if (texts) control?.setAttribute('aria-invalid', 'true');
    else control?.removeAttribute('aria-invalid');
  }
}

/** The summary at the top of the form: every message, each a link to its field. */
export function showSummary(form: HTMLFormElement, messages: readonly Message[]): void {
  const summary = form.querySelector<HTMLElement>('#s-summary');
  const list = summary?.querySelector('ul');
  if (!summary || !list) return;
  list.replaceChildren(
    ...messages.map(({ slot, text }) => {
      const item = form.ownerDocument.createElement('li');
      const link = form.ownerDocument.createElement('a');
      link.href = `#s-${slot === 'event' ? 'date' : slot}`;
      link.textContent = text;
      item.append(link);
      return item;
    }),
  );
  summary.hidden = messages.length === 0;
  if (messages.length > 0) summary.focus();
}
