#pragma once
// A menu action that owns when it can be used (ParaView's pqReaction): a condition asked again whenever one of
// the signals named with refreshOn() fires. Windows place actions in menus; they keep no lists of actions to
// switch on and off, and a new action states its own condition where it is made.
#include <QAction>
#include <QObject>
#include <functional>
#include <utility>

namespace scdiff::ui {

class Reaction final : public QObject {
public:
    using Condition = std::function<bool()>;

    // The action owns the reaction; its enabled state is the condition's from now on.
    static Reaction* attach(QAction* action, Condition enabledWhen) {
        return new Reaction(action, std::move(enabledWhen));
    }
    // Asks the condition again after each emission of sender's signal (its arguments are ignored).
    template <class Sender, class Signal>
    Reaction* refreshOn(const Sender* sender, Signal signal) {
        connect(sender, signal, this, &Reaction::refresh);
        return this;
    }
    void refresh() { action_->setEnabled(enabledWhen_()); }

private:
    Reaction(QAction* action, Condition enabledWhen)
        : QObject(action), action_(action), enabledWhen_(std::move(enabledWhen)) {
        refresh();
    }

    QAction* action_;
    Condition enabledWhen_;
};

}  // namespace scdiff::ui
