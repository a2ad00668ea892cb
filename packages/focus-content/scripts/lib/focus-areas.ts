// The focus areas: the folders must be exactly the ids, each area's two language files must
// agree on ids and photos, and each area has an illustration.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { focusAreaIds } from '../../src/ids.ts';
import { wordLimits } from '../../src/limits.ts';
import type { FocusAreaId, IllustrationData, Locale } from '../../src/types.ts';
import { focusAreaFrontmatter } from './authoring.ts';
import { contentFile } from './files.ts';
import { loadLocalePair, type LocaleText } from './locale-pair.ts';
import type { Problems } from './problems.ts';
import { partnersPath, type SharedFiles } from './shared.ts';
import { processSvg } from './svg.ts';

export type AreaText = LocaleText<z.infer<typeof focusAreaFrontmatter>>;

export interface LoadedAreas {
  texts: Partial<Record<FocusAreaId, Record<Locale, AreaText>>>;
  /** Partner id → the areas that list it, in area order. */
  partnerAreas: Map<string, FocusAreaId[]>;
  svgs: Partial<Record<FocusAreaId, string>>;
  illustrations: Partial<Record<FocusAreaId, IllustrationData>>;
}

export function loadFocusAreas(
  root: string,
  shared: SharedFiles,
  today: string,
  problems: Problems,
): LoadedAreas {
  const areasDir = join(root, 'content', 'focus-areas');
  if (existsSync(areasDir)) {
    for (const entry of readdirSync(areasDir)) {
      if (!(focusAreaIds as readonly string[]).includes(entry)) {
        problems.push(
          `${contentFile('focus-areas', entry)}: is not a focus area; the folders must be ${focusAreaIds.join(', ')}`,
        );
      }
    }
  }

  const out: LoadedAreas = { texts: {}, partnerAreas: new Map(), svgs: {}, illustrations: {} };
  for (const areaId of focusAreaIds) {
    const pair = loadLocalePair(
      root,
      ['focus-areas', areaId],
      focusAreaFrontmatter,
      wordLimits['focus-area'].text,
      problems,
    );
    for (const text of Object.values(pair)) {
      text.fm.partners.forEach((partnerId, i) => {
        if (shared.partners && !(partnerId in shared.partners.partners)) {
          problems.push(
            `${text.file}: partners[${i}] "${partnerId}" is not a partner id in ${partnersPath}; known ids: ${Object.keys(shared.partners.partners).join(', ')}`,
          );
        }
      });
      text.fm.photos.forEach((photo, i) => {
        if (photo.expires < today) {
          problems.push(
            `${text.file}: photos[${i}].expires is ${photo.expires}, which has passed; remove the photo or renew its licence and date`,
          );
        }
      });
    }
    const { sv, en } = pair;
    if (sv && en) {
      // Ids and addresses are the same in both languages; only the words differ.
      for (const field of ['facts', 'partners'] as const) {
        if (sv.fm[field].join() !== en.fm[field].join()) {
          problems.push(
            `${en.file}: ${field} is [${en.fm[field].join(', ')}] but ${sv.file} has [${sv.fm[field].join(', ')}]; both languages must list the same ids in the same order`,
          );
        }
      }
      sv.fm.photos.forEach((photo, i) => {
        const other = en.fm.photos[i];
        if (other && (other.src !== photo.src || other.expires !== photo.expires)) {
          problems.push(
            `${en.file}: photos[${i}] must have the same src and expires as in ${sv.file}`,
          );
        }
      });
      out.texts[areaId] = { sv, en };
      for (const partnerId of sv.fm.partners) {
        out.partnerAreas.set(partnerId, [...(out.partnerAreas.get(partnerId) ?? []), areaId]);
      }
    }

    const svgFile = contentFile('illustrations', `${areaId}.svg`);
    if (!existsSync(join(root, svgFile))) {
      problems.push(`${svgFile}: the illustration of ${areaId} is missing`);
    } else {
      const result = processSvg(readFileSync(join(root, svgFile), 'utf8'));
      for (const p of result.problems) problems.push(`${svgFile}: ${p}`);
      out.svgs[areaId] = result.svg;
      out.illustrations[areaId] = { viewBox: result.viewBox, shapes: result.shapes };
    }
  }

  if (shared.partners && Object.keys(out.texts).length === focusAreaIds.length) {
    for (const partnerId of Object.keys(shared.partners.partners)) {
      if (!out.partnerAreas.has(partnerId)) {
        problems.push(
          `${partnersPath}: partners.${partnerId} is not listed by any focus area; add it to a focus area's partners or remove it`,
        );
      }
    }
  }
  return out;
}
