#pragma once
// The .scdiffsession document. Version 2 is an h5ad file (anndata opens it) holding what the session
// changed in its dataset: the obs and var columns, obsm, layers and uns entries it set (predictions,
// confidences, imputed values, clusters, ...) and, after an embedding run, obsm, varm and obsp whole; X is
// absent. uns['scdiff_session'] is a JSON text with the source file, the entries the session removed,
// whether X was normalised (reopening normalises again rather than storing X), the view, the model file
// and the runs table; uns['scdiff_session_perturbations'] the perturbation predictions ('0', '1', ...; files of
// before 2026-12-08 hold one, uns['scdiff_session_perturbation']). Reopening loads the source and applies the changes as one undoable step, so the
// input file itself never needs to change. Version 1 files (JSON: obs edits and the view) still open.
// Also the autosave's format (app/Autosave.h).
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "session/PerturbationRecord.h"
#include "session/XTransform.h"
#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"
#include "session/Session.h"

namespace scdiff::ui {

struct ViewSettings {
    QString embedding, colourBy;
    bool colourByGene = false;
    double pointSize = 4, opacity = 0.9;
};

struct SessionContent {
    QString sourcePath;
    AnnData changes;          // the changed entries as they are now; obs/var indexes are the source's
    SessionChanges removed;   // names of entries the session removed (its `embeddings` unused)
    bool embeddings = false;  // changes.obsm/varm/obsp replace the source's whole
    XTransform xTransform = XTransform::None;  // replayed on the source's X
    bool backed = false;                       // the source was opened backed (its X read from the file as needed)
    ViewSettings view;
    QString modelPath;  // the session's model file, empty when none was saved
    QJsonArray runs;    // MetricsPanel::runsToJson
    // Every perturbation prediction of the session and the one shown (-1: none); written as records
    // (session/PerturbationRecord.h) by writeSessionFile, off the main thread in the autosave.
    std::vector<PerturbationPrediction> perturbations;
    int shownPerturbation = -1;
    QDateTime saved;
    // "3 edited columns, imputed values (layer scdiff_imputed), an embedding, 2 runs": for the recovery offer.
    QString summary() const;
};

// The session's changes, copied from its dataset (on the main thread; cheap unless a result is large).
SessionContent captureSession(const Session& session, const ViewSettings& view, const QString& modelPath,
                              const QJsonArray& runs);

// Writes version 2 whole or not at all (an existing file stays as it was); throws Error with a sentence.
void writeSessionFile(const QString& path, const SessionContent& content);
// Version 1 or 2; the h5ad of version 2 is read in the reader process (io::readSafely). Throws Error with a
// sentence naming the file.
SessionContent readSessionFile(const QString& path, Progress& progress = nullProgress());
// Throws InvalidInput when the changes do not fit the dataset (another number of cells or genes, other names).
void checkSessionFits(const SessionContent& content, const AnnData& data);

}  // namespace scdiff::ui
