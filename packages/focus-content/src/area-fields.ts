// What a card and a story show of a focus area, declared once. The content build cuts the
// embed's small files to these fields (scripts/area-files.ts), the embed checks what it fetches
// against them (embed-widget/src/validate.ts), and the components' builders take the types they
// describe (CardArea, StoryArea), so a field a builder reads but the files lack fails the
// type-check, and a field the files lack fails the embed's check.
import type { Block, FocusArea, License } from './types.ts';

/**
 * How a value is checked where it crosses into a page: `text` is plain text (never markup or a
 * script URL), `url` an https address, `richText` the content's block tree (`long`).
 */
export type FieldLeaf = 'text' | 'url' | 'number' | 'boolean' | 'richText';
/**
 * A field: a leaf; an object of fields (`{ name: 'text' }`); a list, written as a list of one
 * field (`['text']`); or a value that may be null (`{ orNull: 'url' }`).
 */
export type Field =
  FieldLeaf | { readonly orNull: Field } | readonly [Field] | { readonly [name: string]: Field };

/** The fields one may declare of a value of type T (a compile-time check on every name). */
export type FieldsOf<T> = [null] extends [T]
  ? { readonly orNull: FieldsOf<NonNullable<T>> }
  : [T] extends [string]
    ? 'text' | 'url'
    : [T] extends [number]
      ? 'number'
      : [T] extends [boolean]
        ? 'boolean'
        : [T] extends [Block[]]
          ? 'richText'
          : [T] extends [readonly (infer I)[]]
            ? readonly [FieldsOf<I>]
            : { readonly [K in keyof T]?: FieldsOf<T[K]> };

/** The part of T that `field` declares: what a file cut to it holds. */
export type Picked<T, F> = F extends { readonly orNull: infer I }
  ? Picked<NonNullable<T>, I> | null
  : F extends readonly [infer I]
    ? T extends readonly (infer E)[]
      ? Picked<E, I>[]
      : never
    : F extends string
      ? T
      : { [K in keyof F & keyof T]: Picked<T[K], F[K]> };

const source = { title: 'text', url: 'url' } as const;

/** What FocusAreaCard shows: the name, the short summary, the illustration's words, the link. */
export const cardFields = {
  id: 'text',
  name: 'text',
  // The link's words when the area has no call to action ("Läs mer om <topic>").
  topic: 'text',
  summary: { short: 'text' },
  official: { source },
  callToAction: { orNull: { label: 'text', url: 'url' } },
  illustration: { alt: 'text' },
} as const satisfies FieldsOf<FocusArea>;

/** What FocusAreaStory shows at its full length: the card's fields and the whole story. */
export const storyFields = {
  ...cardFields,
  tagline: 'text',
  // The municipality's Swedish wording, and a translation beside it in English.
  official: { original: 'text', text: 'text', source },
  long: 'richText',
  keyMessages: ['text'],
  facts: [{ value: 'text', label: 'text', source }],
  partners: [{ name: 'text', website: { orNull: 'url' }, kindLabel: 'text', description: 'text' }],
} as const satisfies FieldsOf<FocusArea>;

/** What a story's credit line (Attribution) shows of the content's licence. */
export const licenseFields = {
  name: 'text',
  url: 'url',
  credit: 'text',
  changedNote: 'text',
} as const satisfies FieldsOf<License>;

/** A focus area as a card's file holds it. */
export type CardArea = Picked<FocusArea, typeof cardFields>;
/** A focus area as a story's file holds it. */
export type StoryArea = Picked<FocusArea, typeof storyFields>;
/** The licence words a story's file holds. */
export type StoryLicense = Picked<License, typeof licenseFields>;

/** `value` cut down to what `field` declares: the fields in it, nothing else. */
export function pickFields<T, F extends Field>(value: T, field: F): Picked<T, F> {
  const pick = (v: unknown, f: Field): unknown => {
    if (typeof f === 'string' || v === null) return v;
    if (Array.isArray(f)) return (v as unknown[]).map((item) => pick(item, f[0] as Field));
    if ('orNull' in f) return pick(v, f.orNull);
    const object = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(f).map(([key, inner]) => [key, pick(object[key], inner)]),
    );
  };
  return pick(value, field) as Picked<T, F>;
}
