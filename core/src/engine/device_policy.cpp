// The torch-free part of device.hpp: the OpenMP waiting policy and the LibTorch version this build uses.
#include <cstdlib>

#include "scdiff/engine/device.hpp"

namespace scdiff::engine {

void useWaitingPolicyOfThisMachine() {
    ::setenv("OMP_WAIT_POLICY", "PASSIVE", 0);  // 0: a user's own setting stays
}

std::string torchVersion() { return SCDIFF_TORCH_VERSION; }

}  // namespace scdiff::engine
