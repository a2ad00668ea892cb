// Turns the components' stylesheet into the widget's: the same rules, made independent of the
// host page and trimmed to what the widget can render. postcss parses; esbuild minifies.
import postcss, { type AtRule, type Root } from 'postcss';
import { transform } from 'esbuild';
import selectorParser from 'postcss-selector-parser';

const varReference = /var\(\s*(--[\w-]+)\s*\)/g;

/**
 * What the widget's markup can contain: for each element, its classes and its data attributes
 * (as `name` and `name=value`).
 */
export type MarkupVocabulary = Set<string>[];

/**
 * The parts a compound selector asks of one element: its `lk-` classes and its data attributes
 * (`name`, or `name=value`). Pseudo-classes (`:is()`, `:where()`, `:not()`) ask nothing here, so
 * a rule behind one is kept: the pruner may keep too much, never drop too much.
 */
function compounds(selector: string): string[][] {
  const result: string[][] = [];
  selectorParser((selectors) => {
    selectors.each((sel) => {
      let current: string[] = [];
      result.push(current);
      sel.each((node) => {
        if (node.type === 'combinator') result.push((current = []));
        else if (node.type === 'class' && node.value.startsWith('lk-')) current.push(node.value);
        else if (node.type === 'attribute' && node.attribute.startsWith('data-'))
          current.push(
            node.value === undefined ? node.attribute : `${node.attribute}=${node.value}`,
          );
      });
    });
  }).processSync(selector);
  return result;
}

/** Whether some element of some rendering could match the selector. */
export const selectorPossible = (selector: string, elements: MarkupVocabulary) =>
  compounds(selector).every(
    (parts) => parts.length === 0 || elements.some((el) => parts.every((p) => el.has(p))),
  );

/**
 * Drops rules the widget can never match (the vision banner, button variants it never uses,
 * theme and focus-area combinations its markup never puts on one element): a selector survives
 * only if each of its compound parts fits some element of some rendering of the widget.
 */
export function dropUnusedRules(root: Root, elements: MarkupVocabulary): number {
  let dropped = 0;
  root.walkRules((rule) => {
    const keep = rule.selectors.filter((s) => selectorPossible(s, elements));
    if (keep.length === rule.selectors.length) return;
    dropped += rule.selectors.length - keep.length;
    if (keep.length === 0) rule.remove();
    else rule.selectors = keep;
  });
  return dropped;
}

/**
 * Moves the component rules that no element of `elements` can match (those of the story, its
 * key figures, partner list and button) out of `root` into a new root, flattened out of their
 * layer (the caller wraps them in `lk.components` again).
 */
export function splitOff(root: Root, elements: MarkupVocabulary): Root {
  const out = postcss.root();
  root.walkRules((rule) => {
    if (rule.selectors.some((s) => selectorPossible(s, elements))) return;
    const inMedia = rule.parent?.type === 'atrule' && (rule.parent as AtRule).name === 'media';
    if (inMedia) {
      const media = rule.parent as AtRule;
      out.append(postcss.atRule({ name: 'media', params: media.params, nodes: [rule.clone()] }));
    } else out.append(rule.clone());
    rule.remove();
  });
  root.walkAtRules((at) => {
    if (at.nodes?.length === 0) at.remove();
  });
  return out;
}

/**
 * Inlines custom properties that are declared once with a plain value (the primitives: ramps,
 * spacing, type sizes), then drops custom properties nothing uses. Themes and focus areas keep
 * working because the semantic tokens they redeclare stay custom properties.
 */
export function inlineAndPruneCustomProperties(
  root: Root,
  keep: (name: string) => boolean,
): number {
  const declared = new Map<string, string[]>();
  root.walkDecls(/^--/, (decl) => {
    declared.set(decl.prop, [...(declared.get(decl.prop) ?? []), decl.value]);
  });
  // Declared once means nothing remaps it: neither a theme, nor a focus area, nor a variant.
  // A component knob declared once as `var(--lk-color-…)` resolves to the same semantic token
  // wherever it is read, since no element between the component and its parts remaps tokens.
  const constants = new Map(
    [...declared]
      .filter(([prop, values]) => values.length === 1 && !keep(prop))
      .map(([prop, values]) => [prop, (values[0] as string).trim()]),
  );
  const resolve = (value: string, depth = 0): string =>
    depth > 10
      ? value
      : value.replace(varReference, (whole, name: string) => {
          const constant = constants.get(name);
          return constant === undefined ? whole : resolve(constant, depth + 1);
        });
  root.walkDecls((decl) => {
    decl.value = resolve(decl.value);
  });
  let removed = 0;
  for (let before = -1; before !== removed;) {
    before = removed;
    const used = new Set<string>();
    root.walkDecls((decl) => {
      for (const m of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) used.add(m[1] as string);
    });
    root.walkDecls(/^--/, (decl) => {
      if (!used.has(decl.prop) && !keep(decl.prop)) {
        decl.remove();
        removed++;
      }
    });
  }
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  root.walkAtRules((at) => {
    if (at.nodes?.length === 0) at.remove();
  });
  return removed;
}

/**
 * Each component file opens its own `@layer lk.components { … }` and repeats the layer order;
 * one block per layer and one order statement (the widget's own, first) say the same.
 */
export function mergeLayers(root: Root): void {
  const blocks = new Map<string, AtRule>();
  root.each((node) => {
    if (node.type !== 'atrule' || node.name !== 'layer') return;
    if (!node.nodes) {
      node.remove();
      return;
    }
    const first = blocks.get(node.params);
    if (first) {
      first.append(node.nodes);
      node.remove();
    } else {
      blocks.set(node.params, node);
    }
  });
}

/**
 * rem follows the host page's root font size (a 62.5 % root would shrink the widget to 10 px
 * text), even inside a shadow root. The widget pins 1rem to 16 px; page zoom still scales it.
 */
export const pinRem = (value: string) =>
  value.replace(/(-?\d*\.?\d+)rem\b/g, (_, n: string) => `${+(Number(n) * 16).toFixed(3)}px`);

// Inheritance crosses the shadow boundary, and a page rule such as `* { all: unset }` beats
// `:host`, so the widget's root resets everything itself. The layer comes first, so that the
// tokens (colour-scheme) and the components' rules still apply on top of the reset.
// overflow-wrap: a long word or link text breaks rather than making a 320 px page scroll
// sideways when the visitor's text is at 200 % (WCAG 1.4.10 reflow).
const hostRules = `
@layer lk.isolate, lk.tokens, lk.base, lk.components;
@layer lk.isolate {
  :host { all: initial; display: block; }
  :host([hidden]) { display: none; }
  .lk-root { all: initial; display: block; direction: ltr; unicode-bidi: isolate; overflow-wrap: anywhere; }
}
`;

/**
 * `keep` names the custom properties that must stay even where no rule reads them: the
 * illustrations in the content data colour their shapes with them
 * (`var(--lk-color-accent-border, …)`).
 */
export async function widgetCss(
  componentsCss: string,
  used: MarkupVocabulary,
  keep: Set<string>,
  cardOnly: MarkupVocabulary,
) {
  const root = postcss.parse(componentsCss);
  // The widget's root always carries data-color-scheme, and light is what :host declares, so
  // the rule that restores light mode inside a dark ancestor has nothing to do here.
  root.walkRules((rule) => {
    const selector = rule.selector.replace(/["'\s]/g, '');
    if (selector === '[data-color-scheme=light]') rule.remove();
    else if (selector === ':root,:host') rule.selector = ':host';
  });
  const droppedSelectors = dropUnusedRules(root, used);
  const droppedProperties = inlineAndPruneCustomProperties(root, (name) => keep.has(name));
  mergeLayers(root);
  root.walkDecls((decl) => {
    decl.value = pinRem(decl.value);
  });
  root.walkAtRules((at) => {
    at.params = pinRem(at.params);
  });
  // Two files: what cards and the grid need (most embeds), and what only the story adds.
  const story = splitOff(root, cardOnly);
  const minify = async (css: string) => {
    const { code } = await transform(css, { loader: 'css', minify: true });
    // esbuild keeps the space after a custom property's colon (it is part of the value to
    // CSSOM, but no rule here depends on it).
    return code.trim().replace(/(--[\w-]+): /g, '$1:');
  };
  return {
    card: await minify(hostRules + root.toString()),
    story: await minify(`@layer lk.components{${story.toString()}}`),
    droppedSelectors,
    droppedProperties,
  };
}
