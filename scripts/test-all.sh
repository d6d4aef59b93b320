#!/usr/bin/env bash
# `npm test`: everything CI checks, in order. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
current=""
done_steps=()

finish() {
  local rc=$?
  local took=$((SECONDS - started))
  echo
  if [[ $rc -eq 0 ]]; then
    echo "test-all: PASS — ${#done_steps[@]} steps (${done_steps[*]}) in ${took}s"
  else
    echo "test-all: FAIL at step '${current}' (exit ${rc}) after ${took}s; passed before it: ${done_steps[*]:-none}"
  fi
}
trap finish EXIT

step() {
  current=$1
  shift
  local t0=$SECONDS
  echo
  echo "=== ${current}: $* ==="
  "$@"
  echo "=== ${current}: ok ($((SECONDS - t0))s) ==="
  done_steps+=("$current")
}

# The browsers run headless; a virtual display is only needed when asked for (HEADED=1).
e2e=(npm run test:e2e)
if [[ -n "${HEADED:-}" && -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null; then
  e2e=(xvfb-run -a npm run test:e2e)
fi

step typecheck npm run typecheck
step unit      npm run test:unit
step build     npm run build
step lint      npm run lint:firefox
step build-e2e npm run build:e2e
step e2e       "${e2e[@]}"
step eval      npm run eval -- --check
