// Text as SVG outlines, from the font that measured it: each placed line is shaped by fontkit
// (kerning included, exactly as `textWidth` measured it) and its glyphs written as one path.
// The images then look the same in every program, and nothing has to find a font file.
import { baselineInLineBox, fontOf, type FontWeight } from './font.ts';
import type { PlacedBlock } from './layout.ts';

/** Path commands of a glyph in font units, y up, as fontkit gives them. */
type Command = { command: string; args: number[] };

const outlines = new Map<string, Command[]>();

function outline(weight: FontWeight, glyph: { id: number; path: { commands: Command[] } }) {
  const key = `${weight}:${glyph.id}`;
  let commands = outlines.get(key);
  if (!commands) {
    commands = glyph.path.commands;
    outlines.set(key, commands);
  }
  return commands;
}

const letters: Record<string, string> = {
  moveTo: 'M',
  lineTo: 'L',
  quadraticCurveTo: 'Q',
  bezierCurveTo: 'C',
  closePath: 'Z',
};

/** A number with at most two decimals, without trailing zeros (an SVG stays small). */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** The outline of one line of text with its baseline starting at (x, baseline), in px. */
export function linePath(
  text: string,
  x: number,
  baseline: number,
  size: number,
  weight: FontWeight,
): string {
  const font = fontOf(weight);
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  const parts: string[] = [];
  let penX = 0;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    const gx = x + (penX + (position?.xOffset ?? 0)) * scale;
    const gy = baseline - (position?.yOffset ?? 0) * scale;
    for (const { command, args } of outline(weight, glyph)) {
      const coords: string[] = [];
      for (let k = 0; k < args.length; k += 2)
        coords.push(`${num(gx + (args[k] ?? 0) * scale)} ${num(gy - (args[k + 1] ?? 0) * scale)}`);
      parts.push(`${letters[command] ?? ''}${coords.join(' ')}`);
    }
    penX += position?.xAdvance ?? glyph.advanceWidth;
  });
  return parts.join('');
}

/** Every line of a placed block as one SVG path, filled with `color`. */
export function blockPath(block: PlacedBlock, color: string): string {
  const d = block.lines
    .map((line, i) => {
      const lineTop = block.y + i * block.size * block.lineHeight;
      const baseline = lineTop + baselineInLineBox(block.size, block.lineHeight, block.weight);
      return linePath(line, block.x, baseline, block.size, block.weight);
    })
    .join('');
  return d ? `<path d="${d}" fill="${color}"/>` : '';
}
