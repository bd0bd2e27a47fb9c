#!/usr/bin/env bash
# The evaluation suite: scDiff against the simple baselines on every dataset of the suite, each task
# repeated over several splits (perturbation: every eligible cell type held out in turn), with the
# settings a new user gets (the quick preset). Writes one JSON report per row and prints the table that
# docs/engine.md and the README show (tests/eval/summarise.py).
#
#   tests/eval/run_suite.sh BUILD_DIR OUT_DIR [tuning|reporting|all] [--repeats K] [extra evaluate options]
#
# Two sets, kept apart on purpose:
# * tuning: the data the engine's settings were chosen on: `scdiff synth` presets (hard12, p8, p8lin, small,
#   the 10k-cell hard12) and two real sets (HSMM, monocle's lung);
# * reporting: data the settings never saw: the second simulator (tests/eval/latent_generator.py) in several
#   shapes and two other real sets (pbmc_small, destiny's guo).
# Real sets come from Debian packages (tests/eval/debian_datasets.py: apt-get download, no R needed; the
# conversion needs Debian's python3-rdata: sudo apt-get install --no-install-recommends python3-rdata; its recommended python3-dask 2022.12 breaks
# python3-anndata 0.8's import). The second simulator needs
# numpy and python3-anndata, as the tests do. Not part of ctest: about 2 h on 2 cores.
set -euo pipefail
build=${1:?build directory}
out=${2:?output directory}
which=${3:-all}
shift $(( $# < 3 ? $# : 3 ))
repeats=5
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --repeats) repeats=$2; shift 2 ;;
    *) extra+=("$1"); shift ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
scdiff="$build/app/scdiff"
data="$out/data"
mkdir -p "$data" "$out/reports"

# ---- datasets (made once) ----
synth() { [ -f "$data/$1.h5ad" ] || "$scdiff" --quiet synth "$data/$1.h5ad" "${@:2}"; }
latent() { [ -f "$data/$1.h5ad" ] || /usr/bin/python3 "$here/latent_generator.py" "$data/$1.h5ad" "${@:2}"; }
if [ ! -f "$data/hsmm.h5ad" ]; then /usr/bin/python3 "$here/debian_datasets.py" "$data" --debs "$out/debs"; fi
# FPKM and FPKM-like sets are log-transformed as a user would (scdiff preprocess --log1p).
for name in hsmm lung; do
  [ -f "$data/${name}_log.h5ad" ] || "$scdiff" --quiet preprocess "$data/$name.h5ad" "$data/${name}_log.h5ad" --log1p --hvg 0 --pca 0
done
synth hard12 --preset small --types 12 --cells 3000 --seed 3
synth hard12_10k --preset small --types 12 --cells 10000 --seed 3
synth small --preset small
synth p8 --preset small --types 8 --cells 3000 --seed 11
synth p8lin --preset small --types 8 --cells 3000 --seed 13 --lineage-response 0.6  # responses differ by lineage
synth hard12_batch --preset small --types 12 --cells 3000 --batches 3 --batch-effect 1 --seed 4  # strong batch effects
latent lg500 --cells 500 --genes 1000 --types 6 --batches 1 --seed 101
latent lg2k --cells 2000 --genes 2000 --types 10 --rare 2 --seed 102
latent lg2k_batch --cells 2000 --genes 2000 --types 8 --batches 3 --batch-strength 3 --seed 103
latent lg15 --cells 3000 --genes 2000 --types 16 --rare 4 --seed 104
latent lg20kgenes --cells 2000 --genes 20000 --types 8 --seed 105
latent lg20k --cells 20000 --genes 2000 --types 10 --rare 2 --seed 106
latent lgpert --cells 3000 --genes 2000 --types 6 --batches 1 --perturbation --seed 107

# ---- evaluations ----
run() {  # name task dataset [options]
  local name=$1 task=$2 file=$3
  shift 3
  local json="$out/reports/$name.json"
  if [ -f "$json" ]; then return; fi
  local k=${RUN_REPEATS:-$repeats}
  echo "== $name: scdiff evaluate $task $file --repeats $k $* ${extra[*]:-}" >&2
  "$scdiff" --quiet evaluate "$task" "$data/$file.h5ad" --repeats "$k" --json "$json.partial" "$@" ${extra[@]+"${extra[@]}"} >&2
  mv "$json.partial" "$json"
}
# Reporting first: those are the numbers that count.
if [ "$which" = reporting ] || [ "$which" = all ]; then
  run reporting_annotation_pbmc_small annotation pbmc_small --test-fraction 0.2
  run reporting_annotation_guo annotation guo --test-fraction 0.2
  run reporting_annotation_lg500 annotation lg500 --test-fraction 0.2
  run reporting_annotation_lg2k annotation lg2k --batch-key batch --test-fraction 0.1
  run reporting_annotation_lg2k_batch annotation lg2k_batch --batch-key batch --test-fraction 0.1
  run reporting_annotation_lg15 annotation lg15 --batch-key batch --test-fraction 0.1
  run reporting_annotation_lg20kgenes annotation lg20kgenes --batch-key batch --test-fraction 0.1
  run reporting_annotation_lg20k annotation lg20k --batch-key batch --test-fraction 0.1
  run reporting_imputation_pbmc_small imputation pbmc_small
  run reporting_imputation_lg2k imputation lg2k --batch-key batch
  RUN_REPEATS=6 run reporting_perturbation_lgpert perturbation lgpert  # each of its 6 types held out once
fi
if [ "$which" = tuning ] || [ "$which" = all ]; then
  run tuning_annotation_hard12 annotation hard12 --batch-key batch --test-fraction 0.3
  run tuning_annotation_hard12_10k annotation hard12_10k --batch-key batch --test-fraction 0.1
  run tuning_annotation_hard12_batch annotation hard12_batch --batch-key batch --test-fraction 0.3
  run tuning_annotation_hsmm annotation hsmm_log --test-fraction 0.2
  run tuning_annotation_lung annotation lung_log --test-fraction 0.2
  run tuning_imputation_small imputation small --batch-key batch
  run tuning_imputation_hsmm imputation hsmm_log
  RUN_REPEATS=8 run tuning_perturbation_p8 perturbation p8 --batch-key batch  # each of its 8 types held out once
  RUN_REPEATS=8 run tuning_perturbation_p8lin perturbation p8lin --batch-key batch
fi
/usr/bin/python3 "$here/summarise.py" "$out/reports"
