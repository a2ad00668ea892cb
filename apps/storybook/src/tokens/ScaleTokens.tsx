import type { CSSProperties, ReactNode } from 'react';
import { byPrefix, catalog, type CatalogEntry } from './token-data';
import { TokenPage } from './TokenPage';
import { CatalogTable } from './TokenTable';

const px = (value: string | number) => {
  const m = /^([\d.]+)rem$/.exec(String(value));
  return m?.[1] ? ` (${Number(m[1]) * 16} px)` : '';
};

const value = {
  header: 'Värde / Value',
  cell: (t: CatalogEntry) => `${t.light.value}${px(t.light.value)}`,
};
const use = { header: 'Användning / Use', cell: (t: CatalogEntry) => t.description };
const sample = (header: string, cell: (t: CatalogEntry) => ReactNode) => ({ header, cell });

/** A token as a line of a list: its custom property, its value and what it is for. */
function TokenLine({ token, style }: { token: CatalogEntry; style?: CSSProperties }) {
  return (
    <li style={style}>
      <code>{token.cssVariable}</code>: {token.light.value} – {token.description}
    </li>
  );
}

/** Font families, the type scale, weights and line heights. */
export function TypographyTokens() {
  return (
    <TokenPage title="Typografi / Typography">
      <h2>Typsnitt / Font families</h2>
      {byPrefix('font.family').map((t) => (
        <div key={t.path}>
          <p
            style={{
              fontFamily: String(t.light.value),
              fontSize: 'var(--lk-font-size-xl)',
              marginBlockEnd: 0,
            }}
          >
            Sagobygden, Lagan och Bolmen – åäö ÅÄÖ 35 000
          </p>
          <p>
            <code>{t.cssVariable}</code>: {t.description}
          </p>
        </div>
      ))}
      <h2>Typskala / Type scale</h2>
      <CatalogTable
        label="Typskala / Type scale"
        rows={byPrefix('font.size')}
        columns={[
          value,
          sample('Exempel / Sample', (t) => (
            <span style={{ fontSize: `var(${t.cssVariable})`, lineHeight: 1.2 }}>
              {t.description}
            </span>
          )),
        ]}
      />
      <h2>Vikter och radavstånd / Weights and line heights</h2>
      <ul>
        {[...byPrefix('font.weight'), ...byPrefix('font.line-height')].map((t) => (
          <TokenLine
            key={t.path}
            token={t}
            style={t.type === 'fontWeight' ? { fontWeight: Number(t.light.value) } : undefined}
          />
        ))}
      </ul>
    </TokenPage>
  );
}

/** The spacing scale as bars of their own length. */
export function SpacingTokens() {
  return (
    <TokenPage title="Avstånd / Spacing">
      <CatalogTable
        label="Avstånd / Spacing"
        rows={byPrefix('space')}
        columns={[
          value,
          sample('Storlek / Size', (t) => (
            <div className="sb-bar" style={{ inlineSize: `var(${t.cssVariable})` }} />
          )),
          use,
        ]}
      />
      <h2>Brytpunkter / Breakpoints</h2>
      <ul>
        {byPrefix('breakpoint').map((t) => (
          <TokenLine key={t.path} token={t} />
        ))}
      </ul>
    </TokenPage>
  );
}

/** Radii, line widths and shadows, drawn. */
export function ShapeTokens() {
  return (
    <TokenPage title="Hörn, linjer och skuggor / Radii, lines and shadows">
      {(['radius', 'border-width', 'shadow'] as const).map((group) => (
        <section key={group} aria-label={group}>
          <h2>{group}</h2>
          <CatalogTable
            label={`Tabell / Table: ${group}`}
            rows={byPrefix(group)}
            columns={[
              { header: 'Värde / Value', cell: (t) => <code>{t.light.value}</code> },
              sample('Exempel / Sample', (t) => (
                <div
                  className="sb-box"
                  style={
                    group === 'radius'
                      ? { borderRadius: `var(${t.cssVariable})` }
                      : group === 'shadow'
                        ? { boxShadow: `var(${t.cssVariable})` }
                        : { borderWidth: `var(${t.cssVariable})` }
                  }
                />
              )),
              use,
            ]}
          />
        </section>
      ))}
    </TokenPage>
  );
}

/** Durations and easings: hover or focus a row to see the movement. */
export function MotionTokens() {
  const easing = catalog.find((t) => t.path === 'easing.standard');
  return (
    <TokenPage title="Rörelse / Motion">
      <p>
        Komponenterna stänger av övergångar när besökaren har valt minskad rörelse
        (prefers-reduced-motion). Components drop transitions when the reader asks for reduced
        motion.
      </p>
      <ul>
        {byPrefix('duration').map((t) => (
          <li key={t.path} className="sb-motion-row">
            <button type="button">
              <code>{t.cssVariable}</code>: {t.light.value}
            </button>
            <div
              className="sb-mover"
              style={{ transition: `transform var(${t.cssVariable}) var(--lk-easing-standard)` }}
            />
            <p>{t.description}</p>
          </li>
        ))}
      </ul>
      {easing && (
        <p>
          <code>{easing.cssVariable}</code>: <code>{easing.light.value}</code> –{' '}
          {easing.description}
        </p>
      )}
    </TokenPage>
  );
}
