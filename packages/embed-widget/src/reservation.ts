import type { Area, Layout } from './options';

/** The reservation stylesheets, one per kind of snippet: dist/reserve/<kind>.css. */
export const reservationKinds = ['card', 'grid', 'story'] as const;
export type ReservationKind = (typeof reservationKinds)[number];

/** Which reservation stylesheet a snippet links. */
export const reservationKind = (area: Area, layout: Layout): ReservationKind =>
  layout === 'story' ? 'story' : area === 'all' ? 'grid' : 'card';
