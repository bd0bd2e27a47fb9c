#include "tasks/DatasetTasks.h"

#include <QFileInfo>

#include "scdiff/error.hpp"
#include "session/Commands.h"
#include "session/Session.h"
#include "tasks/CoreBridge.h"

namespace scdiff::ui {

LoadTask::LoadTask(QString path, bool backed)
    : Task(tr("Opening %1").arg(QFileInfo(path).fileName()), tr("Cannot open the file")),
      path_(std::move(path)),
      backed_(backed) {}

void LoadTask::run(Progress& progress) {
    data_ = loadDataset(path_, progress, backed_);
    if (data_.X) xValues_ = preprocess::inspectX(*data_.X);  // here, not on the main thread
}

void LoadTask::apply(Session& session) { session.setDataset(std::move(data_), path_, xValues_); }

OpenSessionTask::OpenSessionTask(QString sessionPath)
    : Task(tr("Opening %1").arg(QFileInfo(sessionPath).fileName()), tr("Cannot open the session")),
      path_(std::move(sessionPath)) {}

void OpenSessionTask::run(Progress& progress) {
    content_ = readSessionFile(path_, progress);
    if (!QFileInfo::exists(content_.sourcePath))
        throw FileError(path_.toStdString(), "",
                        "its dataset " + content_.sourcePath.toStdString() + " is no longer there (moved or deleted?)");
    data_ = loadDataset(content_.sourcePath, progress, content_.backed);
    checkSessionFits(content_, data_);
    if (data_.X) xValues_ = preprocess::inspectX(*data_.X);
}

void OpenSessionTask::apply(Session& session) { session.setDataset(std::move(data_), content_.sourcePath, xValues_); }

SyntheticTask::SyntheticTask(std::string preset)
    : Task(tr("Generating example data"), tr("Cannot create the example dataset")), preset_(std::move(preset)) {}

void SyntheticTask::run(Progress& progress) {
    data_ = syntheticDataset(preset_, progress);
    computeEmbedding(data_, true, progress);
}

void SyntheticTask::apply(Session& session) { session.setDataset(std::move(data_), QString()); }

EmbeddingTask::EmbeddingTask(const Session& session, bool umap)
    : DatasetTask(session, umap ? tr("Computing UMAP") : tr("Computing PCA"), tr("Cannot compute the embedding")),
      umap_(umap),
      counts_(session.xValues().kind == preprocess::XKind::Counts),
      work_(std::make_shared<AnnData>(session.data())) {}

void EmbeddingTask::run(Progress& progress) { computeEmbedding(*work_, umap_, progress); }

void EmbeddingTask::apply(Session& session) {
    requireSameDataset(session);
    AnnData& w = *work_;
    EmbeddingElements e{std::move(w.obsm), std::move(w.varm), std::move(w.obsp), w.var.columns, {}};
    for (std::size_t i = 0; i < w.uns.size(); ++i)
        if (!counts_ || w.uns.keys()[i] != "scdiff_preprocess") e.uns.emplace_back(w.uns.keys()[i], w.uns.values()[i]);
    session.undoStack()->push(
        new EmbeddingCommand(&session, std::move(e), umap_ ? tr("Compute UMAP") : tr("Compute PCA")));
    if (counts_)
        session.undoStack()->push(makeNormaliseCommand(
            &session, {std::move(*w.X), *w.layers.find("counts"), *w.uns.find("scdiff_preprocess")}));
}

ClusterTask::ClusterTask(const Session& session, double resolution)
    : DatasetTask(session, tr("Clustering cells (Leiden)"), tr("Cannot cluster the cells")), resolution_(resolution) {
    if (const Element* g = session.data().obsp.find("connectivities"); g && g->is<SparseMatrix>())
        graph_ = std::make_shared<const SparseMatrix>(g->get<SparseMatrix>());
}

void ClusterTask::run(Progress& progress) {
    if (!graph_)
        throw InvalidInput(
            "the dataset has no kNN graph (obsp['connectivities']) to cluster; Analysis > Compute "
            "UMAP builds it");
    progress.stage("Leiden clustering");
    result_ = embedding::leidenClusters(*graph_, resolution_, 0);
}

void ClusterTask::apply(Session& session) {
    requireSameDataset(session);
    embedding::LeidenOptions o;
    o.resolution = resolution_;
    SetElementsCommand::Changes<ColumnData> obs;
    SetElementsCommand::Changes<Element> uns;
    obs.emplace_back(QString::fromStdString(o.key), ColumnData(embedding::clusterColumn(result_)));
    uns.emplace_back(QString::fromStdString(o.key), Element(embedding::leidenRecord(o)));
    session.undoStack()->push(new SetElementsCommand(
        &session, std::move(obs), {}, std::move(uns),
        tr("Leiden clustering at resolution %1 (%n cluster(s))", nullptr, result_.clusters).arg(resolution_)));
}

NormaliseTask::NormaliseTask(const Session& session)
    : DatasetTask(session, tr("Normalising X"), tr("Cannot normalise X")),
      x_(std::make_shared<const Matrix>(*session.data().X)) {}  // the window keeps drawing the current X

void NormaliseTask::run(Progress&) { result_ = preprocess::normalisedCounts(*x_); }

void NormaliseTask::apply(Session& session) {
    requireSameDataset(session);
    session.undoStack()->push(makeNormaliseCommand(&session, std::move(result_)));
}

LogTransformTask::LogTransformTask(const Session& session, bool rescale)
    : DatasetTask(session, tr("Log-transforming X"), tr("Cannot log-transform X")),
      x_(std::make_shared<const Matrix>(*session.data().X)),
      rescale_(rescale) {}

void LogTransformTask::run(Progress&) { result_ = preprocess::logTransformedAbundances(*x_, rescale_ ? 1e4 : 0); }

void LogTransformTask::apply(Session& session) {
    requireSameDataset(session);
    session.undoStack()->push(makeLogTransformCommand(&session, std::move(result_), rescale_));
}

SaveDatasetTask::SaveDatasetTask(std::shared_ptr<const AnnData> data, QString path, QString protectedInput,
                                 QString failure)
    : Task(tr("Writing %1").arg(QFileInfo(path).fileName()), std::move(failure)),
      data_(std::move(data)),
      path_(std::move(path)),
      protectedInput_(std::move(protectedInput)) {}

void SaveDatasetTask::run(Progress& progress) { saveDataset(*data_, path_, protectedInput_, progress); }

RankMarkersTask::RankMarkersTask(const AnnData& data, std::string groupBy)
    : Task(tr("Ranking marker genes"), tr("Cannot rank marker genes")),
      data_(std::make_shared<AnnData>()),
      groupBy_(std::move(groupBy)) {
    // The ranking reads X and one obs column: just those are copied, so the window may keep editing.
    data_->X = data.X;
    data_->var.index = data.var.index;
    data_->obs.index = data.obs.index;
    data_->obs.set(groupBy_, data.obs.find(groupBy_)->data);
}

void RankMarkersTask::run(Progress& progress) {
    markers::RankOptions o;
    o.groupBy = groupBy_;
    o.nTop = 25;
    ranking_ = markers::rankGenesGroups(*data_, o, progress);
}

}  // namespace scdiff::ui
