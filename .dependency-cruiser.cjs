// The layering of STYLE.md, checked on every `npm test` (turbo task //#lint:deps).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'no-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
    {
      name: 'packages-never-import-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'Pure rules: no database, storage, search, HTTP or file system.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: {
        path: '^packages/(db|storage|search)|node_modules/(@prisma|pg|minio|meilisearch|fastify|exceljs)',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'domain-no-node-io',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: {
        dependencyTypes: ['core'],
        path: '^(fs|net|http|https|child_process|node:fs|node:net|node:http|node:https|node:child_process)',
      },
    },
    {
      name: 'contracts-are-isomorphic',
      comment: 'The web app imports contracts: only zod and themselves.',
      severity: 'error',
      from: { path: '^packages/contracts/src' },
      to: { pathNot: '^packages/contracts/src|node_modules/zod' },
    },
    {
      name: 'web-stays-on-its-side',
      severity: 'error',
      from: { path: '^apps/web' },
      to: { path: '^(apps/api|packages/(db|storage|search))' },
    },
    {
      name: 'quiz-page-stays-light',
      comment:
        'The student quiz page (quiz.html, built with Preact) holds everything it runs in apps/web/src/quiz-app: no Mantine, TanStack, i18next or zod, and from contracts only types and the zod-free paths.',
      severity: 'error',
      from: { path: '^apps/web/src/quiz-app/' },
      to: {
        path: '^apps/web/src/(?!quiz-app/)|^packages/contracts/src/(?!paths/)|node_modules/(@mantine|@tanstack|i18next|react-i18next|zod)/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'contracts-paths-are-zod-free',
      comment: 'The quiz page imports @hoclieu/contracts/paths: nothing outside that folder.',
      severity: 'error',
      from: { path: '^packages/contracts/src/paths/' },
      to: { pathNot: '^packages/contracts/src/paths/' },
    },
    {
      name: 'pool-only-in-sql-files',
      comment:
        'The plain pg pool runs statements only in files named for it (*-sql.ts), through the parsing helpers of @hoclieu/db/sql; other files may hold its type to pass it on.',
      severity: 'error',
      from: { pathNot: '(-sql\\.ts$|^packages/db/|^bench/|/test/|/testing/|/chaos/|\\.test\\.ts$)' },
      to: {
        path: '^packages/db/src/(pool|sql|query)\\.ts$|node_modules/pg/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'production-never-imports-tests',
      severity: 'error',
      from: { path: '/src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '(/test/|/testing/|\\.test\\.tsx?$)' },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code, unless it is a test, a config or a test setup file.',
      severity: 'error',
      from: { orphan: true, pathNot: ['\\.test\\.tsx?$', '\\.config\\.ts$', '\\.d\\.ts$', '/test/setup\\.ts$'] },
      to: {},
    },
    {
      name: 'not-to-dev-dep',
      comment: 'What runs in production never needs a package that only development installs.',
      severity: 'error',
      from: { path: '^(apps|packages)/[^/]+/src/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // npm packages stay in the graph (as leaves, see doNotFollow) so rules can name them.
    exclude: { path: '^(?!node_modules/).*(/dist/|/generated/|/node_modules/|/test-results/|\\.d\\.ts$)' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['@hoclieu/source', 'import', 'types', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
