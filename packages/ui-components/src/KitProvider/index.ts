export { KitProvider, type KitProviderProps } from './KitProvider';
export type { ColorScheme } from './markup';
