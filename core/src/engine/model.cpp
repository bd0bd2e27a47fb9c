#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "model_impl.hpp"
#include "scdiff/atomic_file.hpp"
#include "scdiff/engine/device.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

using nlohmann::json;

namespace {
constexpr std::int64_t kFormatVersion = 1;
constexpr const char* kFormatName = "scdiff-studio model";

// The text conditioner's rows as a tensor ([cell types, k]; undefined without a table).
torch::Tensor typeTableTensor(const prior::TypeTable& t) {
    if (t.rows() == 0) return {};
    return torch::from_blob(const_cast<float*>(t.values.data()), {t.rows(), t.width}, torch::kFloat32).clone();
}

std::vector<std::int64_t> classCounts(const Model::Impl& m) {
    std::vector<std::int64_t> counts;
    if (m.usesCellType()) counts.push_back(static_cast<std::int64_t>(m.cellTypes.classes.size()));
    if (m.usesCondition()) counts.push_back(static_cast<std::int64_t>(m.conditions.classes.size()));
    return counts;
}

// The gene conditioner's graph (undefined tensors for other models).
net::GraphTensors graphOf(const Model::Impl& m) {
    if (!m.usesGeneGraph()) return {};
    net::GraphTensors g;
    g.nodes = static_cast<std::int64_t>(m.geneGraph.genes.size());
    std::vector<std::int64_t> from, to;
    std::vector<float> weight;
    for (const auto& e : m.geneGraph.edges) {
        from.push_back(e.from);
        to.push_back(e.to);
        weight.push_back(e.weight);
    }
    g.from = torch::tensor(from, torch::kInt64);
    g.to = torch::tensor(to, torch::kInt64);
    g.weight = torch::tensor(weight, torch::kFloat32);
    return g;
}

json vocabJson(const Vocabulary& v) { return {{"key", v.key}, {"classes", v.classes}}; }
Vocabulary vocabFrom(const json& j) {
    return {j.at("key").get<std::string>(), j.at("classes").get<std::vector<std::string>>()};
}
}  // namespace

torch::Device torchDevice(const std::string& requested) { return torch::Device(resolveDevice(requested)); }

Model::Impl::Impl(RunConfig c, std::vector<std::string> g, Vocabulary ct, Vocabulary b, Vocabulary cond,
                  torch::Device d, prior::TypeTable table, prior::GeneGraph graph)
    : ModelFacts{std::move(c), std::move(g), std::move(ct), std::move(b), std::move(cond)},
      device(d),
      schedule(config.model.timesteps) {
    typeTable = std::move(table);
    geneGraph = std::move(graph);
    if (usesGeneGraph() && geneGraph.genes != conditions.classes)
        throw InvalidInput("a gene-perturbation model needs its graph's genes as its condition vocabulary");
    torch::manual_seed(config.train.seed);
    net = net::ScDiffNet(config.model, static_cast<std::int64_t>(genes.size()), classConditionerNames(),
                         classCounts(*this), static_cast<std::int64_t>(batches.classes.size()),
                         typeTableTensor(typeTable), graphOf(*this));
    net->to(device);
    if (config.train.emaDecay > 0) {
        ema = net::ScDiffNet(config.model, static_cast<std::int64_t>(genes.size()), classConditionerNames(),
                             classCounts(*this), static_cast<std::int64_t>(batches.classes.size()),
                             typeTableTensor(typeTable), graphOf(*this));
        ema->to(device);
        ema->eval();
        for (auto& p : ema->parameters()) p.set_requires_grad(false);
        resetEma();
    }
    optimizer = std::make_unique<torch::optim::AdamW>(
        net->parameters(), torch::optim::AdamWOptions(config.train.learningRate()).weight_decay(0.0));
}

std::vector<std::string> Model::Impl::classConditionerNames() const {
    std::vector<std::string> names;
    if (usesCellType()) names.push_back("cell_type");
    if (usesCondition()) names.push_back("condition");
    return names;
}

void Model::Impl::recordTrainedTypes(std::vector<std::string> types) {
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    trainedTypes = std::move(types);
    trainedTypesRecorded = true;
    // Beside a text conditioner the class vectors of types without training cells are read as null.
    torch::NoGradGuard noGrad;
    for (auto* network : {&net, &ema}) {
        if (!*network || !(*network)->maskedCellTypeClasses) continue;
        auto& mask = (*network)->maskedCellTypeClasses->trained;
        auto values = torch::zeros_like(mask, torch::TensorOptions().device(torch::kCPU));
        values[0] = 1;
        for (const auto& t : trainedTypes)
            if (const auto i = cellTypes.indexOf(t); i > 0) values[i] = 1;
        mask.copy_(values.to(mask.device()));
    }
}

void Model::Impl::resetEma() {
    if (!ema) return;
    torch::NoGradGuard noGrad;
    const auto from = net->named_parameters(), fromBuffers = net->named_buffers();
    for (auto& p : ema->named_parameters()) p.value().copy_(from[p.key()]);
    for (auto& b : ema->named_buffers()) b.value().copy_(fromBuffers[b.key()]);
}

void Model::Impl::updateEma() {
    if (!ema) return;
    torch::NoGradGuard noGrad;
    const double n = static_cast<double>(updates);
    const double decay = std::min(config.train.emaDecay, (1 + n) / (10 + n));
    const auto params = net->parameters();
    auto averaged = ema->parameters();
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (!params[i].requires_grad()) continue;  // frozen (conditioner-only fine-tuning): its average stays too
        averaged[i].mul_(decay).add_(params[i], 1 - decay);
    }
}

void Model::Impl::moveOptimizerStateTo(torch::Device d) {
    for (auto& [key, state] : optimizer->state()) {
        auto& s = static_cast<torch::optim::AdamWParamState&>(*state);
        s.exp_avg(s.exp_avg().to(d));
        s.exp_avg_sq(s.exp_avg_sq().to(d));
        if (s.max_exp_avg_sq().defined()) s.max_exp_avg_sq(s.max_exp_avg_sq().to(d));
    }
}

Model::Model(RunConfig config, std::vector<std::string> genes, Vocabulary cellTypes, Vocabulary batches,
             Vocabulary conditions, prior::TypeTable typeTable, prior::GeneGraph geneGraph) {
    const auto device = torchDevice(config.train.device);
    impl_ = new Impl(std::move(config), std::move(genes), std::move(cellTypes), std::move(batches),
                     std::move(conditions), device, std::move(typeTable), std::move(geneGraph));
    facts_ = impl_;
}
Model::Model(std::unique_ptr<Impl> impl) : impl_(impl.release()), facts_(impl_) {}

std::string Model::deviceName() const { return impl_->device.str(); }

std::int64_t Model::parameterCount() const {
    std::int64_t n = 0;
    for (const auto& p : impl_->net->parameters()) n += p.numel();
    return n;
}

void Model::save(const std::filesystem::path& file) const {
    const auto& m = *impl_;
    json meta;
    meta["format"] = kFormatName;
    meta["format_version"] = kFormatVersion;
    meta["config"] = json::parse(toJson(m.config));
    meta["genes"] = m.genes;
    meta["cell_types"] = vocabJson(m.cellTypes);
    meta["batches"] = vocabJson(m.batches);
    meta["conditions"] = vocabJson(m.conditions);
    meta["epochs"] = m.epochs;
    meta["cells_done_in_epoch"] = m.cellsDoneInEpoch;
    meta["partial_loss_sum"] = m.partialLossSum;
    meta["partial_loss_steps"] = m.partialLossSteps;
    meta["updates"] = m.updates;
    meta["temperature"] = m.temperature;
    meta["torch_version"] = torchVersion();
    if (m.stimulatedTypesRecorded) meta["trained_stimulated_types"] = m.stimulatedTypes;
    if (m.trainedTypesRecorded) meta["trained_cell_types"] = m.trainedTypes;
    if (!m.fineTunedTypes.empty()) meta["fine_tuned_cell_types"] = m.fineTunedTypes;
    if (m.trainConditionerOnly) meta["train_conditioner_only"] = true;
    if (m.usesGeneGraph()) {
        meta["gene_graph"] = {{"source", m.geneGraph.source}, {"edges", m.geneGraph.edges.size()}};
        meta["trained_perturbations"] = m.trainedPerturbations;
    }
    if (m.typeTable.rows() > 0)
        meta["type_table"] = {
            {"names", m.typeTable.names}, {"width", m.typeTable.width}, {"provenance", m.typeTable.provenance}};
    auto& hist = meta["history"] = json::array();
    for (const auto& h : m.history)
        hist.push_back({{"epoch", h.epoch},
                        {"train_loss", h.trainLoss},
                        {"validation_loss", h.validationLoss},
                        {"seconds", h.seconds},
                        {"cells_per_s", h.cellsPerSecond}});

    torch::serialize::OutputArchive archive;
    archive.write("scdiff_meta", c10::IValue(meta.dump()));
    torch::serialize::OutputArchive weights;
    m.net->save(weights);
    archive.write("weights", weights);
    if (m.ema) {
        torch::serialize::OutputArchive averaged;
        m.ema->save(averaged);
        archive.write("ema_weights", averaged);
    }
    if (m.typeTable.rows() > 0) archive.write("type_table", typeTableTensor(m.typeTable));
    if (m.usesGeneGraph()) {  // the graph as it was built (the network's buffers hold its normalised form)
        const auto g = graphOf(m);
        archive.write("gene_graph_from", g.from);
        archive.write("gene_graph_to", g.to);
        archive.write("gene_graph_weight", g.weight);
    }
    torch::serialize::OutputArchive optimizer;
    m.optimizer->save(optimizer);
    archive.write("optimizer", optimizer);

    // Into memory first: LibTorch's zip writer throws from its destructor when a write fails (a full disk),
    // which ends the program; writeAtomically reports it as a sentence and keeps an existing file.
    std::ostringstream image(std::ios::binary);
    archive.save_to(image);
    const std::string bytes = std::move(image).str();
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    io::writeAtomically(
        file, [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
}

Model Model::load(const std::filesystem::path& file, const std::string& device) {
    if (!std::filesystem::exists(file)) throw FileError(file.string(), "", "no such model file");
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(file.string(), torch::Device(torch::kCPU));
    } catch (const std::exception&) {
        throw FileError(file.string(), "", "not a readable scDiff model file (corrupt, truncated or another format)");
    }
    json meta;
    try {
        c10::IValue metaValue;
        if (!archive.try_read("scdiff_meta", metaValue) || !metaValue.isString())
            throw FileError(file.string(), "scdiff_meta",
                            "missing: this is a TorchScript/PyTorch file, not an scDiff model");
        meta = json::parse(metaValue.toStringRef());
        if (meta.value("format", "") != kFormatName)
            throw FileError(file.string(), "scdiff_meta", "not an scDiff model file");
        const auto version = meta.at("format_version").get<std::int64_t>();
        if (version > kFormatVersion)
            throw FileError(file.string(), "scdiff_meta",
                            "model format version " + std::to_string(version) + " is newer than this program reads (" +
                                std::to_string(kFormatVersion) + "); update scDiff Studio");
    } catch (const json::exception& e) {
        throw FileError(file.string(), "scdiff_meta", std::string("damaged metadata: ") + e.what());
    }
    try {
        auto config = runConfigFromJson(meta.at("config").dump());
        const auto target = torchDevice(device.empty() ? config.train.device : device);
        prior::TypeTable table;
        if (meta.contains("type_table")) {
            const auto& t = meta.at("type_table");
            table.names = t.at("names").get<std::vector<std::string>>();
            table.width = t.at("width").get<std::int64_t>();
            table.provenance = t.value("provenance", "");
            torch::Tensor values;
            archive.read("type_table", values);
            values = values.to(torch::kFloat32).contiguous();
            if (values.dim() != 2 || values.size(0) != table.rows() || values.size(1) != table.width)
                throw FileError(file.string(), "type_table", "the stored cell-type table does not match its names");
            table.values.assign(values.data_ptr<float>(), values.data_ptr<float>() + values.numel());
        }
        prior::GeneGraph graph;
        const auto conditions = vocabFrom(meta.at("conditions"));
        if (meta.contains("gene_graph")) {
            graph.genes = conditions.classes;
            graph.source = meta.at("gene_graph").value("source", "");
            const auto nodes = static_cast<std::int64_t>(graph.genes.size());
            torch::Tensor from, to, weight;
            archive.read("gene_graph_from", from);
            archive.read("gene_graph_to", to);
            archive.read("gene_graph_weight", weight);
            from = from.to(torch::kInt64).contiguous();
            to = to.to(torch::kInt64).contiguous();
            weight = weight.to(torch::kFloat32).contiguous();
            const auto edges = meta.at("gene_graph").at("edges").get<std::int64_t>();
            if (from.numel() != edges || to.numel() != edges || weight.numel() != edges ||
                (edges > 0 && (from.min().item<std::int64_t>() < 0 || to.min().item<std::int64_t>() < 0 ||
                               from.max().item<std::int64_t>() >= nodes || to.max().item<std::int64_t>() >= nodes)))
                throw FileError(file.string(), "gene_graph", "the stored gene graph does not match its genes");
            const auto *f = from.data_ptr<std::int64_t>(), *t = to.data_ptr<std::int64_t>();
            const auto* w = weight.data_ptr<float>();
            for (std::int64_t e = 0; e < edges; ++e)
                graph.edges.push_back({static_cast<std::int32_t>(f[e]), static_cast<std::int32_t>(t[e]), w[e]});
        }
        auto impl = std::make_unique<Impl>(config, meta.at("genes").get<std::vector<std::string>>(),
                                           vocabFrom(meta.at("cell_types")), vocabFrom(meta.at("batches")), conditions,
                                           torch::Device(torch::kCPU), std::move(table), std::move(graph));
        if (meta.contains("trained_perturbations"))
            impl->trainedPerturbations = meta.at("trained_perturbations").get<std::vector<std::string>>();
        torch::serialize::InputArchive weights, optimizer;
        archive.read("weights", weights);
        impl->net->load(weights);
        if (impl->ema) {
            torch::serialize::InputArchive averaged;
            archive.read("ema_weights", averaged);
            impl->ema->load(averaged);
            impl->ema->to(target);
        }
        archive.read("optimizer", optimizer);
        impl->optimizer->load(optimizer);
        impl->net->to(target);
        impl->moveOptimizerStateTo(target);
        impl->device = target;
        impl->epochs = meta.at("epochs").get<int>();
        // Files before distributed training counted steps of one process's batch.
        const auto oldSteps = meta.value("step_in_epoch", std::int64_t{0});
        impl->cellsDoneInEpoch = meta.value("cells_done_in_epoch", oldSteps * impl->config.train.batchSize);
        impl->partialLossSum = meta.value("partial_loss_sum", 0.0);
        impl->partialLossSteps = meta.value("partial_loss_steps", oldSteps);
        impl->updates = meta.value("updates", std::int64_t{0});
        impl->temperature = meta.value("temperature", 1.0);
        if (meta.contains("trained_stimulated_types")) {
            impl->stimulatedTypes = meta.at("trained_stimulated_types").get<std::vector<std::string>>();
            std::sort(impl->stimulatedTypes.begin(), impl->stimulatedTypes.end());
            impl->stimulatedTypesRecorded = true;
        }
        if (meta.contains("trained_cell_types")) {
            impl->trainedTypes = meta.at("trained_cell_types").get<std::vector<std::string>>();
            impl->trainedTypesRecorded = true;
        }
        impl->trainConditionerOnly = meta.value("train_conditioner_only", false);
        if (meta.contains("fine_tuned_cell_types")) {
            impl->fineTunedTypes = meta.at("fine_tuned_cell_types").get<std::vector<std::string>>();
        }
        for (const auto& h : meta.at("history"))
            impl->history.push_back({h.at("epoch").get<int>(), h.at("train_loss").get<double>(),
                                     h.at("validation_loss").get<double>(), h.at("seconds").get<double>(),
                                     h.at("cells_per_s").get<double>()});
        return Model(std::move(impl));
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw FileError(file.string(), "weights",
                        std::string("the stored network does not match its configuration: ") + e.what());
    }
}

}  // namespace scdiff::engine
