#!/usr/bin/python3
"""A second single-cell simulator, independent of `scdiff synth`, for reporting held-out numbers.

`scdiff synth` (core/src/synth) draws every gene programme as a set of marker genes with a fixed
log-fold change. The engine's settings were tuned on its presets, so numbers on them are not a test.
This generator makes data of another shape, which the settings never saw:

* cell types are points of a hierarchy (lineage -> type) in a 12-dimensional latent space; some
  types are siblings that differ little, some are rare (a few tens of cells);
* each gene loads on two latent factors (dense, small loadings) instead of on marker sets, plus
  a continuous "activation" factor shared by all types;
* batches shift the latent state and scale genes; libraries are log-normal per batch;
* counts are gamma-Poisson with gene-wise dispersion and mean-dependent extra dropout;
* the stimulated response is a latent shift whose direction is partly shared and partly
  lineage-specific, scaled per type, and acts on genes through the loadings (so it depends on the
  type's baseline), plus a few type-specific response genes.

Usage: latent_generator.py OUT.h5ad [--cells N --genes M --types T --batches B --rare R
                                     --batch-strength S --perturbation --seed S]
Writes raw counts in X (CSR float32), obs cell_type / batch / condition, var gene names.
"""
import argparse

import anndata
import numpy as np
import pandas as pd
import scipy.sparse as sp


def simulate(cells, genes, types, batches, rare, batch_strength, perturbation, seed):
    rng = np.random.default_rng(seed)
    k = 12
    lineages = max(2, min(4, types // 3))
    lineage_of = np.arange(types) % lineages
    lineage_centre = rng.normal(0, 1.6, (lineages, k))
    type_centre = lineage_centre[lineage_of] + rng.normal(0, 0.7, (types, k))
    type_spread = rng.uniform(0.35, 0.7, types)

    # Proportions: a Dirichlet draw; the last `rare` types get 8-25 cells each.
    weights = rng.dirichlet(np.full(types, 2.0))
    counts_per_type = np.zeros(types, dtype=int)
    rare_sizes = rng.integers(8, 26, rare)
    counts_per_type[types - rare:] = rare_sizes
    common = cells - rare_sizes.sum()
    w = weights[: types - rare] / weights[: types - rare].sum()
    counts_per_type[: types - rare] = np.maximum(30, np.round(w * common)).astype(int)
    counts_per_type[0] += cells - counts_per_type.sum()
    cell_type = np.repeat(np.arange(types), counts_per_type)
    rng.shuffle(cell_type)
    n = cell_type.size

    z = type_centre[cell_type] + rng.normal(0, 1, (n, k)) * type_spread[cell_type, None]
    activation = rng.beta(2, 5, n)  # a continuous state every type has

    # Gene loadings: two factors per gene, plus the activation factor on a fifth of the genes.
    loadings = np.zeros((k, genes))
    for g in range(genes):
        f = rng.choice(k, 2, replace=False)
        loadings[f, g] = rng.normal(0, 0.55, 2)
    act_load = np.where(rng.random(genes) < 0.2, rng.normal(0, 1.0, genes), 0.0)
    base = rng.normal(-0.5, 1.4, genes)  # log mean: most genes low
    dispersion = np.exp(rng.normal(-0.3, 0.6, genes))  # NB shape; smaller = noisier

    batch = rng.integers(0, batches, n)
    batch_shift = rng.normal(0, 0.5 * batch_strength, (batches, k))
    batch_gene = rng.normal(0, 0.25 * batch_strength, (batches, genes))
    lib_mu = rng.normal(np.log(3000), 0.3, batches)

    condition = np.zeros(n, dtype=int)
    if perturbation:
        condition = rng.integers(0, 2, n)
        shared_dir = rng.normal(0, 1, k)
        shared_dir /= np.linalg.norm(shared_dir)
        lineage_dir = rng.normal(0, 1, (lineages, k))
        lineage_dir /= np.linalg.norm(lineage_dir, axis=1, keepdims=True)
        mix = rng.uniform(0.2, 0.6, lineages)  # how lineage-specific the direction is
        scale = rng.uniform(0.8, 2.2, types)
        direction = (1 - mix[lineage_of, None]) * shared_dir + mix[lineage_of, None] * lineage_dir[lineage_of]
        own_genes = [rng.choice(genes, 8, replace=False) for _ in range(types)]
        own_lfc = [rng.choice([-1, 1], 8) * rng.uniform(0.6, 1.4, 8) for _ in range(types)]

    log_rate = base + z @ loadings + activation[:, None] * act_load + batch_shift[batch] @ loadings + batch_gene[batch]
    if perturbation:
        stim = condition == 1
        log_rate[stim] += (direction[cell_type[stim]] * scale[cell_type[stim], None]) @ loadings
        for t in range(types):
            rows = np.where(stim & (cell_type == t))[0]
            log_rate[np.ix_(rows, own_genes[t])] += own_lfc[t]
    p = np.exp(log_rate - log_rate.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    lib = np.exp(rng.normal(lib_mu[batch], 0.35))
    mean = p * lib[:, None]
    lam = rng.gamma(dispersion, mean / dispersion)
    x = rng.poisson(lam).astype(np.float32)
    # Extra dropout, stronger for lowly expressed entries.
    drop = rng.random(x.shape) < 0.3 * np.exp(-mean)
    x[drop] = 0

    keep = x.sum(1) > 0
    x, cell_type, batch, condition = x[keep], cell_type[keep], batch[keep], condition[keep]
    obs = pd.DataFrame(index=[f"cell{i:06d}" for i in range(x.shape[0])])
    width = len(str(types - 1))
    obs["cell_type"] = pd.Categorical([f"L{lineage_of[t]}_T{t:0{width}d}" for t in cell_type])
    obs["batch"] = pd.Categorical([f"b{b}" for b in batch])
    if perturbation:
        obs["condition"] = pd.Categorical(np.where(condition == 1, "stimulated", "control"))
    var = pd.DataFrame(index=[f"g{j:05d}" for j in range(genes)])
    return anndata.AnnData(X=sp.csr_matrix(x), obs=obs, var=var)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--cells", type=int, default=2000)
    ap.add_argument("--genes", type=int, default=2000)
    ap.add_argument("--types", type=int, default=8)
    ap.add_argument("--batches", type=int, default=2)
    ap.add_argument("--rare", type=int, default=0, help="types with 8-25 cells")
    ap.add_argument("--batch-strength", type=float, default=1.0)
    ap.add_argument("--perturbation", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    if a.rare >= a.types:
        ap.error("--rare must be smaller than --types")
    ad = simulate(a.cells, a.genes, a.types, a.batches, a.rare, a.batch_strength, a.perturbation, a.seed)
    ad.write_h5ad(a.out)
    print(f"{a.out}: {ad.n_obs} cells x {ad.n_vars} genes, {ad.obs['cell_type'].nunique()} types, "
          f"{(ad.X.nnz / (ad.n_obs * ad.n_vars)):.1%} non-zero")


if __name__ == "__main__":
    main()
