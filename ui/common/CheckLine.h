#pragma once
// The line under a dialog field that says what a file read in the background gave: its report in grey, or a
// problem in red (property "problem", which the dialogs count to keep their OK button off), hidden when empty.
#include <QLabel>
#include <QString>

namespace scdiff::ui {

inline void showCheckLine(QLabel* line, const QString& text, bool problem) {
    line->setText(text);
    line->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QStringLiteral("color: #555;"));
    line->setProperty("problem", problem);
    line->setVisible(!text.isEmpty());
}

}  // namespace scdiff::ui
