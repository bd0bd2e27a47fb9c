#pragma once
// Task inference with a trained model (docs/method.md section 5). Results are plain structs; results.hpp
// writes them into an AnnData. The dataset's genes are matched to the model's by name.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::engine {

// Every task reads the expression source of its configuration (a model's for inference: a model trained on
// raw/X is applied to raw/X) through scdiff/expression.hpp, log-normalised (expression::logNormalised).

// ---- annotation: the diffusion classifier ----
struct AnnotationOptions {
    std::vector<int> timesteps = {100, 300, 500, 700, 900};
    // true: every candidate of a cell in one batched forward, the same noise for all candidates, the
    // noised input embedded once. false: the naive loop, one forward per candidate with its own noise.
    bool batched = true;
    // > 0: after this many time steps drop the candidates whose probability (softmax of -error so far) is
    // below pruneBelow; a cell left with one candidate is decided. Dropped candidates keep the mean error
    // of the steps they were scored on.
    int pruneAfter = 0;
    double pruneBelow = 1e-3;
    int batchSize = 256;  // cells per forward
    std::uint64_t seed = 0;
};
struct AnnotationResult {
    std::vector<std::string> classes;  // the candidate cell types (model vocabulary)
    std::vector<std::string> labels;   // per cell: argmin error
    std::vector<double> confidence;    // per cell: softmax(-error / temperature) of the predicted class
    std::vector<float> probabilities;  // cells x classes, softmax(-error / temperature), row-major
    double temperature = 1;            // the model's (Model::temperature)
    std::vector<float> errors;         // cells x classes, mean over time steps of |x0 - x0_hat|^2 (sum over genes)
    // Per class, how it met training (typeTrainingName of Model::typeTraining): "trained", "fine-tuned",
    // "zero-shot" (no training cell, scored through its text-table row) or "untrained".
    std::vector<std::string> classTraining;
};
AnnotationResult annotate(const Model& model, const AnnData& data, const AnnotationOptions& options = {},
                          Progress& progress = nullProgress());

// ---- sampling (imputation, perturbation) ----
struct SamplingOptions {
    int steps = 50;    // strided (DDIM-style) reverse process; steps = T with eta = 1 is ancestral DDPM
    double eta = 1.0;  // 1: ancestral posterior noise, 0: deterministic DDIM
    int batchSize = 512;
    std::uint64_t seed = 0;
    // Fraction of the context's entries hidden from the context conditioner (1 = no context), drawn per
    // entry from the sampling seed. Imputation still re-imposes every observed entry on x0_hat. A fully
    // visible context lets the network copy it (its zeros, or the control state); hiding part of it makes
    // the network lean on the conditions, as during training with context masking.
    double contextMask = 0.0;
    int samples = 1;  // independent reverse-process draws averaged per cell (an estimate of E[x0 | ...])
};
// The defaults per task (docs/engine.md): imputation estimates the posterior mean (1 step from pure noise,
// 8 draws averaged) with 80 % of the context hidden from the conditioner; perturbation draws one sample
// (50 strided ancestral steps) with the full control cell as context, as the paper does.
SamplingOptions defaultSampling(Task task);

// Imputation: RePaint-style. The observed (non-zero) entries are the context and are re-imposed on the
// predicted x0 at every step; zeros are treated as missing. Values: cells x model genes, row-major.
struct ImputationResult {
    std::int64_t cells = 0, genes = 0;
    std::vector<std::string> geneNames;  // model genes
    std::vector<float> values;
    std::string expression = "X";  // the model's expression source (observed values for addImputation)
};
ImputationResult impute(const Model& model, const AnnData& data, const SamplingOptions& options = {},
                        Progress& progress = nullProgress());
// The same a batch of cells at a time, for results larger than memory: `rows` receives each batch's values
// (cells x model genes, row-major) in cell order, the same values impute() collects (which checks first that
// they fit in memory; this does not hold them).
using ImputedRows = std::function<void(std::int64_t firstCell, std::int64_t cells, const float* values)>;
void imputeRows(const Model& model, const AnnData& data, const SamplingOptions& options, Progress& progress,
                const ImputedRows& rows);

// Which cell-type token a type without stimulated training cells (Model::sawStimulated false: the held-out
// type) is sampled with. Its own token was only ever paired with "control", so it predicts no response.
// Nearest: each control cell takes the token of the type the diffusion classifier finds closest to it among
// the types seen stimulated, and so borrows that type's learned response. Null: the null token, the response
// learned across all types through condition dropout (close to the mean shift of the other types). Auto (the
// default): Nearest when the types seen stimulated respond like their nearest type (responseStructure), else
// Null. docs/engine.md, "Perturbation", has the numbers behind each.
enum class HeldOutToken { Auto, Nearest, Null };
// "auto" / "nearest" / "null"; InvalidInput for another name.
HeldOutToken heldOutTokenFromName(const std::string& name);

// Auto's test, on the types the model saw stimulated only (nothing of the held-out type): is each type's
// observed response (mean stimulated minus mean control, per gene) closer to the response of the type whose
// control mean is nearest to its own (Euclidean) than to the mean response of all the other types? Scored as
// R^2 over the type's top-100 genes by |response|, averaged over the types. Needs three types; with fewer the
// answer is Null. controlMeans[t] and responses[t] are per gene, the same genes for every type.
struct ResponseStructure {
    double nearestR2 = 0, othersR2 = 0;  // mean over the types
    int types = 0;
    HeldOutToken choice = HeldOutToken::Null;  // Nearest when nearestR2 > othersR2
};
ResponseStructure responseStructure(const std::vector<std::vector<double>>& controlMeans,
                                    const std::vector<std::vector<double>>& responses);

// Perturbation of a cell type: its control cells, condition set to stimulated, full cell as context;
// a type without stimulated training cells is sampled as heldOut says.
// paired = false: the sample itself (docs/method.md section 5). paired = true: each cell is also sampled
// with the condition set to control from the same noise and context, and the prediction is
// x_control + (sample_stimulated - sample_control), clamped >= 0: the network's tendency to copy a fully
// visible context cancels out and only the learned condition effect remains.
struct PerturbationOptions {
    SamplingOptions sampling;
    bool paired = true;
    HeldOutToken heldOut = HeldOutToken::Auto;
};
struct PerturbationResult {
    std::string cellType;
    // false: the model never saw stimulated cells of this type, so they were sampled with another token
    // (borrowedFrom, or the null token when that is empty).
    bool withCellTypeToken = true;
    // Nearest (chosen or asked for): per control cell, the type whose token (and so learned response) it was
    // sampled with.
    std::vector<std::string> borrowedFrom;
    // Auto: the test that chose between Nearest and Null (types = 0 when Auto did not run).
    ResponseStructure structure;
    std::vector<std::int64_t> controlCells;  // rows of data used as the starting control cells
    std::vector<std::string> geneNames;      // model genes
    std::vector<float> predicted;            // controlCells x genes, row-major (log-normalised scale)
};
PerturbationResult perturb(const Model& model, const AnnData& data, const std::string& cellType,
                           const PerturbationOptions& options = {}, Progress& progress = nullProgress());

}  // namespace scdiff::engine
