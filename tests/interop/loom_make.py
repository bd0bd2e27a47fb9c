"""Writes argv[1]/made.loom with loompy: 3 genes x 4 cells, a layer, string/number/2-D attributes, a non-ASCII
cell name; and argv[1]/bad.loom whose column attribute has the wrong length."""
import os
import sys

import h5py
import loompy
import numpy as np

out = sys.argv[1]
matrix = np.array([[1, 0, 2, 0], [0, 3, 0, 0], [4, 0, 0, 5]], dtype=np.float32)
loompy.create(os.path.join(out, "made.loom"), {"": matrix, "spliced": matrix * 2},
              row_attrs={"Gene": np.array(["MT1", "CD4", "MT1"]), "score": np.array([0.5, 1.5, 2.5])},
              col_attrs={"CellID": np.array(["c1", "Zürich & co", "c3", "c4"]),
                         "cluster": np.array(["a", "b", "a", "b"]),
                         "X_umap": np.arange(8, dtype=np.float64).reshape(4, 2)})
with h5py.File(os.path.join(out, "bad.loom"), "w") as f:
    f["matrix"] = matrix
    f.create_group("row_attrs")["Gene"] = np.array([b"a", b"b", b"c"])
    f.create_group("col_attrs")["CellID"] = np.array([b"c1", b"c2"])
