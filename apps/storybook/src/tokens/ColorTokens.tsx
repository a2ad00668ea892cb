import type { ReactNode } from 'react';
import {
  catalog,
  paletteOf,
  contrast,
  focusAreaIds,
  minimum,
  pairContrast,
  pairings,
  ratioText,
  type CatalogEntry,
  resolvedColorSchemes,
  type ResolvedColorScheme,
} from './token-data';
import type { FocusAreaId } from '@ljungby/focus-content';
import { TokenPage } from './TokenPage';
import { CatalogTable } from './TokenTable';

// Each step's contrast against the two page surfaces (light and dark mode), from the built
// tokens, so a designer sees at once which steps can carry text (4.5:1) or shapes (3:1).
const surfaces = {
  light: paletteOf('light')['color.surface.default'],
  dark: paletteOf('dark')['color.surface.default'],
};
const ratio = (fg: string, bg: string) => `${contrast(fg, bg).toFixed(1)}:1`;

const ramps = [
  ...new Set(
    catalog
      .filter((t) => t.layer === 'brand' && t.type === 'color')
      .map((t) => t.path.split('.')[1] ?? ''),
  ),
];

function Ramp({ name }: { name: string }) {
  const steps = catalog.filter((t) => t.layer === 'brand' && t.path.split('.')[1] === name);
  return (
    <ul className="sb-ramp" aria-label={`color.${name}`}>
      {steps.map((t) => (
        <li key={t.path}>
          <div className="sb-swatch" style={{ background: String(t.light.value) }} />
          <code>{t.path.split('.').slice(1).join('.')}</code>
          <br />
          <code>{t.light.value}</code>
          <br />
          <span className="sb-ratio">
            <span aria-hidden="true">☀ </span>
            <span className="sb-visually-hidden">ljust / light: </span>
            {ratio(String(t.light.value), surfaces.light)}
            <br />
            <span aria-hidden="true">☾ </span>
            <span className="sb-visually-hidden">mörkt / dark: </span>
            {ratio(String(t.light.value), surfaces.dark)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The token's contrast against each surface it is paired with in the pairing list. */
function Pairs({
  path,
  scheme,
  focusArea,
}: {
  path: string;
  scheme: ResolvedColorScheme;
  focusArea?: FocusAreaId;
}) {
  const colors = paletteOf(scheme, focusArea);
  const pairs = pairings.filter((p) => p.foreground === path);
  if (!pairs.length) return null;
  return (
    <ul className="sb-pairs">
      {pairs.map((p) => {
        const { ratio, passes } = pairContrast(p, colors);
        return (
          <li key={`${p.background}-${p.kind}`}>
            {ratio.toFixed(1)}:1 {passes ? '✓' : '✗'}{' '}
            <span className="sb-ratio">
              {p.background.replace(/^color\./, '')} ({p.kind})
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function Value({
  entry,
  scheme,
  focusArea,
}: {
  entry: CatalogEntry;
  scheme: ResolvedColorScheme;
  focusArea?: FocusAreaId;
}) {
  const v = entry[scheme];
  // Focus-area tokens are listed under their remapped name (color.accent.*), as paired.
  const path = entry.cssVariable
    .replace(/^--lk-/, '')
    .replace(/^color-/, 'color.')
    .replace(/-/g, '.');
  return (
    <>
      <div className="sb-swatch" style={{ background: String(v.value) }} />
      <code>{v.value}</code>
      {v.reference && (
        <>
          <br />
          <code>{`{${v.reference}}`}</code>
        </>
      )}
      <Pairs path={path} scheme={scheme} focusArea={focusArea} />
    </>
  );
}

function SemanticTable({
  entries,
  label,
  focusArea,
}: {
  entries: CatalogEntry[];
  label: string;
  focusArea?: FocusAreaId;
}) {
  return (
    <CatalogTable
      label={label}
      rows={entries}
      columns={[
        ...resolvedColorSchemes.map((scheme) => ({
          header: scheme === 'light' ? 'Ljust / Light' : 'Mörkt / Dark',
          cell: (t: CatalogEntry): ReactNode => (
            <Value entry={t} scheme={scheme} focusArea={focusArea} />
          ),
        })),
        { header: 'Användning / Use', cell: (t: CatalogEntry): ReactNode => t.description },
      ]}
    />
  );
}

/** Colour swatches per layer: brand ramps, semantic tokens per theme, focus-area accents. */
export function ColorTokens() {
  const semantic = catalog.filter((t) => t.layer === 'themes');
  return (
    <TokenPage title="Färger / Colours">
      <p>
        Varumärkeslagret är ett <strong>förslag</strong> – byt mot kommunens grafiska profil i{' '}
        <code>tokens/brand.json</code>. The brand layer is a proposal; replace it with the
        municipality&apos;s profile in one file.
      </p>
      <h2>Varumärke / Brand</h2>
      <p>
        Under varje steg: kontrasten mot sidans yta i ljust och mörkt läge. Text kräver{' '}
        {ratioText(minimum.text, 'sv')}, stor text och former {ratioText(minimum.ui, 'sv')}. Under
        each step: its contrast against the page surface in light and dark mode (text needs{' '}
        {ratioText(minimum.text, 'en')}; large text and shapes {ratioText(minimum.ui, 'en')}).
      </p>
      {ramps.map((name) => (
        <section key={name} aria-label={name}>
          <h3>{name}</h3>
          <Ramp name={name} />
        </section>
      ))}
      <h2>Semantiska färger / Semantic colours</h2>
      <p>
        Under varje värde: kontrasten mot ytorna som färgen används på, enligt listan över färgpar
        (text {ratioText(minimum.text, 'sv')}, large-text {ratioText(minimum['large-text'], 'sv')}{' '}
        och ui {ratioText(minimum.ui, 'sv')}). Under each value: its contrast against the surfaces
        it is paired with in the pairing list.
      </p>
      <SemanticTable entries={semantic} label="Semantiska färger / Semantic colours" />
      <h2>Fokusområden / Focus areas</h2>
      {focusAreaIds.map((id) => (
        <section key={id} aria-label={id}>
          <h3>
            <code>data-focus-area=&quot;{id}&quot;</code>
          </h3>
          <SemanticTable
            label={`Accentfärger / Accent colours: ${id}`}
            focusArea={id}
            entries={catalog
              .filter((t) => t.layer === 'focus-areas' && t.path.split('.')[1] === id)
              .map((t) => ({
                ...t,
                cssVariable: `--lk-color-${t.path.split('.').slice(2).join('-')}`,
              }))}
          />
        </section>
      ))}
    </TokenPage>
  );
}
