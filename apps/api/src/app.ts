import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { closePdfThreads } from '@hoclieu/media';
import { createParsePool } from '@hoclieu/question-formats/parse-pool';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.js';
import { AppError } from './http/errors.js';
import { validatorCompiler } from './http/validator.js';
import { markLegacyExamPaths, rewriteLegacyExamUrl } from './modules/assessments/legacy-exam-paths.js';
import { assessmentRoutes } from './modules/assessments/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { createKnownDevices } from './modules/auth/known-devices.js';
import { createLoginThrottle } from './modules/auth/login-throttle.js';
import { authRoutes } from './modules/auth/routes.js';
import { createAuthService } from './modules/auth/service.js';
import { createSessionStore } from './modules/auth/sessions.js';
import { throttledAccountRoutes } from './modules/auth/throttled-account-routes.js';
import { curriculumRoutes } from './modules/curriculum/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { importRoutes } from './modules/imports/routes.js';
import { kpiRoutes } from './modules/kpi/routes.js';
import { masteryRoutes } from './modules/mastery/routes.js';
import { createTestDifficulty } from './modules/mastery/test-difficulty.js';
import { createUploadInspector } from './modules/materials/inspect.js';
import { registerUploadProcessing } from './modules/materials/processing.js';
import { materialRoutes } from './modules/materials/routes.js';
import { materialDocument } from './modules/materials/search-document.js';
import { orgRoutes } from './modules/org/routes.js';
import { registerOrgImports } from './modules/org-imports/jobs.js';
import { orgImportRoutes } from './modules/org-imports/routes.js';
import { practiceRoutes } from './modules/practice/routes.js';
import { questionRoutes } from './modules/questions/routes.js';
import { questionDocument } from './modules/questions/search-document.js';
import { createLearners } from './modules/reports/learning-online.js';
import { learningOnlineRoutes } from './modules/reports/learning-online-routes.js';
import { createReportLane } from './modules/reports/report-lane.js';
import { reportRoutes } from './modules/reports/routes.js';
import { schoolYearRoutes } from './modules/school-years/routes.js';
import { setupRoutes } from './modules/setup/routes.js';
import { createSetupService } from './modules/setup/service.js';
import { shareDecisionRoutes } from './modules/sharing/routes.js';
import { authContext } from './plugins/auth-context.js';
import { errorHandler, frameworkError } from './plugins/error-handler.js';
import { openApi } from './plugins/openapi.js';
import { securityHeaders } from './plugins/security-headers.js';
import { webApp } from './plugins/web-app.js';
import { postgresRateLimitStore } from './rate-limits/rate-limit-store.js';
import { createSearchOutbox, type SearchOutbox } from './search/outbox.js';

export type { AppDeps } from './deps.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Feeds the search index; server.ts drains it on a timer, tests drain it to read their writes. */
    searchOutbox: SearchOutbox;
    /** Every route registered, plugins' included, with its config (`access`): the authorization matrix reads it. */
    routeTable: readonly RouteOptions[];
  }
}

/** Builds the HTTP app from its dependencies; server.ts owns the process, tests call inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db, clock } = deps;
  // TRUST_PROXY: no proxy unless configured (a client could otherwise choose its address and host);
  // a hop count becomes the function Fastify's types ask for (the nth hop and nearer).
  const trust = config.trustProxy ?? false;
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: { level: config.logLevel } }),
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkError,
    trustProxy: typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust,
    rewriteUrl: (request) => rewriteLegacyExamUrl(request.url ?? '/'),
  });
  markLegacyExamPaths(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const routeTable: RouteOptions[] = [];
  app.addHook('onRoute', (options) => {
    routeTable.push(options);
  });
  app.decorate('routeTable', routeTable);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorHandler);
  await app.register(securityHeaders, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets inline styles; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...(config.connectSources ?? [])],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    // After body parsing, so a login's limit can key on the account as well as the address.
    hook: 'preHandler',
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
    // Counted in PostgreSQL: one allowance for all API processes, not one each.
    store: postgresRateLimitStore(deps.sql),
  });
  await app.register(multipart, { limits: { fileSize: config.importMaxBytes, files: 1, fields: 10 } });
  await app.register(openApi);

  const sessions = createSessionStore(db, deps.sql, config.sessionSecret, clock, deps.cacheBus);
  await app.register(authContext, { sessions });

  await app.register(healthRoutes, deps);
  await app.register(authRoutes, {
    auth: createAuthService({
      db,
      passwords: deps.passwords,
      sessions,
      throttle: createLoginThrottle(db, clock),
      devices: createKnownDevices(config.sessionSecret),
    }),
    cookieSecure: config.cookieSecure,
    loginRateLimitPerMinute: config.loginRateLimitPerMinute,
  });
  await app.register(setupRoutes, {
    setup: createSetupService({
      db,
      passwords: deps.passwords,
      sessions,
      sessionSecret: config.sessionSecret,
      demo: config.seedDemo ?? false,
    }),
    cookieSecure: config.cookieSecure,
  });
  await app.register(orgRoutes, deps);
  await app.register(throttledAccountRoutes, { db, clock });
  await app.register(curriculumRoutes, deps);
  await app.register(kpiRoutes, deps);
  await app.register(importRoutes, deps);
  // The organisation workbook runs as a job, resumed after a restart.
  const enqueueOrgImport = await registerOrgImports({
    ...deps,
    sessionSecret: config.sessionSecret,
    log: app.log,
  });
  await app.register(orgImportRoutes, {
    db,
    storage: deps.storage,
    sessionSecret: config.sessionSecret,
    enqueue: enqueueOrgImport,
  });

  const searchOutbox = createSearchOutbox(
    db,
    deps.sql,
    [
      { index: deps.materialsIndex, documentOf: materialDocument, table: '"Material"' },
      { index: deps.questionsIndex, documentOf: questionDocument, table: '"Question"' },
    ],
    app.log,
  );
  app.decorate('searchOutbox', searchOutbox);
  const enqueueProcessing = await registerUploadProcessing({ ...deps, searchOutbox, log: app.log });
  await app.register(materialRoutes, {
    db,
    storage: deps.storage,
    materialsIndex: deps.materialsIndex,
    searchOutbox,
    inspector: createUploadInspector(deps.storage),
    uploadMaxBytes: config.uploadMaxBytes,
    enqueueProcessing,
    sessionSecret: config.sessionSecret,
    clock,
  });
  const parsePool = createParsePool({ timeoutMs: config.importParseTimeoutMs });
  app.addHook('onClose', () => parsePool.close());
  // Material jobs extract PDF text and thumbnails on @hoclieu/media's PDF thread.
  app.addHook('onClose', () => closePdfThreads());
  await app.register(questionRoutes, {
    db,
    storage: deps.storage,
    questionsIndex: deps.questionsIndex,
    onChange: searchOutbox.kick,
    parse: parsePool.parse,
  });
  await app.register(shareDecisionRoutes, { db });
  await app.register(assessmentRoutes, {
    db,
    sql: deps.sql,
    storage: deps.storage,
    jobs: deps.jobs,
    clock,
    sessionSecret: config.sessionSecret,
    cacheBus: deps.cacheBus,
    onGraded: createTestDifficulty(db, app.log, searchOutbox.kick).kick,
  });
  await app.register(masteryRoutes, { db, clock });
  await app.register(practiceRoutes, { db, clock, sessionSecret: config.sessionSecret });
  // The reports page's three computations share one lane and one count of learners (report-lane.ts).
  const lane = createReportLane();
  const learners = createLearners(deps.sql, clock, lane);
  await app.register(reportRoutes, { db, sql: deps.sql, clock, cacheBus: deps.cacheBus, lane, learners });
  await app.register(learningOnlineRoutes, { db, sql: deps.sql, clock, learners });
  await app.register(schoolYearRoutes, { db, sql: deps.sql, clock });
  await app.register(auditRoutes, { db });
  await app.register(webApp, { dist: config.webDist });
  return app;
}
