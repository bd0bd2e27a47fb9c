#pragma once
// The condition most menu actions share, as a Reaction (common/Reaction.h): a dataset is open.
#include "common/Reaction.h"
#include "session/Session.h"

namespace scdiff::ui {

inline Reaction* enableWithData(QAction* action, const Session* session) {
    return Reaction::attach(action, [session] { return session->hasData(); })
        ->refreshOn(session, &Session::datasetReplaced);
}

}  // namespace scdiff::ui
