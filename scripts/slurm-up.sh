#!/usr/bin/env bash
# Starts a single-node Slurm cluster on this machine for `make test-cluster`: munged,
# slurmctld and slurmd, this host the controller and the only node, every pid file, spool
# and state folder under $SLURM_STATE_DIR (default /tmp/report-slurm). Waits until sinfo
# shows the node idle. Needs root and the Debian packages slurmctld, slurmd, slurm-client
# and munge (`make cluster-deps`).
#
# Exit status 0: the cluster is up and $SLURM_STATE_DIR/env holds `export SLURM_CONF=...`.
# Exit status 3: the cluster cannot be started here; the reason is printed and the cluster
# tests are to be reported as skipped. Any other status: starting failed (see the logs).
set -euo pipefail
state=${SLURM_STATE_DIR:-/tmp/report-slurm}
skip() { echo "slurm-up: cluster tests skipped: $*"; exit 3; }

[ "$(id -u)" -eq 0 ] || skip "not root (starting munged, slurmctld and slurmd needs root)"
for tool in munged slurmctld slurmd sinfo sbatch scontrol scancel; do
  command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (make cluster-deps installs slurmctld slurmd slurm-client munge)"
done
if [ -f "$state/run/slurmctld.pid" ] && kill -0 "$(cat "$state/run/slurmctld.pid")" 2>/dev/null; then
  skip "a cluster started by slurm-up.sh is already running under $state (scripts/slurm-down.sh stops it)"
fi

host=$(hostname -s)
cpus=$(nproc)
mkdir -p "$state"/{run,spool,statesave,log,munge}
chmod 755 "$state"   # munged runs as the munge user and must reach its folder
chown munge:munge "$state/munge"

# munge: the key (the package usually creates one), then the daemon as the munge user.
if [ ! -s /etc/munge/munge.key ]; then
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  chown munge:munge /etc/munge/munge.key
  chmod 400 /etc/munge/munge.key
fi
mkdir -p /run/munge /var/lib/munge /var/log/munge
chown munge:munge /run/munge /var/lib/munge /var/log/munge
runuser -u munge -- munged --pid-file="$state/munge/munged.pid" --log-file="$state/munge/munged.log" \
  || skip "munged did not start (see $state/munge/munged.log)"
munge -n | unmunge >/dev/null || skip "munge cannot encode and decode a credential"

cat > "$state/slurm.conf" <<CONF
# Written by scripts/slurm-up.sh: a single-node cluster for the cluster tests.
ClusterName=report-ci
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
ReturnToService=2
MinJobAge=900
# Start the next array task as soon as one ends (the defaults wait seconds between them).
SchedulerParameters=sched_min_interval=0,batch_sched_delay=0
SlurmctldPidFile=$state/run/slurmctld.pid
SlurmdPidFile=$state/run/slurmd.pid
SlurmdSpoolDir=$state/spool
StateSaveLocation=$state/statesave
SlurmctldLogFile=$state/log/slurmctld.log
SlurmdLogFile=$state/log/slurmd.log
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$state/slurm.conf"
echo "export SLURM_CONF=$SLURM_CONF" > "$state/env"

slurmctld -f "$SLURM_CONF" -c || { cat "$state/log/slurmctld.log" 2>/dev/null | tail -20; skip "slurmctld did not start"; }
slurmd -f "$SLURM_CONF" || { tail -20 "$state/log/slurmd.log" 2>/dev/null; skip "slurmd did not start"; }

for _ in $(seq 1 60); do
  if [ "$(sinfo -h -n "$host" -o %t 2>/dev/null | head -n 1)" = "idle" ]; then
    echo "slurm-up: node $host idle with $cpus CPUs (SLURM_CONF=$SLURM_CONF)"
    exit 0
  fi
  sleep 0.5
done
sinfo 2>&1 || true
tail -20 "$state/log/slurmctld.log" "$state/log/slurmd.log" 2>/dev/null || true
echo "slurm-up: the node did not become idle within 30 s"
exit 1
