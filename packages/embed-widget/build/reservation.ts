// dist/embed.css: the size reservation the recommended snippet links, so that the page does not
// move when the widget renders, with no inline style (a strict style-src allows the CDN file).
import { areas, layouts, reservationFor } from '../src/options.ts';

export function reservationStylesheet(): string {
  const rules = ['ljungby-story{display:block}'];
  for (const area of areas) {
    for (const layout of layouts) {
      const selector = `ljungby-story[area="${area}"]${layout === 'story' ? '[layout="story"]' : ':not([layout="story"])'}`;
      rules.push(`${selector}{min-height:${reservationFor(area, layout)}px}`);
    }
  }
  return `${rules.join('\n')}\n`;
}
