import js from '@eslint/js';
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
    files: ['src/knowledge/**/*.ts', 'src/safety/**/*.ts', 'src/text/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      // Domain code is tested without an adapter, and must survive a move to the Agents SDK.
      'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*', '@microsoft/agents*'] }],
    },
  },
);
