export { LinkButton, type LinkButtonProps } from './LinkButton';
export type { LinkButtonVariant } from './markup';
