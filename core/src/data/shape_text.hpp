#pragma once
// A shape as numpy prints it: "(10, 3)", "(10,)", "()". Private to the data area (describe(), NDArray's errors).
#include <cstdint>
#include <string>
#include <vector>

namespace scdiff::detail {

std::string shapeText(const std::vector<std::int64_t>& shape);

}  // namespace scdiff::detail
