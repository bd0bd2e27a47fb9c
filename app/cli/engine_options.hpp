#pragma once
// Command-line options shared by the engine commands (train, evaluate, annotate, impute, perturb, demo):
// one place that turns flags into an engine RunConfig / AnnotationOptions / SamplingOptions.
#include <CLI/CLI.hpp>
#include <map>
#include <optional>
#include <string>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/prior/type_source.hpp"

namespace scdiff::cli {

// The run configuration's flags, one per field of engine::configFields() that has a flag, plus the task,
// the preset and a configuration file. A flag overrides the file or the preset; --epochs without
// --train-steps replaces the preset's step budget.
struct RunConfigArgs {
    std::string task = "annotation", preset = "auto", configFile;
    std::map<std::string, std::string> given;  // field name ("train.base_lr") -> the flag's text
    bool taskOption = true;                    // false where the task is a positional argument (evaluate)

    void addOptions(CLI::App& cmd);
    // The run configuration for `data` (the auto preset adapts to it); flags override the preset.
    engine::RunConfig config(const AnnData& data) const;
};

// Flags left unset take engine::defaultSampling(task).
struct SamplingArgs {
    std::optional<int> steps, samples;
    std::optional<double> eta, contextMask;
    std::uint64_t seed = 0;
    void addOptions(CLI::App& cmd);
    engine::SamplingOptions get(engine::Task task) const;
};

// How perturb and evaluate perturbation predict a type the model never saw stimulated, and whether the
// prediction is paired (PerturbationOptions).
struct PerturbationArgs {
    std::string heldOutToken = "auto";
    bool unpaired = false;
    void addOptions(CLI::App& cmd);
    engine::HeldOutToken token() const { return engine::heldOutTokenFromName(heldOutToken); }
};

// --doubles auto|joint|sum: how a two-gene perturbation is predicted (engine::DoubleComposition).
struct DoublesArgs {
    std::string doubles = "auto";
    void addOptions(CLI::App& cmd);
    engine::DoubleComposition get() const {
        return doubles == "sum"     ? engine::DoubleComposition::SumOfSingles
               : doubles == "joint" ? engine::DoubleComposition::Joint
                                    : engine::DoubleComposition::Auto;
    }
};

struct AnnotationArgs {
    engine::AnnotationOptions options;
    bool naive = false;
    void addOptions(CLI::App& cmd);
    engine::AnnotationOptions get() const;
};

// Where the text conditioner's cell-type table comes from (model.type_conditioner text or both):
// --type-table FILE [--type-table-names FILE] | --type-table-in-dataset | --type-descriptions FILE |
// --ontology FILE [--ontology-ancestors], descriptions embedded by --text-encoder FILE.pt --vocab vocab.txt
// [--encoder-cased] [--max-tokens N] or else by the built-in lexical encoder of --text-width dimensions.
struct TypeSourceArgs {
    prior::TypeSource source;
    std::string table, names, descriptions, ontology, encoder, vocab;
    bool ancestors = false, shuffle = false, inDataset = false;
    void addOptions(CLI::App& cmd, bool withShuffle = false);
    bool given() const { return !table.empty() || !descriptions.empty() || !ontology.empty() || inDataset; }
    // The table for data's label column, after printing its coverage report to stderr; none without a source.
    std::optional<prior::TypeTable> get(const AnnData& data, const std::string& labelKey) const;
};

// Prints how many of the model's genes the dataset has (matched / missing), or throws when too few.
void reportGeneMatch(const engine::Model& model, const AnnData& data);

// Applies --threads to LibTorch (Debian's starts with one thread). Call first in every engine command.
void startEngine();

// DATA read through the safe reader; `backed`: opened backed (X, layers and raw stay in the file, read as
// needed), which is said on standard error.
AnnData readDataset(const std::string& file, bool backed, Progress& progress);

}  // namespace scdiff::cli
