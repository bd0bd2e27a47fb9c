#pragma once
// Plain configuration structs of the scDiff engine, (de)serialised as JSON and saved with every model
// and every result so that a run can be reproduced. Presets ("quick", "paper") are JSON resources.
#include <cstdint>
#include <string>
#include <vector>

namespace scdiff::engine {

// GenePerturbation: cells perturbed in one or two genes (CRISPR), conditioned through a gene graph so that a
// perturbation no training cell had can be predicted (GEARS; docs/prior_knowledge.md).
enum class Task { Annotation, Imputation, Perturbation, GenePerturbation };
const char* taskName(Task t);           // "annotation", "imputation", "perturbation", "gene-perturbation"
Task taskFromName(const std::string&);  // throws InvalidInput listing the valid names

// Network shape (docs/method.md section 3). The paper: d = 512, 6 blocks, 8 heads x 64, GEGLU x4.
struct ModelConfig {
    int hidden = 512;
    int depth = 6;
    int heads = 8;
    int headDim = 64;
    int ffMult = 4;
    bool context = true;   // the masked-expression context conditioner
    int timesteps = 1000;  // T of the diffusion schedule
    // The network's output is a correction to a per-gene Wiener filter of the noised input instead of x0
    // itself: x0_hat = mean + c_skip (x_t / sqrt(abar_t) - mean) + c_out F, with the training cells' gene
    // means and variances v, s^2 = (1 - abar_t) / abar_t, c_skip = v / (v + s^2), c_out = sqrt(v s^2 / (v + s^2))
    // (the preconditioning of Karras et al. 2022, per gene). Still predict-x0 with the same MSE. Without it
    // (the paper) a network trained on a few hundred cells maps unseen cells onto training cells even at
    // low noise; see docs/engine.md.
    bool skip = false;
    // Where the batch (with a batch key) enters the network. "decoder" (the paper): an additive shift of
    // the decoder's input only, the same for every cell of a batch. "token": also a condition token of
    // every block (an embedding table per block, like a class conditioner), so the blocks can model a batch
    // effect that depends on the cell. "input": also added to the noised input's embedding, as the time
    // step is. Model files written before the choice existed are "decoder". docs/engine.md has the study.
    std::string batchIn = "decoder";
    // The cell-type conditioner (docs/prior_knowledge.md). "class" (the paper's default): a learned vector per
    // type. "text": a frozen row per type of a cell-type table (text embeddings of their descriptions),
    // projected per block by Linear(k, d) + LayerNorm, so a type with few or no training cells still has a
    // condition that says what it is like. "both": the text conditioner beside the class one.
    std::string typeConditioner = "class";
    // Gene perturbation: the gene-gene graph of the conditioner: "go" (the Gene Ontology graph, GEARS's Jaccard of
    // GO-term sets, top graphTopK neighbours, from goDatabase or the database the app finds) or an edge-list file
    // (gene_a, gene_b[, weight], e.g. from STRING or `scdiff gene-graph`). graphLayers: simple graph convolutions
    // (SGC, K = 1) over the normalised graph that propagate the learnable gene embeddings.
    std::string geneGraph = "go";
    std::string goDatabase{};
    int graphTopK = 20;
    int graphLayers = 1;
    bool operator==(const ModelConfig&) const = default;
};

// Optimisation (section 4): AdamW (weight decay 0), lr = baseLr x batchSize; the paper uses no scheduler
// and no weight averaging, the choices below default to that.
struct TrainConfig {
    int epochs = 2000;
    // > 0: a budget of optimiser steps instead of epochs; the trainer runs ceil(steps / steps per epoch)
    // epochs of the training cells, so a small dataset gets as many updates as a large one.
    std::int64_t steps = 0;
    // "constant" (the paper) or "cosine": linear warm-up over warmupSteps, then cosine decay to 0 at the
    // last step of the run (steps, or epochs x steps per epoch).
    std::string schedule = "constant";
    int warmupSteps = 0;
    // > 0: an exponential moving average of the weights (decay min(emaDecay, (1 + n) / (10 + n)) after n
    // updates, as the reference's LitEma) is what inference uses; 0: the trained weights themselves.
    double emaDecay = 0;
    double baseLr = 1e-8;
    int batchSize = 2048;
    double conditionDropout = 0.1;  // class conditions (and batch) replaced by the null index
    bool contextMasking = true;     // per-cell masking ratio r ~ U(0,1), r = 1 with fullMaskProbability
    double fullMaskProbability = 0.25;
    // > 0, annotation models: the diffusion classifier's cross-entropy over the cell types (the errors of every
    // candidate on the step's noised cells, all-zero context) added to the denoising loss with this weight, so
    // training also separates the candidates' errors, which is what annotation compares.
    double classLoss = 0;
    std::uint64_t seed = 0;
    int checkpointEvery = 0;        // epochs between checkpoints (0 = only at the end)
    double validationFraction = 0;  // held-out cells for a validation loss (0 = none)
    int earlyStoppingPatience = 0;  // epochs without validation improvement before stopping (0 = off)
    std::string device = "auto";    // auto | cpu | cuda | cuda:N
    double learningRate() const { return baseLr * batchSize; }
    bool operator==(const TrainConfig&) const = default;
};

// Which obs columns feed which conditioner. Empty = not used.
struct DataKeys {
    std::string labelKey = "cell_type";  // cell-type conditioner (annotation target)
    std::string batchKey;                // decoder batch embedding
    std::string conditionKey;            // perturbation state (control / stimulated); gene perturbation: the labels
    std::string control = "control", stimulated = "stimulated";
    std::string heldOutType;       // perturbation: this type's stimulated cells are left out of training
    // Gene perturbation: these perturbations' cells are left out of training, to be predicted zero-shot afterwards;
    // comma-separated labels as obs writes them ("KLF1,KLF1+MAP2K6"; engine::heldOutPerturbations parses them).
    std::string heldOutPerturbations{};
    std::string expression = "X";  // "X", "raw" or "layers/NAME" (scdiff/expression.hpp)
    bool operator==(const DataKeys&) const = default;
};

// Which genes of the expression source the model learns. A raw 10x file has ~30,000 genes, most of them
// almost never detected; the paper's models have ~3,000 (docs/method.md section 3). The genes are chosen
// on the log-normalised values (normalised over all genes first, so the choice leaves library sizes as
// they are) by scanpy's seurat-flavour dispersion ranking; inference matches a dataset to them by name.
struct GeneSelection {
    std::int64_t highlyVariable = 0;  // N > 0: the N most variable genes (all when the source has <= N); 0: all genes
    // With a batch column: the genes variable in most batches (scanpy's batch_key), not over all cells at once.
    bool perBatch = false;
    bool operator==(const GeneSelection&) const = default;
};

struct RunConfig {
    Task task = Task::Annotation;
    std::string preset = "paper";
    ModelConfig model;
    TrainConfig train;
    DataKeys keys;
    GeneSelection genes;
    bool operator==(const RunConfig&) const = default;
};

// The built-in presets, per task: "auto" (quick, adapted to the dataset: engine/budget.hpp autoPreset),
// "quick" (minutes on a 2-core CPU) and "paper" (section 4's table).
std::vector<std::string> presetNames();
RunConfig preset(const std::string& name, Task task);  // throws InvalidInput for an unknown name

std::string toJson(const RunConfig& config);  // pretty-printed
// Missing fields keep their defaults; a wrong type or an unknown task throws InvalidInput naming the field.
RunConfig runConfigFromJson(const std::string& json);

}  // namespace scdiff::engine
