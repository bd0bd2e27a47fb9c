#include "io/DataFrameCsv.h"

#include "io/CsvWriter.h"
#include "models/DataAccess.h"

namespace scdiff::ui {

bool writeDataFrameCsv(const DataFrame& frame, const QString& path, QString* why) {
    CsvWriter csv(path);
    if (csv.open()) {
        csv.text(QString::fromStdString(frame.indexName == "_index" ? "" : frame.indexName));
        for (const auto& c : frame.columns) csv.text(QString::fromStdString(c.name));
        csv.endRow();
        for (std::int64_t r = 0; r < frame.rows(); ++r) {
            csv.text(QString::fromStdString(frame.index[r]));
            for (const auto& c : frame.columns) csv.text(cellText(c.data, r));
            csv.endRow();
        }
        if (csv.commit()) return true;
    }
    *why = csv.error();
    return false;
}

}  // namespace scdiff::ui
