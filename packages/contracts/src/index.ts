export * from './assessment-attempts.js';
export * from './assessment-exams.js';
export * from './assessments.js';
export * from './attempt-supervision.js';
export * from './audit.js';
export * from './auth.js';
export * from './curriculum.js';
export * from './endpoint.js';
export * from './enums.js';
export * from './error-status.js';
export * from './errors.js';
export * from './health.js';
export * from './imports.js';
export * from './kpi.js';
export * from './learning-online.js';
export * from './lectures.js';
export * from './links.js';
export * from './login-throttles.js';
export * from './mastery.js';
export * from './materials.js';
export * from './numbers.js';
export * from './org.js';
export * from './org-imports.js';
export * from './org-management.js';
export * from './practice.js';
export * from './question-model.js';
export * from './questions.js';
export * from './reports.js';
export * from './school-years.js';
export * from './search-params.js';
export * from './setup.js';
export * from './share-decisions.js';
export * from './stored-json.js';

import { assessmentEndpoints } from './assessments.js';
import { auditEndpoints } from './audit.js';
import { authEndpoints } from './auth.js';
import { curriculumEndpoints } from './curriculum.js';
import { healthEndpoints } from './health.js';
import { importEndpoints } from './imports.js';
import { kpiEndpoints } from './kpi.js';
import { learningOnlineEndpoints } from './learning-online.js';
import { lectureEndpoints } from './lectures.js';
import { loginThrottleEndpoints } from './login-throttles.js';
import { masteryEndpoints } from './mastery.js';
import { materialEndpoints } from './materials.js';
import { orgEndpoints } from './org.js';
import { orgImportEndpoints } from './org-imports.js';
import { orgManagementEndpoints } from './org-management.js';
import { practiceEndpoints } from './practice.js';
import { questionEndpoints } from './questions.js';
import { reportEndpoints } from './reports.js';
import { schoolYearEndpoints } from './school-years.js';
import { setupEndpoints } from './setup.js';
import { shareDecisionEndpoints } from './share-decisions.js';

/** Every endpoint of the API, by feature. The OpenAPI document and the route table come from here. */
export const endpoints = {
  health: healthEndpoints,
  auth: authEndpoints,
  setup: setupEndpoints,
  org: orgEndpoints,
  loginThrottles: loginThrottleEndpoints,
  schoolYears: schoolYearEndpoints,
  orgManagement: orgManagementEndpoints,
  curriculum: curriculumEndpoints,
  kpi: kpiEndpoints,
  imports: importEndpoints,
  orgImports: orgImportEndpoints,
  materials: materialEndpoints,
  lectures: lectureEndpoints,
  questions: questionEndpoints,
  shareDecisions: shareDecisionEndpoints,
  assessments: assessmentEndpoints,
  reports: reportEndpoints,
  learningOnline: learningOnlineEndpoints,
  mastery: masteryEndpoints,
  practice: practiceEndpoints,
  audit: auditEndpoints,
};
