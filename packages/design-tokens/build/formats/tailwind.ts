// Tailwind v4: `@theme inline` so utilities read the --lk-* variables and follow themes.
import { header, prefix, type BuiltToken, type TokenSet } from '../model.ts';

export function tailwind({ light }: TokenSet): string {
  const tw = (ns: string, group: string, t: BuiltToken) =>
    `  --${ns}-${prefix}-${t.path.slice(group.split('.').length).join('-')}: var(${t.cssVariable});`;
  const starts = (t: BuiltToken, p: string) => t.path.join('.').startsWith(`${p}.`);
  const group = (p: string, ns: string) =>
    light.filter((t) => starts(t, p)).map((t) => tw(ns, p, t));
  const lines = [
    ...light.filter((t) => t.type === 'color').map((t) => tw('color', 'color', t)),
    ...group('space', 'spacing'),
    ...group('font.size', 'text'),
    ...group('font.family', 'font'),
    ...group('font.weight', 'font-weight'),
    ...group('font.line-height', 'leading'),
    ...group('radius', 'radius'),
    ...group('shadow', 'shadow'),
    ...group('easing', 'ease'),
    // Media queries cannot read custom properties, so breakpoints carry their values.
    ...light
      .filter((t) => starts(t, 'breakpoint'))
      .map((t) => `  --breakpoint-${prefix}-${t.path.slice(1).join('-')}: ${t.value};`),
  ];
  return `${header('/*').replace(/\n$/, ' */\n')}/* Use after \`@import "tailwindcss";\` together with @ljungby/design-tokens/css. */\n@theme inline {\n${lines.join('\n')}\n}\n`;
}
