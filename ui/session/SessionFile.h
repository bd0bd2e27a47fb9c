#pragma once
// The .scdiffsession document: a small JSON file holding the dataset's path, the obs columns the
// user edited (categories + codes, or removed), whether X was normalised in the session, and the view
// settings. Reopening loads the dataset
// and re-applies the edits as one undoable step, so the input file itself is never needed to change.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff::ui {

struct ViewSettings {
    QString embedding, colourBy;
    bool colourByGene = false;
    double pointSize = 4, opacity = 0.9;
};

// edited: obs column names whose current state must be stored (absent ones are stored as removed).
// normalisedX: X was normalised in the session (Analysis > Normalise); reopening normalises again.
QJsonObject sessionToJson(const QString& sourcePath, const DataFrame& obs, const QStringList& edited,
                          const ViewSettings& view, bool normalisedX = false);
// Throws InvalidInput with a sentence when the document is not a session of this version.
struct SessionContent {
    QString sourcePath;
    std::vector<std::pair<QString, std::optional<ColumnData>>> columns;
    bool normaliseX = false;
    ViewSettings view;
};
SessionContent sessionFromJson(const QJsonObject& json, std::int64_t nObs);

// The file itself. Writing goes through a temporary file renamed at the end (writeWholeFile), so a crash or a
// full disk never leaves half a session; false with a sentence naming the file in *why. Reading: false
// with the system's or the JSON parser's reason in *why.
bool writeSessionFile(const QString& path, const QJsonObject& json, QString* why);
bool readSessionFile(const QString& path, QJsonObject* json, QString* why);

}  // namespace scdiff::ui
