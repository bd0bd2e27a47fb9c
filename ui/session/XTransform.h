#pragma once

namespace scdiff::ui {

// How X differs from the file's values: the session's own transformation of them, which a session file
// records and replays on the source instead of storing X.
enum class XTransform {
    None,
    NormalisedCounts,       // Analysis > Normalise (1e4 per cell, log1p)
    LogAbundances,          // Analysis > Log-transform X (FPKM/TPM): log1p
    LogRescaledAbundances,  // the same after rescaling every cell to 10,000
};

}  // namespace scdiff::ui
