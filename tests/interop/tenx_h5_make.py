"""Writes Cell Ranger HDF5 matrices as Cell Ranger does (h5py), in both layouts, to argv[1]:
v3.h5 (/matrix, Gene Expression + Antibody Capture), v2.h5 (/GRCh38), and broken ones.
Matrix (features x barcodes, CSC): gene counts [[1,0,3],[0,2,0],[4,0,0]] (genes x cells), a duplicated
gene name, and for v3 two antibodies with counts [[5,0,1],[0,7,0]]."""
import os
import sys

import h5py
import numpy as np
from scipy import sparse

out = sys.argv[1]
genes = np.array([[1, 0, 3], [0, 2, 0], [4, 0, 0]], dtype=np.int32)
adt = np.array([[5, 0, 1], [0, 7, 0]], dtype=np.int32)
barcodes = np.array([b"AAAC-1", b"AAAG-1", b"AAAT-1"])


def write(path, group, full, features=None, v2=None, shape=None, indptr_fix=None):
    m = sparse.csc_matrix(full)
    with h5py.File(path, "w") as f:
        g = f.create_group(group)
        g["data"] = m.data.astype(np.int32)
        g["indices"] = m.indices.astype(np.int64)
        g["indptr"] = m.indptr.astype(np.int64) if indptr_fix is None else indptr_fix
        g["shape"] = np.array(shape or full.shape, dtype=np.int32)
        g["barcodes"] = barcodes
        if features is not None:
            fg = g.create_group("features")
            for k, v in features.items():
                fg[k] = np.array(v, dtype="S")
        if v2 is not None:
            g["genes"] = np.array(v2[0], dtype="S")
            g["gene_names"] = np.array(v2[1], dtype="S")


full = np.vstack([genes, adt])
features = {"id": ["ENSG1", "ENSG2", "ENSG3", "CD3", "CD19"], "name": ["MT1", "CD4", "MT1", "CD3_TotalSeqB", "CD19_TotalSeqB"],
            "feature_type": ["Gene Expression"] * 3 + ["Antibody Capture"] * 2, "genome": ["GRCh38"] * 5}
write(os.path.join(out, "v3.h5"), "matrix", full, features=features)
write(os.path.join(out, "v2.h5"), "GRCh38", genes, v2=(["ENSG1", "ENSG2", "ENSG3"], ["MT1", "CD4", "GAPDH"]))
write(os.path.join(out, "bad_indptr.h5"), "matrix", full, features=features, indptr_fix=np.array([0, 3, 2, 9]))
write(os.path.join(out, "bad_shape.h5"), "matrix", full, features=features, shape=(5, 4))
# A genome list shorter than the features (found by libFuzzer: read past its end).
write(os.path.join(out, "short_genome.h5"), "matrix", full, features=dict(features, genome=["GRCh38"] * 2))
# Fixed-length feature names whose type claims 2^40 bytes per name cannot be built with h5py; a string dataset
# whose dataspace claims 10^12 names is (a maxshape extent would be truncated, so a chunked, never written one).
with h5py.File(os.path.join(out, "huge_names.h5"), "w") as f:
    m = sparse.csc_matrix(full)
    g = f.create_group("matrix")
    g["data"], g["indices"], g["indptr"] = m.data.astype(np.int32), m.indices.astype(np.int64), m.indptr.astype(np.int64)
    g["shape"] = np.array(full.shape, dtype=np.int32)
    g["barcodes"] = barcodes
    fg = g.create_group("features")
    for k, v in features.items():
        if k != "name":
            fg[k] = np.array(v, dtype="S")
    fg.create_dataset("name", shape=(10**12,), dtype="S16", chunks=(1024,))
# A shape dataset claiming 2^61 integers: 2^64 bytes, a size no check may compute by overflowing (found by libFuzzer:
# std::length_error, an unclear message).
with h5py.File(os.path.join(out, "huge_shape.h5"), "w") as f:
    f.create_group("matrix").create_dataset("shape", shape=(2**61,), dtype=np.int64, chunks=(1024,))
