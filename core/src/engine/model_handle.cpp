// The torch-free side of a Model handle: its accessors read the model's facts; creating, destroying, saving
// and loading the network go to the engine module (backend.hpp). Gene matching and the parameter formula
// need no network at all.
#include <algorithm>
#include <cctype>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "backend.hpp"
#include "model_facts.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/expression.hpp"
#include "scdiff/gene_names.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

std::int64_t Vocabulary::indexOf(const std::string& label) const {
    auto it = std::lower_bound(classes.begin(), classes.end(), label);
    if (it != classes.end() && *it == label) return (it - classes.begin()) + 1;
    // Vocabularies are sorted when built from data, but a loaded one is searched linearly to be safe.
    auto lin = std::find(classes.begin(), classes.end(), label);
    return lin == classes.end() ? 0 : (lin - classes.begin()) + 1;
}

Model::Model(RunConfig config, std::vector<std::string> genes, Vocabulary cellTypes, Vocabulary batches,
             Vocabulary conditions, prior::TypeTable typeTable, prior::GeneGraph geneGraph)
    : Model(backend().newModel(std::move(config), std::move(genes), std::move(cellTypes), std::move(batches),
                               std::move(conditions), std::move(typeTable), std::move(geneGraph))) {}

Model::Model(Model&& other) noexcept
    : impl_(std::exchange(other.impl_, nullptr)), facts_(std::exchange(other.facts_, nullptr)) {}

Model& Model::operator=(Model&& other) noexcept {
    std::swap(impl_, other.impl_);  // the old network goes with `other`
    std::swap(facts_, other.facts_);
    return *this;
}

Model::~Model() {
    if (impl_) backend().deleteModel(impl_);  // a Model exists only once the module is loaded
}

const RunConfig& Model::config() const { return facts_->config; }
const std::vector<std::string>& Model::genes() const { return facts_->genes; }
const Vocabulary& Model::cellTypes() const { return facts_->cellTypes; }
const Vocabulary& Model::batches() const { return facts_->batches; }
const Vocabulary& Model::conditions() const { return facts_->conditions; }
int Model::epochsTrained() const { return facts_->epochs; }
const std::vector<EpochRecord>& Model::history() const { return facts_->history; }
double Model::temperature() const { return facts_->temperature; }
const prior::TypeTable& Model::typeTable() const { return facts_->typeTable; }
const prior::GeneGraph& Model::geneGraph() const { return facts_->geneGraph; }
const std::vector<std::string>& Model::trainedPerturbations() const { return facts_->trainedPerturbations; }

bool Model::trainedOn(const std::string& cellType) const {
    if (!facts_->trainedTypesRecorded) return true;
    const auto& t = facts_->trainedTypes;
    return std::binary_search(t.begin(), t.end(), cellType);
}

Model::TypeTraining Model::typeTraining(const std::string& cellType) const {
    const auto& f = facts_->fineTunedTypes;
    if (std::binary_search(f.begin(), f.end(), cellType)) return TypeTraining::FineTuned;
    return trainedOn(cellType) ? TypeTraining::Trained : TypeTraining::Unseen;
}

std::string Model::typeTrainingName(const std::string& cellType) const {
    switch (typeTraining(cellType)) {
        case TypeTraining::Trained:
            return "trained";
        case TypeTraining::FineTuned:
            return "fine-tuned";
        case TypeTraining::Unseen:
            break;
    }
    return facts_->typeTable.rows() > 0 ? "zero-shot" : "untrained";
}

bool Model::sawStimulated(const std::string& cellType) const {
    const auto& m = *facts_;
    if (!m.stimulatedTypesRecorded) return cellType != m.config.keys.heldOutType;
    return std::binary_search(m.stimulatedTypes.begin(), m.stimulatedTypes.end(), cellType);
}

std::int64_t Model::parameterCount() const { return backend().parameterCount(*this); }
std::string Model::deviceName() const { return backend().deviceName(*this); }
void Model::save(const std::filesystem::path& file) const { backend().save(*this, file); }
Model Model::load(const std::filesystem::path& file, const std::string& device) { return backend().load(file, device); }

std::int64_t expectedParameterCount(const ModelConfig& c, std::int64_t m, const std::vector<std::int64_t>& classCounts,
                                    std::int64_t batches, std::int64_t typeTableWidth) {
    const std::int64_t d = c.hidden, L = c.depth, inner = std::int64_t{c.heads} * c.headDim,
                       ff = std::int64_t{c.ffMult} * d;
    const std::int64_t layerNorm = 2 * d;
    const std::int64_t embedder = m * d + layerNorm;
    std::int64_t n = embedder;
    if (c.context) n += embedder + L * (d * d + d + layerNorm);
    const bool text = c.typeConditioner != "class" && typeTableWidth > 0;
    for (std::size_t k = 0; k < classCounts.size(); ++k)
        if (k > 0 || !text || c.typeConditioner == "both") n += L * (classCounts[k] + 1) * d;
    // Text: per block Linear(k, d) + LayerNorm(d), and a null vector per block.
    if (text) n += L * (typeTableWidth * d + d + layerNorm) + L * d;
    const std::int64_t attention = 3 * d * inner + inner * d + d;
    const std::int64_t feedForward = d * 2 * ff + 2 * ff + ff * d + d;
    n += L * (2 * layerNorm + attention + feedForward);
    n += layerNorm + (batches + 1) * d + d * m + m;
    if (c.batchIn == "token" && batches > 0) n += L * (batches + 1) * d;
    if (c.batchIn == "input" && batches > 0) n += (batches + 1) * d;
    return n;
}

std::string GeneMatch::summary() const {
    std::ostringstream s;
    s << matched << " of " << modelGenes << " model genes found in the data";
    if (!symbolColumn.empty()) s << " by var['" << symbolColumn << "']";
    if (missing) s << " (" << missing << " missing, set to zero)";
    return s.str();
}

namespace {
bool looksEnsembl(const std::vector<std::string>& names) {
    std::size_t hits = 0, seen = 0;
    for (const auto& n : names) {
        if (++seen > 200) break;
        if (n.size() > 4 && n.rfind("ENS", 0) == 0 && std::isdigit(static_cast<unsigned char>(n.back()))) ++hits;
    }
    return seen && hits * 2 > std::min<std::size_t>(seen, 200);
}
}  // namespace

GeneMatch matchGenes(const std::vector<std::string>& modelGenes, const std::vector<std::string>& dataGenes,
                     double minFraction) {
    std::unordered_map<std::string, std::int32_t> modelIndex;
    for (std::size_t i = 0; i < modelGenes.size(); ++i) modelIndex.emplace(modelGenes[i], static_cast<std::int32_t>(i));
    GeneMatch g;
    g.modelGenes = static_cast<std::int64_t>(modelGenes.size());
    g.modelColumnOfDataColumn.assign(dataGenes.size(), -1);
    std::vector<char> found(modelGenes.size(), 0);
    for (std::size_t c = 0; c < dataGenes.size(); ++c) {
        auto it = modelIndex.find(dataGenes[c]);
        if (it == modelIndex.end() || found[static_cast<std::size_t>(it->second)]) continue;
        found[static_cast<std::size_t>(it->second)] = 1;
        g.modelColumnOfDataColumn[c] = it->second;
        ++g.matched;
    }
    g.missing = g.modelGenes - g.matched;
    if (g.modelGenes == 0 || static_cast<double>(g.matched) < minFraction * static_cast<double>(g.modelGenes)) {
        std::string msg = "only " + g.summary() + "; at least " + std::to_string(static_cast<int>(minFraction * 100)) +
                          " % are needed";
        const bool modelEns = looksEnsembl(modelGenes), dataEns = looksEnsembl(dataGenes);
        if (modelEns != dataEns)
            msg += std::string(". The model's genes look like ") + (modelEns ? "Ensembl IDs" : "gene symbols") +
                   " but the data's look like " + (dataEns ? "Ensembl IDs" : "gene symbols") +
                   ": use a var column with the same kind of names";
        throw InvalidInput(msg);
    }
    return g;
}

GeneMatch matchGenes(const std::vector<std::string>& modelGenes, const DataFrame& var, double minFraction) {
    const auto symbols = geneSymbols(var);
    if (symbols) {
        const auto byIndex = matchGenes(modelGenes, var.index, 0.0);
        const auto bySymbol = matchGenes(modelGenes, *symbols, 0.0);
        if (bySymbol.matched > byIndex.matched) {
            auto g = matchGenes(modelGenes, *symbols, minFraction);
            for (const auto& name : geneSymbolColumns())
                if (var.find(name)) {
                    g.symbolColumn = name;
                    break;
                }
            return g;
        }
    }
    return matchGenes(modelGenes, var.index, minFraction);
}

GeneMatch matchSourceGenes(const std::vector<std::string>& modelGenes, const AnnData& data,
                           const std::string& expression, double minFraction) {
    const auto source = expression::view(data, expression);
    if (source.source == "raw" && data.raw) return matchGenes(modelGenes, data.raw->var, minFraction);
    if (source.genes == &data.var.index) return matchGenes(modelGenes, data.var, minFraction);
    return matchGenes(modelGenes, *source.genes, minFraction);
}

}  // namespace scdiff::engine
