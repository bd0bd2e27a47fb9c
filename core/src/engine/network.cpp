#include "network.hpp"

#include <cmath>
#include <stdexcept>

namespace scdiff::engine::net {

namespace F = torch::nn::functional;

ExpressionEmbedderImpl::ExpressionEmbedderImpl(std::int64_t genes, std::int64_t hidden) {
    linear = register_module("linear", torch::nn::Linear(torch::nn::LinearOptions(genes, hidden).bias(false)));
    norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden})));
}

torch::Tensor ExpressionEmbedderImpl::forward(const torch::Tensor& x) { return norm(torch::gelu(linear(x))); }

ContextConditionerImpl::ContextConditionerImpl(std::int64_t genes, const ModelConfig& config) {
    embedder = register_module("embedder", ExpressionEmbedder(genes, config.hidden));
    layers = register_module("layers", torch::nn::ModuleList());
    for (int l = 0; l < config.depth; ++l) {
        auto layer = torch::nn::Sequential();
        layer->push_back("linear", torch::nn::Linear(config.hidden, config.hidden));
        layer->push_back("gelu", torch::nn::GELU());
        layer->push_back("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.hidden})));
        layers->push_back(layer);
    }
}

std::vector<torch::Tensor> ContextConditionerImpl::forward(const ConditionInputs& inputs) {
    std::vector<torch::Tensor> outputs;
    auto c = embedder(inputs.context);
    for (const auto& layer : *layers) {
        c = layer->as<torch::nn::Sequential>()->forward(c);
        outputs.push_back(c);
    }
    std::reverse(outputs.begin(), outputs.end());  // the deepest representation meets the first block
    return outputs;
}

ClassConditionerImpl::ClassConditionerImpl(std::string name, std::int64_t classColumn, std::int64_t classes,
                                           const ModelConfig& config, bool maskUntrained)
    : name_(std::move(name)), column_(classColumn) {
    tables = register_module("tables", torch::nn::ModuleList());
    for (int l = 0; l < config.depth; ++l) tables->push_back(torch::nn::Embedding(classes + 1, config.hidden));
    if (maskUntrained) trained = register_buffer("trained", torch::ones({classes + 1}, torch::kInt64));
}

std::vector<torch::Tensor> ClassConditionerImpl::forward(const ConditionInputs& inputs) {
    auto index = inputs.classes.select(1, column_);
    if (trained.defined()) index = index * trained.index_select(0, index);  // untrained -> null
    std::vector<torch::Tensor> outputs;
    for (const auto& table : *tables) outputs.push_back(table->as<torch::nn::Embedding>()->forward(index));
    return outputs;
}

TextConditionerImpl::TextConditionerImpl(std::string name, std::int64_t classColumn, const torch::Tensor& rows,
                                         const ModelConfig& config)
    : name_(std::move(name)), column_(classColumn) {
    const auto k = rows.size(1);
    table = register_buffer("table", torch::cat({torch::zeros({1, k}), rows.to(torch::kFloat32)}, 0));
    projections = register_module("projections", torch::nn::ModuleList());
    for (int l = 0; l < config.depth; ++l)
        projections->push_back(torch::nn::Sequential(
            torch::nn::Linear(k, config.hidden), torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.hidden}))));
    null = register_parameter("null", torch::randn({config.depth, config.hidden}) * 0.02);
}

std::vector<torch::Tensor> TextConditionerImpl::forward(const ConditionInputs& inputs) {
    const auto index = inputs.classes.select(1, column_);
    const auto rows = table.index_select(0, index);  // [n, k]
    const auto isNull = (index == 0).unsqueeze(1);   // [n, 1]
    std::vector<torch::Tensor> outputs;
    for (std::size_t l = 0; l < projections->size(); ++l) {
        auto projected = projections[l]->as<torch::nn::Sequential>()->forward(rows);
        outputs.push_back(torch::where(isNull, null[static_cast<std::int64_t>(l)].unsqueeze(0), projected));
    }
    return outputs;
}

GeneGraphConditionerImpl::GeneGraphConditionerImpl(std::int64_t firstColumn, const GraphTensors& graph,
                                                   const ModelConfig& config)
    : column_(firstColumn) {
    const auto n = graph.nodes, d = std::int64_t{config.hidden};
    gene_embedding = register_parameter("gene_embedding", torch::randn({n, d}) * 0.02);
    // A_hat = D^-1/2 (A + I) D^-1/2 with D the weighted in-degree of A + I (PyG's gcn_norm, SGConv's K = 1).
    auto self = torch::arange(n, torch::kInt64);
    auto from = torch::cat({graph.from.to(torch::kInt64), self});
    auto to = torch::cat({graph.to.to(torch::kInt64), self});
    auto weight = torch::cat({graph.weight.to(torch::kFloat32), torch::ones({n})});
    auto degree = torch::zeros({n}).index_add_(0, to, weight);
    auto norm = weight * degree.index_select(0, from).rsqrt() * degree.index_select(0, to).rsqrt();
    edge_from = register_buffer("edge_from", from);
    edge_to = register_buffer("edge_to", to);
    edge_norm = register_buffer("edge_norm", norm);
    convolutions = register_module("convolutions", torch::nn::ModuleList());
    for (int l = 0; l < config.graphLayers; ++l) convolutions->push_back(torch::nn::Linear(d, d));
    heads = register_module("heads", torch::nn::ModuleList());
    for (int l = 0; l < config.depth; ++l)
        heads->push_back(torch::nn::Sequential(torch::nn::Linear(d, d), torch::nn::GELU(), torch::nn::Linear(d, d),
                                               torch::nn::LayerNorm(torch::nn::LayerNormOptions({d}))));
    null = register_parameter("null", torch::randn({config.depth, d}) * 0.02);
}

torch::Tensor GeneGraphConditionerImpl::propagated() {
    auto h = gene_embedding;
    for (std::size_t l = 0; l < convolutions->size(); ++l) {
        auto messages = h.index_select(0, edge_from) * edge_norm.unsqueeze(1);
        h = convolutions[l]->as<torch::nn::Linear>()->forward(torch::zeros_like(h).index_add(0, edge_to, messages));
        if (l + 1 < convolutions->size()) h = torch::gelu(h);
    }
    return h;
}

std::vector<torch::Tensor> GeneGraphConditionerImpl::forward(const ConditionInputs& inputs) {
    const auto genes = inputs.classes.narrow(1, column_, 2);  // [n, 2], node + 1, 0 = none
    const auto h = propagated();
    const auto padded = torch::cat({torch::zeros({1, h.size(1)}, h.options()), h});  // row 0: no gene
    const auto summed = padded.index_select(0, genes.select(1, 0)) + padded.index_select(0, genes.select(1, 1));
    const auto isControl = (genes.sum(1) == 0).unsqueeze(1);
    std::vector<torch::Tensor> outputs;
    for (std::size_t l = 0; l < heads->size(); ++l) {
        auto head = heads[l]->as<torch::nn::Sequential>()->forward(summed);
        outputs.push_back(torch::where(isControl, null[static_cast<std::int64_t>(l)].unsqueeze(0), head));
    }
    return outputs;
}

CrossAttentionImpl::CrossAttentionImpl(const ModelConfig& config) : heads_(config.heads), headDim_(config.headDim) {
    const std::int64_t inner = std::int64_t{config.heads} * config.headDim;
    to_q = register_module("to_q", torch::nn::Linear(torch::nn::LinearOptions(config.hidden, inner).bias(false)));
    to_k = register_module("to_k", torch::nn::Linear(torch::nn::LinearOptions(config.hidden, inner).bias(false)));
    to_v = register_module("to_v", torch::nn::Linear(torch::nn::LinearOptions(config.hidden, inner).bias(false)));
    to_out = register_module("to_out", torch::nn::Linear(inner, config.hidden));
}

torch::Tensor CrossAttentionImpl::forward(const torch::Tensor& h, const torch::Tensor& tokens) {
    const auto n = h.size(0), k = tokens.size(1);
    // One query per cell and <= 5 keys: elementwise products beat batched matmuls of 1 x K.
    auto q = to_q(h).view({n, 1, heads_, headDim_});
    auto keys = to_k(tokens).view({n, k, heads_, headDim_});
    auto values = to_v(tokens).view({n, k, heads_, headDim_});
    auto scores = (q * keys).sum(-1) * (1.0 / std::sqrt(static_cast<double>(headDim_)));  // [n, K, H]
    auto weights = torch::softmax(scores, 1).unsqueeze(-1);
    auto out = (weights * values).sum(1).reshape({n, std::int64_t{heads_} * headDim_});
    return to_out(out);
}

BlockImpl::BlockImpl(const ModelConfig& config) {
    const std::int64_t d = config.hidden, ff = std::int64_t{config.ffMult} * config.hidden;
    norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d})));
    attn = register_module("attn", CrossAttention(config));
    norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d})));
    proj_in = register_module("proj_in", torch::nn::Linear(d, 2 * ff));
    proj_out = register_module("proj_out", torch::nn::Linear(ff, d));
}

torch::Tensor BlockImpl::forward(torch::Tensor h, const torch::Tensor& tokens) {
    if (tokens.defined() && tokens.size(1) > 0) h = h + attn(norm1(h), tokens);
    auto parts = proj_in(norm2(h)).chunk(2, -1);  // GEGLU: value half times GELU of the gate half
    return h + proj_out(parts[0] * torch::gelu(parts[1]));
}

DecoderImpl::DecoderImpl(std::int64_t genes, std::int64_t batches, std::int64_t hidden) {
    norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden})));
    batch_embedding = register_module("batch_embedding", torch::nn::Embedding(batches + 1, hidden));
    linear = register_module("linear", torch::nn::Linear(hidden, genes));
}

torch::Tensor DecoderImpl::latent(const torch::Tensor& h, const torch::Tensor& batch) {
    return norm(h) + batch_embedding(batch);
}

torch::Tensor DecoderImpl::forward(const torch::Tensor& h, const torch::Tensor& batch) {
    return linear(latent(h, batch));
}

torch::Tensor timeEmbedding(const torch::Tensor& t, std::int64_t dim) {
    const auto half = dim / 2;
    auto options = torch::TensorOptions().dtype(torch::kFloat32).device(t.device());
    auto freqs = torch::exp(torch::arange(half, options) * (-std::log(10000.0) / static_cast<double>(half)));
    auto args = t.to(torch::kFloat32).unsqueeze(1) * freqs.unsqueeze(0);
    auto emb = torch::cat({torch::sin(args), torch::cos(args)}, 1);
    if (dim % 2) emb = torch::cat({emb, torch::zeros({t.size(0), 1}, options)}, 1);
    return emb;
}

ScDiffNetImpl::ScDiffNetImpl(const ModelConfig& config, std::int64_t genes, const std::vector<std::string>& classNames,
                             const std::vector<std::int64_t>& classCounts, std::int64_t batches,
                             const torch::Tensor& typeTable, const GraphTensors& geneGraph)
    : config_(config), genes_(genes) {
    embedder = register_module("embedder", ExpressionEmbedder(genes, config.hidden));
    if (config.context) {
        auto context = std::make_shared<ContextConditionerImpl>(genes, config);
        register_module("context", context);
        conditioners.push_back(context);
    }
    for (std::size_t k = 0; k < classCounts.size(); ++k) {
        const auto column = static_cast<std::int64_t>(k);
        const bool text = classNames[k] == "cell_type" && config.typeConditioner != "class";
        if (text && (!typeTable.defined() || typeTable.size(0) != classCounts[k]))
            throw std::logic_error("the text conditioner needs one table row per cell type");
        if (!text || config.typeConditioner == "both") {
            auto cond = std::make_shared<ClassConditionerImpl>(classNames[k], column, classCounts[k], config, text);
            register_module("class_" + classNames[k], cond);
            conditioners.push_back(cond);
            if (text) maskedCellTypeClasses = cond;
        }
        if (text) {
            auto cond = std::make_shared<TextConditionerImpl>(classNames[k], column, typeTable, config);
            register_module("text_" + classNames[k], cond);
            conditioners.push_back(cond);
        }
    }
    if (geneGraph.defined()) {  // its two columns follow the class conditioners'
        auto cond = std::make_shared<GeneGraphConditionerImpl>(static_cast<std::int64_t>(classCounts.size()), geneGraph,
                                                               config);
        register_module("gene_graph", cond);
        conditioners.push_back(cond);
    }
    blocks = register_module("blocks", torch::nn::ModuleList());
    for (int l = 0; l < config.depth; ++l) blocks->push_back(Block(config));
    decoder = register_module("decoder", Decoder(genes, batches, config.hidden));
    if (config.batchIn == "auto")
        throw std::logic_error("ModelConfig::batchIn \"auto\" is chosen on the data before a network is built");
    // Without a batch key there is no batch to tell apart: only the paper's decoder shift (of the null batch).
    if (config.batchIn == "token" && batches > 0) {
        batch_tokens = register_module("batch_tokens", torch::nn::ModuleList());
        for (int l = 0; l < config.depth; ++l)
            batch_tokens->push_back(torch::nn::Embedding(batches + 1, config.hidden));
    } else if (config.batchIn == "input" && batches > 0) {
        batch_input = register_module("batch_input", torch::nn::Embedding(batches + 1, config.hidden));
    }
    if (config.skip) {
        gene_mean = register_buffer("gene_mean", torch::zeros({genes}));
        gene_var = register_buffer("gene_var", torch::ones({genes}));
    }
}

torch::Tensor ScDiffNetImpl::embedNoised(const torch::Tensor& xt, const torch::Tensor& t, const torch::Tensor& batch) {
    auto h = embedder(xt) + timeEmbedding(t, config_.hidden);
    return batch_input ? h + batch_input(batch) : h;
}

std::vector<torch::Tensor> ScDiffNetImpl::conditionTokens(const ConditionInputs& inputs) {
    std::vector<std::vector<torch::Tensor>> perConditioner;
    for (auto& c : conditioners) perConditioner.push_back(c->forward(inputs));
    std::vector<torch::Tensor> tokens;
    for (int l = 0; l < config_.depth; ++l) {
        std::vector<torch::Tensor> atBlock;
        for (auto& outputs : perConditioner) atBlock.push_back(outputs[static_cast<std::size_t>(l)]);
        tokens.push_back(atBlock.empty() ? torch::Tensor() : torch::stack(atBlock, 1));
    }
    return tokens;
}

torch::Tensor ScDiffNetImpl::encode(torch::Tensor h, const std::vector<torch::Tensor>& tokens,
                                    const torch::Tensor& batch) {
    for (std::size_t l = 0; l < blocks->size(); ++l) {
        auto atBlock = tokens[l];
        if (batch_tokens) {
            auto own = batch_tokens[l]->as<torch::nn::Embedding>()->forward(batch).unsqueeze(1);  // [n, 1, d]
            atBlock = atBlock.defined() ? torch::cat({atBlock, own}, 1) : own;
        }
        h = blocks[l]->as<Block>()->forward(h, atBlock);
    }
    return h;
}

torch::Tensor ScDiffNetImpl::encodeDecode(torch::Tensor h, const std::vector<torch::Tensor>& tokens,
                                          const torch::Tensor& batch) {
    return decoder(encode(std::move(h), tokens, batch), batch);
}

torch::Tensor ScDiffNetImpl::forward(const torch::Tensor& xt, const torch::Tensor& t, const ConditionInputs& inputs,
                                     const torch::Tensor& batch) {
    return encodeDecode(embedNoised(xt, t, batch), conditionTokens(inputs), batch);
}

}  // namespace scdiff::engine::net
