import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['lib/**', 'node_modules/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The widget and page scripts run in browsers, as classic scripts.
    files: ['web/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, __WIDGET_TEXT__: 'readonly' } },
  },
  {
    files: ['src/knowledge/**/*.ts', 'src/safety/**/*.ts', 'src/text/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      // Domain code is tested without an adapter, and must survive a move to the Agents SDK.
      'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*', '@microsoft/agents*'] }],
    },
  },
);
