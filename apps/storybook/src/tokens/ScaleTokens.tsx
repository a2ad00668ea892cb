import { byPrefix, catalog } from './token-data';

const px = (value: string | number) => {
  const m = /^([\d.]+)rem$/.exec(String(value));
  return m?.[1] ? ` (${Number(m[1]) * 16} px)` : '';
};

/** Font families, the type scale, weights and line heights. */
export function TypographyTokens() {
  return (
    <article className="sb-tokens">
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
      <div
        className="sb-table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Typskala / Type scale"
      >
        <table>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Värde / Value</th>
              <th scope="col">Exempel / Sample</th>
            </tr>
          </thead>
          <tbody>
            {byPrefix('font.size').map((t) => (
              <tr key={t.path}>
                <th scope="row">
                  <code>{t.cssVariable}</code>
                </th>
                <td>
                  {t.light.value}
                  {px(t.light.value)}
                </td>
                <td style={{ fontSize: `var(${t.cssVariable})`, lineHeight: 1.2 }}>
                  {t.description}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
    <article className="sb-tokens">
      <h1>Avstånd / Spacing</h1>
      <div className="sb-table-scroll" tabIndex={0} role="region" aria-label="Avstånd / Spacing">
        <table>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Värde / Value</th>
              <th scope="col">Storlek / Size</th>
              <th scope="col">Användning / Use</th>
            </tr>
          </thead>
          <tbody>
            {byPrefix('space').map((t) => (
              <tr key={t.path}>
                <th scope="row">
                  <code>{t.cssVariable}</code>
                </th>
                <td>
                  {t.light.value}
                  {px(t.light.value)}
                </td>
                <td>
                  <div className="sb-bar" style={{ inlineSize: `var(${t.cssVariable})` }} />
                </td>
                <td>{t.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
    <article className="sb-tokens">
      <h1>Hörn, linjer och skuggor / Radii, lines and shadows</h1>
      {(['radius', 'border-width', 'shadow'] as const).map((group) => (
        <section key={group} aria-label={group}>
          <h2>{group}</h2>
          <div
            className="sb-table-scroll"
            tabIndex={0}
            role="region"
            aria-label={`Tabell / Table: ${group}`}
          >
            <table>
              <thead>
                <tr>
                  <th scope="col">Token</th>
                  <th scope="col">Värde / Value</th>
                  <th scope="col">Exempel / Sample</th>
                  <th scope="col">Användning / Use</th>
                </tr>
              </thead>
              <tbody>
                {byPrefix(group).map((t) => (
                  <tr key={t.path}>
                    <th scope="row">
                      <code>{t.cssVariable}</code>
                    </th>
                    <td>
                      <code>{t.light.value}</code>
                    </td>
                    <td>
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
                    </td>
                    <td>{t.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </article>
  );
}

/** Durations and easings: hover or focus a row to see the movement. */
export function MotionTokens() {
  const easing = catalog.find((t) => t.path === 'easing.standard');
  return (
    <article className="sb-tokens">
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
