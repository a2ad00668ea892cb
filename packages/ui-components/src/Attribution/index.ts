export { Attribution, type AttributionProps } from './Attribution';
