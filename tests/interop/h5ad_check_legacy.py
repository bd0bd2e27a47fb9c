"""Checks that scdiff's rewrite (argv[1]) of the legacy files reads cleanly in anndata 0.8 with the right values."""
import sys
import warnings

import anndata as ad
import numpy as np

with warnings.catch_warnings():
    warnings.simplefilter("error")
    a = ad.read_h5ad(sys.argv[1])
assert list(a.obs_names) == ["a", "b", "c", "d"], list(a.obs_names)
assert a.obs["louvain"].dtype.name == "category"
assert np.array_equal(a.X, np.arange(12, dtype=np.float32).reshape(4, 3))
if sys.argv[2] == "v07":
    assert list(a.obs["louvain"].cat.categories) == ["0", "1"]
    assert a.obs["louvain"].isna().tolist() == [False, False, True, False]
    assert a.uns["n_pcs"] == 5
else:
    assert list(a.obs["louvain"]) == ["x", "y", "y", "x"]
    assert "louvain_categories" not in a.uns
    assert a.uns["n_pcs"] == 5
    assert np.array_equal(a.obsm["X_pca"], np.arange(8, dtype=np.float32).reshape(4, 2))
    assert list(a.obs["score"]) == [0.5, 1.5, 2.5, 3.5]
    assert list(a.obs["donor"].astype(str)) == ["d1", "Zürich", "", "d1"], list(a.obs["donor"])
print("ok")
