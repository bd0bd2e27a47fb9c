#include "scdiff/engine/problems.hpp"

#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "dataset_inputs.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

namespace {

Problem problem(ProblemKind kind, std::string field, std::string message) {
    Problem p{kind, std::move(field), std::move(message)};
    return p;
}

std::string valueList(const Vocabulary& v) {
    std::string out;
    for (const auto& c : v.classes) out += (out.empty() ? "" : ", ") + c;
    return out;
}

class Checker {
public:
    Checker(const AnnData& data, std::vector<Problem>& out) : data_(data), out_(out) {}

    // obs[key] as labels, or a NoSuchColumn problem (the engine's sentence names the existing columns).
    std::optional<std::vector<std::string>> labels(const std::string& key, const char* field, const char* role) {
        try {
            return obsLabels(data_, key, role);
        } catch (const InvalidInput& e) {
            auto p = problem(ProblemKind::NoSuchColumn, field, e.what());
            p.column = key;
            out_.push_back(std::move(p));
            return std::nullopt;
        }
    }

    // False (with a problem) when the column has more distinct values than a class column can have.
    bool classCountFits(const Vocabulary& v, const std::string& key, const char* field, const char* what) {
        const auto n = static_cast<std::int64_t>(v.classes.size());
        if (n <= kMaxClasses) return true;
        auto p =
            problem(ProblemKind::TooManyClasses, field,
                    "obs column '" + key + "' has " + std::to_string(n) + " distinct values, more than the " +
                        std::to_string(kMaxClasses) + " a " + what + " column can have; is it a cell ID or a number?");
        p.column = key;
        p.count = n;
        p.limit = kMaxClasses;
        out_.push_back(std::move(p));
        return false;
    }

private:
    const AnnData& data_;
    std::vector<Problem>& out_;
};

}  // namespace

std::vector<Problem> taskProblems(const AnnData& data, const RunConfig& config) {
    std::vector<Problem> out;
    const auto& k = config.keys;
    if (data.nObs() == 0) {
        out.push_back(problem(ProblemKind::NoCells, "", "the dataset has no cells"));
        return out;
    }
    Checker check(data, out);

    // The cell-type column: needed by annotation and perturbation, optional for imputation.
    std::optional<std::vector<std::string>> types;
    std::optional<Vocabulary> typeVocab;
    if (k.labelKey.empty()) {
        if (config.task != Task::Imputation && config.task != Task::GenePerturbation)
            out.push_back(
                problem(ProblemKind::NoLabelColumn, "keys.label_key",
                        "the " + std::string(taskName(config.task)) + " task needs a cell-type column (--label-key)"));
    } else if ((types = check.labels(k.labelKey, "keys.label_key", "cell-type labels"))) {
        auto vocab = vocabularyOf(*types, k.labelKey);
        const auto n = static_cast<std::int64_t>(vocab.classes.size());
        if (!check.classCountFits(vocab, k.labelKey, "keys.label_key", "cell-type")) {
        } else if (config.task == Task::Annotation && n < 2) {
            auto p = problem(ProblemKind::TooFewClasses, "keys.label_key",
                             "obs column '" + k.labelKey + "' has " + std::to_string(n) +
                                 " class; annotation needs at least two cell types");
            p.column = k.labelKey;
            p.count = n;
            out.push_back(std::move(p));
        } else {
            typeVocab = std::move(vocab);
            if (config.task != Task::Imputation) {
                std::map<std::string, std::int64_t> cells;
                for (const auto& t : *types)
                    if (!t.empty()) ++cells[t];
                auto p = problem(ProblemKind::FewCells, "keys.label_key", "");
                p.blocking = false;
                p.column = k.labelKey;
                p.limit = kFewCells;
                for (const auto& [name, count] : cells)
                    if (count < kFewCells) p.classes.emplace_back(name, count);
                if (!p.classes.empty()) {
                    std::string list;
                    for (const auto& [name, count] : p.classes)
                        list += (list.empty() ? "" : ", ") + name + " (" + std::to_string(count) + " cells)";
                    p.count = static_cast<std::int64_t>(p.classes.size());
                    p.message = std::to_string(p.classes.size()) + " class(es) of obs column '" + k.labelKey +
                                "' with fewer than " + std::to_string(kFewCells) + " cells: " + list +
                                "; their predictions are unreliable";
                    out.push_back(std::move(p));
                }
            }
        }
    }

    if (!k.batchKey.empty())
        if (auto batches = check.labels(k.batchKey, "keys.batch_key", "batch labels"))
            check.classCountFits(vocabularyOf(*batches, k.batchKey), k.batchKey, "keys.batch_key", "batch");

    if (config.task == Task::GenePerturbation) {
        if (k.conditionKey.empty()) {
            out.push_back(
                problem(ProblemKind::NoConditionColumn, "keys.condition_key",
                        "the gene-perturbation task needs a column of perturbation labels (--condition-key)"));
            return out;
        }
        if (!check.labels(k.conditionKey, "keys.condition_key", "gene-perturbation labels")) return out;
        try {
            std::int64_t controls = 0, perturbed = 0;
            std::set<std::string> measured;
            for (const auto& label : perturbationLabels(data, k)) {
                (label.control() ? controls : perturbed)++;
                if (!label.control()) measured.insert(label.canonical());
            }
            try {
                for (const auto& held : heldOutPerturbations(k))
                    if (!measured.count(held)) {
                        auto p = problem(ProblemKind::ValueMissing, "keys.held_out_perturbations",
                                         "the held-out perturbation '" + held + "' does not occur in obs column '" +
                                             k.conditionKey + "'");
                        p.column = k.conditionKey;
                        p.value = held;
                        out.push_back(std::move(p));
                    }
            } catch (const InvalidInput& e) {
                out.push_back(problem(ProblemKind::ValueMissing, "keys.held_out_perturbations", e.what()));
            }
            if (controls == 0 || perturbed == 0) {
                auto p = problem(ProblemKind::ValueMissing, "keys.control",
                                 "obs column '" + k.conditionKey + "' needs control cells (" + k.control +
                                     ", ctrl, control or non-targeting) and perturbed cells; it has " +
                                     std::to_string(controls) + " and " + std::to_string(perturbed));
                p.column = k.conditionKey;
                p.value = k.control;
                out.push_back(std::move(p));
            }
        } catch (const InvalidInput& e) {
            out.push_back(problem(ProblemKind::ValueMissing, "keys.condition_key", e.what()));
        }
        return out;
    }
    if (config.task != Task::Perturbation) return out;
    if (k.conditionKey.empty()) {
        out.push_back(problem(ProblemKind::NoConditionColumn, "keys.condition_key",
                              "the perturbation task needs a condition column (--condition-key)"));
        return out;
    }
    const auto states = check.labels(k.conditionKey, "keys.condition_key", "perturbation state");
    if (!states) return out;
    const auto vocab = vocabularyOf(*states, k.conditionKey);
    bool valuesOk = true;
    for (const auto& [value, field, what] : {std::tuple{k.control, "keys.control", "control"},
                                             std::tuple{k.stimulated, "keys.stimulated", "stimulated"}}) {
        if (vocab.indexOf(value) != 0) continue;
        auto p = problem(ProblemKind::ValueMissing, field,
                         std::string("the ") + what + " value '" + value + "' does not occur in obs column '" +
                             k.conditionKey + "' (values: " + valueList(vocab) + ")");
        p.column = k.conditionKey;
        p.value = value;
        out.push_back(std::move(p));
        valuesOk = false;
    }
    if (valuesOk && k.control == k.stimulated) {
        out.push_back(problem(ProblemKind::SameValues, "keys.stimulated",
                              "the control and stimulated values must differ (both are '" + k.control + "')"));
        valuesOk = false;
    }
    if (k.heldOutType.empty() || !typeVocab) return out;
    auto heldOutProblem = [&](ProblemKind kind, const std::string& what) {
        auto p = problem(kind, "keys.held_out_type", "the held-out cell type '" + k.heldOutType + "' " + what);
        p.column = k.labelKey;
        p.value = k.heldOutType;
        out.push_back(std::move(p));
    };
    if (typeVocab->indexOf(k.heldOutType) == 0) {
        heldOutProblem(ProblemKind::HeldOutMissing, "does not occur in obs column '" + k.labelKey + "'");
        return out;
    }
    if (!valuesOk) return out;
    std::int64_t controls = 0;
    for (std::size_t i = 0; i < types->size(); ++i)
        if ((*types)[i] == k.heldOutType && (*states)[i] == k.control) ++controls;
    if (controls == 0)
        heldOutProblem(ProblemKind::HeldOutWithoutControls, "has no " + k.control + " cells to predict from");
    return out;
}

}  // namespace scdiff::engine
