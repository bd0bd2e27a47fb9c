#!/bin/bash
# C++ scDiff vs its PyTorch twin (scdiff_twin.py) at the paper architecture on 3000 genes: forward
# agreement, then training throughput with the same threads and batch, and the GFLOP/s each reaches.
# The two sides run alternately REPEAT times and the best of each is kept: on a shared 2-core machine
# another process only ever makes a run slower.
# usage: bench_twin.sh BUILD_DIR [threads]   (env: BATCH=256 STEPS=10 GENES=3000 REPEAT=3 WORK_DIR=mktemp)
set -euo pipefail
# Both sides run with the waiting policy the scdiff programs use (engine::useWaitingPolicyOfThisMachine).
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
build=${1:?usage: bench_twin.sh BUILD_DIR [threads]}
threads=${2:-$(nproc)}
batch=${BATCH:-256} steps=${STEPS:-10} genes=${GENES:-3000} repeat=${REPEAT:-3}
work=${WORK_DIR:-$(mktemp -d)}
py=${SCDIFF_PYTHON:-/usr/bin/python3}
twin=$(dirname "$0")/scdiff_twin.py

load=$(cut -d' ' -f1-3 /proc/loadavg)
cpp=0 pyt=0 cpp_all="" pyt_all=""
best() { "$py" -c "print(max(float('$1'), float('$2')))"; }
for ((r = 1; r <= repeat; ++r)); do
  cres=$("$build/tests/bench/bench_twin" "$work" --genes "$genes" --batch "$batch" --steps "$steps" --threads "$threads")
  if ((r == 1)); then
    check=$("$py" "$twin" check "$work") || { echo "$check"; echo "FORWARD MISMATCH"; exit 1; }
  fi
  pres=$("$py" "$twin" bench "$work" --threads "$threads" --steps "$steps" --batch "$batch")
  c=$(sed 's/.*cpp_train_cells_per_s=\([0-9.]*\).*/\1/' <<<"$cres")
  p=$(sed 's/.*py_train_cells_per_s=\([0-9.]*\).*/\1/' <<<"$pres")
  cpp=$(best "$cpp" "$c") pyt=$(best "$pyt" "$p") cpp_all+=" $c" pyt_all+=" $p"
done
echo "load average before: $load; runs (cells/s): C++${cpp_all}; PyTorch${pyt_all}"
"$py" - "$work/config.json" "$cpp" "$pyt" "$threads" "$batch" "$steps" "$check" "$repeat" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
cpp, pyt, threads, batch, steps, check, repeat = float(sys.argv[2]), float(sys.argv[3]), *sys.argv[4:]
d, G, L, inner, ff = c["hidden"], c["genes"], c["depth"], c["heads"] * c["head_dim"], c["ff_mult"] * c["hidden"]
K = int(c["context"]) + len(c["class_counts"])  # condition tokens per block
# Multiply-adds per cell in the Linear layers (embedding lookups, norms and GELU are left out).
macs = G * d + c["context"] * (G * d + L * d * d)                                  # embedders, context MLP
macs += L * (d * inner + 2 * K * d * inner + inner * d + d * 2 * ff + ff * d)     # q, k+v, out, GEGLU
macs += d * G                                                                      # decoder
train_flop = 3 * 2 * macs  # forward = 2 x MACs, backward ~ 2 x forward
peak = 180e9               # ~2048^2 OpenBLAS sgemm on this 2-core machine
print(f"network: d={d} depth={L} heads={c['heads']}x{c['head_dim']} ff_mult={c['ff_mult']} genes={G} "
      f"K={K} tokens; batch {batch}, {steps} timed steps, {threads} threads, best of {repeat}")
print(check)
print(f"training FLOP per cell ~ {train_flop / 1e6:.1f} MFLOP (3 x 2 x {macs / 1e6:.2f} M multiply-adds)")
for name, rate in (("C++ (LibTorch)", cpp), ("PyTorch twin  ", pyt)):
    gf = rate * train_flop / 1e9
    print(f"{name}: {rate:9.1f} cells/s  {gf:6.1f} GFLOP/s  ({100 * gf * 1e9 / peak:.0f} % of ~180 GFLOP/s peak)")
print(f"ratio C++/PyTorch: {cpp / pyt:.2f}")
PY
