#pragma once
// The one way the Studio writes a CSV table: RFC 4180 quoting (a field with a comma, a quote or a line
// break is quoted, quotes doubled), numbers with 10 significant digits ("nan" for a missing number), and
// the file written to a temporary name and renamed on commit() (QSaveFile), so a failed or cancelled
// export never leaves half a file where the user asked for one.
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <initializer_list>

namespace scdiff::ui {

class CsvWriter {
public:
    explicit CsvWriter(const QString& path);
    bool open();  // false: error() says why
    QString error() const { return failure_.isEmpty() ? file_.errorString() : failure_; }
    QString path() const { return file_.fileName(); }

    CsvWriter& text(const QString& value);  // one field, quoted when needed
    CsvWriter& number(double value);
    CsvWriter& integer(qint64 value);
    CsvWriter& blank();                        // an empty field
    CsvWriter& row(const QStringList& texts);  // a whole row of text fields, then the line end
    void endRow();
    bool commit();  // false: error() says why, and nothing was written at path

    static QString quote(QString value);
    static QString formatNumber(double value);

private:
    void separator();
    QSaveFile file_;
    QTextStream out_;
    QString failure_;  // a failure QSaveFile does not see
    bool rowStarted_ = false;
};

}  // namespace scdiff::ui
