#!/usr/bin/env bash
# A sweep on a real Slurm cluster (single node, started here with .ci/slurm-cluster.sh), compared byte for
# byte with the same sweep run on this machine alone:
#   1. the one-machine sweep;
#   2. `apparat sweep ... --slurm --submit`: a 4-task job array and its merge job; the merged tables must equal
#      the one-machine tables; likewise a Morris design (.ci/slurm-morris.yaml), whose morris.csv the merge job
#      computes from every shard's runs;
#   3. a sweep whose shard 2 fails (its output folder is blocked by a file) and whose shard 1 loses run 5 (as
#      if its node died): the merge job must never start, `apparat sweep --merge` must exit 3 naming runs 5, 2
#      and 6, and `--slurm --only-missing --submit` must run shard 2 afresh and resume shard 1, after which the
#      merged tables must again equal the one-machine tables.
# Exit 0: passed. Exit 77: the cluster cannot start here (the line "SLURM TEST SKIPPED: <why>" says why).
# Anything else: failed. The daemons started here are stopped by their process ids on the way out.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

skip() {
  echo "SLURM TEST SKIPPED: $*"
  passed=skipped
  exit 77
}

fail() {
  echo "SLURM TEST FAILED: $*" >&2
  for f in "$work"/*/logs/*; do
    [ -f "$f" ] && { echo "--- $f" >&2; tail -20 "$f" >&2; }
  done
  [ -f "$APPARAT_SLURM_DIR/slurmctld.log" ] && { echo "--- slurmctld.log" >&2; tail -20 "$APPARAT_SLURM_DIR/slurmctld.log" >&2; }
  exit 1
}

work="$(mktemp -d /tmp/apparat-slurm-test.XXXXXX)"
export APPARAT_SLURM_DIR="$work/cluster"
started=no
passed=no
finish() {
  if [ "$started" = yes ]; then
    # jobs still queued or running after a failure: cancelled by id, so that no job outlives its daemons
    squeue -h -o '%A' 2>/dev/null | sort -u | xargs -r scancel 2>/dev/null || true
    for _ in $(seq 20); do
      [ -z "$(squeue -h -t PENDING,RUNNING,COMPLETING 2>/dev/null)" ] && break
      sleep 0.5
    done
    .ci/slurm-cluster.sh stop || true
  fi
  if [ "$passed" != no ]; then
    rm -rf "$work"
  else
    echo "slurm-test: files kept in $work" >&2
  fi
}
trap finish EXIT

jar="$repo/sim/target/apparat.jar"
if [ ! -f "$jar" ] || [ -n "$(find sim/src/main pom.xml sim/pom.xml -newer "$jar" -print -quit)" ]; then
  echo "slurm-test: building the jar"
  ./mvnw -q -B -ntp -DskipTests package
fi
apparat() {
  java -Djava.awt.headless=true -jar "$jar" "$@"
}

if ! reason="$(.ci/slurm-cluster.sh start 2>&1 >"$work/cluster.env")"; then
  skip "${reason:-the cluster did not start}"
fi
started=yes
# shellcheck disable=SC1091
source "$work/cluster.env"
echo "slurm-test: single-node cluster up ($(sinfo -h -o '%n %c CPUs %T'))"

# Four grid points of two replications: 8 runs of 1917-03 to 1921-06 at 1:200, including the 10th Congress.
sweep=(.ci/slurm-sweep.yaml)
tables=(runs.csv monthly.csv congresses.csv outcomes.csv summary.csv)

apparat sweep "${sweep[@]}" --quiet --no-charts --out "$work/one" >/dev/null

# Waits until every job of the ids given has ended (a job held by a dependency that can never be met counts
# as ended); prints "id state reason" lines. Fails after five minutes.
wait_jobs() {
  local deadline=$((SECONDS + 300)) states active
  while :; do
    states="$(squeue -h -t all -j "$(IFS=,; echo "$*")" -o '%i %T %r')"
    active="$(grep -Ev ' (COMPLETED|FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|PREEMPTED|BOOT_FAIL|DEADLINE) |PENDING DependencyNeverSatisfied' <<<"$states" || true)"
    if [ -n "$states" ] && [ -z "$active" ]; then
      echo "$states"
      return 0
    fi
    [ $SECONDS -lt $deadline ] || fail "jobs $* still not done after 5 minutes: $states"
    sleep 2
  done
}

same_tables() {
  for table in "${tables[@]}"; do
    cmp "$work/one/$table" "$1/$table" || fail "$1/$table differs from the one-machine sweep's"
  done
  [ "$(wc -l <"$1/runs.csv")" = 9 ] || fail "$1/runs.csv should hold 8 runs"
  [ "$(wc -l <"$1/congresses.csv")" -gt 1 ] || fail "$1/congresses.csv should hold congresses"
}

job_id() { # the id after "$1 job " in the output file $2
  sed -n "s/^$1 job \([0-9][0-9]*\)$/\1/p" "$2"
}

# --- 2. a whole sweep, submitted by apparat itself; the folder's path has a space and a quote in it
a="$work/sweep 'A'"
apparat sweep "${sweep[@]}" --slurm --array-size 4 --time 10 --out "$a" --submit >"$work/a.out" \
  || fail "apparat sweep --slurm --submit: $(cat "$work/a.out")"
array="$(job_id array "$work/a.out")"
merge="$(job_id merge "$work/a.out")"
[ -n "$array" ] && [ -n "$merge" ] || fail "no job ids in: $(cat "$work/a.out")"
states="$(wait_jobs "$array" "$merge")"
echo "$states" | sed 's/^/slurm-test:   /'
[ "$(grep -c "^${array}_[0-3] COMPLETED" <<<"$states")" = 4 ] || fail "the 4 array tasks did not all complete"
grep -q "^$merge COMPLETED" <<<"$states" || fail "the merge job did not complete"
same_tables "$a/merged"
ls "$a/merged/charts/"*.png >/dev/null 2>&1 || fail "the merge job drew no charts"
echo "slurm-test: 4-task array and merge job: tables identical to the one-machine sweep"

# --- 2b. a Morris design: the merge job screens the parameters from every shard's runs
m="$work/morris"
apparat sweep .ci/slurm-morris.yaml --quiet --no-charts --out "$work/morris-one" >/dev/null
apparat sweep .ci/slurm-morris.yaml --slurm --array-size 4 --time 10 --out "$m" --submit >"$work/m.out" \
  || fail "apparat sweep --slurm --submit (morris): $(cat "$work/m.out")"
array="$(job_id array "$work/m.out")"
merge="$(job_id merge "$work/m.out")"
states="$(wait_jobs "$array" "$merge")"
echo "$states" | sed 's/^/slurm-test:   /'
grep -q "^$merge COMPLETED" <<<"$states" || fail "the Morris merge job did not complete"
for table in runs.csv outcomes.csv summary.csv morris.csv; do
  cmp "$work/morris-one/$table" "$m/merged/$table" || fail "morris: $table differs from the one-machine sweep's"
done
ls "$m/merged/charts/"*-morris.png >/dev/null 2>&1 || fail "the Morris merge job drew no screening chart"
echo "slurm-test: Morris design as a job array: morris.csv identical to the one-machine sweep's"

# --- 3. a shard fails; merge refuses; only the missing shard is run again
b="$work/sweep B"
apparat sweep "${sweep[@]}" --slurm --array-size 4 --time 10 --out "$b" >/dev/null
echo "a file where shard 2's folder should go" >"$b/shards/shard-2"
"$b/submit.sh" >"$work/b.out" || fail "submit.sh: $(cat "$work/b.out")"
array="$(job_id array "$work/b.out")"
merge="$(job_id merge "$work/b.out")"
states="$(wait_jobs "$array" "$merge")"
echo "$states" | sed 's/^/slurm-test:   /'
grep -q "^${array}_2 FAILED" <<<"$states" || fail "shard 2 should have failed"
grep -q "^$merge PENDING DependencyNeverSatisfied" <<<"$states" || fail "the merge job should wait forever"
scancel "$merge"
rm "$b/shards/shard-2"
[ -d "$b/shards/shard-1/runs/000005" ] || fail "shard 1 should have finished run 5"
rm -r "$b/shards/shard-1/runs/000005"
set +e
apparat sweep --merge "$b/shards" --out "$work/b-partial" >"$work/b-merge.out" 2>&1
code=$?
set -e
[ $code = 3 ] || fail "merge of an incomplete sweep should exit 3, not $code: $(cat "$work/b-merge.out")"
grep -q "shard 1: run 5 " "$work/b-merge.out" && grep -q "shard 2: runs 2, 6 (no folder)" "$work/b-merge.out" \
  || fail "merge should name runs 5, 2 and 6: $(cat "$work/b-merge.out")"
[ ! -e "$work/b-partial" ] || fail "an incomplete merge wrote a folder"
apparat sweep "$b" --slurm --only-missing --submit >"$work/b-rerun.out" || fail "--only-missing: $(cat "$work/b-rerun.out")"
grep -q "for shards \[1, 2\]" "$work/b-rerun.out" || fail "the re-run should hold shards 1 and 2: $(cat "$work/b-rerun.out")"
array="$(job_id array "$work/b-rerun.out")"
merge="$(job_id merge "$work/b-rerun.out")"
states="$(wait_jobs "$array" "$merge")"
echo "$states" | sed 's/^/slurm-test:   /'
[ "$(grep -c "^${array}_[12] COMPLETED" <<<"$states")" = 2 ] || fail "the re-run array should have two tasks, done"
grep -q -- "--resume" "$b/shards/shard-1/manifest.json" || fail "shard 1 should have been resumed, not run afresh"
grep -q "^$merge COMPLETED" <<<"$states" || fail "the merge job after the re-run did not complete"
same_tables "$b/merged"
echo "slurm-test: missing runs named, failed shard run again, lost run resumed; tables identical to the one-machine sweep"
passed=yes
echo "SLURM TEST PASSED"
