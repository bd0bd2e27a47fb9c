#pragma once
// A session file's changes applied to its freshly loaded source dataset as one undoable step.
#include "session/SessionFile.h"

namespace scdiff::ui {

class Session;

// Transforms X again as the session did (normalise, log-transform) when X still holds the values that takes,
// then sets the changed columns and
// entries and removes the removed ones, all in one undo macro ("Apply the session's changes"). The content's
// arrays are moved into the commands. Throws InvalidInput (checkSessionFits) when they do not fit the data.
// Var columns the session removed are not removed again (only embedding runs write var columns).
void applySessionChanges(Session* session, SessionContent& content);

}  // namespace scdiff::ui
