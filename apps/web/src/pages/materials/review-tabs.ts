import { z } from 'zod';

/** `/duyet-hoc-lieu?tab=cau-hoi`: which queue the review page shows (materials by default). */
const reviewTabs = ['hoc-lieu', 'cau-hoi'] as const;
export const reviewSearchSchema = z.object({
  tab: z.enum(reviewTabs).optional().catch(undefined),
});
