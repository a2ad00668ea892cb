// One lint setup for the whole monorepo: type-aware typescript-eslint for TS/TSX, the hooks
// rules for React code, and Prettier owns formatting (so no stylistic rules here).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { generatedPaths } from './generated-paths.js';

export default tseslint.config(
  {
    ignores: generatedPaths,
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Template literals with numbers are common in CSS and copy; they are safe.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `readJson<T>()`-style helpers that type parsed data are a deliberate pattern here.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  {
    // Tests edit parsed JSON fixtures to break them on purpose; typing each fixture adds noise.
    files: ['**/test/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The poster writer also runs in the browser (the template studio): no Node built-ins.
    files: ['packages/media-kit/src/poster/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path'] }],
      'no-restricted-globals': ['error', 'Buffer', 'process', '__dirname'],
    },
  },
  {
    files: ['**/*.{tsx,jsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Build scripts and configs run in Node.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
