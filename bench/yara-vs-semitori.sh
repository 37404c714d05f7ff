#!/usr/bin/env bash
# Whole-process comparison of the reference yara CLI and `semitori yara` on the same rules and
# target, in one run: wall and CPU time, throughput (MB/s), their ratio, and whether both
# report the same matches (rule, file).
#
#   bench/yara-vs-semitori.sh [RULES_DIR] [TARGET_DIR] [RUNS]
#
# Medians of RUNS runs for times, the highest peak resident memory of the runs.
# Defaults: signature-base's module-free rule files (../shared/rulesets/signature-base/yara)
# over the .NET SDK folder, 3 runs each (medians printed), one thread (-p 1), externals defined
# as signature-base expects. Needs: yara (apt-get install -y yara), the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."

rules_dir=${1:-../shared/rulesets/signature-base/yara}
sdk_line=$(dotnet --list-sdks | tail -1)
target=${2:-$(echo "$sdk_line" | sed 's/^\([^ ]*\) \[\(.*\)\]$/\2\/\1/')}
runs=${3:-3}
out=bench/out
mkdir -p "$out"

command -v yara >/dev/null || { echo "yara is not installed (apt-get install -y yara)" >&2; exit 2; }
dotnet publish src/Semitori.Cli -c Release -o "$out/semitori" --nologo -v q >/dev/null
semitori="$out/semitori/semitori"

if [ -f "$rules_dir" ]; then
  files=("$rules_dir")   # one rule file, modules allowed (e.g. bench/rules/pe-dotnet-cost.yar)
else
  mapfile -t files < <(grep -L '^[[:space:]]*import' "$rules_dir"/*.yar | sort)
fi
args=()
n=0
for f in "${files[@]}"; do n=$((n + 1)); args+=("ns$n:$f"); done
ext=(-d filename=x -d filepath=x -d extension=x -d filetype=x -d owner=x)
bytes=$(find -L "$target" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
count=$(find -L "$target" -type f | wc -l)
echo "rules: ${#files[@]} file(s) from $rules_dir"
echo "target: $target ($count files, $((bytes / 1000000)) MB)"

measure() { # name command... -> median wall seconds, median cpu seconds, peak RSS (MB); output in $out/name.out
  local name=$1; shift
  local walls=() cpus=() rss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$out/$name.time" "$@" > "$out/$name.out" 2> "$out/$name.err" || true
    read -r wall user sys kb < "$out/$name.time"
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)"); rss+=("$((kb / 1024))")
  done
  local mid=$(( (runs + 1) / 2 ))
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${mid}p") $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${mid}p") $(printf '%s\n' "${rss[@]}" | sort -n | tail -1)"
}

read -r yw yc ym < <(measure yara yara -w -r -p 1 "${ext[@]}" "${args[@]}" "$target")
read -r sw sc sm < <(measure semitori "$semitori" yara -w -r -p 1 "${ext[@]}" "${args[@]}" "$target")

mbps() { echo "scale=1; $bytes / 1000000 / $1" | bc; }
printf '%-10s wall %7.2f s  cpu %7.2f s  %7s MB/s (wall)  %7s MB/s (cpu)  peak %5s MB\n' yara "$yw" "$yc" "$(mbps "$yw")" "$(mbps "$yc")" "$ym"
printf '%-10s wall %7.2f s  cpu %7.2f s  %7s MB/s (wall)  %7s MB/s (cpu)  peak %5s MB\n' semitori "$sw" "$sc" "$(mbps "$sw")" "$(mbps "$sc")" "$sm"
echo "per file: yara $(echo "scale=2; $yc * 1000 / $count" | bc) ms cpu, semitori $(echo "scale=2; $sc * 1000 / $count" | bc) ms cpu"
echo "speed ratio semitori/yara: wall $(echo "scale=2; $yw / $sw" | bc)x, cpu $(echo "scale=2; $yc / $sc" | bc)x (above 1 = Semitori faster; times include compiling the rules)"

sort "$out/yara.out" > "$out/yara.sorted"; sort "$out/semitori.out" > "$out/semitori.sorted"
if cmp -s "$out/yara.sorted" "$out/semitori.sorted"; then
  echo "matches: identical ($(wc -l < "$out/yara.sorted") lines)"
else
  echo "matches: DIFFERENT"; diff "$out/yara.sorted" "$out/semitori.sorted" | head -20
fi
