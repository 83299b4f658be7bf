// One flat ESLint config for the whole workspace (run in CI by `pnpm lint`).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '.tools/**',
      '**/.tmp/**',
      '.artifacts/**',
      'cms/dist/**',
      'cms/build/**',
      'cms/.cache/**',
      'cms/.tmp/**',
      'cms/.strapi/**',
      'cms/types/generated/**',
      'web/.nuxt/**',
      'web/.output/**',
      'web/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/essential'],
  // One formatting style for every TypeScript, JavaScript and Vue script block: ESLint Stylistic's
  // preset (the one Nuxt's ESLint config builds on), set to the house style the code was already
  // mostly written in. `pnpm lint --fix` applies it.
  stylistic.configs.customize({
    indent: 2,
    quotes: 'single',
    semi: true,
    jsx: true,
    commaDangle: 'always-multiline',
    braceStyle: '1tbs',
    arrowParens: true,
  }),
  {
    // Short inline text beside an expression ("Why: {error}") reads better on one line.
    rules: { '@stylistic/jsx-one-expression-per-line': 'off' },
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    // Nuxt auto-imports (ref, useFetch, …) are globals ESLint cannot see; TypeScript checks names.
    rules: { 'no-undef': 'off' },
  },
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // CMS data is never trusted HTML: rich text goes through the Blocks components.
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'eqeqeq': ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // Command-line scripts talk to the person running them.
    files: ['scripts/**', '.ci/**', 'cms/scripts/**', 'shared-types/scripts/**', 'web/scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The dashboard's customisations and the site's inline scripts run in the browser.
    files: ['cms/src/admin/**', 'web/app/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
