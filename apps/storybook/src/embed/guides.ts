import { marked, type Tokens } from 'marked';

// The platform guides are the embed package's own Markdown files, read at build time, so the
// builder and the package docs never disagree. They are our own repository's files, rendered
// with marked: trusted input, so setting them as HTML is safe.
const files = import.meta.glob<string>('../../../../packages/embed-widget/docs/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface Guide {
  /** File name without `.md`, e.g. `wordpress`. */
  id: string;
  /** The guide's first heading, e.g. `WordPress`. */
  title: string;
  /** The Swedish part as HTML. */
  sv: string;
  /** The English part (after `## English`) as HTML. */
  en: string;
}

/** The id of a guide's section on the builder page, for in-page links between guides. */
export const guideAnchor = (id: string) => `guide-${id}`;

function toHtml(markdown: string, headingOffset: number): string {
  return marked.parse(markdown, {
    async: false,
    walkTokens(token) {
      // The guides' inner headings start at ##; on the page they sit under an h3.
      if (token.type === 'heading') (token as Tokens.Heading).depth += headingOffset;
      // Links between guides (`csp.md`) become links to their sections on this page.
      if (token.type === 'link') {
        const link = token as Tokens.Link;
        const m = /^([a-z-]+)\.md$/.exec(link.href);
        if (m?.[1]) link.href = `#${guideAnchor(m[1])}`;
      }
    },
  });
}

export const guides: Guide[] = Object.entries(files).map(([path, text]) => {
  const id = /([a-z-]+)\.md$/.exec(path)?.[1] ?? path;
  const [first = '', ...rest] = text.split(/^## English\s*$/m);
  const title = /^# (.+)$/m.exec(first)?.[1]?.trim() ?? id;
  const body = first.replace(/^# .+$/m, '');
  return { id, title, sv: toHtml(body, 2), en: toHtml(rest.join(''), 2) };
});

/** The guides in the order a reader needs them: the platforms first, then CSP and privacy. */
export const guideOrder = [
  'html',
  'wordpress',
  'sitevision',
  'wix',
  'squarespace',
  'csp',
  'privacy',
];
export const guide = (id: string) => guides.find((g) => g.id === id);
