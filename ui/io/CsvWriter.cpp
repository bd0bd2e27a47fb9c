#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <cmath>

namespace scdiff::ui {

CsvWriter::CsvWriter(const QString& path) : file_(path) {}

bool CsvWriter::open() {
    if (!file_.open(QIODevice::WriteOnly | QIODevice::Text)) return false;
    out_.setDevice(&file_);
    return true;
}

QString CsvWriter::quote(QString value) {
    if (value.contains(',') || value.contains('"') || value.contains('\n') || value.contains('\r'))
        value = '"' + value.replace("\"", "\"\"") + '"';
    return value;
}

QString CsvWriter::formatNumber(double value) {
    return std::isfinite(value) ? QString::number(value, 'g', 10) : QStringLiteral("nan");
}

void CsvWriter::separator() {
    if (rowStarted_) out_ << ',';
    rowStarted_ = true;
}

CsvWriter& CsvWriter::text(const QString& value) {
    separator();
    out_ << quote(value);
    return *this;
}

CsvWriter& CsvWriter::number(double value) {
    separator();
    out_ << formatNumber(value);
    return *this;
}

CsvWriter& CsvWriter::integer(qint64 value) {
    separator();
    out_ << value;
    return *this;
}

CsvWriter& CsvWriter::blank() {
    separator();
    return *this;
}

CsvWriter& CsvWriter::row(const QStringList& texts) {
    for (const auto& t : texts) text(t);
    endRow();
    return *this;
}

void CsvWriter::endRow() {
    out_ << '\n';
    rowStarted_ = false;
}

bool CsvWriter::commit() {
    out_.flush();
    // On a full disk QSaveFile takes a short write for success and would rename the truncated file; the
    // stream knows better.
    if (out_.status() != QTextStream::Ok) {
        file_.cancelWriting();
        failure_ = QCoreApplication::translate("CsvWriter",
                                               "the disk may be full (the table was not completely written); an "
                                               "existing file of that name was left as it was");
        return false;
    }
    return file_.commit();
}

}  // namespace scdiff::ui
