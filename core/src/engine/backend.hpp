#pragma once
// The engine module's interface: everything that needs LibTorch, behind one abstract class. The torch-free
// engine library (libscdiff_engine: configuration, validation, results, evaluation, Model handles) forwards
// the public calls that need the network here; the module (libscdiff_engine_torch, all LibTorch code) is
// loaded with dlopen on the first such call, so programs that never train or infer (scdiff --help, info,
// convert, preprocess, synth; the Studio until it first needs a model) never load LibTorch
// (docs/architecture.md, "The engine module"). Torch-free.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/budget.hpp"
#include "scdiff/engine/device.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/text_encoder.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::engine {

class Backend {
public:
    virtual ~Backend() = default;

    // Model handles
    virtual Model newModel(RunConfig config, std::vector<std::string> genes, Vocabulary cellTypes, Vocabulary batches,
                           Vocabulary conditions, prior::TypeTable typeTable, prior::GeneGraph geneGraph) const = 0;
    virtual void deleteModel(Model::Impl* impl) const = 0;
    virtual std::int64_t parameterCount(const Model& model) const = 0;
    virtual std::string deviceName(const Model& model) const = 0;
    virtual void save(const Model& model, const std::filesystem::path& file) const = 0;
    virtual Model load(const std::filesystem::path& file, const std::string& device) const = 0;

    // Training and the tasks
    virtual Model train(const AnnData& data, const RunConfig& config, Progress& progress,
                        const TrainOptions& options) const = 0;
    virtual Model fineTune(Model model, const AnnData& data, const std::vector<std::int64_t>& cells,
                           const FineTuneOptions& options, Progress& progress) const = 0;
    virtual AnnotationResult annotate(const Model& model, const AnnData& data, const AnnotationOptions& options,
                                      Progress& progress) const = 0;
    virtual ImputationResult impute(const Model& model, const AnnData& data, const SamplingOptions& options,
                                    Progress& progress) const = 0;
    virtual void imputeRows(const Model& model, const AnnData& data, const SamplingOptions& options, Progress& progress,
                            const ImputedRows& rows) const = 0;
    virtual GenePerturbationResult perturbGenes(const Model& model, const AnnData& data,
                                                const std::vector<std::string>& genes,
                                                const GenePerturbationOptions& options, Progress& progress) const = 0;
    virtual PerturbationResult perturb(const Model& model, const AnnData& data, const std::string& cellType,
                                       const PerturbationOptions& options, Progress& progress) const = 0;
    virtual double measureStepSeconds(const RunConfig& config, const DataShape& shape) const = 0;

    // The user's TorchScript text encoder (text_encoder.hpp)
    virtual TokenEmbeddings embedTokens(const std::filesystem::path& module,
                                        const std::vector<std::vector<std::int64_t>>& ids,
                                        std::int64_t padId) const = 0;

    // Devices and LibTorch's threads
    virtual std::vector<DeviceInfo> availableDevices() const = 0;
    virtual std::string resolveDevice(const std::string& requested) const = 0;
    virtual void setThreads(int threads) const = 0;
    virtual int threads() const = 0;

    // Raw access (inspect.hpp)
    virtual void exportTensors(const std::vector<std::pair<std::string, std::vector<float>>>& tensors,
                               const std::vector<std::vector<std::int64_t>>& shapes,
                               const std::filesystem::path& file) const = 0;
    virtual void exportWeights(const Model& model, const std::filesystem::path& file) const = 0;
    virtual std::vector<float> forwardRaw(const Model& model, const std::vector<float>& xt,
                                          const std::vector<std::int64_t>& t, const std::vector<float>& context,
                                          const std::vector<std::int64_t>& classes,
                                          const std::vector<std::int64_t>& batch) const = 0;
    virtual int classConditionerCount(const Model& model) const = 0;
    virtual std::vector<double> alphaBarSchedule(int timesteps) const = 0;
    virtual std::vector<int> samplerTimesteps(int timesteps, int steps) const = 0;
};

// The module's backend, loaded on the first call (thread-safe). Throws Error naming the module's file and
// the loader's message when it cannot be loaded.
const Backend& backend();
// Whether the module is loaded already (nothing is loaded by asking).
bool backendLoaded();

// Bumped whenever Backend changes, so a stale module file is refused instead of crashing.
inline constexpr int kBackendInterfaceVersion = 3;

}  // namespace scdiff::engine

// The module's one exported symbol.
extern "C" const scdiff::engine::Backend* scdiff_engine_backend(int interfaceVersion);
