// The Studio's one CSV writer: RFC 4180 quoting, numbers, and nothing at the path until commit().
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>
#include <cmath>

#include "io/CsvWriter.h"

using scdiff::ui::CsvWriter;

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void quotesWhatNeedsQuotingAndWritesOnCommit() {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.csv");
        {
            CsvWriter csv(path);
            QVERIFY(csv.open());
            csv.row({"name", "value", "note"});
            csv.text("CD4+ T, memory").number(0.125).text("says \"hi\"").endRow();
            csv.text("line\nbreak").number(NAN).blank().endRow();
            csv.integer(7).number(1.0 / 3.0).text("plain").endRow();
            QVERIFY(!QFile::exists(path));  // written under a temporary name until committed
            QVERIFY(csv.commit());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), QString("name,value,note\n"
                                                         "\"CD4+ T, memory\",0.125,\"says \"\"hi\"\"\"\n"
                                                         "\"line\nbreak\",nan,\n"
                                                         "7,0.3333333333,plain\n"));
    }

    void anUncommittedExportLeavesNoFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("never.csv");
        {
            CsvWriter csv(path);
            QVERIFY(csv.open());
            csv.row({"a", "b"});
        }  // e.g. an error half-way: no commit
        QVERIFY(!QFile::exists(path));
        CsvWriter bad(dir.filePath("no/such/folder/x.csv"));
        QVERIFY(!bad.open() || !bad.commit());
        QVERIFY(!bad.error().isEmpty());
    }
};

QTEST_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
