#!/usr/bin/env bash
# A dataset larger than memory, trained and annotated backed (X read from the file as needed): peak memory and
# throughput of `scdiff train --backed` (one epoch, quick preset) and `scdiff annotate --backed` on CELLS x 2,000,
# against the same commands in memory and backed on a SUBSET-cell set of the same generator, in the same run.
#
#   tests/bench/bench_backed.sh BUILD_DIR WORK_DIR [CELLS] [SUBSET]
#
# WORK_DIR keeps the data files (1,000,000 x 2,000 is about 4 GB) so a second run skips making them. Prints one line
# per run: wall seconds, peak resident memory, cells per second over the whole command (reading, training or
# annotating, writing).
set -euo pipefail
build=$(realpath "${1:?usage: bench_backed.sh BUILD_DIR WORK_DIR [CELLS] [SUBSET]}")
work=${2:?usage: bench_backed.sh BUILD_DIR WORK_DIR [CELLS] [SUBSET]}
cells=${3:-1000000}
subset=${4:-100000}
scdiff="$build/app/scdiff"
mkdir -p "$work"
cd "$work"
[ -f big.h5ad ] || "$scdiff" --quiet synth big.h5ad --preset medium --cells "$cells" --genes 2000 --seed 1
[ -f sub.h5ad ] || "$scdiff" --quiet synth sub.h5ad --preset medium --cells "$subset" --genes 2000 --seed 2
train=(--task annotation --label-key cell_type --preset quick --epochs 1 --seed 1)

# run LABEL CELLS COMMAND...: wall time and peak RSS of the command (GNU time), cells/s over its wall time.
run() {
    local label=$1 n=$2
    shift 2
    /usr/bin/time -f "%e %M" -o time.txt "$@" >run.log 2>&1 || { cat run.log; exit 1; }
    read -r seconds kb <time.txt
    awk -v l="$label" -v n="$n" -v s="$seconds" -v kb="$kb" \
        'BEGIN { printf "%-34s %9.1f s  peak %7.0f MB  %8.0f cells/s\n", l, s, kb / 1024, n / s }'
    grep -E "macro_accuracy" run.log | sed 's/^/    /' || true
}

run "train, in memory, $subset" "$subset" "$scdiff" --quiet train sub.h5ad "${train[@]}" -o sub.pt
run "train, backed, $subset" "$subset" "$scdiff" --quiet train sub.h5ad --backed "${train[@]}" -o sub_backed.pt
run "train, backed, $cells" "$cells" "$scdiff" --quiet train big.h5ad --backed "${train[@]}" -o big.pt
run "annotate, in memory, $subset" "$subset" "$scdiff" --quiet annotate sub.pt sub.h5ad -o sub_annotated.h5ad -f
run "annotate, backed, $subset" "$subset" "$scdiff" --quiet annotate sub.pt sub.h5ad --backed -o sub_annotated_b.h5ad -f
run "annotate, backed, $cells" "$cells" "$scdiff" --quiet annotate big.pt big.h5ad --backed -o big_annotated.h5ad -f
