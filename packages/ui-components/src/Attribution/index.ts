export { Attribution, type AttributionProps } from './Attribution';
export type { AttributionLicense } from './markup';
