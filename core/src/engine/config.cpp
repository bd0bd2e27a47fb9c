#include "scdiff/engine/config.hpp"

#include <nlohmann/json.hpp>

#include <type_traits>
#include <variant>

#include "presets_data.hpp"
#include "scdiff/engine/config_fields.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

using nlohmann::json;

const char* taskName(Task t) {
    switch (t) {
        case Task::Annotation:
            return "annotation";
        case Task::Imputation:
            return "imputation";
        case Task::Perturbation:
            return "perturbation";
        case Task::GenePerturbation:
            return "gene-perturbation";
    }
    return "?";
}

Task taskFromName(const std::string& name) {
    for (Task t : {Task::Annotation, Task::Imputation, Task::Perturbation, Task::GenePerturbation})
        if (name == taskName(t)) return t;
    throw InvalidInput("unknown task '" + name +
                       "': expected annotation, imputation, perturbation or gene-perturbation");
}

namespace {

// The members of one JSON section ("model", "train", "keys", "genes") into c, by the field table; absent
// members keep their values.
void applySection(const json& j, const std::string& section, RunConfig& c) {
    for (const auto& f : configFields()) {
        if (f.section != section || !j.contains(f.key)) continue;
        const json& v = j.at(f.key);
        try {
            std::visit([&](auto* p) { *p = v.get<std::remove_pointer_t<decltype(p)>>(); }, f.ref(c));
        } catch (const json::exception&) {
            throw InvalidInput("configuration field '" + f.name() + "' has the wrong type (" + v.type_name() + ")");
        }
    }
}

}  // namespace

std::vector<std::string> presetNames() {
    std::vector<std::string> names{"auto"};
    for (const auto& p : detail::presetResources()) names.emplace_back(p.name);
    return names;
}

RunConfig preset(const std::string& name, Task task) {
    if (name == "auto") {  // the quick preset, adapted to a dataset by autoPreset (budget.hpp)
        RunConfig c = preset("quick", task);
        c.preset = "auto";
        // Where the batch enters is chosen on the training cells (budget.hpp chooseBatchIn); measured for
        // annotation only (docs/engine.md, "Strong batch effects"), so the other tasks keep the paper's decoder.
        if (task == Task::Annotation) c.model.batchIn = "auto";
        // With a batch column, the genes variable in most batches (scanpy's batch_key), not those that tell the
        // batches apart: macro accuracy +0.15 on the strong-batch tuning set, then +0.012 and +0.011 on two
        // reporting sets with 5,000 genes and 3 batches (docs/engine.md, "Genes"). Measured for annotation only.
        if (task == Task::Annotation) c.genes.perBatch = true;
        return c;
    }
    for (const auto& p : detail::presetResources()) {
        if (p.name != name) continue;
        const auto j = json::parse(p.json);
        RunConfig c;
        c.task = task;
        c.preset = name;
        applySection(j.at("model"), "model", c);
        applySection(j.at("train"), "train", c);
        const auto& perTask = j.at("tasks").at(taskName(task));
        if (perTask.contains("model")) applySection(perTask.at("model"), "model", c);
        if (perTask.contains("train")) applySection(perTask.at("train"), "train", c);
        if (j.contains("genes")) applySection(j.at("genes"), "genes", c);
        checkConfigFields(c);
        return c;
    }
    std::string known;
    for (const auto& n : presetNames()) known += (known.empty() ? "" : ", ") + n;
    throw InvalidInput("unknown preset '" + name + "': expected one of " + known);
}

std::string toJson(const RunConfig& c) {
    json j;
    j["task"] = taskName(c.task);
    j["preset"] = c.preset;
    auto& fields = const_cast<RunConfig&>(c);  // ref() only reads here
    for (const auto& f : configFields()) std::visit([&](auto* p) { j[f.section][f.key] = *p; }, f.ref(fields));
    j["train"]["learning_rate"] = c.train.learningRate();  // derived, for the reader of the file
    return j.dump(2);
}

RunConfig runConfigFromJson(const std::string& text) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        throw InvalidInput(std::string("the configuration is not valid JSON: ") + e.what());
    }
    if (!j.is_object()) throw InvalidInput("the configuration must be a JSON object");
    RunConfig c;
    if (j.contains("task")) {
        if (!j["task"].is_string()) throw InvalidInput("configuration field 'task' must be a string");
        c.task = taskFromName(j["task"].get<std::string>());
    }
    if (j.contains("preset") && j["preset"].is_string()) {
        const auto name = j["preset"].get<std::string>();
        for (const auto& known : presetNames())
            if (known == name) c = preset(name, c.task);
        c.preset = name;
    }
    for (const char* section : {"model", "train", "keys", "genes"})
        if (j.contains(section)) applySection(j[section], section, c);
    checkConfigFields(c);
    return c;
}

}  // namespace scdiff::engine
