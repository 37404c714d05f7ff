#!/usr/bin/env bash
# One run comparing yara 4.2.3, YARA-X (its Node binding, bench/yara-x-scan.mjs) and Semitori on
# the same rules and files, one thread each: CPU and wall time, MB/s, files/s, peak memory, the
# ratios, and whether the three report the same (rule, file) matches.
#
#   bench/compare.sh [TARGET_DIR] [RUNS] [CASES]
#
# CASES (default "sigbase cicada simple"):
#   sigbase  signature-base entire: every file of ../shared/rulesets/signature-base/yara (741
#            files, 5,849 rules with modules pe/math/hash), the externals its README lists
#            (filename, filepath, extension, filetype, owner) defined as "x" for every tool
#   cicada   the built-in pack, packs/cicada/yara
#   simple   bench/rules/simple.yar, one literal found nowhere (the I/O and loop floor)
#   threads  Semitori on sigbase with -p 1 and -p 2 (the thread scaling)
# TARGET_DIR defaults to the .NET installation folder (the SDK, runtimes and packs). Times are
# medians of RUNS runs (default 3) with the tools interleaved; every time includes compiling
# the rules. CPU time (user+sys) is the fairer one-thread figure on a shared machine.
# Needs yara (apt-get install -y yara), node + npm (the YARA-X binding is installed from
# bench/package.json into bench/node_modules on first use) and the .NET SDK.
# SEMITORI=path/to/semitori skips the publish step; AOT=0 publishes a JIT build instead.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-$(dirname "$(readlink -f "$(command -v dotnet)")")}
runs=${2:-3}
cases=${3:-sigbase cicada simple}
out=bench/out
mkdir -p "$out"

command -v yara >/dev/null || { echo "yara is not installed (apt-get install -y yara)" >&2; exit 2; }
command -v node >/dev/null || { echo "node is not installed" >&2; exit 2; }
[ -d bench/node_modules/@litko/yara-x-linux-x64-gnu ] || (cd bench && npm install --no-audit --no-fund >/dev/null)

if [ -z "${SEMITORI:-}" ]; then
  if [ "${AOT:-1}" = 1 ]; then
    dotnet publish src/Semitori.Cli -c Release -r linux-x64 -p:SemitoriAot=true -o "$out/semitori-aot" --nologo -v q >/dev/null
    SEMITORI="$out/semitori-aot/semitori"
  else
    dotnet publish src/Semitori.Cli -c Release -o "$out/semitori" --nologo -v q >/dev/null
    SEMITORI="$out/semitori/semitori"
  fi
fi

bytes=$(find -L "$target" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
count=$(find -L "$target" -type f | wc -l)
echo "target: $target ($count files, $((bytes / 1000000)) MB); $runs runs per tool; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "yara $(yara --version), YARA-X binding $(node -p 'require("./bench/node_modules/@litko/yara-x-linux-x64-gnu/package.json").version'), semitori $SEMITORI"

ext=(-d filename=x -d filepath=x -d extension=x -d filetype=x -d owner=x)
rule_args() { # case -> namespaced rule files, one per line
  case $1 in
    sigbase|threads) local n=0; for f in ../shared/rulesets/signature-base/yara/*.yar; do n=$((n + 1)); echo "ns$n:$f"; done ;;
    cicada) for f in packs/cicada/yara/*.yar; do echo "cicada:$f"; done ;;
    simple) echo "simple:bench/rules/simple.yar" ;;
  esac
}

# run NAME COMMAND... -> appends "wall cpu rss_mb" to $out/NAME.times, output to $out/NAME.out
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$out/$name.time" "$@" > "$out/$name.out" 2> "$out/$name.err" || true
  read -r wall user sys kb < <(tail -1 "$out/$name.time")
  echo "$wall $(echo "$user + $sys" | bc) $((kb / 1024))" >> "$out/$name.times"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
col() { awk -v c="$2" '{print $c}' "$out/$1.times"; }

report() { # case tool... -> one table, ratios against semitori, match agreement
  local c=$1; shift
  printf '%-9s %-10s %9s %9s %9s %9s %9s %8s\n' "$c" tool "wall s" "cpu s" "MB/s cpu" "MB/s wall" "files/s" "peak MB"
  for t in "$@"; do
    local w cpu m
    w=$(col "$c-$t" 1 | median); cpu=$(col "$c-$t" 2 | median); m=$(col "$c-$t" 3 | sort -n | tail -1)
    eval "w_$t=$w cpu_$t=$cpu m_$t=$m"
    printf '%-9s %-10s %9.2f %9.2f %9.1f %9.1f %9.0f %8s\n' "" "$t" "$w" "$cpu" \
      "$(echo "$bytes / 1000000 / $cpu" | bc -l)" "$(echo "$bytes / 1000000 / $w" | bc -l)" "$(echo "$count / $w" | bc -l)" "$m"
  done
  for t in "$@"; do
    [ "$t" = semitori ] && continue
    eval "local tc=\$cpu_$t tw=\$w_$t tm=\$m_$t"
    printf '%-9s semitori vs %-8s cpu %5.2fx  wall %5.2fx  memory %5.2fx of theirs\n' "" "$t" \
      "$(echo "$tc / $cpu_semitori" | bc -l)" "$(echo "$tw / $w_semitori" | bc -l)" "$(echo "$m_semitori / $tm" | bc -l)"
  done
  local ref=""
  for t in "$@"; do
    sed 's/^\([^ ]*\) /\1\t/' "$out/$c-$t.out" | sort > "$out/$c-$t.sorted"
    if [ -z "$ref" ]; then ref=$t; continue; fi
    if cmp -s "$out/$c-$ref.sorted" "$out/$c-$t.sorted"; then
      echo "          matches $ref = $t ($(wc -l < "$out/$c-$t.sorted") rule-file pairs)"
    else
      echo "          matches $ref != $t: $(comm -23 "$out/$c-$ref.sorted" "$out/$c-$t.sorted" | wc -l) only in $ref, $(comm -13 "$out/$c-$ref.sorted" "$out/$c-$t.sorted" | wc -l) only in $t (see $out/$c-*.sorted)"
      diff "$out/$c-$ref.sorted" "$out/$c-$t.sorted" | head -5 | sed 's/^/            /'
    fi
  done
}

for c in $cases; do
  mapfile -t rules < <(rule_args "$c")
  if [ "$c" = threads ]; then
    rm -f "$out/threads-p1.times" "$out/threads-p2.times"
    for _ in $(seq "$runs"); do
      run threads-p1 "$SEMITORI" yara -w -r -p 1 "${ext[@]}" "${rules[@]}" "$target"
      run threads-p2 "$SEMITORI" yara -w -r -p 2 "${ext[@]}" "${rules[@]}" "$target"
    done
    w1=$(col threads-p1 1 | median); w2=$(col threads-p2 1 | median)
    echo "threads   semitori -p 1: ${w1} s wall, -p 2: ${w2} s wall, speed-up $(printf '%.2f' "$(echo "$w1 / $w2" | bc -l)")x (load now: $(cut -d' ' -f1-3 /proc/loadavg))"
    continue
  fi
  rm -f "$out/$c"-*.times
  # Compile time alone: each tool on a one-byte file.
  printf 'x' > "$out/one-byte"
  run "$c-compile-yara" yara -w "${ext[@]}" "${rules[@]}" "$out/one-byte"
  run "$c-compile-yarax" node bench/yara-x-scan.mjs "${ext[@]}" "${rules[@]}" "$out/one-byte"
  run "$c-compile-semitori" "$SEMITORI" yara -w "${ext[@]}" "${rules[@]}" "$out/one-byte"
  for _ in $(seq "$runs"); do
    run "$c-yara" yara -w -r -p 1 "${ext[@]}" "${rules[@]}" "$target"
    run "$c-yarax" node bench/yara-x-scan.mjs "${ext[@]}" "${rules[@]}" "$target"
    run "$c-semitori" "$SEMITORI" yara -w -r -p 1 "${ext[@]}" "${rules[@]}" "$target"
  done
  echo "$c: compile + start on a 1-byte file (cpu s): yara $(col "$c-compile-yara" 2), yara-x $(col "$c-compile-yarax" 2), semitori $(col "$c-compile-semitori" 2)"
  report "$c" yara yarax semitori
done
