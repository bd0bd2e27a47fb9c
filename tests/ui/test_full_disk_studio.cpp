// The Studio's writers on a full disk (CSV tables, session files, figures), simulated with a file-size
// limit as in test_full_disk: the old file stays, no temporary file is left, the user gets a sentence.
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QtTest>
#include <qcustomplot.h>

#include "io/CsvWriter.h"
#include "resource_limits.hpp"
#include "io/PlotExporter.h"
#include "session/SessionFile.h"

using namespace scdiff::ui;
using scdiff::testing::FileSizeLimit;

namespace {

constexpr rlim_t kLimit = 32 * 1024;

}  // namespace

class FullDiskStudio : public QObject {
    Q_OBJECT
    QString dir_;

    QString freshTarget(const QString& name) {
        QDir(dir_).removeRecursively();
        QDir().mkpath(dir_);
        const QString target = dir_ + "/" + name;
        QFile f(target);
        f.open(QIODevice::WriteOnly);
        f.write("precious");
        return target;
    }
    void checkUntouched(const QString& target) {
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
        QCOMPARE(QDir(dir_).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    }

private slots:
    void initTestCase() { dir_ = QString(SCDIFF_TEST_DATA_DIR) + "/ui_full_disk"; }

    void csvTablesKeepTheOldFile() {
        const QString target = freshTarget("table.csv");
        bool committed = true;
        QString error;
        {
            FileSizeLimit limit(kLimit);
            CsvWriter csv(target);
            QVERIFY(csv.open());
            for (int i = 0; i < 5000; ++i) csv.row({QString("cell%1").arg(i), "T cell", "0.123456789"});
            committed = csv.commit();
            error = csv.error();
        }
        QVERIFY(!committed);
        QVERIFY2(error.contains("left as it was"), qPrintable(error));
        checkUntouched(target);
    }

    void sessionFilesKeepTheOldFile() {
        const QString target = freshTarget("work.scdiffsession");
        SessionContent content;
        content.sourcePath = "/data/source.h5ad";
        content.runs.append(QJsonObject{{"task", QString(100000, 'x')}});
        QString why;
        {
            FileSizeLimit limit(kLimit);
            try {
                writeSessionFile(target, content);
            } catch (const std::exception& e) {
                why = QString::fromUtf8(e.what());
            }
        }
        QVERIFY2(why.startsWith(target + ": ") && why.contains("disk full"), qPrintable(why));
        checkUntouched(target);
    }

    void figuresKeepTheOldFile() {
        QCustomPlot plot;
        plot.resize(800, 600);
        QVector<double> x(20000), y(20000);
        for (int i = 0; i < x.size(); ++i) {
            x[i] = std::sin(i * 0.37) * i;
            y[i] = std::cos(i * 0.11) * i;
        }
        auto* g = plot.addGraph();
        g->setData(x, y);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
        plot.rescaleAxes();
        for (const QString& name : {QString("plot.png"), QString("plot.svg"), QString("plot.pdf")}) {
            const QString target = freshTarget(name);
            QString error;
            {
                FileSizeLimit limit(kLimit);
                error = exportPlot(plot, target, 1600, 1200, 192, "test");
            }
            QVERIFY2(error.contains(target) && error.contains("left as it was"), qPrintable(name + ": " + error));
            checkUntouched(target);
        }
        for (const QString& name : {QString("plot.png"), QString("plot.svg"), QString("plot.pdf")}) {
            QCOMPARE(exportPlot(plot, dir_ + "/" + name, 400, 300, 96, "test"), QString());  // without the limit
            QFile f(dir_ + "/" + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(8);
            QVERIFY2(head.startsWith("\x89PNG") || head.startsWith("<?xml") || head.startsWith("%PDF"),
                     head.constData());
        }
    }
};

QTEST_MAIN(FullDiskStudio)
#include "test_full_disk_studio.moc"
