#include "train/RememberedConfig.h"

#include <algorithm>
#include <set>

#include "common/Settings.h"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/expression.hpp"
#include "scdiff/error.hpp"
#include "session/Commands.h"

namespace scdiff::ui {

namespace {

bool hasValue(const AnnData& data, const std::string& column, const std::string& value) {
    const Column* c = data.obs.find(column);
    if (!c) return false;
    const auto names = asCategorical(c->data).categoryNames();
    return std::find(names.begin(), names.end(), value) != names.end();
}

}  // namespace

void rememberRunConfig(const engine::RunConfig& config) {
    Settings::setLastRunConfig(QString::fromStdString(engine::toJson(config)));
}

std::optional<engine::RunConfig> rememberedRunConfig(const AnnData& data, const engine::RunConfig& defaults) {
    const QString json = Settings::lastRunConfig();
    if (json.isEmpty()) return std::nullopt;
    engine::RunConfig c;
    try {
        c = engine::runConfigFromJson(json.toStdString());
    } catch (const Error&) {
        return std::nullopt;  // written by a version with other fields: the preset's settings instead
    }
    auto& k = c.keys;
    const auto& d = defaults.keys;
    const auto column = [&](std::string& key, const std::string& fallback) {
        if (!key.empty() && !data.obs.find(key)) key = fallback;
    };
    column(k.labelKey, d.labelKey);
    column(k.batchKey, d.batchKey);
    if (!k.conditionKey.empty() && !data.obs.find(k.conditionKey)) {
        k.conditionKey = d.conditionKey;
        k.control = d.control;
        k.stimulated = d.stimulated;
        k.heldOutType = d.heldOutType;
        k.heldOutPerturbations = d.heldOutPerturbations;
    }
    if (!k.conditionKey.empty()) {
        if (!hasValue(data, k.conditionKey, k.control)) k.control = d.control;
        if (!hasValue(data, k.conditionKey, k.stimulated)) k.stimulated = d.stimulated;
    }
    if (!k.heldOutType.empty() && !hasValue(data, k.labelKey, k.heldOutType)) k.heldOutType = d.heldOutType;
    if (!k.heldOutPerturbations.empty()) {
        // Another dataset's perturbations are not held out of this one's training.
        try {
            std::set<std::string> measured;
            for (const auto& [label, cells] : engine::measuredPerturbations(data, k)) measured.insert(label);
            for (const auto& held : engine::heldOutPerturbations(k))
                if (!measured.count(held)) k.heldOutPerturbations = d.heldOutPerturbations;
        } catch (const std::exception&) {
            k.heldOutPerturbations = d.heldOutPerturbations;
        }
    }
    const auto sources = expression::sources(data);
    if (std::find(sources.begin(), sources.end(), k.expression) == sources.end()) k.expression = d.expression;
    return c;
}

}  // namespace scdiff::ui
