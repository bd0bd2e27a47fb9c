#pragma once
// Simple baselines that scdiff evaluate runs on the same split, in the same run, so a user can see
// whether the diffusion model is worth it. Plain C++, no torch.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff::baselines {

// All functions use the matrix values as given: pass the log-normalised X (as the standard pipeline
// leaves it). PCA and kNN search are the embedding's (embedding::pca, embedding::neighbors' exact
// search): zero-centred PCA, exact (Gram matrix, leading eigenpairs) up to 5000 genes and randomised
// SVD above, k = min(nComps, genes, cells - 1); Euclidean brute-force kNN on the float32 PC scores,
// ties to the lower index. Results are deterministic. Row/column indices outside the matrix or
// mismatched lengths throw InvalidInput.

// Annotation: multinomial logistic regression on the first nComps principal components of the
// (log-normalised) training cells; test cells projected onto the same components.
// PCs are standardised with the training mean/sd; loss = mean softmax cross-entropy + (1e-2 / 2)|W|^2
// (intercepts not penalised), minimised with L-BFGS. One training class: every test cell gets it.
// balancedClasses: each cell's loss weighted by n / (classes x cells of its class), as scikit-learn's
// class_weight="balanced", so a class with a handful of cells counts as much as a large one.
std::vector<std::string> logisticRegressionOnPca(const SparseMatrix& x, const std::vector<std::int64_t>& trainRows,
                                                 const std::vector<std::string>& trainLabels,
                                                 const std::vector<std::int64_t>& testRows, int nComps = 50,
                                                 std::uint64_t seed = 0, bool balancedClasses = false);
// Annotation: majority vote of the k nearest training cells in PCA space (exact Euclidean search);
// a tie in votes goes to the tied class whose member is nearest.
std::vector<std::string> knnClassifier(const SparseMatrix& x, const std::vector<std::int64_t>& trainRows,
                                       const std::vector<std::string>& trainLabels,
                                       const std::vector<std::int64_t>& testRows, int k = 15, int nComps = 50);

// Annotation, CellTypist-like (Dominguez Conde et al. 2022): every gene of x standardised to zero mean
// and unit variance over the training cells and clipped above at 10, then one-vs-rest L2 logistic
// regression with sklearn's objective C * sum(log-loss) + |w|^2 / 2 (C = 1 as CellTypist; intercepts not
// penalised), minimised with L-BFGS; a test cell gets the class with the largest decision value. Pass the
// genes the model learns (the highly variable ones) as x's columns. One training class: every test cell gets it.
std::vector<std::string> standardisedLogisticRegression(const SparseMatrix& x,
                                                        const std::vector<std::int64_t>& trainRows,
                                                        const std::vector<std::string>& trainLabels,
                                                        const std::vector<std::int64_t>& testRows, double C = 1.0);

// Imputation: each hidden entry gets its gene's mean over the observed (non-hidden) values of all cells,
// zeros included. Returns values for the given (row, col) entries.
std::vector<double> geneMeanImpute(const SparseMatrix& observed, const std::vector<std::int64_t>& rows,
                                   const std::vector<std::int64_t>& cols);
// Imputation: MAGIC-like diffusion: kNN graph on PCA of the observed matrix, adaptive Gaussian kernel,
// Markov matrix M, imputed = M^t * X_observed.
// Kernel: each cell and its k nearest other cells, K_ij = exp(-(d_ij / sigma_i)^2), sigma_i = distance
// to the max(1, k/3)-th neighbour (MAGIC's adaptive bandwidth with its alpha-decay exponent simplified
// to 2, a plain Gaussian); K <- (K + K^T)/2, M = row-normalised K. Only the requested columns of
// M^t X are computed, by t sparse products on blocks of columns (M^t is never formed).
std::vector<double> knnSmoothImpute(const SparseMatrix& observed, const std::vector<std::int64_t>& rows,
                                    const std::vector<std::int64_t>& cols, int k = 15, int t = 3, int nComps = 50);

// Perturbation: "Vec" arithmetic: predicted stimulated mean of the held-out type =
// control mean of the held-out type + (mean stimulated - mean control) over the other types' cells.
std::vector<double> meanShiftPrediction(const std::vector<double>& heldOutControlMean,
                                        const std::vector<double>& otherControlMean,
                                        const std::vector<double>& otherStimulatedMean);

// Gene perturbations (GEARS's comparisons; issue 14): a held-out perturbation's mean change from the observed
// mean changes (perturbed minus control, per gene) of the training perturbations. Gene sets as in
// gene_perturbation_metrics.hpp.
struct SeenPerturbations {
    std::vector<std::vector<std::string>> genes;  // per training perturbation, its genes (not the control)
    std::vector<std::vector<double>> delta;       // per training perturbation, its observed mean change
};
// The mean change over all training perturbations.
std::vector<double> meanChangePrediction(const SeenPerturbations& seen);
// Per gene of the held-out perturbation: its own single's change when it was seen alone, else the change of the
// seen single whose gene is most similar to it (similarity > 0, the highest; ties: the first seen), else the
// mean change; summed over the genes (for a double: the additive model on the nearest seen singles).
std::vector<double> nearestSeenPrediction(
    const SeenPerturbations& seen, const std::vector<std::string>& genes,
    const std::function<double(const std::string&, const std::string&)>& similarity);
// A double whose genes were all seen alone: the sum of their single changes; nullopt otherwise.
std::optional<std::vector<double>> additivePrediction(const SeenPerturbations& seen,
                                                      const std::vector<std::string>& genes);

}  // namespace scdiff::baselines
