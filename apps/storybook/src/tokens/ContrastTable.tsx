import { colorsOf, contrast, focusAreaIds, minimum, pairings, type Mode } from './token-data';

const kindLabel = { text: 'Text ≥ 4.5', 'large-text': 'Stor text / large ≥ 3', ui: 'UI ≥ 3' };

function ContextTable({ mode, focusArea }: { mode: Mode; focusArea?: string }) {
  const colors = colorsOf(mode, focusArea);
  const rows = pairings.filter(
    (p) => !focusArea || `${p.foreground} ${p.background}`.includes('accent'),
  );
  const title = `${mode === 'light' ? 'Ljust / Light' : 'Mörkt / Dark'}${focusArea ? ` · ${focusArea}` : ''}`;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <div
        className="sb-table-scroll"
        tabIndex={0}
        role="region"
        aria-label={`Tabell / Table: ${title}`}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">Exempel / Sample</th>
              <th scope="col">Förgrund / Foreground</th>
              <th scope="col">Bakgrund / Background</th>
              <th scope="col">Krav / Required</th>
              <th scope="col">Kontrast / Ratio</th>
              <th scope="col">Användning / Use</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => {
              const fg = colors.get(p.foreground) ?? '';
              const bg = colors.get(p.background) ?? '';
              const ratio = contrast(fg, bg);
              const passes = ratio >= minimum[p.kind];
              return (
                <tr key={`${p.foreground}-${p.background}-${p.kind}`}>
                  <td>
                    {/* Each sample is drawn the way the pair is used: UI pairs as a line with no
                        text, large-text pairs at a size that counts as large (WCAG 1.4.3). */}
                    {p.kind === 'ui' ? (
                      <span
                        className="sb-sample sb-sample-ui"
                        aria-hidden="true"
                        style={{ background: bg, boxShadow: `inset 0 0 0 3px ${fg}` }}
                      />
                    ) : (
                      <span
                        className={`sb-sample${p.kind === 'large-text' ? ' sb-sample-large' : ''}`}
                        style={{ color: fg, background: bg }}
                      >
                        Aa 35 000
                      </span>
                    )}
                  </td>
                  <td>
                    <code>{p.foreground}</code>
                  </td>
                  <td>
                    <code>{p.background}</code>
                  </td>
                  <td>{kindLabel[p.kind]}</td>
                  <td className="sb-pass">
                    {ratio.toFixed(2)}:1 {passes ? '✓ godkänd / pass' : '✗ underkänd / fail'}
                  </td>
                  <td>{p.usage}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every declared pairing's contrast in every colour context, computed from the built tokens. */
export function ContrastTable() {
  return (
    <article className="sb-page sb-tokens">
      <h1>Kontrast / Contrast</h1>
      <p>
        Färgparen kommer från <code>@ljungby/design-tokens/pairings</code> och kontrollas i testerna
        mot WCAG 2.2 AA: 4,5:1 för text, 3:1 för stor text och gränssnittsdelar. The pairs come from
        the package&apos;s pairing list, the same list the tests check.
      </p>
      {(['light', 'dark'] as const).map((mode) => (
        <div key={mode}>
          <h2>{mode === 'light' ? 'Ljust läge / Light mode' : 'Mörkt läge / Dark mode'}</h2>
          <ContextTable mode={mode} />
          {focusAreaIds.map((id) => (
            <ContextTable key={id} mode={mode} focusArea={id} />
          ))}
        </div>
      ))}
    </article>
  );
}
