// scdiff-studio [FILE]: the desktop application. Only wiring: translations, old checkpoints, the main
// window, the file.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>

#include "app/MainWindow.h"
#include "scdiff/engine/device.hpp"
#include "common/Settings.h"
#include "train/CheckpointStore.h"

int main(int argc, char** argv) {
    scdiff::engine::useWaitingPolicyOfThisMachine();
    QApplication app(argc, argv);
    QApplication::setOrganizationName("scDiff");
    QApplication::setApplicationName("scDiff Studio");
    QApplication::setApplicationVersion("0.1.0");

    // The language from Preferences, else the system locale. English, and a locale with no catalogue of its
    // own (the C/POSIX one of an unset LANG, ...), get the English catalogue: only plurals ("1 cell", "2 cells").
    const QString language = scdiff::ui::Settings::language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QTranslator appTranslator, qtTranslator;
    if (appTranslator.load(locale, "scdiff", "_", ":/i18n") ||
        appTranslator.load(QLocale(QLocale::English), "scdiff", "_", ":/i18n"))
        QApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore and annotate single-cell datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("file", QApplication::translate("main", "A .h5ad file, 10x folder or CSV to open."));
    parser.process(app);

    scdiff::ui::checkpoints::removeOlderThan();  // cancelled runs nobody resumed
    scdiff::ui::MainWindow window;
    window.show();
    // LibTorch loads after the first window is up, off the main thread (an error shows when a task needs it).
    QTimer::singleShot(0, [] {
        (void)QtConcurrent::run([] {
            try {
                scdiff::engine::loadEngine();
            } catch (const std::exception&) {}
        });
    });
    if (!parser.positionalArguments().isEmpty()) window.openFile(parser.positionalArguments().front());
    return app.exec();
}
