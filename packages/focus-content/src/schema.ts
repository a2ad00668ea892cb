// The zod schema of the published content (json/<locale>.json and the JS API). The build
// validates its output against it and turns it into json/schema.json. Only the build and the
// tests import this file, so zod never reaches a consumer's bundle.
import { z } from 'zod';
import { focusAreaIds, locales } from './ids.ts';
import type * as T from './types.ts';

export { focusAreaIds, locales };
export { lixLimit, wordLimits } from './limits.ts';
export const partnerKinds = [
  'association',
  'company',
  'research',
  'education',
  'culture',
  'business-organisation',
] as const;

const text = z.string().min(1);
const httpsUrl = z.url({ protocol: /^https$/ });
const isoDate = z.iso.date();

export const sourceSchema = z.strictObject({ title: text, url: httpsUrl });

export const factSchema = z.strictObject({
  id: text,
  value: text,
  label: text,
  source: sourceSchema,
  checked: isoDate,
});

const textInline = z.strictObject({ type: z.literal('text'), value: text });
export const inlineSchema: z.ZodType<T.Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    textInline,
    z.strictObject({ type: z.literal('strong'), children: z.array(inlineSchema) }),
    z.strictObject({ type: z.literal('emphasis'), children: z.array(inlineSchema) }),
    z.strictObject({ type: z.literal('link'), href: httpsUrl, children: z.array(inlineSchema) }),
  ]),
);

export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), children: z.array(inlineSchema) }),
  z.strictObject({
    type: z.literal('heading'),
    level: z.union([z.literal(3), z.literal(4)]),
    children: z.array(inlineSchema),
  }),
  z.strictObject({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(z.array(inlineSchema)),
  }),
]);

export const summarySchema = z.strictObject({ short: text, medium: text });

export const illustrationShapeSchema = z.strictObject({
  tag: z.enum(['path', 'circle', 'rect', 'ellipse', 'polygon', 'polyline', 'line']),
  attrs: z.record(z.string(), z.string()),
  style: z.record(z.string(), z.string()),
});

export const illustrationDataSchema = z.strictObject({
  viewBox: text,
  shapes: z.array(illustrationShapeSchema).min(1),
});

export const illustrationSchema = z.strictObject({ src: text, alt: text });

export const photoSchema = z.strictObject({
  src: httpsUrl,
  alt: text,
  credit: text,
  license: text,
  expires: isoDate,
});

export const partnerSchema = z.strictObject({
  id: text,
  name: text,
  kind: z.enum(partnerKinds),
  kindLabel: text,
  description: text,
  website: httpsUrl.nullable(),
  focusAreas: z.array(z.enum(focusAreaIds)),
});

export const focusAreaSchema = z.strictObject({
  id: z.enum(focusAreaIds),
  name: text,
  tagline: text,
  topic: text,
  official: z.strictObject({ original: text, text, source: sourceSchema }),
  summary: summarySchema,
  long: z.array(blockSchema).min(1),
  keyMessages: z.array(text).length(3),
  facts: z.array(factSchema).min(2).max(4),
  partners: z.array(partnerSchema).min(1),
  callToAction: z.strictObject({ label: text, url: httpsUrl }).nullable(),
  illustration: illustrationSchema,
  photos: z.array(photoSchema),
  accentToken: text,
});

export const visionSchema = z.strictObject({
  title: text,
  statement: text,
  goal: z.strictObject({ year: z.int(), population: z.int(), label: text }),
  summary: summarySchema,
  long: z.array(blockSchema).min(1),
  population: z.strictObject({
    label: text,
    points: z.array(z.strictObject({ year: z.int(), value: z.int() })).min(2),
    source: sourceSchema,
    checked: isoDate,
  }),
  facts: z.array(factSchema),
  source: sourceSchema,
});

export const collaborationSchema = z.strictObject({
  title: text,
  partnerLine: text,
  summary: summarySchema,
  long: z.array(blockSchema).min(1),
  source: sourceSchema,
});

export const licenseSchema = z.strictObject({
  spdx: z.literal('CC-BY-4.0'),
  name: text,
  url: httpsUrl,
  attribution: text,
  credit: text,
  creditPrefix: text,
  changedNote: text,
});

export const localeContentSchema = z.strictObject({
  locale: z.enum(locales),
  version: text,
  license: licenseSchema,
  vision: visionSchema,
  collaboration: collaborationSchema,
  focusAreas: z.array(focusAreaSchema).length(focusAreaIds.length),
  partners: z.array(partnerSchema),
});

// Compile-time proof that the hand-written public types and the schema describe the same
// data: if either changes alone, `tsc` fails on one of these lines.
type Equal<A, B> =
  (<V>() => V extends A ? 1 : 2) extends <V>() => V extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type SchemaMatchesTypes = [
  Assert<Equal<z.infer<typeof localeContentSchema>, T.LocaleContent>>,
  Assert<Equal<z.infer<typeof focusAreaSchema>, T.FocusArea>>,
  Assert<Equal<z.infer<typeof partnerSchema>, T.Partner>>,
  Assert<Equal<z.infer<typeof visionSchema>, T.Vision>>,
  Assert<Equal<z.infer<typeof factSchema>, T.Fact>>,
  Assert<Equal<z.infer<typeof blockSchema>, T.Block>>,
  Assert<Equal<z.infer<typeof illustrationDataSchema>, T.IllustrationData>>,
];
