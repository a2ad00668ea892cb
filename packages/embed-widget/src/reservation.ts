import type { Area, Layout } from './options';

/** The kinds of reservation: how closely it must follow the widget (build/reservation.ts). */
export const reservationKinds = ['card', 'grid', 'story'] as const;
export type ReservationKind = (typeof reservationKinds)[number];

/** The kind of reservation a snippet needs. */
export const reservationKind = (area: Area, layout: Layout): ReservationKind =>
  layout === 'story' ? 'story' : area === 'all' ? 'grid' : 'card';

/**
 * The reservation stylesheet a snippet links, `dist/reserve/<file>.css`: one per area and
 * layout (both languages), so that a snippet downloads only its own widget's rules.
 */
export const reservationFile = (area: Area, layout: Layout) => `${area}-${layout}`;
