// Generates the whole media kit into dist/: for every area (four focus areas, the vision, all
// four together) and language, the share images (PNG + SVG), the slide (PNG + PPTX), the
// posters (A4 + A3 PDF), a read-me and one ZIP, plus dist/manifest.json. Every text is laid out
// with the font's metrics and checked (fit, glyphs, contrast) before anything is written; a
// problem stops the build with a MediaKitError naming file, field and format.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { getContent, locales, type Locale, type LocaleContent } from '@ljungby/focus-content';
import { fontBytes } from '../src/font.ts';
import { imageFormatIds, imageFormats, type ImageFormat } from '../src/format-layouts.ts';
import { formatUse } from '../src/format-use.ts';
import type { Manifest, ManifestFile } from '../src/manifest.ts';
import { drawImage } from '../src/draw-image.ts';
import { posterSizes, renderPoster, type PosterFormat } from '../src/poster/index.ts';
import { svgToPng } from '../src/share-image.ts';
import { kitAreaIds, subjectOf, type KitAreaId, type SubjectOptions } from '../src/subject.ts';
import { imageTexts, postTexts } from '../src/texts.ts';
import { renderPptx } from './pptx.ts';
import { readMeName, readMeText } from './readme.ts';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface GenerateOptions {
  outDir?: string;
  areas?: readonly string[];
  langs?: readonly Locale[];
  /** Replaces the published content per language (the bad-input tests plant errors here). */
  content?: Partial<Record<Locale, LocaleContent>>;
  illustrations?: SubjectOptions['illustrations'];
  /** Check everything but write nothing. */
  dryRun?: boolean;
  /** Write the files but not manifest.json (a worker's share; the main thread merges). */
  noManifest?: boolean;
}

const mediaTypes = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
  txt: 'text/plain; charset=utf-8',
} as const;

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

export async function generate(options: GenerateOptions = {}): Promise<Manifest> {
  const outDir = options.outDir ?? join(pkgDir, 'dist');
  const areas = options.areas ?? kitAreaIds;
  const langs = options.langs ?? locales;
  const pkg = readJson<{ name: string; version: string }>(join(pkgDir, 'package.json'));
  const fontLicense = readFileSync(
    fileURLToPath(import.meta.resolve('@fontsource/atkinson-hyperlegible-next/LICENSE')),
  );

  // One date for every file, from the content (its newest check), so builds are reproducible.
  const contentOf = (lang: Locale) => options.content?.[lang] ?? getContent(lang);
  const newest = getContent('sv')
    .focusAreas.flatMap((a) => a.facts.map((f) => f.checked))
    .sort()
    .at(-1);
  const date = new Date(`${newest ?? '2026-01-01'}T12:00:00Z`);

  const files: ManifestFile[] = [];
  const jobs: Promise<void>[] = [];
  for (const area of areas) {
    for (const lang of langs) jobs.push(kit(area, lang));
  }

  async function kit(area: string, lang: Locale) {
    const content = contentOf(lang);
    const base = `ljungby-${area}-${lang}`;
    const dir = `files/${area}/${lang}`;
    const subjectFor = (format: string, file: string) =>
      subjectOf(area, lang, { content, illustrations: options.illustrations, file, format });
    // The kit's subject, checked as for its first file (named in errors).
    const first = imageFormatIds[0] ?? 'square';
    const probe = subjectFor(first, `${dir}/${base}-${first}.png`);
    const posts = postTexts(probe);
    const kitFiles: ManifestFile[] = [];
    const out = new Map<string, Uint8Array>();
    const add = (
      entry: Omit<ManifestFile, 'area' | 'lang' | 'bytes' | 'postTexts' | 'credit' | 'mediaType'>,
      bytes: Uint8Array,
    ) => {
      out.set(entry.path, bytes);
      kitFiles.push({
        area: area as KitAreaId,
        lang,
        ...entry,
        mediaType: mediaTypes[entry.fileType],
        bytes: bytes.byteLength,
        postTexts: posts,
        credit: probe.credit,
      });
    };

    for (const format of imageFormatIds) {
      const { kind } = imageFormats[format];
      const path = `${dir}/${base}-${format}`;
      const subject = subjectFor(format, `${path}.png`);
      const image = drawImage(subject, format, 'light', `${path}.png`);
      const { alt, description } = imageTexts(subject, image.blocks, { file: path, format });
      const common = {
        format,
        kind,
        width: image.width,
        height: image.height,
        unit: 'px' as const,
        alt,
        description,
        use: formatUse[format][lang],
      };
      add({ ...common, fileType: 'png', path: `${path}.png` }, await svgToPng(image.svg));
      // The SVG is offered for editing: its texts are live (the PNG shows them outlined).
      add({ ...common, fileType: 'svg', path: `${path}.svg` }, strToU8(image.editableSvg));
      if (format === 'slide') {
        const pptx = await renderPptx(subject, `${path}.pptx`, subject.illustrationAlt);
        add(
          {
            ...common,
            width: 13.333,
            height: 7.5,
            unit: 'in',
            fileType: 'pptx',
            path: `${path}.pptx`,
            use: formatUse['slide-pptx'][lang],
          },
          pptx,
        );
      }
    }
    for (const format of Object.keys(posterSizes) as PosterFormat[]) {
      const path = `${dir}/${base}-${format}.pdf`;
      const poster = await renderPoster(subjectFor(format, path), {
        format,
        fonts: { 400: fontBytes(400), 700: fontBytes(700) },
        date,
        file: path,
      });
      // The picture's words: what the page shows, not the small print under it.
      const shown = poster.blocks.filter(
        (b) => !['readMore', 'sourceLine', 'sources'].includes(b.field),
      );
      add(
        {
          format,
          kind: 'poster',
          fileType: 'pdf',
          path,
          width: poster.width,
          height: poster.height,
          unit: 'pt',
          ...imageTexts(probe, shown, { file: path, format }),
          use: formatUse[format][lang],
        },
        poster.bytes,
      );
    }

    const readMePath = `${dir}/${lang === 'sv' ? 'las-mig-forst' : 'read-me-first'}.txt`;
    const readMe = strToU8(readMeText(probe, content, kitFiles));
    const readMeUse =
      lang === 'sv'
        ? 'Vad du får göra, hur du skriver upphovsraden och vilken fil som passar var.'
        : 'What you may do, how to write the credit line and which file goes where.';
    // PNG, PDF and PPTX are compressed already and are stored as they are; SVG and text
    // shrink to a third with deflate.
    const deflate = { level: 6 } as const;
    const zipEntries: Zippable = {
      [readMeName[lang]]: [readMe, deflate],
      'LICENSE-FONT.txt': [new Uint8Array(fontLicense), deflate],
    };
    for (const [path, bytes] of out)
      zipEntries[path.split('/').at(-1) ?? path] = path.endsWith('.svg') ? [bytes, deflate] : bytes;
    add(
      {
        format: 'read-me',
        kind: 'read-me',
        fileType: 'txt',
        path: readMePath,
        width: null,
        height: null,
        unit: null,
        alt: null,
        description: null,
        use: readMeUse,
      },
      readMe,
    );
    const zip = zipSync(zipEntries, { level: 0, mtime: date });
    add(
      {
        format: 'bundle',
        kind: 'zip',
        fileType: 'zip',
        path: `zip/${base}.zip`,
        width: null,
        height: null,
        unit: null,
        alt: null,
        description: null,
        use: lang === 'sv' ? 'Allt material i en fil.' : 'All the material in one file.',
      },
      zip,
    );
    if (!options.dryRun) {
      for (const [path, bytes] of out) {
        mkdirSync(dirname(join(outDir, path)), { recursive: true });
        writeFileSync(join(outDir, path), bytes);
      }
    }
    files.push(...kitFiles);
  }

  await Promise.all(jobs);
  files.sort(inManifestOrder);
  const manifest: Manifest = {
    name: pkg.name,
    version: pkg.version,
    contentVersion: getContent('sv').version,
    license: {
      files: 'CC-BY-4.0',
      attribution: getContent('sv').license.attribution,
      font: 'OFL-1.1',
    },
    areas: kitAreaIds,
    langs: locales,
    files,
  };
  if (!options.dryRun && !options.noManifest) writeManifest(outDir, manifest);
  return manifest;
}

/** The manifest lists files by area, then language (in the kit's order), then path. */
const inManifestOrder = (a: ManifestFile, b: ManifestFile) => {
  const key = (f: ManifestFile) =>
    `${kitAreaIds.indexOf(f.area)}-${locales.indexOf(f.lang)}-${f.path}`;
  return key(a).localeCompare(key(b));
};

const writeManifest = (outDir: string, manifest: Manifest) => {
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
};

/**
 * The whole kit, one language per worker thread: the renderers are synchronous CPU work, and
 * two threads use both cores (and get their fair share when the machine is busy).
 */
async function generateInWorkers(outDir: string): Promise<Manifest> {
  const parts = await Promise.all(
    locales.map(
      (lang) =>
        new Promise<Manifest>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { outDir, langs: [lang] },
          });
          worker.once('message', (m: Manifest) => {
            resolve(m);
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`the ${lang} worker stopped with code ${code}`));
          });
        }),
    ),
  );
  const [first, ...rest] = parts;
  if (!first) throw new Error('no languages to generate');
  const manifest = {
    ...first,
    files: [first, ...rest].flatMap((p) => p.files).sort(inManifestOrder),
  };
  writeManifest(outDir, manifest);
  return manifest;
}

if (!isMainThread && parentPort) {
  const data = workerData as { outDir: string; langs: Locale[] };
  parentPort.postMessage(await generate({ ...data, noManifest: true }));
}

export const allImageFormats: readonly ImageFormat[] = imageFormatIds;

if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const outDir = join(pkgDir, 'dist');
  for (const sub of ['files', 'zip']) rmSync(join(outDir, sub), { recursive: true, force: true });
  const manifest = await generateInWorkers(outDir);
  const seconds = (performance.now() - t0) / 1000;
  const total = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `media-kit: ${manifest.files.length} files for ${manifest.areas.length} areas × ${manifest.langs.length} languages in ${seconds.toFixed(1)} s, ${(total / 1e6).toFixed(1)} MB`,
  );
}
