#pragma once
// Small read helpers over the core data model for views: cell text of a column, one gene's
// expression per cell, 2-D embeddings, the engine's inputs. Qt-free apart from QString and translations.
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff::ui {

// Text of row r of a column ("" for missing).
QString cellText(const ColumnData& c, std::int64_t r);
// Numeric value of row r (for sorting and colouring), nullopt for text/missing.
std::optional<double> cellNumber(const ColumnData& c, std::int64_t r);
// "categorical (6)", "float32", "string", ...
QString columnTypeName(const ColumnData& c);
bool isCategoricalLike(const ColumnData& c);  // categorical, strings, bool: coloured by a palette

// Expression of gene column j of X for every cell (dense float), any matrix kind.
std::vector<float> geneColumn(const Matrix& x, std::int64_t j);
// The expression an engine run on `expression` reads (X, "raw" or "layers/NAME") on the engine's scale
// (expression::logNormalised: counts normalised to 1e4 and log1p'd, log-normalised values as they are), with
// var's columns (raw/X's genes matched by name, var genes raw lacks empty); X as stored when the engine
// would refuse the source, so views still show what is there.
SparseMatrix engineScaleX(const AnnData& data, const std::string& expression = "X");
// What an engine job reads for a run on `expression` (X, "raw" or "layers/NAME": scdiff/expression.hpp):
// obs, var, uns and that one matrix (X, raw or the layer; the engine reads no other), copied so the window
// can keep editing while the job runs.
std::shared_ptr<AnnData> engineInputs(const AnnData& data, const std::string& expression);
// The var row of a gene by var_names, else by its symbol (scdiff::findGene); -1 when absent.
std::int64_t varIndex(const AnnData& data, const std::string& name);

// obsm keys whose value is a 2-D array with nObs rows and >= 2 columns.
std::vector<std::string> embeddingKeys(const AnnData& data);
// Columns 0 and 1 of obsm[key] as float (x, y), empty when not an embedding.
void embeddingXY(const AnnData& data, const std::string& key, std::vector<double>& x, std::vector<double>& y);

}  // namespace scdiff::ui
