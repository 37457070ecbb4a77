import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import { defineConfig, globalIgnores } from 'eslint/config'
import { readdirSync } from 'node:fs'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const zodMessage =
  "Import { z } from '@/lib/zod-mini' (the API's schemas) or '@/lib/zod' (forms): both are jitless, for the strict CSP."
const zodRules = ['zod', 'zod/mini', 'zod/v4', 'zod/v4/mini'].map((name) => ({
  name,
  message: zodMessage,
}))
const sonnerRule = {
  name: 'sonner',
  importNames: ['toast'],
  message: "Import { toast } from '@/lib/toast' (sonner loads after the first paint).",
}
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

/** Features never import from one another; app/ composes them (bulletproof-react's rule). */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [...zodRules, sonnerRule],
        patterns: features
          .filter((other) => other !== feature)
          .map((other) => ({
            group: [`@/features/${other}`, `@/features/${other}/*`, `**/features/${other}/*`],
            message: `Features do not import other features; move shared code to src/lib, src/api or src/components.`,
          })),
      },
    ],
  },
}))

export default defineConfig([
  globalIgnores(['dist', 'dist-*', 'public', 'playwright-report', 'test-results', 'bench-results']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Route modules export a `Component` plus loaders; that is the lazy-route contract.
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Features never import from one another; app/ composes them (bulletproof-react).
      'no-restricted-imports': ['error', { paths: [...zodRules, sonnerRule] }],
    },
  },
  ...featureBoundaries,
  {
    // The first Intl object a page builds loads the browser's ICU data: a long task on a phone,
    // as a connector's page showed (toLocaleString and localeCompare in its usage summary).
    // src/lib/format.ts writes the few English formats out; its test compares them with Intl.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'Intl',
          message: 'Use src/lib/format.ts (Intl loads ICU data on the main thread).',
        },
      ],
      'no-restricted-properties': [
        'error',
        ...['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'localeCompare'].map(
          (property) => ({
            property,
            message: 'Use formatCount, formatDate or compareText from src/lib/format.ts (no ICU).',
          }),
        ),
      ],
    },
  },
  { files: ['src/lib/zod.ts', 'src/lib/zod-mini.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
])
