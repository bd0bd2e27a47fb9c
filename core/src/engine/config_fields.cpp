#include "scdiff/engine/config_fields.hpp"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <type_traits>
#include <cstdlib>

#include "scdiff/error.hpp"

namespace scdiff::engine {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const FieldBounds kAny{};
const FieldBounds kPositive{0, kInf, true, false};
const FieldBounds kNonNegative{0, kInf, false, false};
const FieldBounds kFraction{0, 1, false, true};  // [0, 1)

#define SCDIFF_FIELD(member) [](RunConfig& c) -> FieldRef { return &c.member; }

std::vector<ConfigField> makeFields() {
    return {
        // model (docs/method.md section 3)
        {"model", "hidden", "--hidden", "hidden size d of every block", SCDIFF_FIELD(model.hidden), kPositive,
         "must be positive"},
        {"model", "depth", "--depth", "number of blocks", SCDIFF_FIELD(model.depth), kPositive, "must be positive"},
        {"model", "heads", "", "attention heads", SCDIFF_FIELD(model.heads), kPositive, "must be positive"},
        {"model", "head_dim", "", "width of one attention head", SCDIFF_FIELD(model.headDim), kPositive,
         "must be positive"},
        {"model", "ff_mult", "", "feed-forward width as a multiple of d", SCDIFF_FIELD(model.ffMult), kPositive,
         "must be positive"},
        {"model", "context", "", "the masked-expression context conditioner", SCDIFF_FIELD(model.context), kAny, ""},
        {"model",
         "timesteps",
         "",
         "T of the diffusion schedule",
         SCDIFF_FIELD(model.timesteps),
         {10, kInf},
         "must be at least 10"},
        {"model", "skip", "", "output as a correction to a per-gene Wiener filter (docs/engine.md)",
         SCDIFF_FIELD(model.skip), kAny, ""},
        {"model",
         "batch_in",
         "--batch-in",
         "with a batch key, where the batch enters: decoder (the paper) | token (also a condition token of every "
         "block) | input (also added to the input embedding) | auto (token when the batch explains at least 55 % "
         "of the variance within cell types, measured on the training cells, else decoder)",
         SCDIFF_FIELD(model.batchIn),
         kAny,
         "",
         {"decoder", "token", "input", "auto"}},
        {"model",
         "type_conditioner",
         "--type-conditioner",
         "the cell-type conditioner: class (a learned vector per type, the paper) | text (a frozen row per type of "
         "a cell-type table: --type-table, --type-descriptions or --ontology) | both (text beside class)",
         SCDIFF_FIELD(model.typeConditioner),
         kAny,
         "",
         {"class", "text", "both"}},
        {"model", "gene_graph", "--gene-graph",
         "gene perturbation: the gene graph: go (the Gene Ontology graph of GEARS) or an edge-list file (gene_a, "
         "gene_b[, weight])",
         SCDIFF_FIELD(model.geneGraph), kAny, ""},
        {"model", "go_database", "--go-db",
         "gene perturbation: org.Hs.eg.db's SQLite file (default: the one the app finds)",
         SCDIFF_FIELD(model.goDatabase), kAny, ""},
        {"model", "graph_top_k", "--graph-top-k", "gene perturbation: GO neighbours kept per gene",
         SCDIFF_FIELD(model.graphTopK), kPositive, "must be positive"},
        {"model", "graph_layers", "--graph-layers",
         "gene perturbation: graph convolutions that propagate the gene embeddings over the graph",
         SCDIFF_FIELD(model.graphLayers), kNonNegative, "must not be negative"},
        // train (section 4)
        {"train", "epochs", "--epochs", "override the preset's epochs (and its step budget)",
         SCDIFF_FIELD(train.epochs), kPositive, "must be positive"},
        {"train", "steps", "--train-steps",
         "a budget of optimiser steps instead of epochs: the epochs follow from the number of training cells",
         SCDIFF_FIELD(train.steps), kNonNegative, "must be 0 (use epochs) or a positive number of steps"},
        {"train",
         "schedule",
         "--schedule",
         "learning rate: constant (the paper) | cosine (warm-up, then cosine decay to 0)",
         SCDIFF_FIELD(train.schedule),
         kAny,
         "",
         {"constant", "cosine"}},
        {"train", "warmup_steps", "--warmup", "cosine schedule: warm-up steps", SCDIFF_FIELD(train.warmupSteps),
         kNonNegative, "must not be negative"},
        {"train", "ema_decay", "--ema", "inference on a moving average of the weights with this decay (0 = off)",
         SCDIFF_FIELD(train.emaDecay), kFraction, "must be in [0, 1) (0 = no weight averaging)"},
        {"train", "base_lr", "--base-lr", "base learning rate (lr = base-lr x batch size)", SCDIFF_FIELD(train.baseLr),
         kPositive, "must be positive"},
        {"train", "batch_size", "--batch-size", "cells per mini-batch", SCDIFF_FIELD(train.batchSize), kPositive,
         "must be positive"},
        {"train", "condition_dropout", "", "probability that a class condition is replaced by the null token",
         SCDIFF_FIELD(train.conditionDropout), kFraction, "must be in [0, 1)"},
        {"train", "context_masking", "", "mask a random part of each cell's expression context",
         SCDIFF_FIELD(train.contextMasking), kAny, ""},
        {"train",
         "full_mask_probability",
         "",
         "probability that the whole context is masked",
         SCDIFF_FIELD(train.fullMaskProbability),
         {0, 1},
         "must be in [0, 1]"},
        {"train", "class_loss", "--class-loss",
         "annotation: weight of the diffusion classifier's cross-entropy over the cell types, added to the denoising "
         "loss (0 = off)",
         SCDIFF_FIELD(train.classLoss), kNonNegative, "must not be negative"},
        {"train", "seed", "--seed", "random seed (runs on a CPU are bit-identical per seed)", SCDIFF_FIELD(train.seed),
         kAny, ""},
        {"train", "checkpoint_every", "--checkpoint-every", "epochs between checkpoints (0 = only at the end)",
         SCDIFF_FIELD(train.checkpointEvery), kNonNegative, "must not be negative"},
        {"train",
         "validation_fraction",
         "--validation",
         "fraction of cells for a validation loss",
         SCDIFF_FIELD(train.validationFraction),
         {0, 0.5, false, true},
         "must be in [0, 0.5)"},
        {"train", "early_stopping_patience", "--early-stopping",
         "stop after this many epochs without validation improvement (0 = off)",
         SCDIFF_FIELD(train.earlyStoppingPatience), kNonNegative, "must not be negative"},
        {"train", "device", "--device", "auto | cpu | cuda | cuda:N", SCDIFF_FIELD(train.device), kAny, ""},
        // keys: which obs columns feed which conditioner
        {"keys", "label_key", "--label-key", "obs column with cell types (default: cell_type)",
         SCDIFF_FIELD(keys.labelKey), kAny, ""},
        {"keys", "batch_key", "--batch-key", "obs column with batches (decoder batch embedding)",
         SCDIFF_FIELD(keys.batchKey), kAny, ""},
        {"keys", "condition_key", "--condition-key",
         "obs column with the perturbation state (perturbation default: condition)", SCDIFF_FIELD(keys.conditionKey),
         kAny, ""},
        {"keys", "control", "--control", "control value of the condition column (default: control)",
         SCDIFF_FIELD(keys.control), kAny, ""},
        {"keys", "stimulated", "--stimulated", "stimulated value of the condition column (default: stimulated)",
         SCDIFF_FIELD(keys.stimulated), kAny, ""},
        {"keys", "held_out_type", "--held-out",
         "perturbation: cell type whose stimulated cells are left out of training", SCDIFF_FIELD(keys.heldOutType),
         kAny, ""},
        {"keys", "held_out_perturbations", "--held-out-perturbations",
         "gene perturbation: comma-separated perturbations (KLF1,KLF1+MAP2K6) whose cells are left out of training, "
         "to predict them zero-shot afterwards",
         SCDIFF_FIELD(keys.heldOutPerturbations), kAny, ""},
        {"keys", "expression", "--expression",
         "where expression is read: X (default), raw (raw/X, e.g. when X is scaled) or layers/NAME",
         SCDIFF_FIELD(keys.expression), kAny, ""},
        // genes
        {"genes", "highly_variable", "--genes",
         "train on the N most highly variable genes (0 = all genes; the quick preset uses 2000)",
         SCDIFF_FIELD(genes.highlyVariable), kNonNegative, "must be 0 (all genes) or a positive number of genes"},
        {"genes", "per_batch", "--genes-per-batch",
         "with a batch column, the genes variable in most batches (scanpy's batch_key), not over all cells at once",
         SCDIFF_FIELD(genes.perBatch), kAny, ""},
    };
}

#undef SCDIFF_FIELD

[[noreturn]] void refuse(const ConfigField& f, const std::string& what) {
    throw InvalidInput("configuration field '" + f.name() + "' " + what);
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

void checkField(const ConfigField& f, RunConfig& c) {
    const FieldRef at = f.ref(c);
    if (const auto* s = std::get_if<std::string*>(&at)) {
        if (f.choices.empty()) return;
        std::string allowed;
        for (const auto& choice : f.choices) {
            if (**s == choice) return;
            allowed += (allowed.empty() ? "\"" : " or \"") + choice + "\"";
        }
        refuse(f, "must be " + allowed + ", got \"" + **s + "\"");
    }
    if (std::holds_alternative<bool*>(at)) return;
    const double v = fieldNumber(at);
    if (!f.bounds.contains(v)) refuse(f, f.rule + ", got " + number(v));
}

}  // namespace

double fieldNumber(const FieldRef& ref) {
    return std::visit(
        [](auto* p) -> double {
            if constexpr (std::is_same_v<std::remove_pointer_t<decltype(p)>, std::string>)
                return 0;
            else
                return static_cast<double>(*p);
        },
        ref);
}

const std::vector<ConfigField>& configFields() {
    static const std::vector<ConfigField> fields = makeFields();
    return fields;
}

const ConfigField* findConfigField(const std::string& nameOrFlag) {
    for (const auto& f : configFields())
        if (f.name() == nameOrFlag || (!f.flag.empty() && f.flag == nameOrFlag)) return &f;
    return nullptr;
}

void checkConfigFields(const RunConfig& config) {
    for (const auto& f : configFields()) checkField(f, const_cast<RunConfig&>(config));  // ref() only reads here
}

void setConfigField(RunConfig& config, const ConfigField& field, const std::string& text) {
    const FieldRef at = field.ref(config);
    auto notA = [&](const char* kind) { refuse(field, std::string("expects ") + kind + ", got \"" + text + "\""); };
    std::visit(
        [&](auto* p) {
            using T = std::remove_pointer_t<decltype(p)>;
            if constexpr (std::is_same_v<T, std::string>) {
                *p = text;
            } else if constexpr (std::is_same_v<T, bool>) {
                if (text == "true" || text == "1")
                    *p = true;
                else if (text == "false" || text == "0")
                    *p = false;
                else
                    notA("true or false");
            } else if constexpr (std::is_floating_point_v<T>) {
                char* end = nullptr;
                const double v = std::strtod(text.c_str(), &end);
                if (text.empty() || *end != '\0' || !std::isfinite(v)) notA("a number");
                *p = v;
            } else {
                char* end = nullptr;
                errno = 0;
                const bool negative = !text.empty() && text[0] == '-';
                if (std::is_unsigned_v<T> && negative) notA("a whole number of at least 0");
                const auto v = std::is_unsigned_v<T> ? static_cast<T>(std::strtoull(text.c_str(), &end, 10))
                                                     : static_cast<T>(std::strtoll(text.c_str(), &end, 10));
                if (text.empty() || *end != '\0' || errno == ERANGE) notA("a whole number");
                *p = v;
            }
        },
        at);
    checkField(field, config);
}

}  // namespace scdiff::engine
