import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The packages as the CDN holds them: each package folder with its published files. */
export const cdnPackages = {
  '@ljungby/embed-widget': packageDir,
  // Found by name, so that a copy of this package (mutation testing's sandbox) finds it too.
  '@ljungby/focus-content': dirname(
    fileURLToPath(import.meta.resolve('@ljungby/focus-content/package.json')),
  ),
};

/** Computed styles compared to prove isolation; none of them depend on the page's width. */
export const styleProps = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'color',
  'background-color',
  'text-transform',
  'text-decoration-line',
  'letter-spacing',
  'text-align',
  'direction',
  'padding-top',
  'padding-left',
  'margin-top',
  'margin-left',
  'border-top-width',
  'border-top-style',
  'border-radius',
  'display',
  'box-shadow',
] as const;
