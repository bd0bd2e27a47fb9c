#include "engine_options.hpp"

#include "scdiff/read_safely.hpp"

#include "scdiff/engine/type_prior.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <type_traits>
#include <variant>

#include "commands.hpp"
#include "scdiff/engine/budget.hpp"
#include "scdiff/engine/config_fields.hpp"
#include "scdiff/engine/device.hpp"
#include "scdiff/error.hpp"

namespace scdiff::cli {

namespace {

// CLI11's check for one field: the value must parse as the field's type and keep its bounds.
CLI::Validator fieldCheck(const engine::ConfigField& field) {
    return CLI::Validator(
        [&field](std::string& text) -> std::string {
            engine::RunConfig scratch;
            try {
                engine::setConfigField(scratch, field, text);
            } catch (const InvalidInput& e) {
                return e.what();
            }
            return {};
        },
        "", "config field");
}

const char* typeName(const engine::FieldRef& ref) {
    return std::visit(
        [](auto* p) {
            using T = std::remove_pointer_t<decltype(p)>;
            if constexpr (std::is_same_v<T, std::string>)
                return "TEXT";
            else if constexpr (std::is_same_v<T, bool>)
                return "BOOL";
            else if constexpr (std::is_floating_point_v<T>)
                return "FLOAT";
            else
                return "INT";
        },
        ref);
}

}  // namespace

void RunConfigArgs::addOptions(CLI::App& cmd) {
    if (taskOption)
        cmd.add_option("--task", task,
                       "annotation | imputation | perturbation | gene-perturbation (cells perturbed in one or two "
                       "genes, obs column --condition-key, default perturbation; conditioned through a gene graph, "
                       "--gene-graph)")
            ->check(CLI::IsMember({"annotation", "imputation", "perturbation", "gene-perturbation"}))
            ->capture_default_str();
    cmd.add_option("--preset", preset,
                   "auto (quick, adapted to the data: a validation split that calibrates annotation confidence from "
                   "1,000 cells, the batch in every block when it explains 55 % of the variance within cell types, "
                   "imputation at most 200 passes over the cells) | "
                   "quick (minutes on a CPU: a fixed budget of optimiser steps) | paper (docs/method.md section 4)")
        ->check(CLI::IsMember(engine::presetNames()))
        ->capture_default_str();
    cmd.add_option("--config", configFile, "a run configuration JSON (as saved with every model); flags override it");
    engine::RunConfig scratch;
    for (const auto& field : engine::configFields()) {
        if (field.flag.empty()) continue;
        auto* option = cmd.add_option_function<std::string>(
            field.flag, [this, name = field.name()](const std::string& text) { given[name] = text; }, field.help);
        option->type_name(typeName(field.ref(scratch)));
        if (!field.choices.empty())
            option->check(CLI::IsMember(field.choices));
        else
            option->check(fieldCheck(field));
    }
}

engine::RunConfig RunConfigArgs::config(const AnnData& data) const {
    engine::RunConfig c;
    if (!configFile.empty()) {
        std::ifstream in(configFile);
        if (!in) throw FileError(configFile, "", "cannot open the configuration file");
        std::stringstream text;
        text << in.rdbuf();
        c = engine::runConfigFromJson(text.str());
    }
    if (taskOption || configFile.empty()) c.task = engine::taskFromName(task);
    auto apply = [&](bool keys) {
        for (const auto& [name, text] : given) {
            const auto* field = engine::findConfigField(name);
            if ((field->section == "keys") == keys) engine::setConfigField(c, *field, text);
        }
    };
    apply(true);  // the keys first: the auto preset reads the dataset through them
    if (c.task == engine::Task::Perturbation && c.keys.conditionKey.empty()) c.keys.conditionKey = "condition";
    if (c.task == engine::Task::GenePerturbation) {
        if (c.keys.conditionKey.empty()) c.keys.conditionKey = "perturbation";
        // One cell line is the usual case: no cell-type conditioner unless the column is there or asked for.
        if (!given.count("keys.label_key") && !data.obs.find(c.keys.labelKey)) c.keys.labelKey.clear();
        if (!given.count("keys.control")) c.keys.control = "ctrl";
    }
    if (configFile.empty()) c = engine::presetFor(preset, c.task, c.keys, data);  // the auto preset follows the dataset
    apply(false);
    if (given.count("train.epochs") && !given.count("train.steps"))
        c.train.steps = 0;                                // an explicit epoch count replaces the preset's step budget
    return engine::runConfigFromJson(engine::toJson(c));  // validates the combination
}

void SamplingArgs::addOptions(CLI::App& cmd) {
    const auto imp = engine::defaultSampling(engine::Task::Imputation);
    const auto per = engine::defaultSampling(engine::Task::Perturbation);
    cmd.add_option("--steps", steps,
                   "reverse-process steps (1000 with --eta 1 = full ancestral DDPM; default " +
                       std::to_string(imp.steps) + " for imputation, the posterior mean, " + std::to_string(per.steps) +
                       " for perturbation)")
        ->check(CLI::PositiveNumber);
    cmd.add_option("--eta", eta, "1 = ancestral noise (default), 0 = deterministic DDIM")->check(CLI::Range(0.0, 1.0));
    cmd.add_option("--samples", samples,
                   "reverse-process draws averaged per cell (default " + std::to_string(imp.samples) +
                       " for imputation, " + std::to_string(per.samples) + " for perturbation)")
        ->check(CLI::PositiveNumber);
    cmd.add_option("--context-mask", contextMask,
                   "fraction of the context hidden from the network (default: 0.8 for imputation, which keeps the "
                   "observed values in its output; 0 for perturbation)")
        ->check(CLI::Range(0.0, 1.0));
    cmd.add_option("--sample-seed", seed, "seed of the sampling noise")->capture_default_str();
}

engine::SamplingOptions SamplingArgs::get(engine::Task task) const {
    auto o = engine::defaultSampling(task);
    if (steps) o.steps = *steps;
    if (eta) o.eta = *eta;
    if (samples) o.samples = *samples;
    if (contextMask) o.contextMask = *contextMask;
    o.seed = seed;
    return o;
}

void PerturbationArgs::addOptions(CLI::App& cmd) {
    cmd.add_option("--held-out-token", heldOutToken,
                   "a cell type the model never saw stimulated is sampled with the token of the trained type the "
                   "diffusion classifier finds nearest to each of its cells (nearest: it borrows that type's "
                   "learned response), with the null token (null: the response learned across all types), or "
                   "(auto) nearest when the trained types respond like their nearest type, else null")
        ->check(CLI::IsMember({"auto", "nearest", "null"}))
        ->capture_default_str();
    cmd.add_flag(
        "--unpaired", unpaired,
        "report the stimulated sample itself, not control + (stimulated - control) sampled from the same noise");
}

void DoublesArgs::addOptions(CLI::App& cmd) {
    cmd.add_option("--doubles", doubles,
                   "a two-gene perturbation: the network conditioned on both genes at once (joint), the sum of its "
                   "two single-gene changes (sum), or (auto) joint for a double the training cells had, else sum")
        ->check(CLI::IsMember({"auto", "joint", "sum"}))
        ->capture_default_str();
}

void AnnotationArgs::addOptions(CLI::App& cmd) {
    cmd.add_option("--prune-after", options.pruneAfter,
                   "after this many time steps drop candidates with probability below --prune-below (0 = off)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    cmd.add_option("--prune-below", options.pruneBelow, "probability under which a candidate is dropped")
        ->check(CLI::Range(1e-12, 0.5))
        ->capture_default_str();
    cmd.add_option("--timesteps", options.timesteps,
                   "diffusion time steps scored per candidate (repeats draw new noise)")
        ->delimiter(',')
        ->capture_default_str();
    cmd.add_flag("--naive", naive, "one forward per candidate with its own noise (the slow reference loop)");
}

engine::AnnotationOptions AnnotationArgs::get() const {
    auto o = options;
    o.batched = !naive;
    return o;
}

void TypeSourceArgs::addOptions(CLI::App& cmd, bool withShuffle) {
    auto* group = cmd.add_option_group("cell-type table",
                                       "the text conditioner's rows (--type-conditioner text or both); one source");
    group->add_option("--type-table", table, "a table file: TSV (name, v1..vk), .npy (+ names file) or .h5ad");
    group->add_option("--type-table-names", names, "the names of a .npy table's rows, one per line");
    group->add_option("--type-descriptions", descriptions,
                      "a TSV of cell type -> free-text description, embedded by --text-encoder or the built-in lexical "
                      "encoder");
    group->add_option("--ontology", ontology,
                      "a cell ontology (cl.obo, cl.owl, cl.json): each label's term definition, embedded by "
                      "--text-encoder or the built-in lexical encoder");
    group->add_flag("--ontology-ancestors", ancestors, "with --ontology: add the names of the term's is_a ancestors");
    group->add_flag("--type-table-in-dataset", inDataset,
                    "the table the dataset carries in uns['scdiff_text_embeddings'] (names, vectors)");
    group->add_option("--text-encoder", encoder,
                      "a TorchScript BERT-family encoder (torch.jit.trace of e.g. BioLinkBERT) that embeds the "
                      "descriptions: the [CLS] vector of its last layer; needs --vocab");
    group->add_option("--vocab", vocab, "the text encoder's WordPiece vocabulary (vocab.txt)");
    group->add_flag("--encoder-cased", source.languageModel.cased, "the vocabulary is cased (no lower-casing)");
    group
        ->add_option("--max-tokens", source.languageModel.maxTokens, "tokens per description, [CLS] and [SEP] included")
        ->check(CLI::Range(3, 100000))
        ->capture_default_str();
    group->add_option("--text-width", source.width, "dimensions of the lexical encoder's vectors")
        ->check(CLI::Range(8, 100000))
        ->capture_default_str();
    if (withShuffle)
        group->add_flag("--shuffle-descriptions", shuffle,
                        "the control: permute the descriptions between the types before embedding them");
}

std::optional<prior::TypeTable> TypeSourceArgs::get(const AnnData& data, const std::string& labelKey) const {
    if (!given()) return std::nullopt;
    prior::TypeSource s = source;
    s.table = table;
    s.tableNames = names;
    s.descriptions = descriptions;
    s.ontology = ontology;
    s.withAncestors = ancestors;
    s.shuffle = shuffle;
    s.fromDataset = inDataset;
    s.languageModel.module = encoder;
    s.languageModel.vocab = vocab;
    auto t = engine::cellTypeTable(data, labelKey, s);
    std::cerr << "cell-type table: " << t.provenance << ", " << t.rows() << " rows of " << t.width << " values\n"
              << engine::cellTypeCoverage(data, labelKey, t).report(t.rows()) << "\n";
    return t;
}

void reportGeneMatch(const engine::Model& model, const AnnData& data) {
    std::cerr << engine::matchSourceGenes(model.genes(), data, model.config().keys.expression).summary() << "\n";
}

void startEngine() { engine::setThreads(globalOptions().threads); }

AnnData readDataset(const std::string& file, bool backed, Progress& progress) {
    io::ReadSafelyOptions reading;
    reading.expression = !backed;
    AnnData data = io::readSafely(file, progress, reading);
    if (backed)
        std::cerr << "the dataset is opened backed: " << data.nObs() << " cells x " << data.nVars()
                  << " genes, X read from " << file << " as needed\n";
    return data;
}

}  // namespace scdiff::cli
