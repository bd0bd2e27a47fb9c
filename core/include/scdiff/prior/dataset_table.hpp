#pragma once
// A cell-type table carried by a dataset: uns['scdiff_text_embeddings'] = {names: strings (one per row),
// vectors: rows x k floats, provenance: a string}. A table made elsewhere can arrive this way, and the table a
// text-conditioned model used is written there when its results enter the dataset, so the exported .h5ad
// says which vectors the annotation was conditioned on.
#include "scdiff/anndata.hpp"
#include "scdiff/prior/type_table.hpp"

namespace scdiff::prior {

inline constexpr const char* kDatasetTableKey = "scdiff_text_embeddings";

bool hasDatasetTypeTable(const AnnData& data);
// Throws InvalidInput naming the element when the entry is missing or not of that shape (check() too).
TypeTable datasetTypeTable(const AnnData& data);
// Replaces uns['scdiff_text_embeddings'] with the table (float32 vectors).
void storeDatasetTypeTable(AnnData& data, const TypeTable& table);

}  // namespace scdiff::prior
