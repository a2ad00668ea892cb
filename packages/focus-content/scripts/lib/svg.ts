// Optimises an authored illustration with svgo and reads it back as flat shape data, refusing
// anything an embed could not redraw with createElementNS or that would pin a colour outside
// the kit's tokens.
import { optimize, type CustomPlugin, type XastElement } from 'svgo';
import type { IllustrationShape } from '../../src/types.ts';

const shapeTags = new Set<IllustrationShape['tag']>([
  'path',
  'circle',
  'rect',
  'ellipse',
  'polygon',
  'polyline',
  'line',
]);

const geometry = new Set([
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'width',
  'height',
  'points',
  'x1',
  'y1',
  'x2',
  'y2',
  'transform',
  'fill-rule',
  'clip-rule',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
]);

const paintKeywords = new Set(['none', 'currentColor']);
const tokenPaint = /^var\(--lk-color-[a-z0-9-]+,\s*#[0-9a-f]{3,8}\)$/iu;
const hardColour = /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/iu;

const howToColour =
  'colour shapes with style="fill:var(--lk-color-accent-default,#006799)" (a kit token with a fallback) or fill="currentColor"';

export interface SvgResult {
  svg: string;
  viewBox: string;
  title: string;
  shapes: IllustrationShape[];
  problems: string[];
}

function parseStyle(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

export function processSvg(source: string): SvgResult {
  const optimised = optimize(source, {
    multipass: true,
    plugins: [
      {
        name: 'preset-default',
        params: {
          overrides: {
            // The style attributes carry the token colours; svgo must not rewrite them.
            minifyStyles: false,
            inlineStyles: false,
            // It would drop fill="#000" as the default, hiding a fixed colour from the check
            // below (and an unset fill paints black anyway, which the check refuses).
            removeUnknownsAndDefaults: false,
          },
        },
      },
    ],
  }).data;

  const problems: string[] = [];
  const shapes: IllustrationShape[] = [];
  let viewBox = '';
  let title = '';

  const collect: CustomPlugin = {
    name: 'collect-shapes',
    fn: () => ({
      element: {
        enter(node: XastElement, parent) {
          const name = node.name;
          if (name === 'svg') {
            if (parent.type !== 'root') {
              problems.push('has a nested <svg>; draw all shapes in one <svg>');
              return;
            }
            viewBox = node.attributes.viewBox ?? '';
            for (const attr of Object.keys(node.attributes)) {
              if (!['xmlns', 'viewBox', 'width', 'height'].includes(attr)) {
                problems.push(
                  `has the attribute ${attr} on <svg>; put colours and other attributes on the shapes`,
                );
              }
            }
            return;
          }
          if (name === 'title') {
            title = node.children
              .map((c) => (c.type === 'text' ? c.value : ''))
              .join('')
              .trim();
            return;
          }
          if (name === 'desc') return;
          if (name === 'g') {
            if (Object.keys(node.attributes).length > 0) {
              problems.push(
                'has a <g> group with attributes; put the attributes on each shape so that the drawing stays flat',
              );
            }
            return;
          }
          if (!shapeTags.has(name as IllustrationShape['tag'])) {
            problems.push(
              `uses <${name}>; only simple shapes are allowed (path, circle, rect, ellipse, polygon, polyline, line)`,
            );
            return;
          }
          const attrs: Record<string, string> = {};
          const style: Record<string, string> = {};
          for (const [attr, value] of Object.entries(node.attributes)) {
            if (attr === 'style') {
              for (const [prop, val] of parseStyle(value)) {
                if (!['fill', 'stroke'].includes(prop)) {
                  problems.push(
                    `has style "${prop}:${val}" on <${name}>; only fill and stroke may be styled`,
                  );
                } else if (!tokenPaint.test(val) && !paintKeywords.has(val)) {
                  problems.push(`has ${prop} "${val}" on <${name}>; ${howToColour}`);
                } else {
                  style[prop] = val.replace(/,\s+/u, ',');
                }
              }
            } else if (attr === 'fill' || attr === 'stroke') {
              if (paintKeywords.has(value)) attrs[attr] = value;
              else problems.push(`has ${attr}="${value}" on <${name}>; ${howToColour}`);
            } else if (geometry.has(attr)) {
              if (hardColour.test(value)) {
                problems.push(`has a hard-coded colour in ${attr} on <${name}>; ${howToColour}`);
              }
              attrs[attr] = value;
            } else {
              problems.push(`has the attribute ${attr} on <${name}>, which the kit does not use`);
            }
          }
          if (name !== 'line' && !attrs.fill && !style.fill) {
            problems.push(
              `has a <${name}> without a fill, which paints it black; ${howToColour}, or fill="none"`,
            );
          }
          shapes.push({ tag: name as IllustrationShape['tag'], attrs, style });
        },
      },
    }),
  };
  optimize(optimised, { plugins: [collect] });

  if (!title) {
    problems.push(
      'has no <title>; add <title>…</title> with a short description in Swedish as the first child of <svg>',
    );
  }
  if (!/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/u.test(viewBox)) {
    problems.push('has no valid viewBox; expected e.g. viewBox="0 0 320 200"');
  }
  if (shapes.length === 0) problems.push('has no shapes');
  return { svg: optimised, viewBox, title, shapes, problems };
}
