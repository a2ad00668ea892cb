// Opens every page of the combined site in Chromium and checks every internal link, anchor and
// file on it. Pages are found by following links from the start page (the partner site) and from
// Storybook's index.json (its docs pages and page stories, rendered via iframe.html). External
// links are listed, never fetched (no network here).
import { openStorybookEntry, type StorybookEntry } from '@ljungby/test-browser/storybook';
import type { Browser, BrowserContext, Page } from 'playwright-core';

interface Found {
  /** Inside a component example (a story's canvas on a docs page): a prop value, not a link. */
  example: boolean;
  href: string;
  resolved: string;
  text: string;
}

export interface CrawlResult {
  problems: string[];
  sitePages: string[];
  storybookPages: string[];
  internal: number;
  external: Set<string>;
  examples: Set<string>;
}

/** Run `task` over `items` with at most `limit` at a time (2 cores: a few tabs in parallel). */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++] as T);
    }),
  );
}

const isPage = (pathname: string) => pathname.endsWith('/') || pathname.endsWith('.html');

export async function crawl(options: {
  browser: Browser;
  /** `http://127.0.0.1:<port>/berattarkit/` */
  base: string;
  storybookFolder: string;
  entries: StorybookEntry[];
}): Promise<CrawlResult> {
  const { browser, base, entries } = options;
  const mount = new URL(base).pathname;
  const origin = new URL(base).origin;
  const storybook = `${mount}${options.storybookFolder}/`;
  const ids = new Set(entries.map((e) => e.id));
  const problems: string[] = [];
  const external = new Set<string>();
  const examples = new Set<string>();
  /** Element ids per page (URL without hash), for anchors checked once every page is open. */
  const anchorsOf = new Map<string, Set<string>>();
  const wantedAnchors: { page: string; id: string; label: string }[] = [];
  const statusOf = new Map<string, Promise<number>>();
  const status = (url: string) => {
    let check = statusOf.get(url);
    if (!check) {
      check = fetch(url, { redirect: 'follow' }).then((r) => r.status);
      statusOf.set(url, check);
    }
    return check;
  };
  let internal = 0;
  const siteQueue: string[] = [base];
  const seen = new Set(siteQueue);

  const checkLink = async (where: string, link: Found) => {
    const url = new URL(link.resolved);
    const label = `${where}: link "${link.text}" → ${link.href}`;
    if (url.protocol === 'mailto:' || url.protocol === 'tel:') return;
    if (url.origin !== origin) {
      external.add(url.href);
      return;
    }
    if (link.example) {
      examples.add(`${where}: ${link.href}`);
      return;
    }
    internal++;
    if (!url.pathname.startsWith(mount)) {
      problems.push(`${label}: leaves the base path ${mount} (${url.pathname})`);
      return;
    }
    const page = `${url.origin}${url.pathname}${url.search}`;
    if (url.hash.length > 1) {
      wantedAnchors.push({ page, id: decodeURIComponent(url.hash.slice(1)), label });
    }
    if (url.pathname.startsWith(storybook)) {
      // Storybook's manager (index.html) or preview (iframe.html) with an id it must know.
      const rest = url.pathname.slice(storybook.length);
      const path = url.searchParams.get('path');
      const id = url.searchParams.get('id');
      if ((rest === '' || rest === 'index.html') && path) {
        const [, kind, target = ''] = /^\/(docs|story)\/([^&]+)$/.exec(path) ?? [];
        if (!kind) problems.push(`${label}: ?path= is not /docs/<id> or /story/<id>`);
        else if (!ids.has(target)) problems.push(`${label}: Storybook has no ${kind} "${target}"`);
        return;
      }
      if (rest === 'iframe.html' && id) {
        if (!ids.has(id)) problems.push(`${label}: Storybook has no entry "${id}"`);
        return;
      }
    } else if (isPage(url.pathname) && !seen.has(page)) {
      seen.add(page);
      siteQueue.push(page);
    }
    const code = await status(page);
    if (code !== 200) problems.push(`${label}: answers ${code}`);
  };

  const visit = async (page: Page, url: string, where: string, root: string) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const links = await page.$$eval(`${root} :is(a[href], area[href])`, (anchors) =>
      anchors.map((a) => ({
        example: !!a.closest('.docs-story'),
        href: a.getAttribute('href') ?? '',
        resolved: (a as HTMLAnchorElement).href,
        text: (a.textContent || a.getAttribute('aria-label') || '').trim().slice(0, 60),
      })),
    );
    // Stylesheets, scripts, images and icons the page asks for must exist too.
    const assets = await page.$$eval(
      `:is(link[href]:not([rel~="preconnect"]):not([rel~="dns-prefetch"]), script[src], img[src], source[src])`,
      (els) =>
        els.map((el) => {
          const attr = el.hasAttribute('src') ? 'src' : 'href';
          return {
            example: false,
            href: el.getAttribute(attr) ?? '',
            resolved: (el as HTMLImageElement).src || (el as HTMLLinkElement).href,
            text: `<${el.localName}>`,
          };
        }),
    );
    anchorsOf.set(
      url.replace(/#.*$/, ''),
      new Set(
        await page.$$eval('[id], a[name]', (els) =>
          els.map((e) => e.id || e.getAttribute('name') || ''),
        ),
      ),
    );
    for (const link of [...links, ...assets]) await checkLink(where, link);
    for (const error of errors) problems.push(`${where}: page error: ${error}`);
  };

  // One browser context per site, its pages a few at a time (sharing the HTTP cache). Whether
  // anything was left in cookies or storage is read once all of that site's pages are done, so
  // that a page in the middle of a write-and-remove (Storybook probes localStorage that way)
  // cannot make another page look guilty.
  const leftBehind = async (context: BrowserContext, name: string, url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    const storage = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    const cookies = (await context.cookies()).map((c) => c.name);
    if (cookies.length || storage.local.length || storage.session.length) {
      problems.push(
        `${name}: pages left cookies or storage: ${JSON.stringify({ cookies, ...storage })}`,
      );
    }
    await context.close();
  };
  const storybookContext = await browser.newContext();
  const newPage = async () => {
    const page = await storybookContext.newPage();
    return { page, close: () => page.close() };
  };
  // Storybook: every docs page and every page story, as its iframe renders it.
  const storybookEntries = entries.filter((e) => e.type === 'docs' || e.tags.includes('page'));
  await pool(storybookEntries, 3, async (entry) => {
    const { page, close } = await newPage();
    const where = `Storybook ${entry.title} › ${entry.name}`;
    try {
      const { url, showsError } = await openStorybookEntry(page, `${origin}${storybook}`, entry);
      if (showsError) problems.push(`${where}: Storybook shows an error`);
      // Only the rendered page: iframe.html also holds Storybook's hidden error templates.
      await visit(page, url, where, ':is(#storybook-root, #storybook-docs)');
    } catch (error) {
      problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await close();
    }
  });

  // Storage belongs to the origin: any small file of it will do to read it back.
  await leftBehind(storybookContext, 'Storybook', `${origin}${storybook}index.json`);

  // The partner site: every page reachable by links from its start page.
  const siteContext = await browser.newContext();
  const sitePages: string[] = [];
  while (siteQueue.length) {
    const batch = siteQueue.splice(0);
    await pool(batch, 3, async (url) => {
      if (new URL(url).pathname.startsWith(storybook)) return;
      sitePages.push(url);
      const page = await siteContext.newPage();
      const close = () => page.close();
      const where = `site ${new URL(url).pathname}`;
      try {
        const response = await page.goto(url);
        if (response?.status() !== 200) {
          problems.push(`${where}: answers ${response?.status()}`);
          return;
        }
        await visit(page, url, where, 'html');
      } catch (error) {
        problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await close();
      }
    });
  }
  await leftBehind(siteContext, 'partner site', base);

  for (const { page, id, label } of wantedAnchors) {
    const anchors = anchorsOf.get(page);
    if (anchors && !anchors.has(id)) problems.push(`${label}: no element with id "${id}" there`);
  }
  return {
    problems,
    sitePages,
    storybookPages: storybookEntries.map((e) => e.id),
    internal,
    external,
    examples,
  };
}
