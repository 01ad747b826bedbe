import type { Role } from '@hoclieu/contracts';
import { roleSchema, schoolLevelSchema } from '@hoclieu/contracts';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  type RouterHistory,
  redirect,
  stringifySearchWith,
} from '@tanstack/react-router';
import { z } from 'zod';
import type { ApiClient } from '../api/api-client';
import { auditSearchSchema } from '../pages/audit/audit-search';
import { librarySearchSchema } from '../pages/materials/material-search';
import { reviewSearchSchema } from '../pages/materials/review-tabs';
import { NotFoundPage } from '../pages/not-found-page';
import { bankSearchSchema } from '../pages/questions/bank/bank-search';
import { learningStudentsSearchSchema } from '../pages/reports/learning-search';
import { onlineShareSearchSchema, reportPeriodSearchSchema } from '../pages/reports/report-search';
import { sessionQueryOptions } from '../session/session-query';
import { AppLayout } from '../shell/app-layout';
import { hasSection, type Section } from '../shell/sections';

export interface RouterContext {
  queryClient: QueryClient;
  api: ApiClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: z.object({
    next: z
      .string()
      .regex(/^\/(?!\/)/)
      .optional()
      .catch(undefined),
  }),
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(sessionQueryOptions(context.api)))
      throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('../pages/login-page'), 'LoginPage'),
});

/** Cài đặt lần đầu: the first system admin, with the token from the server log (no session needed). */
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cai-dat',
  validateSearch: z.object({ token: z.string().max(200).optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('../pages/setup/setup-page'), 'SetupPage'),
});

/** Every page below needs a session; the layout itself blocks the app while a password change is due. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions(context.api));
    if (!session)
      throw redirect({
        to: '/dang-nhap',
        search: { next: location.href === '/' ? undefined : location.href },
      });
    return { role: session.user.role };
  },
  component: AppLayout,
});

/** Sends users whose role has none of these sections back home (the API would refuse them anyway). */
const requireSection =
  (...sections: Section[]) =>
  ({ context }: { context: { role: Role } }) => {
    if (!hasSection(context.role, ...sections)) throw redirect({ to: '/' });
  };

const page = <
  TPath extends string,
  TModule extends Record<string, unknown>,
  TName extends keyof TModule & string,
>(
  path: TPath,
  load: () => Promise<TModule>,
  name: TName,
) => ({
  getParentRoute: () => appRoute,
  path,
  component: lazyRouteComponent(load, name),
});

const homeRoute = createRoute(page('/', () => import('../pages/home/home-page'), 'HomePage'));

const myClassesRoute = createRoute({
  ...page('/lop', () => import('../pages/schools/my-classes-page'), 'MyClassesPage'),
  beforeLoad: requireSection('myClasses'),
});

const classRoute = createRoute({
  ...page('/lop/$classId', () => import('../pages/schools/class-page'), 'ClassPage'),
  beforeLoad: requireSection('myClasses', 'schools'),
});

/** Mức thành thạo luyện tập: the class × topic table, goals, a student's history (teachers, school admin). */
const classMasteryRoute = createRoute({
  ...page(
    '/lop/$classId/thanh-thao',
    () => import('../pages/mastery/class-mastery-page'),
    'ClassMasteryPage',
  ),
  beforeLoad: requireSection('myClasses', 'schools'),
});

const schoolsRoute = createRoute({
  ...page('/truong', () => import('../pages/schools/schools-page'), 'SchoolsPage'),
  validateSearch: z.object({
    q: z.string().max(100).optional().catch(undefined),
    level: schoolLevelSchema.optional().catch(undefined),
    districtId: z.uuid().optional().catch(undefined),
    page: z.coerce.number().int().min(1).optional().catch(undefined),
  }),
  beforeLoad: requireSection('schools'),
});

const schoolRoute = createRoute({
  ...page('/truong/$schoolId', () => import('../pages/schools/school-page'), 'SchoolPage'),
  beforeLoad: requireSection('mySchool', 'schools'),
});

const districtsRoute = createRoute({
  ...page('/phong-gddt', () => import('../pages/districts-page'), 'DistrictsPage'),
  beforeLoad: requireSection('districts'),
});

const usersRoute = createRoute({
  ...page('/tai-khoan', () => import('../pages/users/users-page'), 'UsersPage'),
  validateSearch: z.object({
    q: z.string().max(100).optional().catch(undefined),
    role: roleSchema.optional().catch(undefined),
    page: z.coerce.number().int().min(1).optional().catch(undefined),
  }),
  beforeLoad: requireSection('users'),
});

const curriculumRoute = createRoute({
  ...page('/chuong-trinh', () => import('../pages/curriculum/curriculum-page'), 'CurriculumPage'),
  validateSearch: z.object({
    grade: z.coerce.number().int().min(1).max(12).optional().catch(undefined),
    subject: z.string().max(60).optional().catch(undefined),
  }),
  beforeLoad: requireSection('curriculum'),
});

const kpiRoute = createRoute({
  ...page('/chi-tieu', () => import('../pages/kpi/kpi-targets-page'), 'KpiTargetsPage'),
  beforeLoad: requireSection('kpi'),
});

const schoolYearsRoute = createRoute({
  ...page('/nam-hoc', () => import('../pages/school-years/school-years-page'), 'SchoolYearsPage'),
  beforeLoad: requireSection('schoolYears'),
});

const importsRoute = createRoute({
  ...page('/nhap-du-lieu', () => import('../pages/imports/imports-page'), 'ImportsPage'),
  beforeLoad: requireSection('imports'),
});

const libraryRoute = createRoute({
  ...page('/hoc-lieu', () => import('../pages/materials/library-page'), 'LibraryPage'),
  validateSearch: librarySearchSchema,
  beforeLoad: requireSection('library'),
});

const myMaterialsRoute = createRoute({
  ...page('/hoc-lieu/cua-toi', () => import('../pages/materials/my-materials-page'), 'MyMaterialsPage'),
  validateSearch: librarySearchSchema,
  beforeLoad: requireSection('myMaterials'),
});

const newMaterialRoute = createRoute({
  ...page('/hoc-lieu/moi', () => import('../pages/materials/new-material-page'), 'NewMaterialPage'),
  beforeLoad: requireSection('myMaterials'),
});

const materialRoute = createRoute({
  ...page('/hoc-lieu/$materialId', () => import('../pages/materials/material-page'), 'MaterialPage'),
  beforeLoad: requireSection('library'),
});

const reviewsRoute = createRoute({
  ...page('/duyet-hoc-lieu', () => import('../pages/materials/review-queue-page'), 'ReviewQueuePage'),
  validateSearch: reviewSearchSchema,
  beforeLoad: requireSection('reviews'),
});

const questionBankRoute = createRoute({
  ...page('/ngan-hang-cau-hoi', () => import('../pages/questions/bank/bank-page'), 'BankPage'),
  validateSearch: bankSearchSchema,
  beforeLoad: requireSection('questionBank'),
});

const newQuestionRoute = createRoute({
  ...page(
    '/ngan-hang-cau-hoi/moi',
    () => import('../pages/questions/editor/new-question-page'),
    'NewQuestionPage',
  ),
  beforeLoad: requireSection('questionBank'),
});

const questionImportRoute = createRoute({
  ...page('/ngan-hang-cau-hoi/nhap', () => import('../pages/questions/import/import-page'), 'ImportPage'),
  beforeLoad: requireSection('questionBank'),
});

const questionRoute = createRoute({
  ...page(
    '/ngan-hang-cau-hoi/$questionId',
    () => import('../pages/questions/detail/question-page'),
    'QuestionPage',
  ),
  beforeLoad: requireSection('questionBank'),
});

/**
 * The student's exams: the list and a result. Taking one (/lam-bai/<attemptId>) is a page of its
 * own, light for cheap phones (quiz.html, src/quiz-app): links there load it with a full navigation.
 */
const quizListRoute = createRoute({
  ...page('/bai-kiem-tra', () => import('../pages/quiz/assignments-page'), 'AssignmentsPage'),
  beforeLoad: requireSection('quiz'),
});

const quizResultRoute = createRoute({
  ...page('/ket-qua/$attemptId', () => import('../pages/quiz/result-page'), 'ResultPage'),
  beforeLoad: requireSection('quiz'),
});

/** Exams (đề kiểm tra): list, builder, detail, and the results of an assignment. */
const examsRoute = createRoute({
  ...page('/de-kiem-tra', () => import('../pages/exams/exams-page'), 'ExamsPage'),
  beforeLoad: requireSection('exams'),
});

const newExamRoute = createRoute({
  ...page('/de-kiem-tra/moi', () => import('../pages/exams/builder/new-exam-page'), 'NewExamPage'),
  beforeLoad: requireSection('exams'),
});

const examRoute = createRoute({
  ...page('/de-kiem-tra/$examId', () => import('../pages/exams/detail/exam-page'), 'ExamPage'),
  beforeLoad: requireSection('exams'),
});

const editExamRoute = createRoute({
  ...page('/de-kiem-tra/$examId/sua', () => import('../pages/exams/builder/edit-exam-page'), 'EditExamPage'),
  beforeLoad: requireSection('exams'),
});

const assignmentResultsRoute = createRoute({
  ...page(
    '/giao-bai/$assignmentId/ket-qua',
    () => import('../pages/exams/results/results-page'),
    'ResultsPage',
  ),
  beforeLoad: requireSection('exams'),
});

/** Báo cáo: the online share of the programme, then one school, then one class. */
const reportsRoute = createRoute({
  ...page('/bao-cao', () => import('../pages/reports/online-share-page'), 'OnlineSharePage'),
  validateSearch: onlineShareSearchSchema,
  beforeLoad: requireSection('reports'),
});

const schoolReportRoute = createRoute({
  ...page(
    '/bao-cao/truong/$schoolId',
    () => import('../pages/reports/school-report-page'),
    'SchoolReportPage',
  ),
  validateSearch: reportPeriodSearchSchema,
  beforeLoad: requireSection('reports'),
});

const classReportRoute = createRoute({
  ...page('/bao-cao/lop/$classId', () => import('../pages/reports/class-report-page'), 'ClassReportPage'),
  validateSearch: reportPeriodSearchSchema,
  beforeLoad: requireSection('reports'),
});

/** Học sinh học trực tuyến: the students behind a school's figure. */
const learningStudentsRoute = createRoute({
  ...page(
    '/bao-cao/hoc-truc-tuyen/$schoolId',
    () => import('../pages/reports/learning-students-page'),
    'LearningStudentsPage',
  ),
  validateSearch: learningStudentsSearchSchema,
  beforeLoad: requireSection('reports'),
});

/** Nhật ký thao tác: approvals, grade and target changes in the admin's unit. */
const auditRoute = createRoute({
  ...page('/nhat-ky', () => import('../pages/audit/audit-page'), 'AuditPage'),
  validateSearch: auditSearchSchema,
  beforeLoad: requireSection('audit'),
});

const changePasswordRoute = createRoute(
  page('/doi-mat-khau', () => import('../pages/password/change-password-page'), 'ChangePasswordPage'),
);

const routeTree = rootRoute.addChildren([
  loginRoute,
  setupRoute,
  appRoute.addChildren([
    homeRoute,
    myClassesRoute,
    classRoute,
    classMasteryRoute,
    schoolsRoute,
    schoolRoute,
    districtsRoute,
    usersRoute,
    curriculumRoute,
    kpiRoute,
    schoolYearsRoute,
    importsRoute,
    libraryRoute,
    myMaterialsRoute,
    newMaterialRoute,
    materialRoute,
    reviewsRoute,
    questionBankRoute,
    newQuestionRoute,
    questionImportRoute,
    questionRoute,
    quizListRoute,
    quizResultRoute,
    examsRoute,
    newExamRoute,
    examRoute,
    editExamRoute,
    assignmentResultsRoute,
    reportsRoute,
    schoolReportRoute,
    classReportRoute,
    learningStudentsRoute,
    auditRoute,
    changePasswordRoute,
  ]),
]);

/** `history` defaults to the browser's; tests pass a memory history. */
export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context,
    defaultPreload: 'intent',
    scrollRestoration: true,
    // Lists (the library's facet filters) read `subject=toan,ngu-van` rather than JSON in the address.
    stringifySearch: stringifySearchWith(
      (value) => (Array.isArray(value) ? value.join(',') : JSON.stringify(value)),
      JSON.parse,
    ),
    ...(history ? { history } : {}),
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
