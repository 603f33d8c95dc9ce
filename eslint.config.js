import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Build-time code, scripts and tests run in Node.
  { files: ['**/*.{ts,js,mjs}'], languageOptions: { globals: globals.node } },
  // Browser code gets browser globals only, so Node APIs cannot slip into the page.
  { files: ['src/client/**/*.ts', 'public/**/*.js'], languageOptions: { globals: globals.browser } },
  // Pure models: no DOM, no Node I/O except the content reader.
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/content/readContent.ts', 'src/lib/content/loadContent.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'd3-selection', 'd3-transition'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator'],
    },
  },
  // Schemas are the bottom layer (what editors may write): lib builds on them, never the reverse.
  {
    files: ['src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)lib(/|$)',
              message:
                'src/schemas imports nothing from src/lib: move the pure piece down into src/schemas/.',
            },
          ],
        },
      ],
    },
  },
  { rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
