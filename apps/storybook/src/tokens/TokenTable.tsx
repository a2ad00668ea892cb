import type { ReactNode } from 'react';
import type { CatalogEntry } from './token-data';

export interface TokenColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

export interface TokenTableProps<Row> {
  /** Names the table and its scrolling region for screen readers. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first column, read as each row's header (usually the token's custom property). */
  rowHeader: TokenColumn<Row>;
  columns: readonly TokenColumn<Row>[];
}

/**
 * The one table of the token pages. It scrolls on its own at 320 px, so it is a focusable,
 * labelled region (WCAG 2.1.1), and its first column heads each row.
 */
export function TokenTable<Row>({ label, rows, rowKey, rowHeader, columns }: TokenTableProps<Row>) {
  return (
    <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table>
        <caption className="sb-visually-hidden">{label}</caption>
        <thead>
          <tr>
            {[rowHeader, ...columns].map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row">{rowHeader.cell(row)}</th>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The usual row header: the token's custom property, as a developer types it. */
const tokenHeader: TokenColumn<CatalogEntry> = {
  header: 'Token',
  cell: (t) => <code>{t.cssVariable}</code>,
};

/** A table of tokens from the catalog: a row per token, headed by its custom property. */
export function CatalogTable({
  label,
  rows,
  columns,
}: Omit<TokenTableProps<CatalogEntry>, 'rowKey' | 'rowHeader'>) {
  return (
    <TokenTable
      label={label}
      rows={rows}
      rowKey={(t) => t.path}
      rowHeader={tokenHeader}
      columns={columns}
    />
  );
}
