import { z } from 'zod';

/**
 * What the database holds: an integer column is PostgreSQL's int4. A number a request carries is
 * bounded here, in its contract, so an out-of-range value is a 400 and never reaches a query (where
 * it would be a 500).
 */
export const INT4_MAX = 2_147_483_647;

/** An integer that fits an int4 column: `int4().min(1)`, `int4().max(10)` tighten it further. */
export const int4 = () =>
  z
    .number()
    .int()
    .min(-INT4_MAX - 1)
    .max(INT4_MAX);

/** The same from a query string or a path segment ("12"). */
export const coercedInt4 = () =>
  z.coerce
    .number()
    .int()
    .min(-INT4_MAX - 1)
    .max(INT4_MAX);

/**
 * A page number of a list: far past any real list (10,000 pages of the largest page size is two
 * million rows), and small enough that page x size stays an ordinary offset.
 */
export const MAX_PAGE = 10_000;
export const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE).default(1);

/** A decimal a person types (a score, a tolerance): finite and within a wide but real range. */
export const boundedDecimal = () => z.number().min(-1e9).max(1e9);

/**
 * A calendar date ("2026-09-05", Vietnam's calendar) within years 1900–2999: wide for any school
 * year, and never a date PostgreSQL cannot hold (year 0000 passes an ISO check but is no date there).
 */
export const calendarDate = () =>
  z.iso.date().refine((value) => value >= '1900-01-01' && value <= '2999-12-31', {
    message: 'Ngày phải trong khoảng 1900–2999',
  });
