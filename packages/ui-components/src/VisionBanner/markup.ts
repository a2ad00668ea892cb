import type { Locale, Vision } from '@ljungby/focus-content';
import {
  h,
  level,
  safeHref,
  type HeadingLevel,
  type MarkupElement,
  type MarkupNode,
} from '../markup/node';
import { strings } from './strings';

export interface VisionBannerMarkupOptions {
  vision: Vision;
  locale?: Locale;
  headingLevel?: HeadingLevel;
  showTable?: boolean;
}

// Chart geometry in SVG user units; the SVG scales as a whole, so these are not CSS sizes.
const W = 300;
const BASE = 126;
const TOP = 22;

/**
 * The goal, the vision statement and a bar chart of the population towards the goal. The
 * chart is hidden from assistive technology; the caption and the table carry the same data,
 * and the goal bar differs by its dashed outline, not by colour alone.
 */
export function visionBanner(o: VisionBannerMarkupOptions): MarkupElement {
  const { vision } = o;
  const locale = o.locale ?? 'sv';
  const t = strings[locale];
  const num = (n: number) => new Intl.NumberFormat(locale).format(n);
  const { points } = vision.population;
  const rows = [...points, { year: vision.goal.year, value: vision.goal.population, goal: true }];
  const max = Math.max(...rows.map((r) => r.value));
  const slot = (W - 8) / rows.length;
  const bars: MarkupNode[] = rows.flatMap((r, i) => {
    const height = Math.round(((BASE - TOP) * r.value) / max);
    const x = Math.round(4 + i * slot + slot * 0.2);
    const mid = Math.round(4 + i * slot + slot / 2);
    return [
      h('rect', {
        class: 'lk-vision-banner__bar',
        'data-goal': 'goal' in r ? 'true' : undefined,
        x,
        y: BASE - height,
        width: Math.round(slot * 0.6),
        height,
      }),
      h('text', { class: 'lk-vision-banner__value', x: mid, y: BASE - height - 6 }, num(r.value)),
      h('text', { class: 'lk-vision-banner__year', x: mid, y: BASE + 16 }, String(r.year)),
    ];
  });
  const first = points[0]?.year;
  const last = points[points.length - 1]?.year;
  return h(
    'div',
    { class: 'lk-vision-banner', lang: locale, 'data-table': o.showTable ? 'visible' : undefined },
    h(
      'div',
      'lk-vision-banner__text',
      h(`h${level(o.headingLevel ?? 2)}`, 'lk-vision-banner__title', vision.goal.label),
      h('p', 'lk-vision-banner__statement', vision.statement),
    ),
    h(
      'figure',
      'lk-vision-banner__chart',
      h(
        'svg',
        {
          class: 'lk-vision-banner__svg',
          viewBox: `0 0 ${W} ${BASE + 22}`,
          'aria-hidden': 'true',
          'font-size': 13,
          'text-anchor': 'middle',
        },
        h('line', { class: 'lk-vision-banner__axis', x1: 0, x2: W, y1: BASE, y2: BASE }),
        ...bars,
      ),
      h(
        'figcaption',
        'lk-vision-banner__caption',
        `${vision.population.label} ${first}–${last}. ${t.dashed} ${vision.goal.label}.`,
      ),
      h(
        'table',
        'lk-vision-banner__table',
        h(
          'thead',
          null,
          h('tr', null, h('th', { scope: 'col' }, t.year), h('th', { scope: 'col' }, t.people)),
        ),
        h(
          'tbody',
          null,
          ...rows.map((r) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, 'goal' in r ? `${r.year} (${t.goal})` : String(r.year)),
              h('td', null, num(r.value)),
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      'lk-vision-banner__source',
      `${t.source}: `,
      h('a', { href: safeHref(vision.population.source.url) }, vision.population.source.title),
    ),
  );
}
