#!/usr/bin/env bash
# `make test-cluster`: installs the Slurm packages (make cluster-deps), starts a single-node
# cluster (scripts/slurm-up.sh), runs the cluster tests (Tests/CLITests/SlurmClusterTests)
# with REPORT_SLURM=1, and stops the daemons it started (scripts/slurm-down.sh). When the
# cluster cannot be started here, says why and runs the cluster tests anyway, so that they
# are reported as skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
export SLURM_STATE_DIR=${SLURM_STATE_DIR:-$(mktemp -d /tmp/report-slurm.XXXXXX)}
swift=${SWIFT:-swift}

run_skipped() {
  echo "test-cluster: cluster tests skipped: $1"
  $swift test --filter CLITests.SlurmClusterTests
  exit 0
}

if [ "$(id -u)" -ne 0 ]; then run_skipped "not root (a single-node Slurm cluster needs root)"; fi
make --no-print-directory cluster-deps || run_skipped "the Slurm packages could not be installed"
status=0
scripts/slurm-up.sh || status=$?
if [ "$status" -ne 0 ]; then
  scripts/slurm-down.sh >/dev/null 2>&1 || true
  run_skipped "Slurm did not start (slurm-up.sh exit status $status)"
fi
trap 'scripts/slurm-down.sh' EXIT
# shellcheck disable=SC1091
. "$SLURM_STATE_DIR/env"
REPORT_SLURM=1 $swift test --filter CLITests.SlurmClusterTests
