// Assembles the published content of one locale from checked sources. Runs only when the
// loading found no problems, so every part it reads exists.
import type { z } from 'zod';
import { focusAreaIds } from '../../src/ids.ts';
import { attribution, creditLine, license } from '../../src/license.ts';
import type { Fact, FocusArea, Locale, LocaleContent } from '../../src/types.ts';
import type { collaborationFrontmatter, kitFile, visionFrontmatter } from './authoring.ts';
import type { LoadedAreas } from './focus-areas.ts';
import type { LocaleText } from './locale-pair.ts';
import { ContentError } from './problems.ts';
import { partnersIn, type SharedFiles } from './shared.ts';
import { keepNumbersTogether } from './text.ts';

export interface Sources {
  version: string;
  kit: z.infer<typeof kitFile>;
  partners: NonNullable<SharedFiles['partners']>;
  areas: LoadedAreas;
  vision: LocaleText<z.infer<typeof visionFrontmatter>>;
  collaboration: LocaleText<z.infer<typeof collaborationFrontmatter>>;
  /** The licence's words in the credit line, from the kit's status (proposed or decided). */
  licenceLabel: string;
  facts: (ids: string[]) => Fact[];
}

const summaryOf = (s: { short: string; medium: string }) => ({
  short: keepNumbersTogether(s.short),
  medium: keepNumbersTogether(s.medium),
});

export function assembleLocale(locale: Locale, src: Sources): LocaleContent {
  const partners = partnersIn(src.partners, src.areas.partnerAreas, locale);
  const announcement = src.kit.announcement;
  const focusAreas: FocusArea[] = focusAreaIds.map((areaId) => {
    const texts = src.areas.texts[areaId];
    if (!texts) throw new ContentError([`unreachable: ${areaId}`]);
    const { fm, long } = texts[locale];
    return {
      id: areaId,
      name: fm.name,
      tagline: keepNumbersTogether(fm.tagline),
      topic: fm.topic,
      official: { original: texts.sv.fm.official, text: fm.official, source: announcement },
      summary: summaryOf(fm.summary),
      long,
      keyMessages: fm.keyMessages.map(keepNumbersTogether),
      facts: src.facts(fm.facts),
      partners: fm.partners.flatMap((pid) => partners.filter((p) => p.id === pid)),
      callToAction: fm.callToAction,
      illustration: { src: `illustrations/${areaId}.svg`, alt: fm.illustration.alt },
      photos: fm.photos,
      accentToken: `focus-area.${areaId}.accent`,
    };
  });
  const v = src.vision.fm;
  const c = src.collaboration.fm;
  return {
    locale,
    version: src.version,
    license: {
      ...license,
      attribution,
      credit: creditLine(c.credit.prefix, src.licenceLabel),
      creditPrefix: c.credit.prefix,
      changedNote: c.credit.changed,
    },
    vision: {
      title: v.title,
      statement: v.statement,
      goal: { ...src.kit.vision.goal, label: keepNumbersTogether(v.goalLabel) },
      summary: summaryOf(v.summary),
      long: src.vision.long,
      population: { label: v.populationLabel, ...src.kit.vision.population },
      facts: src.facts(v.facts),
      source: src.kit.vision.source,
    },
    collaboration: {
      title: c.title,
      partnerLine: c.partnerLine,
      summary: summaryOf(c.summary),
      long: src.collaboration.long,
      source: announcement,
    },
    focusAreas,
    partners,
  };
}
