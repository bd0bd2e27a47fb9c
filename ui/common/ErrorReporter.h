#pragma once
// Where the UI sends error sentences. The default shows a modal QMessageBox; tests install a
// recording reporter so nothing blocks on a dialog.
#include <QString>
#include <functional>

class QWidget;

namespace scdiff::ui {

class ErrorReporter {
public:
    using Handler = std::function<void(QWidget* parent, const QString& title, const QString& sentence)>;
    static void report(QWidget* parent, const QString& title, const QString& sentence);
    // Replaces the handler (nullptr restores the message box).
    static void setHandler(Handler handler);
};

}  // namespace scdiff::ui
