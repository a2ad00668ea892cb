// Prepares the files the site serves but does not write by hand, before `astro build`:
// - public/embed/: the real built embed script and the content JSON it loads, so the builder's
//   preview runs exactly what partners get, from this site instead of the CDN;
// - public/downloads/: the illustrations with plain hex fills (SVG) and as PNG, and the
//   design tokens' DTCG source, for designers;
// - public/downloads/media-kit/: the media kit's built files and ZIPs, at the same paths as in
//   its dist/ (so a manifest path is also the address), and a small preview of every picture,
//   poster and ZIP;
// - src/generated/: the theme switch's CSS (from the tokens) and a list of the downloads with
//   their sizes, which the pages read.
import { Resvg } from '@resvg/resvg-js';
import { contactSheet, fromPdf, fromSvg, type Preview } from './previews.ts';
import {
  paletteOf,
  resolveVar,
  resolvedColorSchemes,
  type CatalogEntry,
  type FocusAreaId,
  type ResolvedColorScheme,
} from '@ljungby/design-tokens';
import { focusAreaIds, getContent, locales } from '@ljungby/focus-content';
import { renderShareImage, type ImageFormat, type Manifest } from '@ljungby/media-kit';
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IllustrationFile } from '../src/lib/downloads';

const site = fileURLToPath(new URL('..', import.meta.url));
const packageRoot = (name: string) =>
  dirname(fileURLToPath(import.meta.resolve(`${name}/package.json`)));
const embedRoot = packageRoot('@ljungby/embed-widget');
const contentRoot = packageRoot('@ljungby/focus-content');
const tokensRoot = packageRoot('@ljungby/design-tokens');
const mediaKitRoot = packageRoot('@ljungby/media-kit');

const publicEmbed = join(site, 'public/embed');
const publicDownloads = join(site, 'public/downloads');
const generated = join(site, 'src/generated');
for (const dir of [publicEmbed, publicDownloads, generated]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

// 1. The embed: the same folder layout as the packages on the CDN, so `content-base` and the
// script path work unchanged.
// The whole dist/ folder: the widget fetches files beside its script (e.g. dist/css/), and
// whatever it needs next is then already there.
cpSync(join(embedRoot, 'dist'), join(publicEmbed, 'widget/dist'), { recursive: true });
cpSync(join(contentRoot, 'dist/json'), join(publicEmbed, 'content/dist/json'), {
  recursive: true,
});

// 2. Illustrations with plain hex fills: each `var(--lk-…, #fallback)` becomes the light
// theme's value of that token for the area (design tools do not read CSS variables).
function plainSvg(svg: string, area: FocusAreaId, scheme: ResolvedColorScheme): string {
  const palette = paletteOf(scheme, area);
  return svg.replace(
    /style="(fill|stroke):var\((--[a-z0-9-]+),(#[0-9a-fA-F]{3,8})\)"/g,
    (_all, prop: string, name: string, fallback: string) =>
      `${prop}="${resolveVar(name, palette) ?? fallback}"`,
  );
}
/**
 * The file describes itself in both languages (the same file is offered on Swedish and English
 * pages): a title and a description per language, role="img", Swedish as the file's language.
 */
function describedIllustration(svg: string, area: string): string {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const words = locales.map((lang) => {
    const content = getContent(lang).focusAreas.find((a) => a.id === area);
    if (!content) throw new Error(`scripts/assets.ts: the ${lang} content has no area ${area}`);
    return `<title xml:lang="${lang}">Illustration: ${escape(content.name)}</title><desc xml:lang="${lang}">${escape(content.illustration.alt)}</desc>`;
  });
  return svg
    .replace(/<title>[^<]*<\/title>/, '')
    .replace(/^<svg\b([^>]*)>/, `<svg$1 role="img" lang="sv" xml:lang="sv">${words.join('')}`);
}
const pngWidth = 1600;
const downloads: IllustrationFile[] = [];
/** Writes one area's illustration in one format to public/downloads/ and lists it. */
function offerIllustration(
  area: string,
  format: IllustrationFile['format'],
  data: string | Uint8Array,
  width: number,
  height: number,
) {
  const name = `illustration-${area}.${format}`;
  writeFileSync(join(publicDownloads, name), data);
  downloads.push({
    area,
    format,
    path: `downloads/${name}`,
    bytes: Buffer.byteLength(data),
    width,
    height,
  });
}
for (const area of focusAreaIds) {
  const source = readFileSync(join(contentRoot, `dist/illustrations/${area}.svg`), 'utf8');
  const svg = describedIllustration(plainSvg(source, area, 'light'), area);
  if (svg.includes('var(')) {
    throw new Error(
      `scripts/assets.ts: illustrations/${area}.svg still has a CSS variable after resolving the tokens; expected only style="fill|stroke:var(--lk-…,#hex)"`,
    );
  }
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const vw = Number(viewBox?.[1] ?? 0);
  const vh = Number(viewBox?.[2] ?? 0);
  if (!vw || !vh)
    throw new Error(`scripts/assets.ts: illustrations/${area}.svg has no viewBox "0 0 w h"`);
  offerIllustration(area, 'svg', svg, vw, vh);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: pngWidth } }).render();
  offerIllustration(area, 'png', png.asPng(), png.width, png.height);
}

// 3. The media kit: its files and ZIPs as built, and a preview of every picture, poster and
// ZIP (scripts/previews.ts). A picture's preview is drawn from the same image with its text as
// shapes (the SVG files keep their text live for editing, and resvg has not got the font).
const mediaKitManifest = JSON.parse(
  readFileSync(join(mediaKitRoot, 'dist/manifest.json'), 'utf8'),
) as Manifest;
const mediaKitOut = join(publicDownloads, 'media-kit');
for (const dir of ['files', 'zip']) {
  cpSync(join(mediaKitRoot, 'dist', dir), join(mediaKitOut, dir), { recursive: true });
}
const previews: Record<string, { path: string; width: number; height: number; bytes: number }> = {};
/** Writes a preview beside the file it shows, keyed by that file's path without its extension. */
const offerPreview = (file: { path: string }, preview: Preview) => {
  const key = file.path.replace(/\.[a-z]+$/, '');
  const path = `downloads/media-kit/previews/${key.replace(/^(files|zip)\//, '')}.webp`;
  mkdirSync(dirname(join(site, 'public', path)), { recursive: true });
  writeFileSync(join(site, 'public', path), preview.webp);
  previews[key] = {
    path,
    width: preview.width,
    height: preview.height,
    bytes: preview.webp.length,
  };
};
const drawn = new Map<string, Map<string, Preview>>();
for (const file of mediaKitManifest.files) {
  let preview: Preview | undefined;
  // The pictures from their SVGs; the posters from the A4 PDF (the A3 is the same page, larger).
  if (file.fileType === 'svg') {
    const format = file.format as ImageFormat;
    const svg = await renderShareImage({ area: file.area, format, locale: file.lang });
    preview = await fromSvg(svg, (file.width ?? 0) >= (file.height ?? 0));
  } else if (file.format === 'poster-a4') {
    preview = await fromPdf(new Uint8Array(readFileSync(join(mediaKitRoot, 'dist', file.path))));
  }
  if (!preview) continue;
  offerPreview(file, preview);
  const set = `${file.area} ${file.lang}`;
  drawn.set(set, (drawn.get(set) ?? new Map<string, Preview>()).set(file.format, preview));
}
// The ZIPs: what they hold, side by side (the square, the portrait, the slide and the poster).
for (const file of mediaKitManifest.files) {
  if (file.kind !== 'zip') continue;
  const set = drawn.get(`${file.area} ${file.lang}`);
  const parts = ['square', 'portrait', 'slide', 'poster-a4'].map((format) => set?.get(format));
  offerPreview(file, await contactSheet(parts.filter((p) => p !== undefined)));
}
if (Object.keys(previews).length === 0) {
  throw new Error(
    `scripts/assets.ts: ${join(mediaKitRoot, 'dist/manifest.json')} lists no SVG to preview; build @ljungby/media-kit first`,
  );
}

// 4. The design tokens' DTCG source, as published in the package's tokens/ folder, and as one
// file with a token set per source file (the multi-set layout Tokens Studio reads).
const tokenFiles: string[] = [];
const walk = (dir: string): void => {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.json')) tokenFiles.push(full);
  }
};
walk(join(tokensRoot, 'tokens'));
const sets: Record<string, unknown> = {};
for (const file of tokenFiles) {
  const set = relative(join(tokensRoot, 'tokens'), file).replace(/\.json$/, '');
  sets[set] = JSON.parse(readFileSync(file, 'utf8')) as unknown;
}
const setNames = Object.keys(sets);
const common = setNames.filter((s) => !/(^|\/)(light|dark)$/.test(s));
const themed = (scheme: ResolvedColorScheme) => setNames.filter((s) => s.endsWith(`/${scheme}`));
const tokensStudio = {
  ...sets,
  $themes: resolvedColorSchemes.map((scheme) => ({
    id: scheme,
    name: scheme === 'light' ? 'Light' : 'Dark',
    selectedTokenSets: Object.fromEntries<string>([
      ...common.map((s): [string, string] => [s, 'source']),
      ...themed(scheme).map((s): [string, string] => [s, 'enabled']),
    ]),
  })),
  $metadata: { tokenSetOrder: setNames },
};
const tokensName = 'berattarkit-tokens.json';
const tokensText = `${JSON.stringify(tokensStudio, null, 2)}\n`;
writeFileSync(join(publicDownloads, tokensName), tokensText);
const tokenDownload = {
  path: `downloads/${tokensName}`,
  bytes: Buffer.byteLength(tokensText),
  sets: setNames,
};
// The licence of the kit's typeface (SIL OFL 1.1), for designers, beside the tokens.
const fontLicence = 'downloads/atkinson-hyperlegible-next-licens-OFL.txt';
cpSync(
  fileURLToPath(import.meta.resolve('@fontsource/atkinson-hyperlegible-next/LICENSE')),
  join(site, 'public', fontLicence),
);

// 5. The theme switch: the site's own select picks light or dark without JavaScript, via
// :has(). The declarations come from the tokens' light and dark themes, so they cannot drift.
const catalog = JSON.parse(
  readFileSync(join(tokensRoot, 'dist/json/catalog.json'), 'utf8'),
) as CatalogEntry[];
const themeTokens = catalog.filter((t) => t.layer === 'themes');
const areaTokens = catalog.filter((t) => t.layer === 'focus-areas');
// The focus-area tokens' custom properties are already the accent names they remap.
const declarations = (list: CatalogEntry[], scheme: ResolvedColorScheme) =>
  list.map((t) => `${t.cssVariable}:${t[scheme].value};`).join('');
let themeCss = '/* Generated by scripts/assets.ts from the design tokens; do not edit. */\n';
for (const scheme of resolvedColorSchemes) {
  const root = `:root:has(#lk-scheme option[value=${scheme}]:checked)`;
  themeCss += `${root}{color-scheme:${scheme};${declarations(themeTokens, scheme)}}\n`;
  for (const area of focusAreaIds) {
    const own = areaTokens.filter((t) => t.path.startsWith(`focus-area.${area}.accent.`));
    themeCss += `${root} [data-focus-area="${area}"]{${declarations(own, scheme)}}\n`;
  }
}
if (!themeCss.includes('--lk-color-accent-default')) {
  throw new Error(
    'scripts/assets.ts: the focus-area tokens no longer map to --lk-color-accent-*; check the catalog paths',
  );
}
writeFileSync(join(generated, 'theme.css'), themeCss);
writeFileSync(
  join(generated, 'downloads.json'),
  `${JSON.stringify({ illustrations: downloads, tokens: tokenDownload, previews, fontLicence }, null, 2)}\n`,
);
console.log(
  `site assets: ${downloads.length} illustration files, ${mediaKitManifest.files.length} media-kit files, ${Object.keys(previews).length} previews, ${setNames.length} token sets, theme CSS ${themeCss.length} B`,
);
