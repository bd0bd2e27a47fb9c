"""Compares an h5ad written by scdiff (argv[2]) with the anndata original (argv[1]); exits 1 on a difference.
Warnings are errors: the C++ file must read as cleanly as anndata's own."""
import sys
import warnings

import anndata as ad
import numpy as np
import pandas as pd
import scipy.sparse as sp

with warnings.catch_warnings():
    warnings.simplefilter("error")
    orig = ad.read_h5ad(sys.argv[1])
    back = ad.read_h5ad(sys.argv[2])


def dense(x):
    return x.toarray() if sp.issparse(x) else np.asarray(x)


def same_matrix(a, b, what):
    if a is None or b is None:
        assert a is None and b is None, what
        return
    assert sp.issparse(a) == sp.issparse(b), what
    if sp.issparse(a):
        assert a.format == b.format, (what, a.format, b.format)
    assert a.dtype == b.dtype, (what, a.dtype, b.dtype)
    assert np.array_equal(dense(a), dense(b)), what


same_matrix(orig.X, back.X, "X")
pd.testing.assert_frame_equal(orig.obs, back.obs)
pd.testing.assert_frame_equal(orig.var, back.var)
assert orig.obs.index.name == back.obs.index.name
for m in ("obsm", "varm", "obsp", "layers"):
    assert list(getattr(orig, m).keys()) == list(getattr(back, m).keys()), m
    for k in getattr(orig, m).keys():
        same_matrix(getattr(orig, m)[k], getattr(back, m)[k], f"{m}/{k}")
assert back.uns["neighbors"]["params"]["n_neighbors"] == 15
assert back.uns["neighbors"]["params"]["method"] == "umap"
assert back.uns["neighbors"]["params"]["flag"] is True or back.uns["neighbors"]["params"]["flag"] == np.bool_(True)
assert np.array_equal(back.uns["arr3"], orig.uns["arr3"])
assert list(back.uns["cell_type_colors"]) == list(orig.uns["cell_type_colors"])
assert list(back.uns["rank_genes_groups"]["names"]["g0"]) == ["a", "b"]
assert back.obs["cell_type"].cat.ordered
if orig.raw is not None:
    same_matrix(orig.raw.X, back.raw.X, "raw.X")
    pd.testing.assert_frame_equal(orig.raw.var, back.raw.var)
print("ok")
