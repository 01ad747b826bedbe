#!/usr/bin/env bash
# `pnpm test:tz`: the date-sensitive tests under three server zones: UTC, Vietnam's own
# (Asia/Ho_Chi_Minh, UTC+7: what a server in Vietnam says) and one west of UTC with daylight saving
# (America/Los_Angeles). Every calendar date must come out as Vietnam's whatever the zone. The API's
# embedded PostgreSQL is initialised in that zone too (initdb takes the machine's `TZ`).
# Date-sensitive files: packages/domain/test/vietnam-time.test.ts, apps/web/test/vietnam-format.test.ts,
# apps/api/test/dates-*.test.ts, apps/api/test/learning-online.test.ts. Each run writes its vitest
# report as test-results/tz-<zone>.json and the closing line `N passed, N failed` adds them up (.ci/summary.mjs).
set -uo pipefail
cd "$(dirname "$0")/.."

declare -A zones=([tz-utc]=UTC [tz-vietnam]=Asia/Ho_Chi_Minh [tz-los-angeles]=America/Los_Angeles)
status=0
run() { # <report> <zone> <package dir> <test files...>
  local report="$1" zone="$2" dir="$3"
  shift 3
  (cd "$dir" && TZ="$zone" TEST_REPORT="$report" npx vitest run "$@") || status=1
}
for report in tz-utc tz-vietnam tz-los-angeles; do
  zone="${zones[$report]}"
  rm -f apps/*/test-results/"$report".json packages/*/test-results/"$report".json
  echo "=== TZ=$zone ==="
  run "$report" "$zone" packages/domain test/vietnam-time.test.ts
  run "$report" "$zone" apps/web test/vietnam-format.test.ts
  run "$report" "$zone" apps/api $(cd apps/api && ls test/dates-*.test.ts) test/learning-online.test.ts
done
node .ci/summary.mjs tz-utc tz-vietnam tz-los-angeles || status=1
exit $status
