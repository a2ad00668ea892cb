// TypeScript 6 needs a declaration for side-effect CSS imports handled by Vite.
declare module '*.css';
declare module '@ljungby/design-tokens/css';
