#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for testing Apparat's job-array sweeps on real daemons.
#
#   .ci/slurm-cluster.sh start   installs nothing; starts munged, slurmctld and slurmd (as root) and waits
#                                until the node takes jobs. Prints the line to source: export SLURM_CONF=...
#   .ci/slurm-cluster.sh stop    stops exactly the daemons that `start` started, by their process ids.
#
# Everything (configuration, munge key and socket, state, logs, process ids) lives in one folder,
# $APPARAT_SLURM_DIR (default /tmp/apparat-slurm), so nothing in /etc is touched and the system's own
# munge or Slurm, if any, is left alone. Needs Debian's slurm-wlm and munge packages.
# Exit 0 when the cluster is up; 3 when it cannot start here (not root, binaries missing, a daemon dies),
# with the reason on stderr.
set -euo pipefail

dir="${APPARAT_SLURM_DIR:-/tmp/apparat-slurm}"
ctld_port="${APPARAT_SLURM_PORT:-16817}"
slurmd_port=$((ctld_port + 1))

pids_file="$dir/pids"

# Says why the cluster cannot run here, stops whatever this start had started, and exits 3.
cannot() {
  echo "slurm-cluster: $*" >&2
  if [ "${starting:-no}" = yes ]; then
    stop
  fi
  exit 3
}

# The last lines of a daemon's output and log, on one line.
last_words() {
  tail -q -n 3 "$dir/$1.out" "$dir/$1.log" "$dir/munge/$1.log" 2>/dev/null | tr '\n' ' ' | cut -c1-400
}

start() {
  [ "$(id -u)" = 0 ] || cannot "needs root (the daemons run as SlurmUser=root)"
  for bin in munged slurmctld slurmd sbatch squeue scontrol; do
    command -v "$bin" >/dev/null 2>&1 || [ -x "/usr/sbin/$bin" ] || cannot "$bin not found (apt-get install slurm-wlm munge)"
  done
  export PATH="$PATH:/usr/sbin"
  if [ -s "$pids_file" ]; then
    cannot "$pids_file exists: a cluster from an earlier start may still run; run '$0 stop' first"
  fi
  rm -rf "$dir"
  mkdir -p "$dir"/{state,spool,munge}
  starting=yes
  chmod 0700 "$dir" "$dir/munge"
  : >"$pids_file"

  local host cpus mem
  host="$(hostname -s)"
  cpus="$(nproc)"
  mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 * 9 / 10 ))

  mungekey --create --keyfile="$dir/munge/munge.key" 2>/dev/null \
    || dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
  chmod 0400 "$dir/munge/munge.key"
  munged --foreground --force \
    --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
    --pid-file="$dir/munge/munged.pid" --seed-file="$dir/munge/munged.seed" \
    --log-file="$dir/munge/munged.log" >"$dir/munged.out" 2>&1 &
  echo "munged $!" >>"$pids_file"
  for _ in $(seq 50); do
    [ -S "$dir/munge/munge.socket" ] && break
    sleep 0.1
  done
  [ -S "$dir/munge/munge.socket" ] || cannot "munged did not start: $(last_words munged)"

  cat >"$dir/slurm.conf" <<EOF
# Single-node test cluster written by .ci/slurm-cluster.sh
ClusterName=apparat-test
SlurmctldHost=$host
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
MinJobAge=3600
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
  export SLURM_CONF="$dir/slurm.conf"

  slurmctld -D -i >"$dir/slurmctld.out" 2>&1 &
  echo "slurmctld $!" >>"$pids_file"
  slurmd -D >"$dir/slurmd.out" 2>&1 &
  echo "slurmd $!" >>"$pids_file"

  local state=""
  for _ in $(seq 60); do
    state="$(sinfo -h -n "$host" -o '%T' 2>/dev/null || true)"
    case "$state" in
      idle*|mixed*|allocated*) break ;;
    esac
    while read -r name pid; do
      kill -0 "$pid" 2>/dev/null || cannot "$name exited at start: $(last_words "$name")"
    done <"$pids_file"
    sleep 0.5
  done
  case "$state" in
    idle*|mixed*|allocated*) ;;
    *) cannot "node $host is not ready after 30 s (state '${state:-none}'): $(last_words slurmctld)" ;;
  esac
  starting=no
  echo "export SLURM_CONF=$dir/slurm.conf"
}

stop() {
  [ -f "$pids_file" ] || { echo "slurm-cluster: nothing to stop ($pids_file absent)" >&2; return 0; }
  # slurmd before slurmctld before munged: the reverse of the start order
  tac "$pids_file" | while read -r name pid; do
    # only the daemon started here: a process id reused by another program since is left alone
    if kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ]; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      if kill -0 "$pid" 2>/dev/null; then
        echo "slurm-cluster: $name ($pid) did not stop in 5 s; killing it" >&2
        kill -9 "$pid" 2>/dev/null || true
      fi
    fi
  done
  rm -f "$pids_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
