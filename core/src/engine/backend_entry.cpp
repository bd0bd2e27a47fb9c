// The engine module's side of backend.hpp: each call goes to the real function of this module (the module
// is linked with -Bsymbolic-functions, so these names resolve here, not to the forwarding ones).
#include "backend.hpp"
#include "model_impl.hpp"
#include "scdiff/engine/inspect.hpp"
#include "scdiff/engine/text_encoder.hpp"

namespace scdiff::engine {

namespace {

class TorchBackend final : public Backend {
public:
    Model newModel(RunConfig config, std::vector<std::string> genes, Vocabulary cellTypes, Vocabulary batches,
                   Vocabulary conditions, prior::TypeTable typeTable, prior::GeneGraph geneGraph) const override {
        return Model(std::move(config), std::move(genes), std::move(cellTypes), std::move(batches),
                     std::move(conditions), std::move(typeTable), std::move(geneGraph));
    }
    void deleteModel(Model::Impl* impl) const override { delete impl; }
    std::int64_t parameterCount(const Model& model) const override { return model.parameterCount(); }
    std::string deviceName(const Model& model) const override { return model.deviceName(); }
    void save(const Model& model, const std::filesystem::path& file) const override { model.save(file); }
    Model load(const std::filesystem::path& file, const std::string& device) const override {
        return Model::load(file, device);
    }

    Model train(const AnnData& data, const RunConfig& config, Progress& progress,
                const TrainOptions& options) const override {
        return engine::train(data, config, progress, options);
    }
    Model fineTune(Model model, const AnnData& data, const std::vector<std::int64_t>& cells,
                   const FineTuneOptions& options, Progress& progress) const override {
        return engine::fineTune(std::move(model), data, cells, options, progress);
    }
    AnnotationResult annotate(const Model& model, const AnnData& data, const AnnotationOptions& options,
                              Progress& progress) const override {
        return engine::annotate(model, data, options, progress);
    }
    ImputationResult impute(const Model& model, const AnnData& data, const SamplingOptions& options,
                            Progress& progress) const override {
        return engine::impute(model, data, options, progress);
    }
    void imputeRows(const Model& model, const AnnData& data, const SamplingOptions& options, Progress& progress,
                    const ImputedRows& rows) const override {
        engine::imputeRows(model, data, options, progress, rows);
    }
    GenePerturbationResult perturbGenes(const Model& model, const AnnData& data, const std::vector<std::string>& genes,
                                        const GenePerturbationOptions& options, Progress& progress) const override {
        return engine::perturbGenes(model, data, genes, options, progress);
    }
    PerturbationResult perturb(const Model& model, const AnnData& data, const std::string& cellType,
                               const PerturbationOptions& options, Progress& progress) const override {
        return engine::perturb(model, data, cellType, options, progress);
    }
    double measureStepSeconds(const RunConfig& config, const DataShape& shape) const override {
        return engine::measureStepSeconds(config, shape);
    }

    TokenEmbeddings embedTokens(const std::filesystem::path& module, const std::vector<std::vector<std::int64_t>>& ids,
                                std::int64_t padId) const override {
        return engine::embedTokens(module, ids, padId);
    }

    std::vector<DeviceInfo> availableDevices() const override { return engine::availableDevices(); }
    std::string resolveDevice(const std::string& requested) const override { return engine::resolveDevice(requested); }
    void setThreads(int threads) const override { engine::setThreads(threads); }
    int threads() const override { return engine::threads(); }

    void exportTensors(const std::vector<std::pair<std::string, std::vector<float>>>& tensors,
                       const std::vector<std::vector<std::int64_t>>& shapes,
                       const std::filesystem::path& file) const override {
        engine::exportTensors(tensors, shapes, file);
    }
    void exportWeights(const Model& model, const std::filesystem::path& file) const override {
        engine::exportWeights(model, file);
    }
    std::vector<float> forwardRaw(const Model& model, const std::vector<float>& xt, const std::vector<std::int64_t>& t,
                                  const std::vector<float>& context, const std::vector<std::int64_t>& classes,
                                  const std::vector<std::int64_t>& batch) const override {
        return engine::forwardRaw(model, xt, t, context, classes, batch);
    }
    int classConditionerCount(const Model& model) const override { return engine::classConditionerCount(model); }
    std::vector<double> alphaBarSchedule(int timesteps) const override { return engine::alphaBarSchedule(timesteps); }
    std::vector<int> samplerTimesteps(int timesteps, int steps) const override {
        return engine::samplerTimesteps(timesteps, steps);
    }
};

}  // namespace

}  // namespace scdiff::engine

extern "C" __attribute__((visibility("default"))) const scdiff::engine::Backend* scdiff_engine_backend(
    int interfaceVersion) {
    static const scdiff::engine::TorchBackend backend;
    return interfaceVersion == scdiff::engine::kBackendInterfaceVersion ? &backend : nullptr;
}
