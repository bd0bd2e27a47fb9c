#pragma once
// Undoable edits of the session's dataset. Each command holds one state of what it changes: the new values
// until redo() exchanges them with the session's (Session::exchange*), the old ones after, so undo/redo
// restore them bit for bit and a command never holds a second copy (X after Normalise is held by the
// session and by one command, not three times).
#include <QUndoCommand>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "session/XTransform.h"
#include "scdiff/anndata.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::engine {
struct AnnotationResult;
struct ImputationResult;
class Model;
}  // namespace scdiff::engine

namespace scdiff::ui {

class Session;

// Sets obs[column] to `after` (nullopt = remove); undo restores what was there.
class SetObsColumnCommand : public QUndoCommand {
public:
    SetObsColumnCommand(Session* session, const QString& column, std::optional<ColumnData> after, const QString& text);
    void undo() override { exchange(); }
    void redo() override { exchange(); }

private:
    void exchange();
    Session* session_;
    QString column_;
    std::optional<ColumnData> held_;  // after before redo(), before after it
};

// Several elements replaced as one step: obs columns, obsm, uns and layers entries (nullopt = remove).
// Undo restores each as it was before, or removes it when it was absent.
class SetElementsCommand : public QUndoCommand {
public:
    template <class T>
    using Changes = std::vector<std::pair<QString, std::optional<T>>>;
    SetElementsCommand(Session* session, Changes<ColumnData> obs, Changes<Element> obsm, Changes<Element> uns,
                       const QString& text);
    SetElementsCommand(Session* session, Changes<ColumnData> obs, Changes<Element> obsm, Changes<Element> uns,
                       Changes<Element> layers, const QString& text);
    void undo() override { exchange(); }
    void redo() override { exchange(); }
    // The uns and layers entries belong to a transformation of X (ReplaceXCommand): not session changes.
    void setTransformationOfX() { ofX_ = true; }

private:
    void exchange();
    Session* session_;
    Changes<ColumnData> obs_;  // each: the new value before redo(), the old one after
    Changes<Element> obsm_, uns_, layers_;
    bool ofX_ = false;
};

// A transformation of X as one step (normalisation, log-transform): X replaced, the untransformed values
// in a layer, uns['scdiff_preprocess'] recording what was done.
class ReplaceXCommand : public QUndoCommand {
public:
    ReplaceXCommand(Session* session, Matrix x, XTransform transform, SetElementsCommand::Changes<Element> layers,
                    SetElementsCommand::Changes<Element> uns, const QString& text);
    void undo() override;
    void redo() override;

private:
    Session* session_;
    std::optional<Matrix> held_;   // the new X before redo(), the old one after
    XTransform transform_;         // what made the new X before redo(), the old one's after
    SetElementsCommand elements_;  // the layers and uns entries
};

// An embedding run (PCA, neighbours, UMAP; ui::computeEmbedding) as one step: obsm, varm and obsp
// replaced as a whole, the var columns and uns entries it wrote set. Undo restores the previous ones.
struct EmbeddingElements {
    Dict obsm, varm, obsp;
    std::vector<Column> var;                           // e.g. highly_variable, means
    std::vector<std::pair<std::string, Element>> uns;  // e.g. pca, neighbors, umap
};
class EmbeddingCommand : public QUndoCommand {
public:
    EmbeddingCommand(Session* session, EmbeddingElements after, const QString& text);
    void undo() override { exchange(); }
    void redo() override { exchange(); }

private:
    void exchange();
    Session* session_;
    EmbeddingElements held_;  // obsm, varm, obsp: the new ones before redo(), the old ones after
    SetElementsCommand::Changes<ColumnData> var_;
    SetElementsCommand::Changes<Element> uns_;
};

// Pure functions building the new column for each edit (tested directly). All return categoricals.
// rows -> `label` in column (a string/categorical column, or a new one with missing elsewhere).
Categorical relabelled(const DataFrame& obs, const std::string& column, const std::vector<std::int64_t>& rows,
                       const std::string& label);
// A two-category column: `inside` for rows, `outside` for the rest.
Categorical selectionColumn(std::int64_t nObs, const std::vector<std::int64_t>& rows, const std::string& inside,
                            const std::string& outside);
// Categories `from` renamed to `to`; when `to` already exists the categories merge.
Categorical renamedCategory(const Categorical& c, const std::string& from, const std::string& to);
// Any column as a categorical (strings and categoricals as they are, numbers formatted).
Categorical asCategorical(const ColumnData& c);

// Convenience constructors for the commands the UI issues.
QUndoCommand* makeRelabelCommand(Session* s, const QString& column, const std::vector<std::int64_t>& rows,
                                 const QString& label);
QUndoCommand* makeSelectionCategoryCommand(Session* s, const QString& name, const std::vector<std::int64_t>& rows);
QUndoCommand* makeRenameCategoryCommand(Session* s, const QString& column, const QString& from, const QString& to);
// A model's annotation as one undoable step: what engine::addAnnotation writes (obs['scdiff_cell_type'],
// obs['scdiff_confidence'], obsm['scdiff_probabilities']) and uns['scdiff']['annotation'] with the model's
// configuration and the metrics (engine::recordRun). Throws InvalidInput when the result does not have
// one row per cell.
QUndoCommand* makeAnnotationCommand(Session* s, const engine::AnnotationResult& result, const engine::Model& model,
                                    const std::map<std::string, double>& metrics);
// What a model's imputation changes: layers['scdiff_imputed'] (engine::addImputation, cells x the dataset's
// genes) and uns['scdiff'] with its ['imputation'] record (engine::recordRun). Computed on the job's worker
// thread from the job's own copy of the dataset (engineInputs; it is changed), so the main thread neither
// copies nor normalises the matrix. Throws InvalidInput when the result does not have one row per cell.
struct ImputationChanges {
    Element imputed, scdiff;
    std::int64_t cells = 0;
};
ImputationChanges imputationChanges(AnnData& jobCopy, const engine::ImputationResult& result,
                                    const engine::Model& model);
// Those changes as one undoable step.
QUndoCommand* makeImputationCommand(Session* s, ImputationChanges changes);

// X normalised (preprocess::normalisedCounts, computed on a worker thread on a copy of X) as one undoable
// step: X replaced, the counts in layers['counts'], the record in uns['scdiff_preprocess'].
QUndoCommand* makeNormaliseCommand(Session* s, preprocess::NormalisedCounts normalised);
// Abundances (FPKM/TPM) log-transformed (preprocess::logTransformedAbundances) as one undoable step.
QUndoCommand* makeLogTransformCommand(Session* s, preprocess::LogTransformed transformed, bool rescaled);

// `target` with the labels of `source` copied into `rows` (all cells when rows is empty and allCells is
// true). An existing target keeps its other cells; a new one is missing elsewhere.
Categorical withLabelsFrom(const DataFrame& obs, const std::string& source, const std::string& target,
                           const std::vector<std::int64_t>& rows, bool allCells);
// "Accept predictions into…": obs['scdiff_cell_type'] copied into `target` for every cell (rows empty)
// or only the given rows, as one undoable step. Throws InvalidInput without a prediction, with an empty
// target, or when the target is the prediction column itself.
QUndoCommand* makeAcceptPredictionsCommand(Session* s, const QString& target, const std::vector<std::int64_t>& rows);

}  // namespace scdiff::ui
