#pragma once
// The File and Analysis menus' jobs (ui/tasks/Task.h): opening and writing datasets, example data, the
// embedding, X's normalisation and log transform, and the marker ranking. Those that change the dataset
// work on their own copy and apply their result as one undoable command.
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/clustering.hpp"
#include "scdiff/markers.hpp"
#include "scdiff/preprocess.hpp"
#include "session/SessionFile.h"
#include "tasks/Task.h"

namespace scdiff::ui {

// Reads any supported file (tasks/CoreBridge.h loadDataset) and looks at its X; apply() makes it the session's
// dataset.
class LoadTask final : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::LoadTask)

public:
    explicit LoadTask(QString path, bool backed = false);
    void run(Progress& progress) override;
    void apply(Session& session) override;

private:
    QString path_;
    bool backed_;
    AnnData data_;
    preprocess::XValues xValues_;
};

// A session file (session/SessionFile.h) and the dataset it refers to, both read on the worker and checked
// against each other; apply() makes the dataset the session's, and content() is what the window applies
// next (applySessionChanges, the view, the runs, the model).
class OpenSessionTask final : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::OpenSessionTask)

public:
    explicit OpenSessionTask(QString sessionPath);
    void run(Progress& progress) override;
    void apply(Session& session) override;
    SessionContent& content() { return content_; }

private:
    QString path_;
    SessionContent content_;
    AnnData data_;
    preprocess::XValues xValues_;
};

// An example dataset (a synth preset) with its embedding; apply() makes it the session's dataset.
class SyntheticTask final : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::SyntheticTask)

public:
    explicit SyntheticTask(std::string preset);
    void run(Progress& progress) override;
    void apply(Session& session) override;

private:
    std::string preset_;
    AnnData data_;
};

// PCA (and, with umap, neighbours + UMAP) on a copy of the dataset. apply(): the embedding's elements as one
// undoable step, and, when X held counts (normalised and log1p'd on the way, as the embedding is computed on
// that scale), Analysis > Normalise's step after it, so the first undo gives the counts back and keeps the
// embedding. obs is not taken from the copy: obs edits made meanwhile are kept.
class EmbeddingTask final : public DatasetTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::EmbeddingTask)

public:
    EmbeddingTask(const Session& session, bool umap);
    void run(Progress& progress) override;
    void apply(Session& session) override;

private:
    bool umap_;
    bool counts_;
    std::shared_ptr<AnnData> work_;
};

// Leiden clusters (embedding::leidenClusters) on a copy of the kNN graph; apply(): obs['leiden'] and
// uns['leiden'] as one undoable step. Needs obsp['connectivities'] (Analysis > Compute UMAP builds it).
class ClusterTask final : public DatasetTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::ClusterTask)

public:
    ClusterTask(const Session& session, double resolution);
    void run(Progress& progress) override;
    void apply(Session& session) override;
    int clusters() const { return result_.clusters; }

private:
    std::shared_ptr<const SparseMatrix> graph_;  // null: the dataset has no kNN graph
    double resolution_;
    embedding::Clustering result_;
};

// Counts normalised to 1e4 and log1p'd (preprocess::normalisedCounts) on a copy of X.
class NormaliseTask final : public DatasetTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::NormaliseTask)

public:
    explicit NormaliseTask(const Session& session);
    void run(Progress& progress) override;
    void apply(Session& session) override;

private:
    std::shared_ptr<const Matrix> x_;
    preprocess::NormalisedCounts result_;
};

// Abundances (FPKM/TPM) log1p'd, after rescaling each cell to 1e4 when rescale is set, on a copy of X.
class LogTransformTask final : public DatasetTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::LogTransformTask)

public:
    LogTransformTask(const Session& session, bool rescale);
    void run(Progress& progress) override;
    void apply(Session& session) override;

private:
    std::shared_ptr<const Matrix> x_;
    bool rescale_;
    preprocess::LogTransformed result_;
};

// Writes a dataset to .h5ad without overwriting the file it was read from (protectedInput).
class SaveDatasetTask final : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::SaveDatasetTask)

public:
    SaveDatasetTask(std::shared_ptr<const AnnData> data, QString path, QString protectedInput, QString failure);
    void run(Progress& progress) override;

private:
    std::shared_ptr<const AnnData> data_;
    QString path_, protectedInput_;
};

// The top 25 marker genes of each group of an obs column (markers::rankGenesGroups) on a copy of X and that
// column.
class RankMarkersTask final : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::RankMarkersTask)

public:
    RankMarkersTask(const AnnData& data, std::string groupBy);
    void run(Progress& progress) override;
    std::vector<markers::GroupMarkers>& ranking() { return ranking_; }

private:
    std::shared_ptr<AnnData> data_;
    std::string groupBy_;
    std::vector<markers::GroupMarkers> ranking_;
};

}  // namespace scdiff::ui
