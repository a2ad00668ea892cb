import {
  paletteOf,
  focusAreaIds,
  minimum,
  pairContrast,
  pairings,
  ratioText,
  resolvedColorSchemes,
  type ResolvedColorScheme,
} from './token-data';
import type { FocusAreaId } from '@ljungby/focus-content';
import { TokenPage } from './TokenPage';
import { TokenTable } from './TokenTable';

const kindName = { text: 'Text', 'large-text': 'Stor text / Large text', ui: 'UI' };

function ContextTable({
  scheme,
  focusArea,
}: {
  scheme: ResolvedColorScheme;
  focusArea?: FocusAreaId;
}) {
  const colors = paletteOf(scheme, focusArea);
  const rows = pairings.filter(
    (p) => !focusArea || `${p.foreground} ${p.background}`.includes('accent'),
  );
  const title = `${scheme === 'light' ? 'Ljust / Light' : 'Mörkt / Dark'}${focusArea ? ` · ${focusArea}` : ''}`;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <TokenTable
        label={`Tabell / Table: ${title}`}
        rows={rows}
        rowKey={(p) => `${p.foreground}-${p.background}-${p.kind}`}
        rowHeader={{ header: 'Förgrund / Foreground', cell: (p) => <code>{p.foreground}</code> }}
        columns={[
          { header: 'Bakgrund / Background', cell: (p) => <code>{p.background}</code> },
          {
            header: 'Exempel / Sample',
            // Each sample is drawn the way the pair is used: UI pairs as a line with no text,
            // large-text pairs at a size that counts as large (WCAG 1.4.3).
            cell: (p) => {
              const { foreground, background } = pairContrast(p, colors);
              return p.kind === 'ui' ? (
                <span
                  className="sb-sample sb-sample-ui"
                  aria-hidden="true"
                  style={{ background, boxShadow: `inset 0 0 0 3px ${foreground}` }}
                />
              ) : (
                <span
                  className={`sb-sample${p.kind === 'large-text' ? ' sb-sample-large' : ''}`}
                  style={{ color: foreground, background }}
                >
                  Aa 35 000
                </span>
              );
            },
          },
          {
            header: 'Krav / Required',
            cell: (p) => `${kindName[p.kind]} ≥ ${ratioText(minimum[p.kind], 'en')}`,
          },
          {
            header: 'Kontrast / Ratio',
            cell: (p) => {
              const { ratio, passes } = pairContrast(p, colors);
              return (
                <strong>
                  {ratio.toFixed(2)}:1 {passes ? '✓ godkänd / pass' : '✗ underkänd / fail'}
                </strong>
              );
            },
          },
          { header: 'Användning / Use', cell: (p) => p.usage },
        ]}
      />
    </section>
  );
}

/** Every declared pairing's contrast in every colour context, computed from the built tokens. */
export function ContrastTable() {
  return (
    <TokenPage title="Kontrast / Contrast">
      <p>
        Färgparen och kraven kommer från <code>@ljungby/design-tokens/pairings</code> och
        kontrolleras i testerna mot WCAG 2.2 AA: {ratioText(minimum.text, 'sv')} för text,{' '}
        {ratioText(minimum['large-text'], 'sv')} för stor text och {ratioText(minimum.ui, 'sv')} för
        gränssnittsdelar. The pairs and their minimums come from the package&apos;s pairing list,
        the same list the tests check.
      </p>
      {resolvedColorSchemes.map((scheme) => (
        <div key={scheme}>
          <h2>{scheme === 'light' ? 'Ljust läge / Light mode' : 'Mörkt läge / Dark mode'}</h2>
          <ContextTable scheme={scheme} />
          {focusAreaIds.map((id) => (
            <ContextTable key={id} scheme={scheme} focusArea={id} />
          ))}
        </div>
      ))}
    </TokenPage>
  );
}
