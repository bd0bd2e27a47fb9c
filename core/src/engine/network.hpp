#pragma once
// The scDiff network of docs/method.md section 3: x0_hat = D(E(phi(x_t, t), {psi_f(c)})).
// Private to the engine (torch). Parameter names are part of the weight-export format read by the
// PyTorch twin in tests/bench, so renaming a module is a format change.
#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "scdiff/engine/config.hpp"

namespace scdiff::engine::net {

// What a conditioner sees of a mini-batch.
struct ConditionInputs {
    torch::Tensor context;  // [n, m] masked clean expression (zeros = hidden)
    torch::Tensor classes;  // [n, K] int64 class indices (0 = null), one column per class conditioner
};

// A conditioner turns one condition into one d-vector per block (block 0 first). New kinds (LLM table,
// GEARS graph) implement this interface; the encoder only sees the per-block tokens.
class ConditionerImpl : public torch::nn::Module {
public:
    enum class InputKind { Context, ClassIndex };
    virtual std::string conditionName() const = 0;
    virtual InputKind inputKind() const = 0;
    virtual std::vector<torch::Tensor> forward(const ConditionInputs& inputs) = 0;  // depth x [n, d]
};

// Linear(m, d, no bias) -> GELU -> LayerNorm.
class ExpressionEmbedderImpl : public torch::nn::Module {
public:
    ExpressionEmbedderImpl(std::int64_t genes, std::int64_t hidden);
    torch::Tensor forward(const torch::Tensor& x);
    torch::nn::Linear linear{nullptr};
    torch::nn::LayerNorm norm{nullptr};
};
TORCH_MODULE(ExpressionEmbedder);

// Context: its own embedder, then an MLP of `depth` layers (Linear -> GELU -> LayerNorm); every layer's
// output is kept and handed to the blocks in reverse (the deepest meets the first block).
class ContextConditionerImpl : public ConditionerImpl {
public:
    ContextConditionerImpl(std::int64_t genes, const ModelConfig& config);
    std::string conditionName() const override { return "context"; }
    InputKind inputKind() const override { return InputKind::Context; }
    std::vector<torch::Tensor> forward(const ConditionInputs& inputs) override;
    ExpressionEmbedder embedder{nullptr};
    torch::nn::ModuleList layers{nullptr};
};

// A categorical condition: per block an embedding table of (classes + 1) x d, index 0 = null. With
// maskUntrained (the cell type beside a text conditioner), the buffer `trained` says which classes had
// training cells; the others are read as null, so a zero-shot type is conditioned by its text row alone and
// not by a vector that never trained.
class ClassConditionerImpl : public ConditionerImpl {
public:
    ClassConditionerImpl(std::string name, std::int64_t classColumn, std::int64_t classes, const ModelConfig& config,
                         bool maskUntrained = false);
    std::string conditionName() const override { return name_; }
    InputKind inputKind() const override { return InputKind::ClassIndex; }
    std::vector<torch::Tensor> forward(const ConditionInputs& inputs) override;
    torch::nn::ModuleList tables{nullptr};
    torch::Tensor trained;  // [classes + 1] int64 0/1 (index 0 = 1), only with maskUntrained

private:
    std::string name_;
    std::int64_t column_;
};

// The cell type as a frozen row of a cell-type table (docs/prior_knowledge.md): the buffer `table`,
// [classes, k], is projected per block by Linear(k, d) + LayerNorm; index 0 (null) is a learned vector per
// block. Reads the same class column as a class conditioner would.
class TextConditionerImpl : public ConditionerImpl {
public:
    TextConditionerImpl(std::string name, std::int64_t classColumn, const torch::Tensor& rows,
                        const ModelConfig& config);
    std::string conditionName() const override { return name_; }
    InputKind inputKind() const override { return InputKind::ClassIndex; }
    std::vector<torch::Tensor> forward(const ConditionInputs& inputs) override;
    torch::Tensor table;  // [classes + 1, k], row 0 zeros (unused: null has its own vector)
    torch::nn::ModuleList projections{nullptr};
    torch::Tensor null;  // [depth, d]

private:
    std::string name_;
    std::int64_t column_;
};

// The gene graph of the gene conditioner: directed weighted edges from -> to over `nodes` genes.
struct GraphTensors {
    std::int64_t nodes = 0;
    torch::Tensor from, to, weight;  // [E] int64, [E] int64, [E] float32
    bool defined() const { return nodes > 0; }
};

// The gene-perturbation conditioner (GEARS; spec section 3): a learnable embedding per graph gene, propagated by
// `graphLayers` simple graph convolutions (SGC, K = 1: H <- A_hat H W, A_hat the graph with self-loops,
// symmetrically normalised; GELU between layers); a cell perturbed in {g1, g2} gets the sum of its genes'
// propagated embeddings, then an MLP head per block (Linear -> GELU -> Linear -> LayerNorm). A control cell
// (no gene) gets a learned null vector per block. Reads two columns of the class indices from `firstColumn`:
// the perturbed genes' node index + 1 (0 = none). An unseen gene is conditioned through its neighbours.
class GeneGraphConditionerImpl : public ConditionerImpl {
public:
    GeneGraphConditionerImpl(std::int64_t firstColumn, const GraphTensors& graph, const ModelConfig& config);
    std::string conditionName() const override { return "perturbed_genes"; }
    InputKind inputKind() const override { return InputKind::ClassIndex; }
    std::vector<torch::Tensor> forward(const ConditionInputs& inputs) override;
    // [nodes, d] the propagated gene embeddings.
    torch::Tensor propagated();
    torch::Tensor gene_embedding;                 // [nodes, d]
    torch::Tensor edge_from, edge_to, edge_norm;  // buffers: A_hat's entries (self-loops included)
    torch::nn::ModuleList convolutions{nullptr};  // Linear(d, d) per graph layer
    torch::nn::ModuleList heads{nullptr};         // per block
    torch::Tensor null;                           // [depth, d]

private:
    std::int64_t column_;
};

// One query token attending over the condition tokens.
class CrossAttentionImpl : public torch::nn::Module {
public:
    explicit CrossAttentionImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& h, const torch::Tensor& tokens);  // [n, d], [n, K, d]
    torch::nn::Linear to_q{nullptr}, to_k{nullptr}, to_v{nullptr}, to_out{nullptr};

private:
    int heads_, headDim_;
};
TORCH_MODULE(CrossAttention);

// h += Attn(LN(h), tokens); h += GEGLU-FF(LN(h)).
class BlockImpl : public torch::nn::Module {
public:
    explicit BlockImpl(const ModelConfig& config);
    torch::Tensor forward(torch::Tensor h, const torch::Tensor& tokens);
    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
    CrossAttention attn{nullptr};
    torch::nn::Linear proj_in{nullptr}, proj_out{nullptr};
};
TORCH_MODULE(Block);

// LayerNorm, + batch embedding, Linear(d, m).
class DecoderImpl : public torch::nn::Module {
public:
    DecoderImpl(std::int64_t genes, std::int64_t batches, std::int64_t hidden);
    torch::Tensor forward(const torch::Tensor& h, const torch::Tensor& batch);
    // LayerNorm(h) + batch embedding: the input of the final Linear (the classifier works on it directly).
    torch::Tensor latent(const torch::Tensor& h, const torch::Tensor& batch);
    torch::nn::LayerNorm norm{nullptr};
    torch::nn::Embedding batch_embedding{nullptr};
    torch::nn::Linear linear{nullptr};
};
TORCH_MODULE(Decoder);

// Sinusoidal time embedding, [sin | cos] halves, frequencies 10000^(-i/half).
torch::Tensor timeEmbedding(const torch::Tensor& t, std::int64_t dim);

class ScDiffNetImpl : public torch::nn::Module {
public:
    // classCounts: one class conditioner per entry (named by classNames), in the column order of
    // ConditionInputs::classes. typeTable: [cell types, k] rows of the "cell_type" condition's text
    // conditioner (config.typeConditioner text or both; undefined otherwise).
    ScDiffNetImpl(const ModelConfig& config, std::int64_t genes, const std::vector<std::string>& classNames,
                  const std::vector<std::int64_t>& classCounts, std::int64_t batches,
                  const torch::Tensor& typeTable = {}, const GraphTensors& geneGraph = {});
    // The class conditioner of the cell type beside a text conditioner (null otherwise): its `trained` mask
    // is set from the types that had training cells.
    std::shared_ptr<ClassConditionerImpl> maskedCellTypeClasses;

    torch::Tensor forward(const torch::Tensor& xt, const torch::Tensor& t, const ConditionInputs& inputs,
                          const torch::Tensor& batch);

    // The pieces, so the diffusion classifier can embed x_t once and run many candidates.
    // phi(x_t) + temb(t) (+ the batch's embedding with ModelConfig::batchIn "input")
    torch::Tensor embedNoised(const torch::Tensor& xt, const torch::Tensor& t, const torch::Tensor& batch);
    std::vector<torch::Tensor> conditionTokens(const ConditionInputs& inputs);  // depth x [n, K, d]
    // The blocks; with ModelConfig::batchIn "token" each block's tokens also get the batch's token.
    torch::Tensor encode(torch::Tensor h, const std::vector<torch::Tensor>& tokens, const torch::Tensor& batch);
    torch::Tensor encodeDecode(torch::Tensor h, const std::vector<torch::Tensor>& tokens, const torch::Tensor& batch);

    const ModelConfig& config() const { return config_; }
    std::int64_t genes() const { return genes_; }

    // ModelConfig::skip: the training cells' per-gene mean and variance (buffers, saved with the weights);
    // undefined without skip.
    torch::Tensor gene_mean, gene_var;

    ExpressionEmbedder embedder{nullptr};
    std::vector<std::shared_ptr<ConditionerImpl>> conditioners;
    torch::nn::ModuleList blocks{nullptr};
    Decoder decoder{nullptr};
    torch::nn::ModuleList batch_tokens{nullptr};  // batchIn "token": per block (batches + 1) x d
    torch::nn::Embedding batch_input{nullptr};    // batchIn "input": (batches + 1) x d

private:
    ModelConfig config_;
    std::int64_t genes_;
};
TORCH_MODULE(ScDiffNet);

}  // namespace scdiff::engine::net
