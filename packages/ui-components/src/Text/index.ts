export { Text, type TextProps } from './Text';
export type { TextSize, TextTone } from './markup';
