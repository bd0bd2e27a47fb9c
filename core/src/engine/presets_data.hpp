#pragma once
// The preset JSON files of resources/presets, embedded at build time (presets_data.cpp is generated).
#include <string_view>
#include <vector>

namespace scdiff::engine::detail {
struct PresetResource {
    std::string_view name, json;
};
const std::vector<PresetResource>& presetResources();
}  // namespace scdiff::engine::detail
