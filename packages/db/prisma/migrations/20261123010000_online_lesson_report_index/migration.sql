-- Reports sum a unit's online periods per class: a covering index lets PostgreSQL read just the
-- classes of one district (index-only scans) instead of every record of the province.
-- Written by hand: Prisma's schema cannot express INCLUDE columns; the snapshot is unchanged.
CREATE INDEX "OnlineLesson_report_idx" ON "OnlineLesson" ("classId", "date") INCLUDE ("status", "subjectCode", "periods");
