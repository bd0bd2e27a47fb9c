#pragma once
// The run configuration of the last training started in the Studio, kept across restarts, so the Train
// dialog of a new session starts from the settings the user chose last instead of the preset's.
#include <optional>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"

namespace scdiff::ui {

// Stored with Settings as the engine's JSON.
void rememberRunConfig(const engine::RunConfig& config);

// The remembered configuration fitted to `data`: a key (label, batch or condition column, the control and
// stimulated values, the held-out type, the expression source) this dataset does not have is replaced by
// `defaults`' (what the dialog picked for this dataset), so another dataset's column names never show
// up as "not in this dataset". Nothing remembered, or a record this version cannot read: nullopt.
std::optional<engine::RunConfig> rememberedRunConfig(const AnnData& data, const engine::RunConfig& defaults);

}  // namespace scdiff::ui
