// The Studio's program as a user starts it: scdiff-studio loads the application as a module after setting
// OpenMP's waiting policy, so the process starts once and libgomp (which Qt's core library brings) does not spin,
// unless the user chose a policy. libgomp prints its settings at each start of a process where OMP_DISPLAY_ENV is
// set: the count of those blocks is the count of starts.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "scdiff/h5ad.hpp"
#include "support_dataset.h"

namespace {

struct Start {
    int exitCode = -1;
    int openMpStarts = 0;  // blocks of libgomp's settings printed
    QString spinCount;     // GOMP_SPINCOUNT of the last block
    QImage screenshot;
    QString errors;
};

}  // namespace

class TestStudioStart : public QObject {
    Q_OBJECT
    QTemporaryDir home_;
    QString data_;

    // scdiff-studio FILE --screenshot PNG with `policy` (empty: OMP_WAIT_POLICY unset) in its environment.
    Start start(const QString& policy) {
        QProcess studio;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove("OMP_WAIT_POLICY");
        if (!policy.isEmpty()) env.insert("OMP_WAIT_POLICY", policy);
        env.insert("OMP_DISPLAY_ENV", "verbose");
        env.insert("XDG_DATA_HOME", home_.path());  // no recovery offer from another session's files
        env.insert("XDG_CONFIG_HOME", home_.path());
        studio.setProcessEnvironment(env);
        const QString png = home_.path() + "/window.png";
        QFile::remove(png);
        studio.start(QString(SCDIFF_BINARY_DIR) + "/app/scdiff-studio", {data_, "--screenshot", png});
        Start s;
        if (!studio.waitForFinished(120000)) return s;
        s.exitCode = studio.exitCode();
        s.errors = QString::fromUtf8(studio.readAllStandardError());
        for (const auto& line : s.errors.split('\n')) {
            if (line.contains("OPENMP DISPLAY ENVIRONMENT BEGIN")) ++s.openMpStarts;
            if (line.contains("GOMP_SPINCOUNT")) s.spinCount = line.section('\'', 1, 1);
        }
        s.screenshot.load(png);
        return s;
    }

private slots:
    void initTestCase() {
        data_ = home_.path() + "/cells.h5ad";
        scdiff::h5ad::write(scdiff::testing::makeDataset(60, 10), data_.toStdString());
    }

    void startsOnceWithThePassivePolicy() {
        const Start s = start({});
        QVERIFY2(s.exitCode == 0, qPrintable(s.errors));
        QCOMPARE(s.openMpStarts, 1);
        QCOMPARE(s.spinCount, QString("0"));
        QVERIFY2(s.screenshot.width() >= 600 && s.screenshot.height() >= 400,
                 qPrintable(QString("%1x%2").arg(s.screenshot.width()).arg(s.screenshot.height())));
    }

    void keepsTheUsersPolicy() {
        const Start s = start("ACTIVE");
        QVERIFY2(s.exitCode == 0, qPrintable(s.errors));
        QCOMPARE(s.openMpStarts, 1);
        QVERIFY2(s.spinCount.toDouble() >= 300000, qPrintable(s.spinCount));  // libgomp's spinning default
    }
};

QTEST_MAIN(TestStudioStart)
#include "test_studio_start.moc"
