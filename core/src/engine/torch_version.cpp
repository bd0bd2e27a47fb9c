// The torch-free part of device.hpp: the LibTorch version this build uses.
#include "scdiff/engine/device.hpp"

namespace scdiff::engine {

std::string torchVersion() { return SCDIFF_TORCH_VERSION; }

}  // namespace scdiff::engine
