// The platform guides are the embed package's own Markdown files (its docs/ folder), read at
// build, so the builder and the package never disagree. Our own repository's files, rendered
// with marked: trusted input, so setting them as HTML is safe.
import type { Locale } from '@ljungby/focus-content';
import { marked, type Tokens } from 'marked';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const docs = join(
  dirname(fileURLToPath(import.meta.resolve('@ljungby/embed-widget/package.json'))),
  'docs',
);

/** The id of a guide's section on the builder page, for links between guides. */
export const guideAnchor = (id: string) => `guide-${id}`;

export interface Guide {
  id: string;
  title: string;
  html: string;
}

/**
 * One guide in one language: the Swedish part comes before `## English`, the English after.
 * `headingLevel` is the level of the heading the guide sits under on the page.
 */
export function readGuide(id: string, locale: Locale, headingLevel: number): Guide {
  const file = join(docs, `${id}.md`);
  const text = readFileSync(file, 'utf8');
  const [first = '', ...rest] = text.split(/^## English\s*$/m);
  if (rest.length === 0) {
    throw new Error(
      `${file}: no "## English" heading; the guides keep Swedish first, then English`,
    );
  }
  const title = /^# (.+)$/m.exec(first)?.[1]?.trim() ?? id;
  const body = locale === 'sv' ? first.replace(/^# .+$/m, '') : rest.join('');
  const html = marked.parse(body, {
    async: false,
    walkTokens(token) {
      // The guides' inner headings start at ##, which on the page sits one level under ours.
      if (token.type === 'heading') {
        const heading = token as Tokens.Heading;
        heading.depth = Math.min(6, heading.depth - 1 + headingLevel);
      }
      if (token.type === 'link') {
        const link = token as Tokens.Link;
        const m = /^([a-z-]+)\.md$/.exec(link.href);
        if (m?.[1]) link.href = `#${guideAnchor(m[1])}`;
      }
    },
  });
  return { id, title, html };
}
