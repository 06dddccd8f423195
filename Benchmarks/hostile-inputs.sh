#!/usr/bin/env bash
# The hostile-input table of the README: CPU seconds (user + system, the least of three runs) of
# the release binary on generated inputs of 0.25, 0.5 and 1 MB in each dimension, and the ratio
# of each doubling. CPU time rather than the wall clock, so other work on the machine hardly moves it.
#
#   Benchmarks/hostile-inputs.sh [path to report-diff]      (default: .build/release/report-diff)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/report-diff}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# `generate NAME SIZE`: the input of one dimension, about SIZE bytes.
generate() {
    python3 - "$1" "$2" <<'PY'
import sys
name, size = sys.argv[1], int(sys.argv[2])
units = {
    "paragraph": lambda i: "全市经济总量稳步增长，工业生产加快恢复，消费市场持续回暖" + ("。\n" if i % 5 == 0 else "，\n"),
    "sentences": lambda i: "第%d项工作推进。" % i,
    "sections": lambda i: "（%d）推进工作。\n" % i,
    "paragraphs": lambda i: "第%d项工作稳步推进，成效明显。\n" % i,
    "line": lambda i: "全市经济总量稳步增长工业生产加快恢复消费市场持续回暖",
}
text, i = "一、工作回顾\n", 1
while len(text.encode()) < size:
    text += units[name](i)
    i += 1
sys.stdout.write(text + "\n")
PY
}

cpu() { # the least CPU seconds of three runs of the command
    local best=""
    for _ in 1 2 3; do
        /usr/bin/time -o "$work/time" -f "%U %S" "$@" >/dev/null 2>&1 || true
        local t
        t=$(awk '{print $1 + $2}' "$work/time")
        best=$(python3 -c "print(min(float('$t'), float('${best:-inf}')))")
    done
    printf "%.2f" "$best"
}

row() { # row LABEL COMMAND-WORDS… (with SIZE standing for the input of each size)
    local label=$1; shift
    local figures=()
    for size in 250000 500000 1000000; do
        figures+=("$(cpu "${@//SIZE/$size}")")
    done
    python3 -c "
a, b, c = (float(x) for x in '${figures[*]}'.split())
print('| $label | %.2f s | %.2f s | %.2f s | %.2f× / %.2f× |' % (a, b, c, b / a, c / b))"
}

for dimension in paragraph line sentences sections paragraphs; do
    for size in 250000 500000 1000000; do generate "$dimension" "$size" >"$work/$dimension-$size.txt"; done
done
echo "| input | 0.25 MB | 0.5 MB | 1 MB | each doubling |"
echo "| --- | --- | --- | --- | --- |"
row "one hard-wrapped paragraph: \`outline --format xml\`" "$binary" outline "$work/paragraph-SIZE.txt" --format xml --max-bytes 4000000
row "one line without a sentence end: \`outline --format xml\`" "$binary" outline "$work/line-SIZE.txt" --format xml --max-bytes 4000000
row "many sentences in one paragraph: \`outline --format xml\`" "$binary" outline "$work/sentences-SIZE.txt" --format xml --max-bytes 4000000
row "many sections: \`outline --format xml\`" "$binary" outline "$work/sections-SIZE.txt" --format xml --max-bytes 4000000
row "many paragraphs in one section: \`outline --format xml\`" "$binary" outline "$work/paragraphs-SIZE.txt" --format xml --max-bytes 4000000
row "one hard-wrapped paragraph against itself: \`compare\`" "$binary" compare "$work/paragraph-SIZE.txt" "$work/paragraph-SIZE.txt" -o "$work/out-SIZE" --force -q --max-bytes 4000000
