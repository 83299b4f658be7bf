// One flat ESLint config for the whole workspace (run in CI by `pnpm lint`).
import js from '@eslint/js';
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
      eqeqeq: ['error', 'always'],
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
