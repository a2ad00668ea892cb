import type { Fact, Locale, Source } from '@ljungby/focus-content';
import { checkLocale } from '../react/resolve';
import { toReact } from '../react/to-react';
import { keyFigure } from './markup';

export interface KeyFigureProps {
  /** A fact from `@ljungby/focus-content` (`area.facts`, `vision.facts`); or give `value` and `label`. */
  fact?: Fact;
  /**
   * The figure as shown, formatted for the locale, e.g. `28 305`.
   * @default fact.value
   */
  value?: string;
  /**
   * The words that complete the figure into a sentence.
   * @default fact.label
   */
  label?: string;
  /**
   * Where the figure comes from; shown and linked. `null` hides it (only for figures you cite elsewhere).
   * @default fact.source
   */
  source?: Source | null;
  /**
   * The language of the "Källa" label.
   * @default 'sv'
   */
  locale?: Locale;
}

/**
 * A key figure: the number large, the words that complete it, and its linked source.
 * @example
 * <KeyFigure fact={getFocusArea('vatten').facts[0]} />
 * <KeyFigure value="35 000" label="invånare år 2035 är målet." source={{ title: 'Ljungby kommun', url: 'https://www.ljungby.se/' }} />
 */
export function KeyFigure({ fact, value, label, source, locale }: KeyFigureProps) {
  const v = value ?? fact?.value;
  const l = label ?? fact?.label;
  if (v === undefined || l === undefined) {
    throw new TypeError(
      `<KeyFigure>: missing ${v === undefined ? 'value' : 'label'}; pass a fact, or both value and label`,
    );
  }
  return toReact(
    keyFigure({
      value: v,
      label: l,
      source: source === undefined ? fact?.source : source,
      locale: checkLocale('KeyFigure', locale),
    }),
  );
}
