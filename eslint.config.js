// One lint for the whole workspace: type-aware TypeScript rules everywhere,
// Lit, accessibility and custom-element rules where elements live, and
// nothing about layout (Prettier owns that; eslint-config-prettier switches
// off every rule that would disagree with it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/', 'storybook-static/', 'docs/api/', 'coverage/', 'data/', '.size-limit-tmp/', '**/*.d.ts'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's `test()` and `describe()` return promises the runner itself awaits.
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
            // @open-wc/semantic-dom-diff types chai's synchronous `equal` as returning a
            // Promise (for its DOM snapshots); plain `expect(x).to.equal(y)` is not one.
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
          ],
        },
      ],
      // Numbers read naturally in messages and paths (`loket ${n}`); objects and nullish values stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => void x` and `(done) => emitter.on(..., done)` are the idiom for callbacks.
      // `const { secret: _secret, ...rest } = record` is how an object is copied without a field.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // The React recipe's .tsx, without type information: it resolves @mpp-kit/* as a user's project does,
    // from the packages' dist/, which a fresh clone has not built when lint runs. Its types are checked
    // after the build, with its own tsconfig (scripts/recipes.node.test.ts). The consumer tests' .tsx
    // hold deliberate errors and are not linted.
    files: ['examples/recipes/**/*.tsx'],
    extends: [tseslint.configs.strict],
  },
  {
    // ESLint's TypeScript parser cannot read .vue files, so `App.vue` is untyped to it here;
    // vue-tsc checks the Vue recipe whole (scripts/recipes.node.test.ts runs it).
    files: ['examples/recipes/vite-vue/src/main.ts'],
    rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], wc.configs['flat/best-practice']],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  prettier,
);
