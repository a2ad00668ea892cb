import type { Locale } from '@ljungby/focus-content';

const label: Record<Locale, string> = {
  sv: 'Berättarkits webbplats för partner',
  en: "Berättarkit's site for partners",
};

/**
 * A link to the partner site. Storybook is published in its `storybook/` folder, so the site is
 * one folder up; the link leaves the preview iframe (target="_top") to open it as a page.
 */
export function PartnerSiteLink({ lang }: { lang: Locale }) {
  return (
    <a href="../" target="_top">
      {label[lang]}
    </a>
  );
}
