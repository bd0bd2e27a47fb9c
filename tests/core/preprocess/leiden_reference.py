"""leidenalg on the graph the test wrote, as scanpy's sc.tl.leiden runs it (directed graph of every
non-zero, RBConfigurationVertexPartition, weights, resolution 1, n_iterations -1, seed 0). Reads
argv[1] (lines: n; indptr; indices; values), prints the membership and the undirected modularity."""
import sys

import igraph as ig
import leidenalg
import numpy as np
from scipy import sparse

with open(sys.argv[1]) as f:
    n = int(f.readline())
    indptr = np.array(f.readline().split(), dtype=np.int64)
    indices = np.array(f.readline().split(), dtype=np.int64)
    values = np.array(f.readline().split(), dtype=np.float64)
a = sparse.csr_matrix((values, indices, indptr), shape=(n, n))
sources, targets = a.nonzero()
g = ig.Graph(directed=True)
g.add_vertices(n)
g.add_edges(list(zip(sources, targets)))
g.es["weight"] = np.asarray(a[sources, targets]).ravel()
part = leidenalg.find_partition(g, leidenalg.RBConfigurationVertexPartition, weights=g.es["weight"],
                                n_iterations=-1, seed=0, resolution_parameter=1.0)
u = sparse.triu(a, k=1).tocoo()
gu = ig.Graph(n=n, edges=list(zip(u.row, u.col)), directed=False)
print(" ".join(map(str, part.membership)))
print(gu.modularity(part.membership, weights=u.data))
