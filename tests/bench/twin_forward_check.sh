#!/bin/bash
# ctest twin_forward_matches: a tiny network exported by bench_twin must give the same forward output
# in the PyTorch twin (max abs diff <= 1e-4). usage: twin_forward_check.sh BENCH_TWIN PYTHON SCDIFF_TWIN_PY
set -euo pipefail
bench=${1:?usage: twin_forward_check.sh BENCH_TWIN PYTHON SCDIFF_TWIN_PY}
py=${2:?} twin=${3:?}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bench" "$dir" --tiny --genes 50 --batch 16 --steps 1 --threads 1
"$py" "$twin" check "$dir"
