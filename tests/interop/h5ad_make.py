"""Writes h5ad files with anndata 0.8 / h5py covering the format features the C++ reader must handle.
usage: h5ad_make.py OUTDIR ; prints the file names it wrote."""
import os
import sys

import anndata as ad
import h5py
import numpy as np
import pandas as pd
import scipy.sparse as sp

out = sys.argv[1]
rng = np.random.default_rng(0)
n, m = 30, 12


def base(X, raw=True):
    obs = pd.DataFrame(index=pd.Index([f"cell_{i}_ü" for i in range(n)], name="cell_id"))
    obs["cell_type"] = pd.Categorical(rng.choice(["T", "B", "NK"], n), categories=["T", "B", "NK", "unused"], ordered=True)
    obs.loc[obs.index[3], "cell_type"] = np.nan
    obs["dose"] = pd.Categorical(rng.choice([5, 10, 15], n))
    obs["nint"] = pd.array([None if i % 7 == 0 else i for i in range(n)], dtype="Int64")
    obs["nbool"] = pd.array([None if i % 5 == 0 else bool(i % 2) for i in range(n)], dtype="boolean")
    obs["score"] = rng.normal(size=n)
    obs["flag"] = rng.random(n) > 0.5
    obs["barcode"] = [f"BC{i:03d}é" for i in range(n)]
    var = pd.DataFrame(index=[f"gene_{j}" for j in range(m)])
    var["highly_variable"] = np.arange(m) % 2 == 0
    a = ad.AnnData(X=X, obs=obs, var=var, dtype=X.dtype) if X is not None else ad.AnnData(obs=obs, var=var)
    a.obsm["X_pca"] = rng.normal(size=(n, 3)).astype(np.float32)
    a.varm["PCs"] = rng.normal(size=(m, 3))
    a.obsp["connectivities"] = sp.random(n, n, density=0.1, format="csr", random_state=1)
    a.layers["counts"] = sp.random(n, m, density=0.3, format="csr", random_state=2)
    a.uns["neighbors"] = {"params": {"n_neighbors": 15, "method": "umap", "flag": True}}
    a.uns["cell_type_colors"] = np.array(["#ff0000", "#00ff00", "#0000ff", "#000000"], dtype=object)
    a.uns["arr3"] = np.arange(24).reshape(2, 3, 4)
    a.uns["pi"] = 3.14
    a.uns["rank_genes_groups"] = {"names": np.rec.fromarrays([np.array(["a", "b"]), np.array(["c", "d"])], names="g0,g1")}
    if raw:
        a.raw = a.copy()
    return a


dense = rng.poisson(0.5, size=(n, m)).astype(np.float32)
files = {}
files["csr.h5ad"] = base(sp.csr_matrix(dense))
files["csc.h5ad"] = base(sp.csc_matrix(dense))
files["dense64.h5ad"] = base(dense.astype(np.float64))
files["int.h5ad"] = base(dense.astype(np.int32))
for name, a in files.items():
    a.write_h5ad(os.path.join(out, name))
    print(name)
files["csr.h5ad"].write_h5ad(os.path.join(out, "gzip.h5ad"), compression="gzip")
print("gzip.h5ad")
# int64 indices
a = base(sp.csr_matrix(dense))
a.write_h5ad(os.path.join(out, "int64.h5ad"))
with h5py.File(os.path.join(out, "int64.h5ad"), "r+") as f:
    for k in ("indices", "indptr"):
        v = f["X"][k][...].astype(np.int64)
        del f["X"][k]
        f["X"][k] = v
print("int64.h5ad")
# no X
a = base(None, raw=False)
a.write_h5ad(os.path.join(out, "nox.h5ad"))
print("nox.h5ad")
