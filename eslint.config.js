// Lint: typescript-eslint's recommended rules, React hooks rules, and the architecture's
// one-way dependency direction (ARCHITECTURE.md): domain ← catalog ← sim/layout ← scenarios ← analysis ←
// worker/tidy ← store ← ui ← whatif ← canvas/distribution/panels/charts ← library/wizard/exportMenu/comparison ← app. A layer may not import from any layer after it, which
// also rules out import cycles between layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const LAYERS = ['domain', 'catalog', 'sim', 'layout', 'scenarios', 'analysis', 'io', 'worker', 'tidy', 'store', 'ui', 'whatif', 'canvas', 'distribution', 'panels', 'charts', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'];
const UI_LIBS = ['react', 'react-dom', 'react-dom/*', '@xyflow/react', 'zustand', 'zustand/*', 'zundo', 'recharts', 'comlink', 'idb'];

/** Folders each layer must not import from. */
const FORBIDDEN = {
  domain: LAYERS.filter((l) => l !== 'domain'),
  catalog: LAYERS.filter((l) => !['domain', 'catalog'].includes(l)),
  sim: LAYERS.filter((l) => !['domain', 'catalog', 'sim'].includes(l)),
  // Diagram placement (ranks by role, node sizes, the core's layered layout): parts, not the engine.
  layout: LAYERS.filter((l) => !['domain', 'catalog', 'layout'].includes(l)),
  scenarios: LAYERS.filter((l) => !['domain', 'catalog', 'sim', 'layout', 'scenarios'].includes(l)),
  // Comparisons of designs and modes as plain rows (Table 3, A vs B): read by the CLI and the compare view.
  analysis: LAYERS.filter((l) => !['domain', 'catalog', 'sim', 'layout', 'scenarios', 'analysis'].includes(l)),
  io: ['worker', 'tidy', 'store', 'whatif', 'canvas', 'distribution', 'panels', 'charts', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  worker: ['tidy', 'store', 'whatif', 'canvas', 'distribution', 'panels', 'charts', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  // The Tidy command's elkjs worker and its client: layout in, positions out.
  tidy: ['sim', 'scenarios', 'analysis', 'io', 'worker', 'store', 'ui', 'whatif', 'canvas', 'distribution', 'panels', 'charts', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  store: ['ui', 'whatif', 'canvas', 'distribution', 'panels', 'charts', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  // Shared presentational pieces (format, icons): they know parts, not the store.
  ui: ['sim', 'layout', 'scenarios', 'analysis', 'io', 'worker', 'tidy', 'store', 'whatif', 'canvas', 'distribution', 'panels', 'charts', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  // What-if analysis (failures, n−1, sweeps, migration time): fail/restore controls the canvas and
  // the inspector embed, and its own panel; it runs its jobs on a pool of workers.
  whatif: ['tidy', 'canvas', 'distribution', 'panels', 'charts', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  canvas: ['distribution', 'panels', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  // The per-VM distribution chart (sorted curve, demand line): a click finds the VM's server on the
  // canvas through the store. The results panel embeds it.
  distribution: ['canvas', 'panels', 'tidy', 'whatif', 'worker', 'io', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  panels: ['canvas', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  charts: ['canvas', 'distribution', 'panels', 'store', 'tidy', 'whatif', 'library', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  // The designs library view: lists and manages stored designs through the store's session.
  library: ['canvas', 'panels', 'charts', 'wizard', 'exportMenu', 'comparison', 'app', 'cli'],
  // The sizing wizard's dialog: it hands its design to the app, which opens it (openNewDesign).
  wizard: ['worker', 'tidy', 'canvas', 'panels', 'charts', 'library', 'exportMenu', 'comparison', 'app', 'cli'],
  // The Export menu and its dialogs: it reads the canvas (what it draws) and runs io/worker jobs.
  exportMenu: ['panels', 'charts', 'library', 'wizard', 'app', 'cli'],
  // The Compare view (A against B, Table 3, charts): simulates both sides in the worker.
  comparison: ['canvas', 'library', 'wizard', 'exportMenu', 'app', 'cli'],
  app: ['cli'],
  cli: ['worker', 'tidy', 'store', 'whatif', 'canvas', 'panels', 'charts', 'library', 'wizard', 'exportMenu', 'comparison', 'app'],
};
const CORE = ['domain', 'catalog', 'sim', 'layout', 'scenarios', 'analysis'];

const layerRules = Object.entries(FORBIDDEN).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  // Tests check layers working together, so they may import across them.
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...banned.map((b) => ({ group: [`**/${b}`, `**/${b}/**`], message: `src/${layer} must not depend on src/${b} (ARCHITECTURE.md: dependencies point one way).` })),
          ...(CORE.includes(layer) ? [{ group: UI_LIBS, message: 'The simulation core stays free of React, the DOM and the store.' }] : []),
        ],
      },
    ],
    ...(CORE.includes(layer)
      ? { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'self', 'process'] }
      : {}),
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Labels come from user files: render text.' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  ...layerRules,
);
