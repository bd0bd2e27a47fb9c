#pragma once
#include <QString>

namespace scdiff::test {
// Writes into dir: vocab.txt; encoder.pt (forward(input_ids, attention_mask) -> hidden states),
// encoder3.pt (three inputs -> (hidden, pooled)), encoder1.pt (input_ids -> {"last_hidden_state": ...}),
// not_encoder.pt (forward(x) -> x.sum()); expected.json with the texts and Python's basic tokens (uncased and
// cased), word pieces, IDs (512 and 8 tokens) and [CLS] vectors. Returns "" or Python's error.
QString writeTinyBert(const QString& dir);
}  // namespace scdiff::test
