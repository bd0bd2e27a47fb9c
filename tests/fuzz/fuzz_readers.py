#!/usr/bin/python3
"""Fuzzing harness for the file readers, as the user meets them: every case is a damaged copy of a real
file, read by `scdiff info CASE` (the CLI reads through io::readSafely, so libhdf5 runs in scdiff-reader).
Every case must end in a dataset or in one sentence naming the file, within the time limit.

Seeds (written here, small so that thousands of cases run in minutes):
  h5ad   anndata's own files: sparse CSR X with every obs/var column kind, dense X, CSC X with raw,
         gzip-compressed (chunked, so chunk and B-tree damage can be hit), obsp graphs and nested uns
  10x-h5 Cell Ranger 3 matrix files (written with h5py in Cell Ranger's layout)
  10x    matrix folders (matrix.mtx.gz + barcodes/features.tsv.gz, and the plain Cell Ranger 2 layout)
  csv    dense CSV and TSV tables
Mutations:
  bytes      bit flips, byte runs (random, zero, 0xff), truncations, anywhere in the file
  structure  bytes hit just after HDF5 signatures (object headers, B-tree nodes, heaps, global heap
             collections, chunk indexes) or inside a gzip member
  lies       h5py edits that keep the file valid HDF5 but make it lie: shapes, indptr, indices, codes,
             column lengths, encodings, dtypes, missing members
  text       damaged lines, numbers, headers and MTX size lines in the text formats (and .gz recompressed)
Outcomes:
  dataset    exit 0 and a summary
  error      exit 1 and one line "scdiff: error: <the case's path>: ..."
  unclear    exit 1 but the sentence does not name the file, or several lines       (a failure)
  crash      the program the user runs ended by a signal                           (a failure)
  hang       it ran past --time-limit                                             (a failure)
Of the errors, the reader's own crashes and hangs that readSafely turned into sentences are counted too.

usage: fuzz_readers.py --scdiff BUILD/app/scdiff [--cases N] [--seed S] [--jobs J] [--work DIR] [--json F]
Exit status 0 when no case crashed, hung or was unclear.
"""
import argparse
import gzip
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import h5py
import numpy as np


# ---------------------------------------------------------------------------------------------- seeds

def make_seeds(folder):
    """Real files, each format in several layouts; returns [(format, path)]."""
    import warnings

    import anndata as ad
    import pandas as pd
    import scipy.sparse as sp

    warnings.simplefilter("ignore")
    rng = np.random.default_rng(7)
    n, g = 60, 40
    counts = rng.poisson(0.6, size=(n, g)).astype(np.float32)
    obs = pd.DataFrame(
        {
            "cell_type": pd.Categorical(rng.choice(["T", "B", "NK", "Mono"], n)),
            "n_counts": counts.sum(1).astype(np.float64),
            "batch": rng.integers(0, 3, n).astype(np.int64),
            "is_doublet": rng.random(n) < 0.1,
            "barcode": [f"AAAC{i:06d}-1" for i in range(n)],
        },
        index=[f"cell{i}" for i in range(n)],
    )
    var = pd.DataFrame(
        {"gene_ids": [f"ENSG{i:011d}" for i in range(g)], "highly_variable": rng.random(g) < 0.3},
        index=[f"GENE{i}" for i in range(g)],
    )
    seeds = []

    a = ad.AnnData(X=sp.csr_matrix(counts), obs=obs.copy(), var=var.copy())
    a.obsm["X_pca"] = rng.normal(size=(n, 5)).astype(np.float32)
    a.obsm["X_umap"] = rng.normal(size=(n, 2))
    a.layers["counts"] = sp.csr_matrix(counts)
    a.uns["cell_type_colors"] = np.array(["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"], dtype=object)
    a.uns["neighbors"] = {"params": {"n_neighbors": 15, "method": "umap"}, "connectivities_key": "connectivities"}
    a.obsp["connectivities"] = sp.random(n, n, density=0.1, format="csr", random_state=1)
    path = os.path.join(folder, "sparse.h5ad")
    a.write_h5ad(path)
    seeds.append(("h5ad", path))

    path = os.path.join(folder, "dense.h5ad")
    ad.AnnData(X=np.log1p(counts), obs=obs.copy(), var=var.copy()).write_h5ad(path)
    seeds.append(("h5ad", path))

    b = ad.AnnData(X=sp.csc_matrix(counts), obs=obs.copy(), var=var.copy())
    b.raw = b.copy()
    path = os.path.join(folder, "csc_raw.h5ad")
    b.write_h5ad(path)
    seeds.append(("h5ad", path))

    path = os.path.join(folder, "gzip.h5ad")
    a.write_h5ad(path, compression="gzip")
    seeds.append(("h5ad", path))

    # Cell Ranger 3's filtered_feature_bc_matrix.h5: /matrix with CSC genes x cells.
    path = os.path.join(folder, "filtered_feature_bc_matrix.h5")
    m = sp.csc_matrix(counts.T.astype(np.int32))
    with h5py.File(path, "w") as f:
        grp = f.create_group("matrix")
        grp["data"], grp["indices"], grp["indptr"] = m.data, m.indices.astype(np.int64), m.indptr.astype(np.int64)
        grp["shape"] = np.array([g, n], dtype=np.int32)
        grp["barcodes"] = np.array([s.encode() for s in obs["barcode"]])
        feat = grp.create_group("features")
        feat["id"] = np.array([s.encode() for s in var["gene_ids"]])
        feat["name"] = np.array([s.encode() for s in var.index])
        feat["feature_type"] = np.array([b"Gene Expression"] * (g - 3) + [b"Antibody Capture"] * 3)
        feat["genome"] = np.array([b"GRCh38"] * g)
    seeds.append(("10x-h5", path))

    # 10x folders: Cell Ranger 3 (gzipped, features.tsv.gz) and Cell Ranger 2 (plain, genes.tsv).
    def mtx_text():
        rows, cols = np.nonzero(counts.T)
        lines = ["%%MatrixMarket matrix coordinate integer general", f"{g} {n} {len(rows)}"]
        lines += [f"{r + 1} {c + 1} {int(counts.T[r, c])}" for r, c in zip(rows, cols)]
        return "\n".join(lines) + "\n"

    v3 = os.path.join(folder, "tenx_v3")
    os.makedirs(v3)
    with gzip.open(os.path.join(v3, "matrix.mtx.gz"), "wt") as f:
        f.write(mtx_text())
    with gzip.open(os.path.join(v3, "barcodes.tsv.gz"), "wt") as f:
        f.write("\n".join(obs["barcode"]) + "\n")
    with gzip.open(os.path.join(v3, "features.tsv.gz"), "wt") as f:
        f.write("".join(f"{i}\t{s}\tGene Expression\n" for i, s in zip(var["gene_ids"], var.index)))
    seeds.append(("10x", v3))
    v2 = os.path.join(folder, "tenx_v2")
    os.makedirs(v2)
    with open(os.path.join(v2, "matrix.mtx"), "w") as f:
        f.write(mtx_text())
    with open(os.path.join(v2, "barcodes.tsv"), "w") as f:
        f.write("\n".join(obs["barcode"]) + "\n")
    with open(os.path.join(v2, "genes.tsv"), "w") as f:
        f.write("".join(f"{i}\t{s}\n" for i, s in zip(var["gene_ids"], var.index)))
    seeds.append(("10x", v2))

    for name, sep in (("table.csv", ","), ("table.tsv", "\t")):
        path = os.path.join(folder, name)
        pd.DataFrame(counts[:30, :20], index=obs.index[:30], columns=var.index[:20]).to_csv(path, sep=sep)
        seeds.append(("csv", path))
    return seeds


# ------------------------------------------------------------------------------------------ mutations

HDF5_SIGNATURES = [b"\x89HDF", b"OHDR", b"OCHK", b"TREE", b"HEAP", b"GCOL", b"SNOD", b"BTHD", b"BTIN", b"BTLF",
                   b"FRHP", b"FHDB", b"FHIB", b"FSHD", b"SMTB", b"EAHD", b"EAIB", b"EADB", b"FAHD", b"FADB"]


def flip_bits(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def byte_run(data, rng):
    data = bytearray(data)
    n = rng.randint(1, 64)
    i = rng.randrange(max(1, len(data) - n))
    fill = rng.choice(["random", "zero", "ff"])
    run = bytes(rng.randrange(256) for _ in range(n)) if fill == "random" else (b"\0" if fill == "zero" else b"\xff") * n
    data[i:i + n] = run
    return bytes(data)


def truncate(data, rng):
    return data[: rng.randrange(len(data))]


def hit_structure(data, rng):
    """Damages bytes just after an HDF5 signature (a B-tree node, heap, object header, chunk index...)."""
    spots = [i for sig in HDF5_SIGNATURES for i in _find_all(data, sig)]
    if not spots:
        return byte_run(data, rng)
    data = bytearray(data)
    start = rng.choice(spots) + 4
    for _ in range(rng.randint(1, 6)):
        i = min(len(data) - 1, start + rng.randrange(64))
        data[i] = rng.randrange(256) if rng.random() < 0.5 else data[i] ^ (1 << rng.randrange(8))
    return bytes(data)


def _find_all(data, sig):
    i = data.find(sig)
    while i >= 0:
        yield i
        i = data.find(sig, i + 1)


BINARY_MUTATIONS = {"bit flips": flip_bits, "byte run": byte_run, "truncation": truncate}


def _datasets(f):
    out = []
    f.visititems(lambda name, obj: out.append(name) if isinstance(obj, h5py.Dataset) else None)
    return out


def _groups(f):
    out = []
    f.visititems(lambda name, obj: out.append(name) if isinstance(obj, h5py.Group) else None)
    return out


def _lie_number(rng, around):
    return rng.choice([0, -1, -around, around + 1, around * 1000, 2 ** 31 - 1, 2 ** 31, 2 ** 40, -(2 ** 62), 2 ** 62])


def lie(path, rng):
    """Edits a copy with h5py so that it is valid HDF5 but lies about itself. Returns the kind of lie."""
    with h5py.File(path, "r+") as f:
        datasets, groups = _datasets(f), _groups(f)
        kind = rng.choice(["shape attribute", "indptr", "indices", "codes", "column length", "encoding",
                           "dtype", "missing member", "string attribute", "empty dataset"])
        if kind == "shape attribute":
            holders = [g for g in groups if "shape" in f[g].attrs] or (["matrix"] if "matrix" in f else [])
            if not holders:
                kind = "dtype"
            else:
                g = f[rng.choice(holders)]
                if "shape" in g.attrs:
                    shape = [_lie_number(rng, int(s)) if rng.random() < 0.7 else int(s) for s in g.attrs["shape"]]
                    g.attrs["shape"] = np.array(shape, dtype=np.int64)
                else:  # Cell Ranger keeps the shape as a dataset
                    shape = np.array([_lie_number(rng, int(s)) for s in g["shape"][()]], dtype=np.int64)
                    del g["shape"]
                    g["shape"] = shape
                return kind
        if kind in ("indptr", "indices", "codes", "column length", "empty dataset", "dtype"):
            pick = {"indptr": "indptr", "indices": "indices", "codes": "codes"}.get(kind)
            names = [d for d in datasets if pick is None or d.endswith(pick)] or datasets
            name = rng.choice(names)
            old = f[name]
            attrs = dict(old.attrs)
            values = old[()]
            if kind in ("column length", "empty dataset") and np.ndim(values):
                values = values[: rng.randrange(max(1, len(values)))] if kind == "column length" else values[:0]
            elif kind in ("column length", "empty dataset"):
                values = np.array([], dtype=np.float32)  # a scalar becomes an empty array
            elif kind == "dtype":
                values = np.asarray(values).astype(rng.choice([np.float64, np.int8, np.uint64, np.bool_])) \
                    if np.asarray(values).dtype.kind in "iufb" else np.arange(3, dtype=np.float32)
            elif np.asarray(values).dtype.kind not in "iuf":  # strings: a lie about the length instead
                values = values[: rng.randrange(max(1, len(values)))] if np.ndim(values) else values
            else:
                values = np.array(values, copy=True)
                if values.size:
                    for _ in range(rng.randint(1, 3)):
                        values.flat[rng.randrange(values.size)] = _lie_number(rng, int(values.size))
            del f[name]
            f[name] = values
            for k, v in attrs.items():
                f[name].attrs[k] = v
            return kind
        if kind == "encoding":
            holders = [n for n in groups + datasets if "encoding-type" in f[n].attrs]
            if not holders:
                return "encoding (none to change)"
            obj = f[rng.choice(holders)]
            choice = rng.random()
            if choice < 0.4:
                obj.attrs["encoding-type"] = rng.choice(["csr_matrix", "csc_matrix", "categorical", "dataframe", "array",
                                                         "string-array", "dict", "awkward-array", "nonsense", ""])
            elif choice < 0.7:
                obj.attrs["encoding-version"] = rng.choice(["0.0.0", "9.9.9", "", "x"])
            else:
                del obj.attrs["encoding-type"]
            return kind
        if kind == "missing member":
            name = rng.choice(datasets + groups)
            if name in f:
                del f[name]
            return kind
        # string attribute: _index / column-order / categories names that are not what they claim
        holders = [n for n in groups if "column-order" in f[n].attrs or "_index" in f[n].attrs]
        if not holders:
            return "string attribute (none)"
        g = f[rng.choice(holders)]
        key = rng.choice([k for k in ("column-order", "_index") if k in g.attrs])
        g.attrs[key] = rng.choice([np.array(["nope", "\udcff".encode("utf-8", "surrogatepass").decode("latin-1")],
                                            dtype=object), np.int64(3), "", np.array([], dtype="S1")])
        return kind


def mutate_text(data, rng):
    """Damages a text table or MTX: lines, numbers, headers; returns (bytes, kind)."""
    lines = data.split(b"\n")
    kind = rng.choice(["line deleted", "line duplicated", "number", "size line", "delimiter", "bytes", "truncated line",
                       "blank lines"])
    i = rng.randrange(len(lines))
    if kind == "line deleted":
        del lines[i]
    elif kind == "line duplicated":
        lines.insert(i, lines[i])
    elif kind == "number":
        fields = lines[i].replace(b"\t", b" ").replace(b",", b" ").split(b" ")
        j = rng.randrange(len(fields))
        fields[j] = rng.choice([b"-1", b"0", b"1e999", b"nan", b"-inf", b"99999999999999999999", b"1.5", b"", b"x"])
        lines[i] = (b"," if b"," in lines[i] else b"\t" if b"\t" in lines[i] else b" ").join(fields)
    elif kind == "size line":
        # the MTX size line (the first that is not a comment) or a table's header
        k = next((n for n, l in enumerate(lines) if l and not l.startswith(b"%")), 0)
        lines[k] = b" ".join(rng.choice([b"0", b"-5", b"3", b"2147483648", b"100000000000", b"1"]) for _ in range(3))
    elif kind == "delimiter":
        lines[i] = lines[i].replace(b",", b";").replace(b"\t", b",")
    elif kind == "bytes":
        junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        p = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:p] + junk + lines[i][p:]
    elif kind == "truncated line":
        lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    else:
        lines[i:i] = [b""] * rng.randint(1, 3)
    return b"\n".join(lines), kind


def make_case(fmt, seed_path, case_dir, rng):
    """Writes one damaged copy; returns (path to read, mutation family, kind)."""
    if fmt in ("h5ad", "10x-h5"):
        target = os.path.join(case_dir, os.path.basename(seed_path))
        data = open(seed_path, "rb").read()
        r = rng.random()
        if r < 0.45:
            name = rng.choice(list(BINARY_MUTATIONS))
            open(target, "wb").write(BINARY_MUTATIONS[name](data, rng))
            return target, "bytes", name
        if r < 0.7:
            open(target, "wb").write(hit_structure(data, rng))
            return target, "structure", "after a signature"
        shutil.copyfile(seed_path, target)
        try:
            return target, "lies", lie(target, rng)
        except Exception:  # h5py refused this edit (the harness's own limit): damage bytes instead
            open(target, "wb").write(hit_structure(data, rng))
            return target, "structure", "after a signature"
    if fmt == "10x":
        target = os.path.join(case_dir, os.path.basename(seed_path))
        shutil.copytree(seed_path, target)
        victim = os.path.join(target, rng.choice(sorted(os.listdir(target))))
        raw = open(victim, "rb").read()
        if victim.endswith(".gz"):
            if rng.random() < 0.3:  # the compressed bytes themselves
                name = rng.choice(list(BINARY_MUTATIONS))
                open(victim, "wb").write(BINARY_MUTATIONS[name](raw, rng))
                return target, "structure", "gzip member: " + name
            text, kind = mutate_text(gzip.decompress(raw), rng)
            open(victim, "wb").write(gzip.compress(text))
            return target, "text", os.path.basename(victim) + ": " + kind
        if rng.random() < 0.15:
            os.remove(victim)
            return target, "text", os.path.basename(victim) + ": missing"
        text, kind = mutate_text(raw, rng)
        open(victim, "wb").write(text)
        return target, "text", os.path.basename(victim) + ": " + kind
    target = os.path.join(case_dir, os.path.basename(seed_path))
    raw = open(seed_path, "rb").read()
    if rng.random() < 0.2:
        name = rng.choice(list(BINARY_MUTATIONS))
        open(target, "wb").write(BINARY_MUTATIONS[name](raw, rng))
        return target, "bytes", name
    text, kind = mutate_text(raw, rng)
    open(target, "wb").write(text)
    return target, "text", kind


# -------------------------------------------------------------------------------------------- running

def limit_memory(gib):
    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (gib << 30, gib << 30))
    return apply


def run_case(scdiff, path, time_limit, memory_gib, env):
    t0 = time.monotonic()
    try:
        p = subprocess.run([scdiff, "info", path], capture_output=True, timeout=time_limit, env=env,
                           preexec_fn=limit_memory(memory_gib))
    except subprocess.TimeoutExpired:
        return "hang", "", time.monotonic() - t0
    seconds = time.monotonic() - t0
    err = p.stderr.decode("utf-8", "replace").replace("\r", "\n")
    lines = [l for l in err.split("\n") if l.strip() and not l.rstrip().endswith("...")]  # progress stages
    if p.returncode < 0:
        return "crash", f"signal {-p.returncode}", seconds
    if p.returncode == 0:
        return "dataset", "", seconds
    message = lines[-1] if lines else ""
    errors = [l for l in lines if l.startswith("scdiff: error: ")]
    if p.returncode == 1 and len(errors) == 1 and message == errors[0] and path in message:
        return "error", message, seconds
    return "unclear", f"exit {p.returncode}: " + " | ".join(lines[-3:]), seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scdiff", required=True)
    ap.add_argument("--cases", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds before a case counts as a hang")
    ap.add_argument("--reader-silence", type=int, default=10,
                    help="SCDIFF_READ_SILENCE_LIMIT for the programs: a reader hang becomes a sentence after this")
    ap.add_argument("--memory-gib", type=int, default=4, help="address-space limit of each program run")
    ap.add_argument("--work", help="folder for seeds and cases (default: a temporary one, removed)")
    ap.add_argument("--json", help="write the counts and every failing case here")
    ap.add_argument("--keep-failures", help="copy failing cases here")
    args = ap.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="scdiff-fuzz-")
    os.makedirs(work, exist_ok=True)
    seed_dir = os.path.join(work, "seeds")
    shutil.rmtree(seed_dir, ignore_errors=True)
    os.makedirs(seed_dir)
    seeds = make_seeds(seed_dir)
    env = dict(os.environ, SCDIFF_READ_SILENCE_LIMIT=str(args.reader_silence))
    rng = random.Random(args.seed)
    plan = [(i, seeds[rng.randrange(len(seeds))], rng.randrange(2 ** 32)) for i in range(args.cases)]

    def one(item):
        i, (fmt, seed_path), case_seed = item
        case_dir = os.path.join(work, f"case{i:05d}")
        os.makedirs(case_dir)
        try:
            path, family, kind = make_case(fmt, seed_path, case_dir, random.Random(case_seed))
            outcome, message, seconds = run_case(args.scdiff, path, args.time_limit, args.memory_gib, env)
            if outcome in ("crash", "hang", "unclear") and args.keep_failures:
                shutil.copytree(case_dir, os.path.join(args.keep_failures, f"case{i:05d}"), dirs_exist_ok=True)
        finally:
            shutil.rmtree(case_dir, ignore_errors=True)
        return dict(case=i, format=fmt, seed=os.path.basename(seed_path), family=family, kind=kind, outcome=outcome,
                    message=message, seconds=round(seconds, 3))

    t0 = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(one, plan))
    elapsed = time.monotonic() - t0

    outcomes = ["dataset", "error", "unclear", "crash", "hang"]
    table = {}
    for r in results:
        row = table.setdefault((r["format"], r["family"]), dict.fromkeys(outcomes, 0))
        row[r["outcome"]] += 1
    caught_crashes = sum("the reader process ended with SIG" in r["message"] for r in results)
    caught_hangs = sum("made no progress" in r["message"] for r in results)
    caught_memory = sum("not enough memory" in r["message"] or "killed (SIGKILL)" in r["message"] for r in results)
    print(f"{len(results)} cases in {elapsed:.0f} s ({args.jobs} at a time), seed {args.seed}")
    print(f"{'format':8} {'mutation':10} " + " ".join(f"{o:>8}" for o in outcomes))
    for (fmt, family), row in sorted(table.items()):
        print(f"{fmt:8} {family:10} " + " ".join(f"{row[o]:8d}" for o in outcomes))
    totals = {o: sum(r["outcome"] == o for r in results) for o in outcomes}
    print(f"{'all':8} {'':10} " + " ".join(f"{totals[o]:8d}" for o in outcomes))
    print(f"reader crashes inside libraries turned into sentences: {caught_crashes}; reader hangs stopped: "
          f"{caught_hangs}; out of memory: {caught_memory}")
    failures = [r for r in results if r["outcome"] in ("crash", "hang", "unclear")]
    for r in failures[:20]:
        print(f"FAILED case {r['case']} ({r['format']} {r['seed']}, {r['family']}: {r['kind']}): {r['outcome']} "
              f"{r['message']}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(dict(cases=len(results), seconds=elapsed, seed=args.seed, totals=totals,
                           caught_reader_crashes=caught_crashes, caught_reader_hangs=caught_hangs,
                           table=[dict(format=k[0], mutation=k[1], **v) for k, v in sorted(table.items())],
                           failures=failures), f, indent=1)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
