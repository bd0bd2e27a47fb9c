#pragma once
// Translated names for engine enums, for text on screen only. engine::taskName and
// preprocess::xKindName stay the keys written to files (JSON, uns, file names) and never reach the user.
#include <QString>

#include "scdiff/engine/config.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::ui {

// "Annotation": a task standing alone (a combo box entry, the head of a status line).
QString taskTitle(engine::Task task);
// "annotation": a task inside a sentence ("training (annotation)"). Kept apart from taskTitle because
// languages differ on capitals mid-sentence (English and French drop them, German keeps them on nouns),
// so each catalogue decides both forms.
QString taskInSentence(engine::Task task);
// "raw counts", "log-normalised", ...: what an expression matrix holds (preprocess::detectXKind).
QString expressionKindName(preprocess::XKind kind);

}  // namespace scdiff::ui
