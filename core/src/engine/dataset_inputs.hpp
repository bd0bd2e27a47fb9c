#pragma once
// What the engine reads from an AnnData: the log-normalised expression (checked: finite, non-negative;
// counts are normalised here, never twice) and obs label columns as strings. Torch-free on purpose.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/expression.hpp"

namespace scdiff::engine {

// The genes a model learns (RunConfig::genes) out of the log-normalised `x` with gene names `names`:
// the column indices (sorted) and their names. All columns when no selection is asked for or the source
// has no more genes than asked; else scanpy's seurat-flavour highly variable genes (ties included).
struct SelectedGenes {
    std::vector<std::int64_t> columns;
    std::vector<std::string> names;
    bool all = true;  // every column of x (x can be used as it is)
};
// batchOfRow: each row's batch when the selection is per batch (geneSelectionBatches), else empty.
SelectedGenes selectGenes(const SparseMatrix& x, const std::vector<std::string>& names, const GeneSelection& selection,
                          const std::vector<std::int64_t>& batchOfRow = {});
// The batch of each cell for a per-batch gene selection (config.genes.per_batch with a batch column), else empty.
std::vector<std::int64_t> geneSelectionBatches(const AnnData& data, const RunConfig& config);
// x restricted to the selected columns (x itself when all are selected).
SparseMatrix selectedColumns(SparseMatrix x, const SelectedGenes& genes);

// obs[key] as strings ("" = missing). `role` names the use in errors ("cell-type labels").
// Throws InvalidInput naming the existing columns when the key is missing.
std::vector<std::string> obsLabels(const AnnData& data, const std::string& key, const std::string& role);

// Sorted distinct non-empty labels.
Vocabulary vocabularyOf(const std::vector<std::string>& labels, const std::string& key);
// Model indices (0 = unknown/missing) of each label.
std::vector<std::int64_t> indicesIn(const Vocabulary& vocab, const std::vector<std::string>& labels);

// Checks the keys a task needs against the data: present columns, >= 2 classes, control/stimulated
// values present, the held-out type present. Throws InvalidInput with one clear sentence.
void checkTaskInputs(const AnnData& data, const RunConfig& config);

// The labelled inputs of every cell in model index space.
struct CellConditions {
    std::vector<std::int64_t> cellType, batch, condition;  // per cell (empty vector when unused)
    // Gene perturbation: per cell its perturbed genes in the model's graph (node + 1, 0 = none; {-1, -1} when a
    // gene is not in the graph).
    std::vector<GraphGenes> perturbedGenes;
};
CellConditions cellConditions(const AnnData& data, const Model& model);
// The conditions of these cells, in that order (row i = cells[i]): for a block of rows read on its own.
CellConditions conditionsOf(const CellConditions& all, std::span<const std::int64_t> cells);

// Dense row-major copy of the given rows, columns mapped through modelColumnOfDataColumn (-1 = drop);
// out must hold rows.size() * modelGenes floats.
void densifyRows(const SparseMatrix& x, std::span<const std::int64_t> rows,
                 const std::vector<std::int32_t>& modelColumnOfDataColumn, std::int64_t modelGenes, float* out);

}  // namespace scdiff::engine
