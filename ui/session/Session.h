#pragma once
// The document: one dataset (AnnData), where it came from, the undo stack of its edits, the current
// cell selection and the scDiff model of the session. Every edit of the data goes through a
// QUndoCommand (see session/Commands.h) that calls setObsColumn() (or setObsmEntry/setUnsEntry);
// views listen to the signals and never edit the data themselves.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>
#include <memory>
#include <optional>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/preprocess.hpp"
#include "session/XTransform.h"

namespace scdiff::engine {
class Model;
}

namespace scdiff::ui {

// What the edits since the dataset was loaded touched, for session files (session/SessionFile.h): names
// in first-change order. An entry may since have been removed or restored; the file stores what is there now.
struct SessionChanges {
    QStringList obs, var, obsm, uns, layers;
    bool embeddings = false;  // obsm, varm and obsp replaced as a whole (an embedding run)
    bool empty() const {
        return obs.isEmpty() && var.isEmpty() && obsm.isEmpty() && uns.isEmpty() && layers.isEmpty() && !embeddings;
    }
};

class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);

    bool hasData() const { return loaded_; }
    const AnnData& data() const { return data_; }
    const QString& sourcePath() const { return source_; }
    QUndoStack* undoStack() { return &undo_; }
    bool isDirty() const { return !undo_.isClean(); }

    // Replaces the whole dataset; clears history and selection.
    // xValues: what X holds when the caller already scanned it (the loader does, on its worker thread).
    void setDataset(AnnData data, const QString& sourcePath, std::optional<preprocess::XValues> xValues = {});
    // Counts the datasets this session has held: a job started on one generation and ending on another
    // worked on a dataset that is gone, and its result must not be applied.
    int generation() const { return generation_; }
    // What X holds (counts, log-normalised, abundances, ...): scanned once per X, not once per asker.
    const preprocess::XValues& xValues() const;
    void markSaved() { undo_.setClean(); }

    // The edits, called only by undo commands (session/Commands.h). Each exchange puts `value` in place
    // (nullopt removes the entry) and leaves what was there in `value` (nullopt: there was none), so a
    // command holds one state, not a copy of before and after, and redo and undo are the same call.
    // tracked false: the entry belongs to a transformation of X that a session file replays (normalisation:
    // layers['counts'], uns['scdiff_preprocess']), so it is not stored as a change.
    void exchangeObsColumn(const QString& name, std::optional<ColumnData>& value);
    void exchangeVarColumn(const QString& name, std::optional<ColumnData>& value);
    void exchangeObsmEntry(const QString& key, std::optional<Element>& value);
    void exchangeUnsEntry(const QString& key, std::optional<Element>& value, bool tracked = true);
    void exchangeLayerEntry(const QString& key, std::optional<Element>& value, bool tracked = true);
    // obsm, varm and obsp as a whole (an embedding run's results).
    void exchangeEmbeddingElements(Dict& obsm, Dict& varm, Dict& obsp);
    // X and how it was transformed from the file's values (normalisation, log-transform; an undo exchanges the
    // file's values and XTransform::None back).
    void exchangeX(std::optional<Matrix>& x, XTransform& transform);
    XTransform xTransform() const { return xTransform_; }

    // The scDiff model trained or loaded in this session (null when none). Kept across dataset changes:
    // a model trained on one file can annotate another.
    std::shared_ptr<const engine::Model> model() const { return model_; }
    void setModel(std::shared_ptr<const engine::Model> model);

    // obs columns changed since the dataset was loaded, in first-edit order.
    const QStringList& editedColumns() const { return changes_.obs; }
    const SessionChanges& changes() const { return changes_; }

    const std::vector<std::int64_t>& selection() const { return selection_; }  // sorted row indices
    void setSelection(std::vector<std::int64_t> rows);

signals:
    void datasetReplaced();
    void obsColumnChanged(const QString& name);
    void embeddingsChanged();
    void layersChanged(const QString& key);
    void expressionChanged();  // X was replaced (its values, not its shape)
    void modelChanged();
    void selectionChanged(qint64 count);

private:
    AnnData data_;
    bool loaded_ = false;
    int generation_ = 0;
    QString source_;
    QUndoStack undo_;
    std::vector<std::int64_t> selection_;
    XTransform xTransform_ = XTransform::None;
    SessionChanges changes_;
    std::shared_ptr<const engine::Model> model_;
    mutable std::optional<preprocess::XValues> xValues_;  // of data_.X; empty: not scanned yet
};

}  // namespace scdiff::ui
