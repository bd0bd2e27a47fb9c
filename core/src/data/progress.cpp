#include "scdiff/progress.hpp"

#include "scdiff/error.hpp"

namespace scdiff {

void Progress::checkCancelled() const {
    if (cancelled()) throw Cancelled();
}

NullProgress& nullProgress() {
    // Stateless, so one shared instance is safe from any thread.
    static NullProgress instance;
    return instance;
}

}  // namespace scdiff
