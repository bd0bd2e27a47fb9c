#pragma once
// The layouts anndata wrote before 0.8, read into today's model: the pre-0.7 compound data frames
// (obs, var, obsm, varm as one compound dataset), their categories in uns/<column>_categories, uns
// scalars stored as 1-element arrays and the neighbour graphs kept in uns/neighbors. Private to io.
#include <string>

#include "io/h5ad_source.hpp"

namespace scdiff::h5ad::detail {

// Pre-0.7: a compound dataset with an 'index' field and one field per column.
DataFrame readCompoundFrame(const Source& src, hid_t loc, const std::string& name, const std::string& path);
// Before the anndata encoding (< 0.8): integer obs/var columns with uns/<column>_categories become
// categoricals; the uns entries are consumed and never written back.
void categoriesFromUns(AnnData& ad, const Source& src);
// Pre-0.7: 1-element uns arrays become scalars, uns/neighbors' graphs move to obsp.
void unwrapPre07Uns(AnnData& ad);

}  // namespace scdiff::h5ad::detail
