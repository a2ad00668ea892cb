'use client';
// Interaction needs the client: the visitor switches the card's language. The kit's components
// are plain functions, so they render inside client components too.
import { FocusAreaCard } from '@ljungby/ui-components';
import { useState } from 'react';

export function LanguageCard() {
  const [locale, setLocale] = useState<'sv' | 'en'>('sv');
  return (
    <section aria-labelledby="language-card-title">
      <h2 id="language-card-title">{locale === 'sv' ? 'Byt språk' : 'Switch language'}</h2>
      <button type="button" onClick={() => setLocale(locale === 'sv' ? 'en' : 'sv')}>
        {locale === 'sv' ? 'Show in English' : 'Visa på svenska'}
      </button>
      <FocusAreaCard area="sagobygden" locale={locale} headingLevel={3} />
    </section>
  );
}
