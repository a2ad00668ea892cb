import {
  catalog,
  colorsOf,
  contrast,
  focusAreaIds,
  minimum,
  pairings,
  type CatalogEntry,
  type Mode,
} from './token-data';

// Each step's contrast against the two page surfaces (light and dark mode), from the built
// tokens, so a designer sees at once which steps can carry text (4.5:1) or shapes (3:1).
const surfaces = {
  light: colorsOf('light').get('color.surface.default') ?? '#ffffff',
  dark: colorsOf('dark').get('color.surface.default') ?? '#000000',
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
function Pairs({ path, mode, focusArea }: { path: string; mode: Mode; focusArea?: string }) {
  const colors = colorsOf(mode, focusArea);
  const pairs = pairings.filter((p) => p.foreground === path);
  if (!pairs.length) return null;
  return (
    <ul className="sb-pairs">
      {pairs.map((p) => {
        const value = contrast(colors.get(p.foreground) ?? '', colors.get(p.background) ?? '');
        return (
          <li key={`${p.background}-${p.kind}`}>
            {value.toFixed(1)}:1 {value >= minimum[p.kind] ? '✓' : '✗'}{' '}
            <span className="sb-ratio">
              {p.background.replace(/^color\./, '')} ({p.kind})
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function ValueCell({
  entry,
  mode,
  focusArea,
}: {
  entry: CatalogEntry;
  mode: Mode;
  focusArea?: string;
}) {
  const v = mode === 'light' ? entry.light : entry.dark;
  if (!v) return <td>–</td>;
  // Focus-area tokens are listed under their remapped name (color.accent.*), as paired.
  const path = entry.cssVariable
    .replace(/^--lk-/, '')
    .replace(/^color-/, 'color.')
    .replace(/-/g, '.');
  return (
    <td>
      <div className="sb-swatch" style={{ background: String(v.value) }} />
      <code>{v.value}</code>
      {v.reference && (
        <>
          <br />
          <code>{`{${v.reference}}`}</code>
        </>
      )}
      <Pairs path={path} mode={mode} focusArea={focusArea} />
    </td>
  );
}

function SemanticTable({
  entries,
  caption,
  focusArea,
}: {
  entries: CatalogEntry[];
  caption: string;
  focusArea?: string;
}) {
  return (
    <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption className="sb-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Ljust / Light</th>
            <th scope="col">Mörkt / Dark</th>
            <th scope="col">Användning / Use</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((t) => (
            <tr key={t.path}>
              <th scope="row">
                <code>{t.cssVariable}</code>
              </th>
              <ValueCell entry={t} mode="light" focusArea={focusArea} />
              <ValueCell entry={t} mode="dark" focusArea={focusArea} />
              <td>{t.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Colour swatches per layer: brand ramps, semantic tokens per theme, focus-area accents. */
export function ColorTokens() {
  const semantic = catalog.filter((t) => t.layer === 'themes');
  return (
    <article className="sb-page sb-tokens">
      <h1>Färger / Colours</h1>
      <p>
        Varumärkeslagret är ett <strong>förslag</strong> – byt mot kommunens grafiska profil i{' '}
        <code>tokens/brand.json</code>. The brand layer is a proposal; replace it with the
        municipality&apos;s profile in one file.
      </p>
      <h2>Varumärke / Brand</h2>
      <p>
        Under varje steg: kontrasten mot sidans yta i ljust och mörkt läge. Text kräver 4,5:1, stor
        text och former 3:1. Under each step: its contrast against the page surface in light and
        dark mode (text needs 4.5:1; large text and shapes 3:1).
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
        (text 4,5:1, large-text och ui 3:1). Under each value: its contrast against the surfaces it
        is paired with in the pairing list.
      </p>
      <SemanticTable entries={semantic} caption="Semantic colour tokens in light and dark mode" />
      <h2>Fokusområden / Focus areas</h2>
      {focusAreaIds.map((id) => (
        <section key={id} aria-label={id}>
          <h3>
            <code>data-focus-area=&quot;{id}&quot;</code>
          </h3>
          <SemanticTable
            caption={`Accent tokens of ${id}`}
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
    </article>
  );
}
