#!/usr/bin/env bash
# Stops the daemons scripts/slurm-up.sh started, by their pid files under $SLURM_STATE_DIR
# (default /tmp/report-slurm), and removes that folder.
set -uo pipefail
state=${SLURM_STATE_DIR:-/tmp/report-slurm}
stop() {
  local file=$1
  [ -f "$file" ] || return 0
  local pid
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$file"
}
stop "$state/run/slurmd.pid"
stop "$state/run/slurmctld.pid"
stop "$state/munge/munged.pid"
rm -rf "$state"
echo "slurm-down: stopped the cluster under $state"
