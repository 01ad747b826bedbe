#!/usr/bin/env bash
# `pnpm test:security` / `pnpm test:chaos`: runs that suite in every package that has it, then prints
# one closing line `N passed, N failed` from their vitest reports. SUITE_SIZE=fast runs the CI subset.
set -uo pipefail
cd "$(dirname "$0")/.."
suite="$1"
rm -f apps/*/test-results/"$suite".json packages/*/test-results/"$suite".json
npx turbo run "test:$suite" --continue --concurrency=2
status=$?
node .ci/summary.mjs "$suite" || status=1
exit $status
