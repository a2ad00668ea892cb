import type { ReactNode } from 'react';

/** The frame of every token page: the pages' styles and the page's one heading. */
export function TokenPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="sb-page sb-tokens">
      <h1>{title}</h1>
      {children}
    </article>
  );
}
