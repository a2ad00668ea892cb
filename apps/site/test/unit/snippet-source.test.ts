// Where a pasted snippet loads the widget and the texts from: the developer's own folders when
// given, else the site's own copy while the packages are not on npm but the site is out, else
// jsDelivr. A snippet pointing at a copy that does not exist is a blank space on a partner's page.
import { createSnippet, type SnippetOptions } from '@ljungby/embed-widget';
import type { KitStatus } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { defaultChoices, siteCopy, toSnippetOptions } from '../../src/components/builder/state';

/** The kit's status before anything is published; each case changes what it is about. */
const before: KitStatus = {
  packagesPublished: false,
  siteDeployed: false,
  siteUrl: 'https://kit.example/berattarkit/',
  licenceDecided: false,
  profileFound: false,
  codeHomeConfirmed: false,
  codeUrl: 'https://code.example/berattarkit',
  adopted: false,
  textApprover: null,
};

const own = {
  scriptBase: 'https://static.forening.example/embed-widget',
  contentBase: 'https://static.forening.example/focus-content',
};

/** The script's and the first text file's addresses in the snippet for these options. */
const loadsFrom = (options: SnippetOptions) => {
  const html = createSnippet(options);
  return {
    script: /<script src="([^"]+)"/.exec(html)?.[1],
    texts: /<link rel="preload" as="fetch" href="([^"]+\.json)"/.exec(html)?.[1],
  };
};

describe('siteCopy', () => {
  it('is the site’s own copy, under its sub-path, while only the site is out', () => {
    expect(siteCopy({ ...before, siteDeployed: true })).toEqual({
      scriptBase: 'https://kit.example/berattarkit/embed/widget',
      contentBase: 'https://kit.example/berattarkit/embed/content',
    });
  });

  it('is nothing before the site is out, and nothing once the packages are on npm', () => {
    expect(siteCopy(before)).toBeUndefined();
    expect(siteCopy({ ...before, siteDeployed: true, packagesPublished: true })).toBeUndefined();
    expect(siteCopy({ ...before, packagesPublished: true })).toBeUndefined();
  });
});

describe('toSnippetOptions', () => {
  const choices = defaultChoices('sv');
  const copy = siteCopy({ ...before, siteDeployed: true });

  it('loads from the developer’s own folders before anything else', () => {
    expect(loadsFrom(toSnippetOptions({ ...choices, ...own }, copy))).toEqual({
      script: `${own.scriptBase}/dist/embed.js`,
      texts: `${own.contentBase}/dist/json/sv/all.json`,
    });
  });

  it('loads from the site’s copy when the folders are left empty', () => {
    expect(loadsFrom(toSnippetOptions(choices, copy))).toEqual({
      script: `${copy?.scriptBase}/dist/embed.js`,
      texts: `${copy?.contentBase}/dist/json/sv/all.json`,
    });
  });

  it('takes each folder on its own: one given, the other from the site’s copy', () => {
    const options = toSnippetOptions({ ...choices, scriptBase: own.scriptBase }, copy);
    expect(options.scriptBase).toBe(own.scriptBase);
    expect(options.contentBase).toBe(copy?.contentBase);
  });

  it('loads from jsDelivr when there is neither', () => {
    const { script, texts } = loadsFrom(toSnippetOptions(choices));
    expect(script).toMatch(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/@ljungby\/embed-widget@[^/]+\/dist\/embed\.js$/,
    );
    expect(texts).toMatch(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/@ljungby\/focus-content@[^/]+\/dist\/json\/sv\/all\.json$/,
    );
  });

  it('passes every choice the snippet draws', () => {
    const chosen = {
      ...choices,
      area: 'vatten',
      layout: 'story',
      locale: 'en',
      colorScheme: 'dark',
      headingLevel: 3,
      fallbackHref: 'https://forening.example/',
      reservation: 'none',
    } as const;
    expect(toSnippetOptions(chosen)).toEqual({
      area: 'vatten',
      layout: 'story',
      locale: 'en',
      colorScheme: 'dark',
      headingLevel: 3,
      fallbackHref: 'https://forening.example/',
      reservation: 'none',
    });
  });
});
