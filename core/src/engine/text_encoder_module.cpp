// The user's TorchScript text encoder, run on token IDs (scdiff/engine/text_encoder.hpp): the module's side.
#include <torch/script.h>
#include <torch/torch.h>

#include <algorithm>
#include <optional>

#include "scdiff/engine/text_encoder.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

namespace {

// Texts per forward call: BERT-large on 512 tokens holds a few hundred MB of activations per batch of 16.
constexpr std::size_t kBatch = 16;

std::string firstLine(const std::string& s) {
    const auto end = s.find('\n');
    return end == std::string::npos ? s : s.substr(0, end);
}

std::string shapeOf(const torch::Tensor& t) {
    std::string s = "[";
    for (int i = 0; i < t.dim(); ++i) s += (i ? ", " : "") + std::to_string(t.size(i));
    return s + "]";
}

// The hidden states in what forward returned: a tensor, a tuple's or list's first tensor, a dict's
// "last_hidden_state" (Hugging Face's output names).
std::optional<torch::Tensor> hiddenStates(const c10::IValue& out) {
    if (out.isTensor()) return out.toTensor();
    if (out.isTuple()) {
        const auto& elements = out.toTupleRef().elements();
        if (!elements.empty() && elements[0].isTensor()) return elements[0].toTensor();
    }
    if (out.isList()) {
        const auto list = out.toList();
        if (list.size() > 0 && list.get(0).isTensor()) return list.get(0).toTensor();
    }
    if (out.isGenericDict()) {
        for (const auto& entry : out.toGenericDict())
            if (entry.key().isString() && entry.key().toStringRef() == "last_hidden_state" && entry.value().isTensor())
                return entry.value().toTensor();
    }
    return std::nullopt;
}

}  // namespace

TokenEmbeddings embedTokens(const std::filesystem::path& file, const std::vector<std::vector<std::int64_t>>& ids,
                            std::int64_t padId) {
    const std::string name = file.string();
    if (!std::filesystem::is_regular_file(file)) throw FileError(name, "", "no such file");
    torch::jit::script::Module module;
    try {
        module = torch::jit::load(name, torch::kCPU);
    } catch (const std::exception& e) {
        throw FileError(name, "",
                        "is not a TorchScript file (expected a model saved with torch.jit.trace(...).save): " +
                            firstLine(e.what()));
    }
    module.eval();
    const auto forward = module.find_method("forward");
    if (!forward) throw FileError(name, "", "is not a text encoder: it has no forward method");
    const auto inputs = static_cast<int>(forward->function().getSchema().arguments().size()) - 1;  // minus self
    if (inputs < 1 || inputs > 3)
        throw FileError(name, "",
                        "is not a text encoder: its forward takes " + std::to_string(inputs) +
                            " inputs; expected input_ids[, attention_mask[, token_type_ids]]");

    torch::NoGradGuard noGrad;
    TokenEmbeddings out;
    // Without an attention mask the model would attend to the padding: one text per call then.
    const std::size_t batch = inputs >= 2 ? kBatch : 1;
    for (std::size_t first = 0; first < ids.size(); first += batch) {
        const std::size_t n = std::min(batch, ids.size() - first);
        std::size_t length = 1;
        for (std::size_t i = 0; i < n; ++i) length = std::max(length, ids[first + i].size());
        auto tokens =
            torch::full({static_cast<std::int64_t>(n), static_cast<std::int64_t>(length)}, padId, torch::kInt64);
        auto mask = torch::zeros_like(tokens);
        auto t = tokens.accessor<std::int64_t, 2>();
        auto m = mask.accessor<std::int64_t, 2>();
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < ids[first + i].size(); ++j) {
                t[static_cast<std::int64_t>(i)][static_cast<std::int64_t>(j)] = ids[first + i][j];
                m[static_cast<std::int64_t>(i)][static_cast<std::int64_t>(j)] = 1;
            }
        std::vector<c10::IValue> args{tokens};
        if (inputs >= 2) args.emplace_back(mask);
        if (inputs >= 3) args.emplace_back(torch::zeros_like(tokens));
        c10::IValue result;
        try {
            result = module.forward(args);
        } catch (const std::exception& e) {
            throw FileError(name, "",
                            "is not a text encoder: running it on token IDs (texts x tokens, int64) failed: " +
                                firstLine(e.what()));
        }
        const auto hidden = hiddenStates(result);
        if (!hidden || !hidden->is_floating_point())
            throw FileError(name, "", "is not a text encoder: its forward returns no float tensor of hidden states");
        torch::Tensor vectors;
        if (hidden->dim() == 3 && hidden->size(0) == static_cast<std::int64_t>(n) &&
            hidden->size(1) == static_cast<std::int64_t>(length)) {
            vectors = hidden->select(1, 0);  // the [CLS] position
        } else if (hidden->dim() == 2 && hidden->size(0) == static_cast<std::int64_t>(n)) {
            vectors = *hidden;  // one vector per text already
        } else {
            throw FileError(name, "",
                            "is not a text encoder: for " + std::to_string(n) + " texts of " + std::to_string(length) +
                                " tokens it returned a tensor of shape " + shapeOf(*hidden) +
                                "; expected [texts, tokens, width]");
        }
        vectors = vectors.to(torch::kCPU, torch::kFloat32).contiguous();
        if (!torch::isfinite(vectors).all().item<bool>())
            throw FileError(name, "", "returned values that are not finite (NaN or infinity) for a description");
        if (out.width == 0) out.width = vectors.size(1);
        if (vectors.size(1) != out.width) throw FileError(name, "", "returned vectors of different widths");
        const float* v = vectors.data_ptr<float>();
        out.values.insert(out.values.end(), v, v + vectors.numel());
    }
    return out;
}

}  // namespace scdiff::engine
