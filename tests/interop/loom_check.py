"""Opens scdiff's loom (argv[1]) with loompy and anndata.read_loom and checks the values."""
import sys
import warnings

import anndata as ad
import loompy
import numpy as np

with loompy.connect(sys.argv[1], "r") as ds:
    assert ds.shape == (3, 4), ds.shape
    assert np.array_equal(ds[:, :], np.array([[1, 0, 2, 0], [0, 3, 0, 0], [4, 0, 0, 5]])), ds[:, :]
    assert list(ds.ca.CellID) == ["c1", "Zürich & co", "c3", "c4"], list(ds.ca.CellID)
    assert list(ds.ca.cluster) == ["a", "b", "a", "b"]
    assert list(ds.ra.Gene) == ["MT1", "CD4", "MT1-1"], list(ds.ra.Gene)
    assert np.allclose(ds.ra.score, [0.5, 1.5, 2.5])
    assert np.array_equal(ds.layers["spliced"][:, :], 2 * ds[:, :])
    assert ds.ca.X_umap.shape == (4, 2)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # read_loom warns about non-unique names it makes unique itself
    a = ad.read_loom(sys.argv[1], sparse=True, X_name="")  # its default X is the "spliced" layer
assert a.shape == (4, 3), a.shape
assert a.X.toarray().tolist() == [[1, 0, 4], [0, 3, 0], [2, 0, 0], [0, 0, 5]], a.X.toarray()
print("ok")
