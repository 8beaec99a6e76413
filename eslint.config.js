import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'lib/',
      'site/',
      'storybook-static/',
      '.storybook/msw/',
      'coverage/',
      'visual-diff/',
      'demo/feeds/',
      'examples/*/dist/',
      // The Angular CLI's build cache (examples/angular).
      'examples/*/.angular/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**/*.js', 'bench/**/*.js', '*.js', 'test/support/*.js', 'examples/ssr/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The relay: web-standard code that runs in Workers (a service-worker-like global scope) and Node.
    files: ['relay/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker, ...globals.node } },
  },
  {
    // Browser code: demo scripts, and functions the Node scripts send into a page to evaluate there.
    files: [
      'demo/**/*.js',
      'test/pages/*.js',
      'scripts/check-pages.js',
      'scripts/check-configurator.js',
      'scripts/configurator-*.js',
      'scripts/check-examples.js',
      'scripts/check-ssr.js',
      'bench/**/*.js',
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // A `!` only moves a crash from where the value goes missing to somewhere later; say what happens instead.
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // Feed text reaches these expressions: one with exponential or quadratic backtracking lets a single
    // crafted (or merely truncated) title freeze the host page (SECURITY.md, "Denial of service by input").
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'Feeds are untrusted: no eval.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'Feeds are untrusted: no new Function.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Feed text is rendered as text, never HTML.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
