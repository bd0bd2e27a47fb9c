#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer, UndefinedBehaviorSanitizer) and runs each for a while,
# then sorts what was found: a fault in the project's own code (the run fails) or in libhdf5 itself (Debian's
# build, not instrumented; the programs survive those in the scdiff-reader child, README "Damaged files").
#
#   tests/fuzz/libfuzzer/run.sh BUILD_DIR [SECONDS_PER_TARGET=300] [TARGET ...]
#
# With 0 seconds it only sorts the last run's findings again (after a fix, or to look at one).
# Needs Debian's clang (with libclang-common-*-dev, which holds libFuzzer). Prints a table: target, inputs run,
# corpus size, findings in the project's code, findings inside libhdf5; the inputs stay in BUILD_DIR/findings.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET ...]}
seconds=${2:-300}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_wire fuzz_delimited fuzz_10x fuzz_h5ad fuzz_hdf5_formats)

command -v clang++ >/dev/null || { echo "run.sh: clang++ not found (Debian package clang)" >&2; exit 2; }
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
build=$(cd "$build" && pwd)
"$build/make_seeds" "$build/seeds"
# Files written by Python anndata too, where it is installed (other writers, other layouts: categoricals as
# anndata writes them, a raw, string arrays, nullable columns).
if /usr/bin/python3 -c "import anndata" 2>/dev/null; then
  /usr/bin/python3 - "$build/seeds/fuzz_h5ad" <<'PY'
import sys, warnings, numpy as np, pandas as pd, anndata as ad, scipy.sparse as sp
warnings.simplefilter("ignore")
out = sys.argv[1]
rng = np.random.default_rng(0)
X = sp.random(12, 5, density=0.4, format="csr", dtype=np.float32, random_state=0)
obs = pd.DataFrame({"cell_type": pd.Categorical(list("ABCA" * 3)), "n": np.arange(12),
                    "flag": pd.array([True, False, None] * 4, dtype="boolean")}, index=[f"c{i}" for i in range(12)])
var = pd.DataFrame({"gene_ids": [f"ENSG{i}" for i in range(5)]}, index=[f"G{i}" for i in range(5)])
a = ad.AnnData(X, obs=obs, var=var, obsm={"X_pca": rng.normal(size=(12, 3)).astype(np.float32)},
               uns={"colors": np.array(["#ff0000", "#00ff00"]), "params": {"k": 15}})
a.raw = a
a.write_h5ad(f"{out}/anndata_csr.h5ad")
a.X = a.X.toarray(); a.write_h5ad(f"{out}/anndata_dense.h5ad", compression="gzip")
PY
fi
# Cell Ranger .h5 matrices (v3 layout, and v2's /<genome>/ layout), with h5py; the fuzz input's first byte 0 = .h5.
if /usr/bin/python3 -c "import h5py" 2>/dev/null; then
  /usr/bin/python3 - "$build/seeds/fuzz_hdf5_formats" <<'PY'
import io, sys, h5py, numpy as np
out = sys.argv[1]
def matrix(group, v3):
    group["barcodes"] = np.array([b"AAAC-1", b"AAAG-1", b"AACT-1"])
    group["data"] = np.array([3, 1, 7, 2], dtype=np.int32)
    group["indices"] = np.array([0, 2, 1, 0], dtype=np.int64)
    group["indptr"] = np.array([0, 2, 3, 4], dtype=np.int64)
    group["shape"] = np.array([3, 3], dtype=np.int32)
    if v3:
        f = group.create_group("features")
        f["id"] = np.array([b"ENSG01", b"ENSG02", b"AB1"])
        f["name"] = np.array([b"GeneA", b"GeneB", b"CD3"])
        f["feature_type"] = np.array([b"Gene Expression", b"Gene Expression", b"Antibody Capture"])
        f["genome"] = np.array([b"GRCh38"] * 3)
    else:
        group["genes"] = np.array([b"ENSG01", b"ENSG02", b"ENSG03"])
        group["gene_names"] = np.array([b"GeneA", b"GeneB", b"GeneC"])
for name, v3 in (("v3", True), ("v2", False)):
    buf = io.BytesIO()
    with h5py.File(buf, "w") as h:
        matrix(h.create_group("matrix" if v3 else "GRCh38"), v3)
    open(f"{out}/seed_{name}", "wb").write(b"\0" + buf.getvalue())
PY
fi

asan="allocator_may_return_null=1:detect_leaks=0:handle_abort=1"
printf '%-15s %10s %8s %8s %8s\n' target inputs corpus ours libhdf5
runtime='__sanitizer|__asan|__ubsan|__interceptor|fuzzer::|libc\.so|sysdeps/|compiler-rt| in (malloc|calloc|realloc|free|operator new|operator delete)'
rm -f "$build/findings/ours.txt"
status=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t" findings="$build/findings/$t"
  mkdir -p "$corpus" "$findings"
  if [ "$seconds" -gt 0 ]; then
    rm -f "$findings"/*
    # Fork mode: a finding is kept and the run goes on (libhdf5 crashes and hangs on some damaged files).
    ASAN_OPTIONS=$asan timeout $((seconds + 120)) "$build/$t" -fork=1 -ignore_crashes=1 -ignore_ooms=1 \
      -ignore_timeouts=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
      -artifact_prefix="$findings/" "$corpus" "$build/seeds/$t" >"$build/$t.log" 2>&1 || true
  fi  # 0 seconds: sort the last run's findings again
  inputs=$(grep -oE '^#[0-9]+' "$build/$t.log" | tail -1 | tr -d '#')
  ours=0 library=0
  for f in "$findings"/*; do
    [ -e "$f" ] || continue
    # Rerun the input alone. Whose fault: the first frame that is neither the sanitizer, libFuzzer, libc nor an
    # allocator, where it faulted and, for a bad access, where the memory came from (libhdf5 overrunning a buffer
    # we sized is ours).
    # Some faults inside libhdf5 depend on the heap's layout and do not show on every run: up to 5 tries.
    for try in 1 2 3 4 5; do
      report=$(ASAN_OPTIONS=$asan timeout 60 "$build/$t" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 "$f" 2>&1 || true)
      grep -qE 'ERROR|runtime error|decoder threw' <<<"$report" && break
    done
    first_frame() { grep -E '^ +#[0-9]+ ' | grep -vE "$runtime" | head -1 || true; }
    faulted=$(first_frame <<<"$report")
    allocated=$(sed -n '/allocated by thread/,$p' <<<"$report" | first_frame)
    if grep -qE 'runtime error|decoder threw' <<<"$report" || ! grep -q libhdf5 <<<"$faulted" \
       || { [ -n "$allocated" ] && ! grep -q libhdf5 <<<"$allocated"; }; then
      ours=$((ours + 1))
      echo "$f: $(grep -m1 -E 'ERROR|runtime error|decoder threw' <<<"$report" || echo 'no report on rerun')" >>"$build/findings/ours.txt"
    else
      library=$((library + 1))
    fi
  done
  printf '%-15s %10s %8s %8s %8s\n' "$t" "${inputs:-?}" "$(ls "$corpus" | wc -l)" "$ours" "$library"
  [ "$ours" -eq 0 ] || status=1
done
[ $status -eq 0 ] || echo "faults in the project's code: $build/findings/ours.txt" >&2
exit $status
