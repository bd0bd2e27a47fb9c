#!/usr/bin/python3
"""Real labelled single-cell datasets from Debian packages, converted to .h5ad for the evaluation suite.

No download beyond Debian's archive: the R data packages are fetched with `apt-get download` and
unpacked with `dpkg-deb -x` (no R installation needed); the R data files are read with Debian's
python3-rdata and written with python3-anndata.

| file | package | cells x genes | X | label (obs['cell_type']) |
|---|---|---|---|---|
| pbmc_small.h5ad | r-cran-seuratobject | 80 x 230 | UMI counts (10x PBMC) | Seurat clusters RNA_snn_res.1 (3) |
| hsmm.h5ad | r-bioc-hsmmsinglecell | 271 x ~47,000 | FPKM (SMART-seq) | hours in differentiation medium (0/24/48/72) |
| lung.h5ad | r-bioc-monocle | 185 x 218 | FPKM-like relative abundance | developmental time (E14.5/E16.5/E18.5/Adult) |
| guo.h5ad | r-bioc-destiny | 428 x 48 | qPCR: 10 - Ct (log2 units, 0 = undetected) | embryo stage, cells per embryo (1..64) |

FPKM and qPCR values are neither counts nor log-normalised: `scdiff preprocess IN OUT --log1p` makes
the first two usable (the suite does), guo is written on its log2 scale already.

Usage: debian_datasets.py OUTDIR [--debs DIR]   (DIR: where the .deb files are or will be fetched)
"""
import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import warnings
import zlib

import anndata
import numpy as np
import pandas as pd
import scipy.sparse as sp

warnings.filterwarnings("ignore", message="Missing constructor")
import rdata  # noqa: E402  (python3-rdata)
from rdata.parser._parser import parse_rdata_binary  # noqa: E402

PACKAGES = ["r-cran-seuratobject", "r-bioc-hsmmsinglecell", "r-bioc-monocle", "r-bioc-destiny"]
LIB = "usr/lib/R/site-library"


def fetch_and_unpack(debs, root):
    os.makedirs(debs, exist_ok=True)
    have = os.listdir(debs)
    missing = [p for p in PACKAGES if not any(f.startswith(p + "_") for f in have)]
    if missing:
        subprocess.run(["apt-get", "download", *missing], cwd=debs, check=True)
    for f in os.listdir(debs):
        if f.endswith(".deb") and any(f.startswith(p + "_") for p in PACKAGES):
            subprocess.run(["dpkg-deb", "-x", os.path.join(debs, f), root], check=True)


def load(path):
    return rdata.conversion.convert(rdata.parser.parse_file(path))


def load_lazy(prefix, name):
    """One object of an R lazy-load database (data/Rdata.rdb + .rdx)."""
    index = rdata.conversion.convert(parse_rdata_binary(memoryview(gzip.decompress(open(prefix + ".rdx", "rb").read()))))
    offset, length = (int(v) for v in index["variables"][name])
    with open(prefix + ".rdb", "rb") as f:
        f.seek(offset)
        raw = f.read(length)
    return rdata.conversion.convert(parse_rdata_binary(memoryview(zlib.decompress(raw[4:]))))


def dense(xr):
    """An xarray genes x cells matrix as cells x genes numpy plus names."""
    genes = [str(g) for g in xr.coords[xr.dims[0]].values]
    cells = [str(c) for c in xr.coords[xr.dims[1]].values]
    return np.asarray(xr.values, dtype=np.float64).T, cells, genes


def write(out, x, obs, var, label, what):
    x = np.asarray(x, dtype=np.float32)
    keep = np.asarray(x.sum(0)).ravel() > 0  # all-zero genes dropped, as every pipeline does
    ad = anndata.AnnData(X=sp.csr_matrix(x[:, keep]), obs=obs, var=var.iloc[np.where(keep)[0]])
    ad.obs["cell_type"] = pd.Categorical(label)
    ad.uns["source"] = what
    ad.write_h5ad(out)
    counts = ad.obs["cell_type"].value_counts().sort_index().to_dict()
    print(f"{out}: {ad.n_obs} x {ad.n_vars}, labels {counts}")


def pbmc_small(root, outdir):
    o = load_lazy(os.path.join(root, LIB, "SeuratObject/data/Rdata"), "pbmc_small")
    counts = o.assays["RNA"].counts  # dgCMatrix, genes x cells
    slots = vars(counts)
    dims = [int(d) for d in slots["Dim"]]
    m = sp.csc_matrix((slots["x"], slots["i"], slots["p"]), shape=dims).T.toarray()
    genes, cells = ([str(v) for v in names] for names in slots["Dimnames"])
    meta = getattr(o, "meta.data")
    obs = pd.DataFrame(index=cells)
    label = ["cluster" + str(v) for v in meta["RNA_snn_res.1"]]
    write(os.path.join(outdir, "pbmc_small.h5ad"), m, obs, pd.DataFrame(index=genes), label,
          "SeuratObject pbmc_small (10x PBMC subset), labels = Seurat clusters RNA_snn_res.1")


def hsmm(root, outdir):
    base = os.path.join(root, LIB, "HSMMSingleCell/data")
    x, cells, genes = dense(load(os.path.join(base, "HSMM_expr_matrix.rda"))["HSMM_expr_matrix"])
    sheet = load(os.path.join(base, "HSMM_sample_sheet.rda"))["HSMM_sample_sheet"]
    ann = load(os.path.join(base, "HSMM_gene_annotation.rda"))["HSMM_gene_annotation"]
    obs = pd.DataFrame(index=cells)
    obs["media"] = pd.Categorical(sheet["Media"].astype(str).values)
    var = pd.DataFrame(index=genes)
    var["gene_short_name"] = ann["gene_short_name"].astype(str).values
    label = [f"{int(h):02d}h" for h in sheet["Hours"].astype(str)]
    write(os.path.join(outdir, "hsmm.h5ad"), x, obs, var, label,
          "HSMMSingleCell: human skeletal muscle myoblasts, FPKM; labels = hours in differentiation medium")


def lung(root, outdir):
    base = os.path.join(root, LIB, "monocle/extdata")
    x, cells, genes = dense(load(os.path.join(base, "lung_exprs_data.RData"))["lung_exprs_data"])
    ph = load(os.path.join(base, "lung_phenotype_data.RData"))["lung_phenotype_data"]
    fd = load(os.path.join(base, "lung_feature_data.RData"))["lung_feature_data"]
    obs = pd.DataFrame(index=cells)
    var = pd.DataFrame(index=genes)
    if "gene_short_name" in fd.columns:
        var["gene_short_name"] = fd["gene_short_name"].astype(str).values
    write(os.path.join(outdir, "lung.h5ad"), x, obs, var, ph["Time"].astype(str).values,
          "monocle lung: mouse distal lung epithelium (Treutlein 2014), labels = developmental time")


def guo(root, outdir):
    g = load(os.path.join(root, LIB, "destiny/data/guo.rda"))["guo"]
    xr = g.assayData["exprs"]
    ct, cells, genes = dense(xr)
    # Ct values normalised to the endogenous controls, 10 = limit of detection: 10 - Ct is expression in
    # log2 units and 0 where undetected (the usual reading of these data).
    x = np.clip(10.0 - ct, 0, None)
    stage = g.phenoData.data["num_cells"].astype(int).values
    obs = pd.DataFrame(index=cells)
    write(os.path.join(outdir, "guo.h5ad"), x, obs, pd.DataFrame(index=genes), [f"{s:02d}-cell" for s in stage],
          "destiny guo: mouse embryo qPCR (Guo 2010), X = 10 - Ct; labels = cells per embryo")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--debs", default=None, help="folder holding (or receiving) the .deb files")
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    debs = a.debs or os.path.join(a.outdir, "debs")
    with tempfile.TemporaryDirectory() as root:
        fetch_and_unpack(debs, root)
        for make in (pbmc_small, hsmm, lung, guo):
            make(root, a.outdir)


if __name__ == "__main__":
    sys.exit(main())
