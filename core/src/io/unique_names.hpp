#pragma once
// Gene names made unique as anndata's var_names_make_unique does (10x folders and Cell Ranger HDF5 files
// name genes by symbol, and symbols repeat). Private to io.
#include <map>
#include <string>
#include <vector>

namespace scdiff::io::detail {

// anndata's var_names_make_unique: the second "A" becomes "A-1", the third "A-2", ...
inline void makeUnique(std::vector<std::string>& names) {
    std::map<std::string, int> seen;
    for (const auto& n : names) ++seen[n];
    std::map<std::string, int> next;
    std::map<std::string, bool> used;
    for (const auto& n : names) used[n] = true;
    std::map<std::string, bool> first;
    for (auto& n : names) {
        if (seen[n] < 2) continue;
        if (!first[n]) {
            first[n] = true;
            continue;
        }
        std::string candidate;
        do candidate = n + "-" + std::to_string(++next[n]);
        while (used[candidate]);
        used[candidate] = true;
        n = candidate;
    }
}

}  // namespace scdiff::io::detail
