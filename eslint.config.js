import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const pureBan = {
  patterns: [
    {
      group: [
        'svelte',
        'svelte/*',
        'dexie',
        'papaparse',
        'jspdf',
        'chart.js',
        'chart.js/*',
        '**/db/*',
        '**/ui/*',
        '**/csv/*',
        '**/letters/*',
        '**/charts/*',
      ],
      message: 'src/domain is pure: no framework, storage, DOM or I/O imports.',
    },
  ],
};

export default ts.config(
  { ignores: ['dist/', 'dist-test/', 'node_modules/', 'coverage/', 'bench/out/', '.vite/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'] } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'svelte/no-at-html-tags': 'error',
      // Maps and Sets built inside functions and derived computations are local values, not state;
      // state that must react is declared with runes explicitly.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureBan],
      'no-restricted-globals': ['error', 'document', 'window', 'indexedDB', 'fetch'],
    },
  },
  {
    files: ['src/csv/**/*.ts'],
    ignores: ['src/csv/**/*.worker.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'dexie',
                'svelte',
                'svelte/*',
                '**/db',
                '**/db/*',
                '**/ui/*',
                '**/i18n',
                '**/i18n/*',
                '**/matching',
                '**/matching/*',
              ],
              message: 'src/csv reads and writes text only and returns codes; storage, UI and words call it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/matching/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'dexie',
                'svelte',
                'svelte/*',
                'papaparse',
                '**/db',
                '**/db/*',
                '**/ui/*',
                '**/i18n',
                '**/i18n/*',
                '**/csv',
                '**/csv/*',
              ],
              message:
                'src/matching is pure: it returns suggestions and reason codes; storage, UI and words call it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'indexedDB', 'fetch'],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', '**/ui/*', '**/ui/**', '**/csv/*', '**/commands/*'],
              message: 'src/db stores records: it knows neither the UI, the CSV reader nor the commands.',
            },
            {
              // Its problems are codes whose union is declared beside their words: types only.
              group: ['**/i18n', '**/i18n/*', '**/i18n/**'],
              allowTypeImports: true,
              message: 'src/db returns codes; the words are the UI’s (type imports of the code unions only).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/commands/**/*.ts', 'src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*', 'dexie', '**/ui/*', '**/ui/**'],
              message: 'Commands and the read model are pure: no UI, no storage handle.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.svelte', 'src/App.svelte', 'src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie'], message: 'The UI reaches storage through the app state and commands.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie'], message: 'The UI reaches storage through the app state and commands.' },
            { group: ['**/pages/*', '**/pages/**'], message: 'State does not import pages.' },
          ],
        },
      ],
    },
  },
  {
    // The storage handle stays inside the app state: components and other state ask it (`app.setting`,
    // `app.restore`, `app.run`...), so every read and write is ordered in its queue and under the tabs' lock.
    files: ['src/ui/**/*.ts', 'src/ui/**/*.svelte', 'src/App.svelte', 'src/main.ts'],
    ignores: ['src/ui/state/app.svelte.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='db'][object.property.name='book']",
          message:
            'Reach storage through the app state (app.setting, app.saveSetting, app.run ...), not app.book.db.',
        },
      ],
    },
  },
  { files: ['bench/**', 'scripts/**', 'tests/**', '.ci/**'], rules: { 'no-console': 'off' } },
);
