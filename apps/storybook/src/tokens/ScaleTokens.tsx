import type { ReactNode } from 'react';
import { byPrefix, catalog, type CatalogEntry } from './token-data';
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

/** Font families, the type scale, weights and line heights. */
export function TypographyTokens() {
  return (
    <article className="sb-page sb-tokens">
      <h1>Typografi / Typography</h1>
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
          <li
            key={t.path}
            style={t.type === 'fontWeight' ? { fontWeight: Number(t.light.value) } : undefined}
          >
            <code>{t.cssVariable}</code>: {t.light.value} – {t.description}
          </li>
        ))}
      </ul>
    </article>
  );
}

/** The spacing scale as bars of their own length. */
export function SpacingTokens() {
  return (
    <article className="sb-page sb-tokens">
      <h1>Avstånd / Spacing</h1>
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
          <li key={t.path}>
            <code>{t.cssVariable}</code>: {t.light.value} – {t.description}
          </li>
        ))}
      </ul>
    </article>
  );
}

/** Radii, line widths and shadows, drawn. */
export function ShapeTokens() {
  return (
    <article className="sb-page sb-tokens">
      <h1>Hörn, linjer och skuggor / Radii, lines and shadows</h1>
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
    </article>
  );
}

/** Durations and easings: hover or focus a row to see the movement. */
export function MotionTokens() {
  const easing = catalog.find((t) => t.path === 'easing.standard');
  return (
    <article className="sb-page sb-tokens">
      <h1>Rörelse / Motion</h1>
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
    </article>
  );
}
