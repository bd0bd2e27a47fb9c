#!/usr/bin/env bash
# Data-parallel training throughput on this machine: one process against two ranks (Gloo on 127.0.0.1) with the
# same mini-batch per step (1 x B against 2 x B/2), so the two runs take the same optimiser steps.
#
#   tests/bench/bench_distributed.sh BUILD_DIR [CELLS] [GENES] [EPOCHS] [BATCH]
#
# Prints cells/s of the last epoch of each run (over all ranks), the all-reduce time per step (the gradients,
# summed over the ranks, waiting for the slower rank included) and the ratio to one process with as many
# threads as the two ranks together.
set -euo pipefail
build=${1:?usage: bench_distributed.sh BUILD_DIR [CELLS] [GENES] [EPOCHS] [BATCH]}
cells=${2:-4000}
genes=${3:-2000}
epochs=${4:-3}
batch=${5:-256}
scdiff="$build/app/scdiff"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$scdiff" --quiet synth "$work/data.h5ad" --preset small --cells "$cells" --genes "$genes" --seed 1 >/dev/null
common=(train "$work/data.h5ad" --label-key cell_type --epochs "$epochs" --seed 1 --genes 0)

# The progress line of the last finished epoch: "... cells_per_s=N ... epoch_done=E ...".
last_epoch() { grep 'epoch_done=' "$1" | tail -1; }
field() { sed -n "s/.*$2=\([0-9.e+-]*\).*/\1/p" <<<"$1"; }

port=$((29000 + RANDOM % 1000))
"$scdiff" --threads 1 "${common[@]}" -o "$work/t1.pt" --batch-size "$batch" 2>"$work/t1.log"
"$scdiff" --threads 2 "${common[@]}" -o "$work/t2.pt" --batch-size "$batch" 2>"$work/t2.log"
# Two ranks on one machine, each with one LibTorch thread: a rank limits OpenBLAS to its --threads itself; the
# second pair sets OPENBLAS_NUM_THREADS=1 instead (the same configuration, a check of the run-to-run noise).
ranks() {  # ranks LOG_PREFIX [ENV...]
  local prefix=$1
  shift
  for r in 0 1; do
    env "$@" RANK=$r WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=$port \
      "$scdiff" --threads 1 "${common[@]}" -o "$work/r.pt" --batch-size $((batch / 2)) 2>"$work/$prefix$r.log" &
  done
  wait
  port=$((port + 1))
}
ranks r
ranks b OPENBLAS_NUM_THREADS=1

one1=$(field "$(last_epoch "$work/t1.log")" cells_per_s)
one2=$(field "$(last_epoch "$work/t2.log")" cells_per_s)
two=$(field "$(last_epoch "$work/r0.log")" cells_per_s)
reduce=$(field "$(grep 'allreduce_ms=' "$work/r0.log" | tail -1)" allreduce_ms)
twob=$(field "$(last_epoch "$work/b0.log")" cells_per_s)
reduceb=$(field "$(grep 'allreduce_ms=' "$work/b0.log" | tail -1)" allreduce_ms)
echo "data: $cells cells x $genes genes, $epochs epochs, $batch cells a step; $(nproc) cores"
printf '1 process, 1 thread:            %8.0f cells/s\n' "$one1"
printf '1 process, 2 threads:           %8.0f cells/s\n' "$one2"
printf '2 ranks, 1 thread each (Gloo):  %8.0f cells/s, all-reduce %.1f ms a step\n' "$two" "$reduce"
printf '  the same, OPENBLAS_NUM_THREADS=1: %6.0f cells/s, all-reduce %.1f ms a step\n' "$twob" "$reduceb"
awk -v a="$two" -v b="$one2" -v c="$one1" -v d="$twob" \
  'BEGIN { printf "ratio 2 ranks / 1 process with 2 threads: %.2f (OpenBLAS 1 thread a rank: %.2f); / 1 process with 1 thread: %.2f (%.2f)\n", a / b, d / b, a / c, d / c }'
