// Text over a partner's photo (the photo as the whole picture's background): a panel of the
// surface colour under the texts, exactly as opaque as it must be for every text to keep 4.5:1
// against every part of the photo it covers. Checked on a small sample of the photo's pixels,
// composited as a browser does, in sRGB.
import { contrastRatio } from './colors.ts';
import type { Rect } from './layout.ts';
import type { PhotoSamples } from './subject.ts';

/** The most the photo may show through the panel (a calm panel); less wherever the text needs it. */
const clearest = 0.85;
const step = 0.05;

const hex = (rgb: readonly number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
const channels = (color: string) => {
  const n = Number.parseInt(color.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** The sampled pixels of the photo, as drawn at `placement`, that fall inside `rect`. */
function pixelsUnder(samples: PhotoSamples, placement: Rect, rect: Rect): number[][] {
  const found: number[][] = [];
  for (let j = 0; j < samples.height; j++) {
    const y = placement.y + ((j + 0.5) / samples.height) * placement.height;
    if (y < rect.y || y > rect.y + rect.height) continue;
    for (let i = 0; i < samples.width; i++) {
      const x = placement.x + ((i + 0.5) / samples.width) * placement.width;
      if (x < rect.x || x > rect.x + rect.width) continue;
      const k = (j * samples.width + i) * 3;
      found.push([samples.rgb[k] ?? 0, samples.rgb[k + 1] ?? 0, samples.rgb[k + 2] ?? 0]);
    }
  }
  return found;
}

export interface Scrim {
  /** The panel's opacity, 0.85–1. */
  opacity: number;
  /** Each text's lowest contrast against the panel over the photo. */
  ratios: number[];
}

/**
 * The least opacity (from 0.85 up, in steps of 0.05) at which every text keeps `min`:1 against
 * the panel of `surface` over the photo; fully opaque without samples of the photo.
 */
export function scrimFor(
  texts: readonly { rect: Rect; color: string }[],
  surface: string,
  photo: { samples?: PhotoSamples },
  placement: Rect,
  min: number,
): Scrim {
  const under = texts.map((t) =>
    photo.samples ? pixelsUnder(photo.samples, placement, t.rect) : [],
  );
  const s = channels(surface);
  const worst = (opacity: number) =>
    texts.map((t, i) =>
      Math.min(
        contrastRatio(t.color, surface),
        ...(under[i] ?? []).map((p) =>
          contrastRatio(t.color, hex(p.map((c, k) => opacity * (s[k] ?? 0) + (1 - opacity) * c))),
        ),
      ),
    );
  for (let opacity = photo.samples ? clearest : 1; opacity < 1; opacity += step) {
    const ratios = worst(opacity);
    if (ratios.every((r) => r >= min)) return { opacity: Number(opacity.toFixed(2)), ratios };
  }
  return { opacity: 1, ratios: worst(1) };
}
