#!/usr/bin/env bash
# Any CI, or a terminal: verify what the current branch changes against a base branch.
#   docs/ci/verify-pull-request.sh [base-ref] [reports-folder]
# Exit code: 0 clean, 1 findings (vouch.config.json's failOn, default failed,changed), 2 error.
set -uo pipefail

base="${1:-origin/main}"
out="${2:-vouch-reports}"

# The merge base needs the base branch and enough history.
git rev-parse --verify --quiet "$base^{commit}" >/dev/null || git fetch --no-tags origin "${base#origin/}"
if [ "$(git rev-parse --is-shallow-repository)" = "true" ]; then git fetch --no-tags --unshallow origin; fi

npx vouch verify --base "$base" --format text,json,sarif,junit,markdown --output-dir "$out" "${@:3}"
code=$?
echo "reports in $out/: vouch.json, vouch.sarif, vouch-junit.xml, vouch.md (exit $code)"
exit "$code"
