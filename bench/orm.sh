#!/usr/bin/env bash
# ORM or native, per read: the same read through a Hibernate entity, a Hibernate native query and
# plain JDBC, in one JVM on the real database (ReadPathBench, a @QuarkusTest tagged "bench" that the
# build leaves out). Prints CPU and wall microseconds per call. Usage: bench/orm.sh
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
./mvnw -q test -Dtest=ReadPathBench -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^\|' || { echo "the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
