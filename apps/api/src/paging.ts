/** A page of a list as the list endpoints ask for it: 1-based page number and its size. */
export interface PageQuery {
  page: number;
  pageSize: number;
}

/** The rows of one page, as Prisma's `skip` and `take`. */
export const pageWindow = ({ page, pageSize }: PageQuery) => ({
  skip: (page - 1) * pageSize,
  take: pageSize,
});

/** One page of a list as the contracts answer it: its items, the whole list's count, where it is. */
export const pageOf = <T>(items: T[], total: number, { page, pageSize }: PageQuery) => ({
  items,
  total,
  page,
  pageSize,
});
