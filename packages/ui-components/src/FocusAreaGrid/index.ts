export { FocusAreaGrid, type FocusAreaGridProps } from './FocusAreaGrid';
