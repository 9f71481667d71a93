import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Imports flow specs <- generators <- harness <- reports <- cli (DESIGN.md).
// The simulator may read the model types in specs/ but never the invariants:
// a model that sees its own checks only agrees with itself.
const layer = (name, forbidden) => ({
  files: [`${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: forbidden.map((dir) => ({
        group: [`**/${dir}/**`, `**/${dir}`],
        message: `${name}/ must not import from ${dir}/ (DESIGN.md: imports flow specs <- generators <- harness <- reports <- cli).`,
      })),
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'reports/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', {
        selector: 'ExportAllDeclaration',
        message: 'Use explicit named exports (DESIGN.md conventions), not export *.',
      }],
    },
  },
  layer('specs', ['generators', 'harness', 'reports', 'cli', 'bench']),
  layer('generators', ['harness', 'reports', 'cli', 'bench']),
  layer('harness', ['reports', 'cli', 'bench']),
  layer('reports', ['cli', 'bench']),
  {
    files: ['harness/simulator/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/specs/invariants/**', '**/reports/**', '**/cli/**', '**/bench/**', '**/generators/**'],
            message: 'The simulator may use specs/ model types but never the invariants (DESIGN.md).' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'setTimeout', message: 'The simulator runs on virtual time.' },
        { name: 'setInterval', message: 'The simulator runs on virtual time.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'The simulator runs on virtual time.' },
        { object: 'Math', property: 'random', message: 'Every choice comes from the scenario.' },
      ],
    },
  },
);
