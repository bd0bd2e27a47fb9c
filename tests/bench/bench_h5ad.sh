#!/bin/bash
# Times scdiff's h5ad read/write against anndata.read_h5ad/write_h5ad on one 100k x 2k ~10%-nonzero
# float32 CSR file and prints the ratios and peak RSS. usage: bench_h5ad.sh BUILD_DIR [WORK_DIR]
set -euo pipefail
build=${1:?usage: bench_h5ad.sh BUILD_DIR [WORK_DIR]}
work=${2:-$(mktemp -d)}
py=${SCDIFF_PYTHON:-/usr/bin/python3}
in="$work/bench_in.h5ad"
"$py" - "$in" <<'PY'
import sys, numpy as np, scipy.sparse as sp, anndata as ad
n, m, nnz_per_row = 100_000, 2_000, 200
rng = np.random.default_rng(0)
indptr = np.arange(0, (n + 1) * nnz_per_row, nnz_per_row, dtype=np.int32)
indices = np.concatenate([np.sort(rng.choice(m, nnz_per_row, replace=False)) for _ in range(n)]).astype(np.int32)
data = rng.random(n * nnz_per_row, dtype=np.float32) + 0.5
X = sp.csr_matrix((data, indices, indptr), shape=(n, m))
a = ad.AnnData(X=X, dtype=np.float32)
a.obs_names = [f"c{i}" for i in range(n)]
a.var_names = [f"g{j}" for j in range(m)]
a.write_h5ad(sys.argv[1])
PY
pyres=$("$py" - "$in" "$work/bench_py_out.h5ad" <<'PY'
import sys, time, resource, anndata as ad
t0 = time.perf_counter(); a = ad.read_h5ad(sys.argv[1]); t1 = time.perf_counter()
a.write_h5ad(sys.argv[2]); t2 = time.perf_counter()
print(f"{t1-t0:.3f} {t2-t1:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.1f}")
PY
)
cres=$("$build/tests/bench/bench_h5ad" "$in" "$work/bench_cpp_out.h5ad")
read -r pyr pyw pyrss <<<"$pyres"
cr=$(sed 's/.*read_s=\([0-9.]*\).*/\1/' <<<"$cres"); cw=$(sed 's/.*write_s=\([0-9.]*\).*/\1/' <<<"$cres")
crss=$(sed 's/.*peak_rss_mb=\([0-9.]*\).*/\1/' <<<"$cres")
csr_mb=$(python3 -c "print(round((20_000_000*8 + 100_001*8)/2**20,1))")
echo "anndata: read ${pyr}s write ${pyw}s peak RSS ${pyrss} MB"
echo "scdiff : read ${cr}s write ${cw}s peak RSS ${crss} MB (CSR in memory ${csr_mb} MB)"
"$py" -c "print(f'read speed-up {float($pyr)/float($cr):.2f}x, write speed-up {float($pyw)/float($cw):.2f}x, peak RSS / CSR size {float($crss)/float($csr_mb):.2f}')"
