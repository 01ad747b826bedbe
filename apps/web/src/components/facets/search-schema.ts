import { gradeSchema } from '@hoclieu/contracts';
import { z } from 'zod';
import { csvList } from './facet-params';

/**
 * A faceted search page's state in its address: the typed text, the subjects and grades chosen, the
 * page's own `filters`, then the page of results.
 */
export const facetedSearchSchema = <F extends z.ZodRawShape>(filters: F) =>
  z.object({
    q: z.string().max(200).optional().catch(undefined),
    subject: csvList(z.string().min(1).max(60)),
    grade: csvList(gradeSchema),
    ...filters,
    page: z.coerce.number().int().min(1).optional().catch(undefined),
  });

/** The URL parameters of the facets every search counts: subject and grade. */
export const subjectGradeParams = { subjectCode: 'subject', grade: 'grade' } as const;

/** Facets filtered by the URL parameter of the same name (`type` by `?type=`). */
export const sameNamedParams = <K extends string>(...names: K[]) =>
  Object.fromEntries(names.map((name) => [name, name])) as { [P in K]: P };
