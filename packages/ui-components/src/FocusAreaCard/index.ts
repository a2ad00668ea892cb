export { FocusAreaCard, type FocusAreaCardProps } from './FocusAreaCard';
