#pragma once
// A whole obs/var table as CSV (File > Export obs table): the index first (its header is the index's name,
// blank for anndata's default "_index"), then every column as the Studio shows it (cellText).
#include <QString>

#include "scdiff/anndata.hpp"

namespace scdiff::ui {

// false: nothing was written at path, *why says why (CsvWriter writes to a temporary file).
bool writeDataFrameCsv(const DataFrame& frame, const QString& path, QString* why);

}  // namespace scdiff::ui
