#!/usr/bin/env bash
# Every test of the project: Java suites (Maven), then real Jupyter clients against the installed kernel.
# Called by `./spindle test` (with JAVA_HOME pointing at JDK 25) and by .ci/run.
set -euo pipefail

SPINDLE_HOME="${SPINDLE_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$SPINDLE_HOME"
RESULTS="$SPINDLE_HOME/test-results"
SKIP_BROWSER=0
for arg in "$@"; do
  case "$arg" in
    --skip-browser) SKIP_BROWSER=1 ;;
    *) echo "test: unknown option '$arg' (known: --skip-browser)" >&2; exit 2 ;;
  esac
done
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

step() { printf '\n==> %s\n' "$*"; }

step "Packaging (no tests yet)"
./mvnw -B -q -DskipTests package
touch kernel/app/target/.spindle-built

step "Installing the kernelspec into a private Jupyter path, with its engine start-up cache"
JUPYTER_TEST_PREFIX="$SPINDLE_HOME/target-test/jupyter"
rm -rf "$JUPYTER_TEST_PREFIX"
# a private AOT cache folder: what the tests see does not depend on this user's ~/.cache
export SPINDLE_ENGINE_AOT_CACHE="$SPINDLE_HOME/target-test/aot-cache"
./spindle install --prefix "$JUPYTER_TEST_PREFIX"
export JUPYTER_PATH="$JUPYTER_TEST_PREFIX/share/jupyter"
export SPINDLE_HISTORY_DIR="$SPINDLE_HOME/target-test/history"
export SPINDLE_REQUIRE_KERNEL=1  # the notebook suite must run on the installed kernel, never skip

step "Python venv for the Jupyter clients"
VENV="$(./spindle venv)"

# jupyter_kernel_test allows 0.1 s between IOPub messages, so it runs first, on a quiet machine.
step "jupyter_kernel_test conformance suite"
set +e
"$VENV/bin/python" -m pytest -p no:cacheprovider -q -rfE --junitxml="$RESULTS/conformance.xml" \
   kernel/clients/test_kernel_conformance.py 2>&1 | tee "$RESULTS/conformance.log"
conformance_rc=${PIPESTATUS[0]}
set -e

# The Java suites and the other client suites run side by side: each is mostly waiting on child JVMs.
step "Java tests (Maven verify) and Jupyter client tests (pytest), in parallel"
( ./mvnw -B -fae verify > "$RESULTS/maven.log" 2>&1; echo $? > "$RESULTS/maven.rc" ) &
maven_pid=$!
set +e
suites=(kernel/clients)
[ -d notebooks/tests ] && suites+=(notebooks/tests)
"$VENV/bin/python" -m pytest -p no:cacheprovider -n 2 -q -rfE --ignore=kernel/clients/test_kernel_conformance.py \
   --junitxml="$RESULTS/pytest.xml" "${suites[@]}" 2>&1 | tee "$RESULTS/pytest.log"
pytest_rc=${PIPESTATUS[0]}
browser_rc=0
if [ "$SKIP_BROWSER" = 0 ]; then
  step "Browser test: JupyterLab in Debian's Chromium"
  kernel/browser/run.sh 2>&1 | tee "$RESULTS/browser.log"
  browser_rc=${PIPESTATUS[0]}
fi
wait "$maven_pid"
maven_rc=$(cat "$RESULTS/maven.rc")
set -e

step "Maven output (tail)"
grep -E 'Tests run:|BUILD|ERROR|FAIL' "$RESULTS/maven.log" | tail -40 || true

if [ "$SKIP_BROWSER" = 1 ]; then
  echo "NOTE: the browser test was skipped on request (--skip-browser)."
fi

failed=0
[ "$maven_rc" = 0 ] || { echo "FAILED: Java tests (see test-results/maven.log)"; failed=1; }
[ "$conformance_rc" = 0 ] || { echo "FAILED: jupyter_kernel_test (see test-results/conformance.log)"; failed=1; }
[ "$pytest_rc" = 0 ] || { echo "FAILED: Jupyter client tests (see test-results/pytest.log)"; failed=1; }
[ "$browser_rc" = 0 ] || { echo "FAILED: browser test (see test-results/browser.log and the screenshots in test-results/browser/)"; failed=1; }
exit "$failed"
