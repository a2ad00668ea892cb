import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const packagesDir = join(packageDir, '..');
/** The packages as the CDN holds them: each package folder with its published files. */
export const cdnPackages = {
  '@ljungby/embed-widget': packageDir,
  '@ljungby/focus-content': join(packagesDir, 'focus-content'),
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
