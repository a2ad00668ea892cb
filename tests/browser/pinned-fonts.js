// Pixel baselines must not depend on the fonts a machine happens to have: the kit's web pages
// use the reader's system fonts (design-tokens' `body`, `heading`), so a machine with another
// monospace or serif face drew every token page differently (a fresh Debian with only Chromium,
// December 2026: 12 of 102 Storybook baselines failed). A browser started with these fonts sees
// only DejaVu from npm (dejavu-fonts-ttf), whatever the machine has installed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

/**
 * Each generic family, and the names Chromium asks for in its place on Linux, bound to one
 * DejaVu face. `binding="same"` makes the face count as the family asked for, so Chromium uses
 * it instead of skipping to its own fallback.
 */
const families = {
  'DejaVu Sans': ['sans-serif', 'Arial', 'Helvetica'],
  'DejaVu Serif': ['serif', 'Times New Roman', 'Times'],
  'DejaVu Sans Mono': ['monospace', 'Monospace', 'Courier New'],
};

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The fontconfig file: DejaVu's folder only, and no system configuration at all. */
export function pinnedFontsConfig(cacheDir) {
  const aliases = Object.entries(families).flatMap(([face, names]) =>
    names.map(
      (name) =>
        `  <alias binding="same"><family>${name}</family><prefer><family>${face}</family></prefer></alias>`,
    ),
  );
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `  <dir>${escape(fontDir)}</dir>`,
    `  <cachedir>${escape(cacheDir)}</cachedir>`,
    // The maths, condensed and light cuts would otherwise answer for names nobody asked for.
    '  <selectfont><rejectfont><glob>*MathTeXGyre*</glob><glob>*Condensed*</glob><glob>*ExtraLight*</glob></rejectfont></selectfont>',
    ...aliases,
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Writes the configuration to a temporary folder and returns the environment that points the
 * browser at it, and a function that removes the folder (call it after the browser has closed).
 */
export function pinnedFonts() {
  const dir = mkdtempSync(join(tmpdir(), 'lk-fonts-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, pinnedFontsConfig(join(dir, 'cache')));
  return {
    env: { ...process.env, FONTCONFIG_FILE: file },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
