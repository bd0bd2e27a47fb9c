// The public engine calls that need LibTorch, forwarded to the engine module (backend.hpp). The module
// defines the same functions for real; it is linked with -Bsymbolic-functions so its own calls never come
// back here.
#include "backend.hpp"
#include "scdiff/engine/inspect.hpp"
#include "scdiff/engine/text_encoder.hpp"

namespace scdiff::engine {

Model train(const AnnData& data, const RunConfig& config, Progress& progress, const TrainOptions& options) {
    return backend().train(data, config, progress, options);
}

Model fineTune(Model model, const AnnData& data, const std::vector<std::int64_t>& cells, const FineTuneOptions& options,
               Progress& progress) {
    return backend().fineTune(std::move(model), data, cells, options, progress);
}

AnnotationResult annotate(const Model& model, const AnnData& data, const AnnotationOptions& options,
                          Progress& progress) {
    return backend().annotate(model, data, options, progress);
}

ImputationResult impute(const Model& model, const AnnData& data, const SamplingOptions& options, Progress& progress) {
    return backend().impute(model, data, options, progress);
}

void imputeRows(const Model& model, const AnnData& data, const SamplingOptions& options, Progress& progress,
                const ImputedRows& rows) {
    backend().imputeRows(model, data, options, progress, rows);
}

GenePerturbationResult perturbGenes(const Model& model, const AnnData& data, const std::vector<std::string>& genes,
                                    const GenePerturbationOptions& options, Progress& progress) {
    return backend().perturbGenes(model, data, genes, options, progress);
}

PerturbationResult perturb(const Model& model, const AnnData& data, const std::string& cellType,
                           const PerturbationOptions& options, Progress& progress) {
    return backend().perturb(model, data, cellType, options, progress);
}

double measureStepSeconds(const RunConfig& config, const DataShape& shape) {
    return backend().measureStepSeconds(config, shape);
}

TokenEmbeddings embedTokens(const std::filesystem::path& module, const std::vector<std::vector<std::int64_t>>& ids,
                            std::int64_t padId) {
    return backend().embedTokens(module, ids, padId);
}

std::vector<DeviceInfo> availableDevices() { return backend().availableDevices(); }
std::string resolveDevice(const std::string& requested) { return backend().resolveDevice(requested); }
int threads() { return backend().threads(); }

void exportTensors(const std::vector<std::pair<std::string, std::vector<float>>>& tensors,
                   const std::vector<std::vector<std::int64_t>>& shapes, const std::filesystem::path& file) {
    backend().exportTensors(tensors, shapes, file);
}
void exportWeights(const Model& model, const std::filesystem::path& file) { backend().exportWeights(model, file); }
std::vector<float> forwardRaw(const Model& model, const std::vector<float>& xt, const std::vector<std::int64_t>& t,
                              const std::vector<float>& context, const std::vector<std::int64_t>& classes,
                              const std::vector<std::int64_t>& batch) {
    return backend().forwardRaw(model, xt, t, context, classes, batch);
}
int classConditionerCount(const Model& model) { return backend().classConditionerCount(model); }
std::vector<double> alphaBarSchedule(int timesteps) { return backend().alphaBarSchedule(timesteps); }
std::vector<int> samplerTimesteps(int timesteps, int steps) { return backend().samplerTimesteps(timesteps, steps); }

}  // namespace scdiff::engine
