"""Writes by hand (h5py) a 0.7-layout and a pre-0.7-layout h5ad into OUTDIR."""
import os
import sys

import h5py
import numpy as np

out = sys.argv[1]
s = h5py.string_dtype("utf-8")

# 0.7: no root attrs, categorical = int8 codes + object reference attr to __categories/<col>
with h5py.File(os.path.join(out, "v07.h5ad"), "w") as f:
    f["X"] = np.arange(12, dtype=np.float32).reshape(4, 3)
    obs = f.create_group("obs")
    obs.attrs["encoding-type"] = "dataframe"
    obs.attrs["encoding-version"] = "0.1.0"
    obs.attrs["_index"] = "_index"
    obs.attrs.create("column-order", ["louvain", "n"], dtype=s)
    obs.create_dataset("_index", data=np.array(["a", "b", "c", "d"], dtype=object), dtype=s)
    cats = obs.create_group("__categories")
    c = cats.create_dataset("louvain", data=np.array(["0", "1"], dtype=object), dtype=s)
    c.attrs["ordered"] = False
    codes = obs.create_dataset("louvain", data=np.array([0, 1, -1, 1], dtype=np.int8))
    codes.attrs["categories"] = c.ref
    obs["n"] = np.array([1, 2, 3, 4], dtype=np.int64)
    var = f.create_group("var")
    var.attrs["encoding-type"] = "dataframe"
    var.attrs["encoding-version"] = "0.1.0"
    var.attrs["_index"] = "_index"
    var.attrs["column-order"] = np.array([], dtype=np.float64)
    var.create_dataset("_index", data=np.array(["g1", "g2", "g3"], dtype=object), dtype=s)
    uns = f.create_group("uns")
    uns["n_pcs"] = 5

# pre-0.7: compound obs/var with fixed-length ASCII index, a variable-length UTF-8 field; categories in
# uns/<col>_categories
with h5py.File(os.path.join(out, "v06.h5ad"), "w") as f:
    f["X"] = np.arange(12, dtype=np.float32).reshape(4, 3)
    obs = np.zeros(4, dtype=[("index", "S8"), ("louvain", np.int64), ("score", np.float64), ("donor", s)])
    obs["index"] = [b"a", b"b", b"c", b"d"]
    obs["donor"] = ["d1", "Zürich", "", "d1"]
    obs["louvain"] = [0, 1, 1, 0]
    obs["score"] = [0.5, 1.5, 2.5, 3.5]
    f["obs"] = obs
    var = np.zeros(3, dtype=[("index", "S8")])
    var["index"] = [b"g1", b"g2", b"g3"]
    f["var"] = var
    obsm = np.zeros(4, dtype=[("X_pca", np.float32, (2,))])
    obsm["X_pca"] = np.arange(8, dtype=np.float32).reshape(4, 2)
    f["obsm"] = obsm
    f.create_group("uns")
    f["uns/louvain_categories"] = np.array([b"x", b"y"])
    f["uns/n_pcs"] = np.array([5])
print("v07.h5ad")
print("v06.h5ad")
