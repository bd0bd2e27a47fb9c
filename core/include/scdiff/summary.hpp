#pragma once
// A dataset's summary for `scdiff info` and the GUI's dataset panel: shape, what X holds, columns with
// their types, and the keys of every mapping.
#include <cstdint>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff {

struct ColumnSummary {
    std::string name, type;
    std::int64_t categories = -1;  // -1 unless categorical
};

struct DatasetSummary {
    std::int64_t nObs = 0, nVars = 0;
    bool hasX = false, xSparse = false;
    std::string xDtype, xKind;  // xKind: "counts", "log-normalised", "other", "empty"
    std::int64_t xNonZeros = 0;
    std::vector<ColumnSummary> obs, var;
    std::vector<std::string> layers, obsm, varm, obsp, varp;
    std::vector<std::string> uns;  // key paths, nested with '/'
    bool hasRaw = false;
    std::int64_t rawVars = 0;
};

DatasetSummary summarize(const AnnData& data);
std::string toJson(const DatasetSummary& s);  // pretty-printed JSON object
std::string toText(const DatasetSummary& s);  // a few human-readable lines

}  // namespace scdiff
