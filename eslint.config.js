import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // tests/fixtures holds source files that a test copies into a copy of the project.
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'bench-results/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Build-time code, scripts and tests run in Node.
  { files: ['**/*.{ts,js,mjs}'], languageOptions: { globals: globals.node } },
  // Browser code gets browser globals only, so Node APIs cannot slip into the page.
  {
    files: [
      'src/client/**/*.ts',
      'src/graphics/**/element.ts',
      'src/graphics/**/*.client.ts',
      'public/**/*.js',
    ],
    languageOptions: { globals: globals.browser },
  },
  // Pure models: no DOM, no Node I/O except the content reader.
  {
    files: ['src/lib/**/*.ts', 'src/graphics/**/*.ts'],
    ignores: [
      'src/lib/content/readContent.ts',
      'src/lib/content/loadContent.ts',
      'src/graphics/**/element.ts',
      'src/graphics/**/*.client.ts',
    ],
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
  // Small parts: a function that needs more than 80 lines is doing more than one thing.
  { files: ['src/**/*.ts'], rules: { 'max-lines-per-function': ['error', { max: 80 }] } },
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A leading underscore marks a parameter a subclass or caller needs and this body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
