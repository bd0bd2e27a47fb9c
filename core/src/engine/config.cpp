#include "scdiff/engine/config.hpp"

#include <nlohmann/json.hpp>

#include "presets_data.hpp"
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
    }
    return "?";
}

Task taskFromName(const std::string& name) {
    for (Task t : {Task::Annotation, Task::Imputation, Task::Perturbation})
        if (name == taskName(t)) return t;
    throw InvalidInput("unknown task '" + name + "': expected annotation, imputation or perturbation");
}

namespace {

template <class T>
void readField(const json& j, const char* section, const char* key, T& out) {
    if (!j.contains(key)) return;
    try {
        out = j.at(key).get<T>();
    } catch (const json::exception&) {
        throw InvalidInput(std::string("configuration field '") + section + "." + key + "' has the wrong type (" +
                           j.at(key).type_name() + ")");
    }
}

void applyModel(const json& j, ModelConfig& m) {
    readField(j, "model", "hidden", m.hidden);
    readField(j, "model", "depth", m.depth);
    readField(j, "model", "heads", m.heads);
    readField(j, "model", "head_dim", m.headDim);
    readField(j, "model", "ff_mult", m.ffMult);
    readField(j, "model", "context", m.context);
    readField(j, "model", "timesteps", m.timesteps);
    readField(j, "model", "skip", m.skip);
}

void applyTrain(const json& j, TrainConfig& t) {
    readField(j, "train", "epochs", t.epochs);
    readField(j, "train", "steps", t.steps);
    readField(j, "train", "schedule", t.schedule);
    readField(j, "train", "warmup_steps", t.warmupSteps);
    readField(j, "train", "ema_decay", t.emaDecay);
    readField(j, "train", "base_lr", t.baseLr);
    readField(j, "train", "batch_size", t.batchSize);
    readField(j, "train", "condition_dropout", t.conditionDropout);
    readField(j, "train", "context_masking", t.contextMasking);
    readField(j, "train", "full_mask_probability", t.fullMaskProbability);
    readField(j, "train", "seed", t.seed);
    readField(j, "train", "checkpoint_every", t.checkpointEvery);
    readField(j, "train", "validation_fraction", t.validationFraction);
    readField(j, "train", "early_stopping_patience", t.earlyStoppingPatience);
    readField(j, "train", "device", t.device);
}

void applyKeys(const json& j, DataKeys& k) {
    readField(j, "keys", "label_key", k.labelKey);
    readField(j, "keys", "batch_key", k.batchKey);
    readField(j, "keys", "condition_key", k.conditionKey);
    readField(j, "keys", "control", k.control);
    readField(j, "keys", "stimulated", k.stimulated);
    readField(j, "keys", "held_out_type", k.heldOutType);
    readField(j, "keys", "expression", k.expression);
}

void applyGenes(const json& j, GeneSelection& g) { readField(j, "genes", "highly_variable", g.highlyVariable); }

void check(const RunConfig& c) {
    auto positive = [](const char* field, double v) {
        if (!(v > 0))
            throw InvalidInput(std::string("configuration field '") + field + "' must be positive, got " +
                               std::to_string(v));
    };
    positive("model.hidden", c.model.hidden);
    positive("model.depth", c.model.depth);
    positive("model.heads", c.model.heads);
    positive("model.head_dim", c.model.headDim);
    positive("model.ff_mult", c.model.ffMult);
    positive("train.epochs", c.train.epochs);
    positive("train.base_lr", c.train.baseLr);
    positive("train.batch_size", c.train.batchSize);
    if (c.genes.highlyVariable < 0)
        throw InvalidInput(
            "configuration field 'genes.highly_variable' must be 0 (all genes) or a positive number of genes");
    if (c.model.timesteps < 10) throw InvalidInput("configuration field 'model.timesteps' must be at least 10");
    if (c.train.validationFraction < 0 || c.train.validationFraction >= 0.5)
        throw InvalidInput("configuration field 'train.validation_fraction' must be in [0, 0.5)");
    if (c.train.steps < 0)
        throw InvalidInput("configuration field 'train.steps' must be 0 (use epochs) or a positive number of steps");
    if (c.train.schedule != "constant" && c.train.schedule != "cosine")
        throw InvalidInput("configuration field 'train.schedule' must be \"constant\" or \"cosine\", got \"" +
                           c.train.schedule + "\"");
    if (c.train.warmupSteps < 0) throw InvalidInput("configuration field 'train.warmup_steps' must not be negative");
    if (c.train.emaDecay < 0 || c.train.emaDecay >= 1)
        throw InvalidInput("configuration field 'train.ema_decay' must be in [0, 1) (0 = no weight averaging)");
    if (c.train.conditionDropout < 0 || c.train.conditionDropout >= 1)
        throw InvalidInput("configuration field 'train.condition_dropout' must be in [0, 1)");
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
        return c;
    }
    for (const auto& p : detail::presetResources()) {
        if (p.name != name) continue;
        const auto j = json::parse(p.json);
        RunConfig c;
        c.task = task;
        c.preset = name;
        applyModel(j.at("model"), c.model);
        applyTrain(j.at("train"), c.train);
        const auto& perTask = j.at("tasks").at(taskName(task));
        if (perTask.contains("model")) applyModel(perTask.at("model"), c.model);
        if (perTask.contains("train")) applyTrain(perTask.at("train"), c.train);
        if (j.contains("genes")) applyGenes(j.at("genes"), c.genes);
        check(c);
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
    j["model"] = {{"hidden", c.model.hidden},       {"depth", c.model.depth},    {"heads", c.model.heads},
                  {"head_dim", c.model.headDim},    {"ff_mult", c.model.ffMult}, {"context", c.model.context},
                  {"timesteps", c.model.timesteps}, {"skip", c.model.skip}};
    j["train"] = {{"epochs", c.train.epochs},
                  {"steps", c.train.steps},
                  {"schedule", c.train.schedule},
                  {"warmup_steps", c.train.warmupSteps},
                  {"ema_decay", c.train.emaDecay},
                  {"base_lr", c.train.baseLr},
                  {"learning_rate", c.train.learningRate()},
                  {"batch_size", c.train.batchSize},
                  {"condition_dropout", c.train.conditionDropout},
                  {"context_masking", c.train.contextMasking},
                  {"full_mask_probability", c.train.fullMaskProbability},
                  {"seed", c.train.seed},
                  {"checkpoint_every", c.train.checkpointEvery},
                  {"validation_fraction", c.train.validationFraction},
                  {"early_stopping_patience", c.train.earlyStoppingPatience},
                  {"device", c.train.device}};
    j["keys"] = {{"label_key", c.keys.labelKey},         {"batch_key", c.keys.batchKey},
                 {"condition_key", c.keys.conditionKey}, {"control", c.keys.control},
                 {"stimulated", c.keys.stimulated},      {"held_out_type", c.keys.heldOutType},
                 {"expression", c.keys.expression}};
    j["genes"]["highly_variable"] = c.genes.highlyVariable;
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
    if (j.contains("model")) applyModel(j["model"], c.model);
    if (j.contains("train")) applyTrain(j["train"], c.train);
    if (j.contains("keys")) applyKeys(j["keys"], c.keys);
    if (j.contains("genes")) applyGenes(j["genes"], c.genes);
    check(c);
    return c;
}

}  // namespace scdiff::engine
