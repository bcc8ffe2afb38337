#!/usr/bin/env bash
# The benchmark: `routekaart check` on 1, 100, 1,000 and 10,000 generated intervention files
# (bench/generate.py, fixed seed), against the parse-only baseline (yaml-cpp's YAML::LoadFile on
# the same files, nothing else) and yamllint, all on the same files in one run. Prints a Markdown
# table: wall time, CPU time (user + system; CPU/wall > 1 means more than one core was busy), peak
# memory (/usr/bin/time), files per second, and the ratios. The single file is also timed with
# hyperfine (when it is installed), start-up included.
#   bench/run.sh [BUILD_DIR]        (default: build; needs routekaart and
#                                    bench/routekaart_parse_baseline built there)
# Environment: BENCH_SIZES="1 100 1000 10000", BENCH_RUNS=3 (best of), BENCH_DIR (kept files).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
routekaart=$build/routekaart
baseline=$build/bench/routekaart_parse_baseline
sizes=${BENCH_SIZES:-1 100 1000 10000}
runs=${BENCH_RUNS:-3}
for tool in "$routekaart" "$baseline" /usr/bin/time yamllint python3 bc; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is missing" >&2; exit 2; }
done
work=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1 ROUTEKAART_LANG=en

largest=$(printf '%s\n' $sizes | sort -n | tail -n 1)
if [ ! -f "$work/all/intervention-$(printf %05d "$largest").yaml" ]; then
  python3 "$root/bench/generate.py" "$work/all" "$largest"
fi
for n in $sizes; do  # each size its own folder of hard links to the first n files
  rm -rf "$work/n$n"
  mkdir -p "$work/n$n"
  for i in $(seq 1 "$n"); do
    ln "$work/all/intervention-$(printf %05d "$i").yaml" "$work/n$n/"
  done
done

# measure CMD...: the best of $runs runs, as "wall_s cpu_s peak_kb" on stdout. Wall time from
# the clock in nanoseconds (/usr/bin/time rounds to 10 ms); CPU time and peak memory (maximum
# resident set size) from /usr/bin/time.
measure() {
  local best=""
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    read -r user sys peak < <(tail -n 1 "$work/time")
    local wall cpu
    wall=$(echo "scale=4; ($end - $start) / 1000000000" | bc)
    cpu=$(echo "$user + $sys" | bc)
    if [ -z "$best" ] || [ "$(echo "$wall < ${best%% *}" | bc)" = 1 ]; then
      best="$wall $cpu $peak"
    fi
  done
  echo "$best"
}
# ratio A B: A / B with one decimal ("0.7"); rate N SECONDS: N / SECONDS, whole; "-" when B is 0.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else printf "-" }'; }
rate() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%d", a / b; else printf "-" }'; }

cpus=$(nproc)
model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
memory=$(free -g | awk '/^Mem:/ { print $2 " GiB" }')
echo "Machine: $cpus cores ($model), $memory memory; load average at start:" \
  "$(cut -d' ' -f1-3 /proc/loadavg). routekaart $("$routekaart" --version | cut -d' ' -f2)," \
  "$(yamllint --version), best of $runs runs."
echo
echo "| files | routekaart check: wall | CPU | peak memory | files/s | parse-only baseline: wall | CPU | peak memory | yamllint: wall | routekaart / baseline (wall) | yamllint / routekaart (wall) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  dir=$work/n$n
  # yamllint and the baseline get the same files as routekaart (the folder).
  read -r rk_wall rk_cpu rk_peak < <(measure "$routekaart" check "$dir" --format json)
  read -r base_wall base_cpu base_peak < <(measure "$baseline" "$dir")
  yl_runs=$runs
  [ "$n" -ge 10000 ] && runs=1  # yamllint on 10,000 files takes minutes: once is enough
  read -r yl_wall _ _ < <(measure yamllint -d relaxed "$dir")
  runs=$yl_runs
  printf '| %s | %.3f s | %.2f s | %d MB | %s | %.3f s | %.2f s | %d MB | %.2f s | %s× | %s× |\n' \
    "$n" "$rk_wall" "$rk_cpu" $((rk_peak / 1024)) "$(rate "$n" "$rk_wall")" "$base_wall" \
    "$base_cpu" $((base_peak / 1024)) "$yl_wall" "$(ratio "$rk_wall" "$base_wall")" \
    "$(ratio "$yl_wall" "$rk_wall")"
done

# Peak memory of `check` in every report format, the sizes side by side (one run each: the
# maximum resident set size hardly varies). Every format streams (render::ReportWriter), so the
# figures should not grow with the number of files.
echo
echo "Peak memory of \`routekaart check FOLDER --format F\` (MB):"
echo
printf '| format |'
for n in $sizes; do printf ' %s files |' "$n"; done
printf '\n|---|'
for _ in $sizes; do printf -- '---:|'; done
printf '\n'
formats=$("$routekaart" check --help | sed -n 's/.*--format TEXT:{\(.*\)}.*/\1/p' | tr ',' ' ')
for format in $formats; do
  printf '| %s |' "$format"
  for n in $sizes; do
    /usr/bin/time -f '%M' -o "$work/time" "$routekaart" check "$work/n$n" --format "$format" \
      >/dev/null 2>&1 || true
    printf ' %.1f |' "$(echo "scale=1; $(tail -n 1 "$work/time") / 1024" | bc)"
  done
  printf '\n'
done

command -v hyperfine >/dev/null || { echo; echo "(hyperfine is missing: the single file is not timed)"; exit 0; }
echo
echo "One small file, start-up included (hyperfine, 5 warm-up runs):"
echo
single=$work/n1/intervention-00001.yaml
hyperfine -N --warmup 5 --runs 50 --export-markdown "$work/hyperfine.md" \
  "$routekaart check $single" "$routekaart validate $single" "$routekaart list" \
  "$baseline $single" "yamllint -d relaxed $single" >/dev/null 2>&1
sed "s|$work/n1/||g; s|$build/bench/||g; s|$build/||g" "$work/hyperfine.md"
