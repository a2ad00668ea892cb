// The README's table of word limits and LIX, generated from src/limits.ts so that the docs and
// the build cannot disagree. `npm run docs` writes it; test/docs.test.ts checks it.
import { lixLimit, wordLimits } from '../../src/limits.ts';

const words = {
  sv: {
    head: '| Fil | Fält | Antal ord |\n| --- | --- | --- |',
    kinds: {
      'focus-area': 'fokusområde (`focus-areas/<id>/*.md`)',
      vision: 'visionen (`vision/*.md`)',
      collaboration: 'samarbetet (`collaboration/*.md`)',
      partner: 'partner (`partners.yaml`)',
    },
    text: 'texten under huvudet',
    each: 'varje',
    lix: `På svenska ska \`summary.short\` och \`summary.medium\` ha LIX under ${lixLimit} (klarspråk); bygget räknar och säger till.`,
  },
  en: {
    head: '| File | Field | Words |\n| --- | --- | --- |',
    kinds: {
      'focus-area': 'focus area (`focus-areas/<id>/*.md`)',
      vision: 'vision (`vision/*.md`)',
      collaboration: 'collaboration (`collaboration/*.md`)',
      partner: 'partner (`partners.yaml`)',
    },
    text: 'the text below the frontmatter',
    each: 'each',
    lix: `In Swedish, \`summary.short\` and \`summary.medium\` must have a LIX below ${lixLimit} (plain language); the build computes it and tells you.`,
  },
} as const;

export type DocsLanguage = keyof typeof words;

/** The Markdown between `<!-- word-limits:<lang> -->` and `<!-- /word-limits:<lang> -->`. */
export function limitsTable(lang: DocsLanguage): string {
  const t = words[lang];
  const rows = Object.entries(wordLimits).flatMap(([kind, fields]) =>
    Object.entries(fields).map(([field, { min, max }]) => {
      const name =
        field === 'text' ? t.text : `\`${field}\`${field === 'keyMessages' ? ` (${t.each})` : ''}`;
      return `| ${t.kinds[kind as keyof typeof t.kinds]} | ${name} | ${min}–${max} |`;
    }),
  );
  return [t.head, ...rows, '', t.lix].join('\n');
}

export const markers = (lang: DocsLanguage) =>
  [`<!-- word-limits:${lang} -->`, `<!-- /word-limits:${lang} -->`] as const;

/** The README with both tables replaced (unformatted; format with Prettier before comparing). */
export function withLimits(readme: string): string {
  let out = readme;
  for (const lang of Object.keys(words) as DocsLanguage[]) {
    const [open, close] = markers(lang);
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`README.md lacks ${open} … ${close}`);
    out = `${out.slice(0, start + open.length)}\n\n${limitsTable(lang)}\n\n${out.slice(end)}`;
  }
  return out;
}
