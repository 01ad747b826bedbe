import type { Prisma } from '@hoclieu/db';

/** What a province's list item reads besides its own columns. */
export const provinceInclude = { _count: { select: { districts: true } } } as const;

export const provinceItem = (p: Prisma.ProvinceGetPayload<{ include: typeof provinceInclude }>) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  active: !p.deactivatedAt,
  districtCount: p._count.districts,
});

/** What a district's list item reads besides its own columns. */
export const districtInclude = {
  province: { select: { id: true, name: true } },
  _count: { select: { schools: true } },
} as const;

export const districtItem = (d: Prisma.DistrictGetPayload<{ include: typeof districtInclude }>) => ({
  id: d.id,
  code: d.code,
  name: d.name,
  province: d.province,
  schoolCount: d._count.schools,
  active: !d.deactivatedAt,
});
