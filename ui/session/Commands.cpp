#include "session/Commands.h"

#include <QObject>
#include <algorithm>
#include <map>

#include "scdiff/engine/results.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "models/DataAccess.h"
#include "session/Session.h"

namespace scdiff::ui {

SetObsColumnCommand::SetObsColumnCommand(Session* session, const QString& column, std::optional<ColumnData> after,
                                         const QString& text)
    : session_(session), column_(column), held_(std::move(after)) {
    setText(text);
}

void SetObsColumnCommand::exchange() { session_->exchangeObsColumn(column_, held_); }

SetElementsCommand::SetElementsCommand(Session* session, Changes<ColumnData> obs, Changes<Element> obsm,
                                       Changes<Element> uns, const QString& text)
    : SetElementsCommand(session, std::move(obs), std::move(obsm), std::move(uns), {}, text) {}

SetElementsCommand::SetElementsCommand(Session* session, Changes<ColumnData> obs, Changes<Element> obsm,
                                       Changes<Element> uns, Changes<Element> layers, const QString& text)
    : session_(session),
      obs_(std::move(obs)),
      obsm_(std::move(obsm)),
      uns_(std::move(uns)),
      layers_(std::move(layers)) {
    setText(text);
}

void SetElementsCommand::exchange() {
    // The same order both ways: the keys of one kind are distinct, so each exchange undoes itself; obs
    // last, because its signal makes views read the other elements.
    for (auto& [key, value] : uns_) session_->exchangeUnsEntry(key, value, !ofX_);
    for (auto& [key, value] : layers_) session_->exchangeLayerEntry(key, value, !ofX_);
    for (auto& [key, value] : obsm_) session_->exchangeObsmEntry(key, value);
    for (auto& [key, value] : obs_) session_->exchangeObsColumn(key, value);
}

ReplaceXCommand::ReplaceXCommand(Session* session, Matrix x, XTransform transform,
                                 SetElementsCommand::Changes<Element> layers, SetElementsCommand::Changes<Element> uns,
                                 const QString& text)
    : session_(session),
      held_(std::move(x)),
      transform_(transform),
      elements_(session, {}, {}, std::move(uns), std::move(layers), text) {
    elements_.setTransformationOfX();
    setText(text);
}

void ReplaceXCommand::redo() {
    elements_.redo();
    session_->exchangeX(held_, transform_);
}

void ReplaceXCommand::undo() {
    elements_.undo();
    session_->exchangeX(held_, transform_);
}

EmbeddingCommand::EmbeddingCommand(Session* session, EmbeddingElements after, const QString& text)
    : session_(session), held_(std::move(after)) {
    setText(text);
    for (auto& c : held_.var) var_.emplace_back(QString::fromStdString(c.name), std::move(c.data));
    held_.var.clear();
    for (auto& [key, value] : held_.uns) uns_.emplace_back(QString::fromStdString(key), std::move(value));
    held_.uns.clear();
}

void EmbeddingCommand::exchange() {
    for (auto& [name, column] : var_) session_->exchangeVarColumn(name, column);
    for (auto& [key, value] : uns_) session_->exchangeUnsEntry(key, value);
    session_->exchangeEmbeddingElements(held_.obsm, held_.varm, held_.obsp);  // last: its signal redraws
}

QUndoCommand* makeNormaliseCommand(Session* s, preprocess::NormalisedCounts n) {
    SetElementsCommand::Changes<Element> layers, uns;
    layers.emplace_back(QStringLiteral("counts"), std::move(n.counts));
    uns.emplace_back(QStringLiteral("scdiff_preprocess"), std::move(n.record));
    return new ReplaceXCommand(s, std::move(n.x), XTransform::NormalisedCounts, std::move(layers), std::move(uns),
                               QObject::tr("Normalise X (1e4 per cell, log1p; counts kept in layers['counts'])"));
}

QUndoCommand* makeLogTransformCommand(Session* s, preprocess::LogTransformed t, bool rescaled) {
    SetElementsCommand::Changes<Element> layers, uns;
    layers.emplace_back(QStringLiteral("abundance"), std::move(t.abundance));
    uns.emplace_back(QStringLiteral("scdiff_preprocess"), std::move(t.record));
    return new ReplaceXCommand(
        s, std::move(t.x), rescaled ? XTransform::LogRescaledAbundances : XTransform::LogAbundances, std::move(layers),
        std::move(uns),
        rescaled ? QObject::tr("Log-transform X (each cell rescaled to 10,000, log1p; values kept in "
                               "layers['abundance'])")
                 : QObject::tr("Log-transform X (log1p; values kept in layers['abundance'])"));
}

Categorical asCategorical(const ColumnData& c) {
    if (const auto* cat = std::get_if<Categorical>(&c)) {
        if (std::holds_alternative<std::vector<std::string>>(cat->categories)) return *cat;
        Categorical out;
        out.codes = cat->codes;
        out.categories = cat->categoryNames();
        return out;
    }
    const std::int64_t n = columnLength(c);
    std::vector<std::string> labels(static_cast<std::size_t>(n));
    std::vector<bool> missing(static_cast<std::size_t>(n), false);
    if (const auto* s = std::get_if<StringArray>(&c)) {
        labels = s->values;
    } else if (const auto* a = std::get_if<NDArray>(&c)) {
        for (std::int64_t i = 0; i < n; ++i) {
            const double v = a->at(i);
            labels[i] = (v == static_cast<std::int64_t>(v)) ? std::to_string(static_cast<std::int64_t>(v))
                                                            : QString::number(v).toStdString();
        }
    } else if (const auto* na = std::get_if<NullableArray>(&c)) {
        for (std::int64_t i = 0; i < n; ++i) {
            if (na->mask.size() > static_cast<std::size_t>(i) && na->mask[i]) {
                missing[i] = true;
                continue;
            }
            labels[i] = na->kind == NullableArray::Kind::String ? na->strings[i]
                                                                : QString::number(na->values.at(i)).toStdString();
        }
    } else {
        throw InvalidInput(
            "this obs column cannot be edited as categories (it is an element the app does not understand)");
    }
    Categorical out = Categorical::fromLabels(labels);
    for (std::int64_t i = 0; i < n; ++i)
        if (missing[i]) out.codes[i] = -1;
    return out;
}

namespace {
std::int32_t ensureCategory(Categorical& c, const std::string& label) {
    auto& names = std::get<std::vector<std::string>>(c.categories);
    auto it = std::find(names.begin(), names.end(), label);
    if (it != names.end()) return static_cast<std::int32_t>(it - names.begin());
    names.push_back(label);
    return static_cast<std::int32_t>(names.size() - 1);
}
void checkRows(std::int64_t n, const std::vector<std::int64_t>& rows) {
    for (auto r : rows)
        if (r < 0 || r >= n)
            throw InvalidInput("cell index " + std::to_string(r) + " is outside the dataset (" + std::to_string(n) +
                               " cells)");
}
}  // namespace

Categorical relabelled(const DataFrame& obs, const std::string& column, const std::vector<std::int64_t>& rows,
                       const std::string& label) {
    checkRows(obs.rows(), rows);
    Categorical c;
    if (const Column* col = obs.find(column)) {
        c = asCategorical(col->data);
    } else {
        c.codes.assign(static_cast<std::size_t>(obs.rows()), -1);
        c.categories = std::vector<std::string>{};
    }
    const std::int32_t code = ensureCategory(c, label);
    for (auto r : rows) c.codes[static_cast<std::size_t>(r)] = code;
    return c;
}

Categorical selectionColumn(std::int64_t nObs, const std::vector<std::int64_t>& rows, const std::string& inside,
                            const std::string& outside) {
    checkRows(nObs, rows);
    Categorical c;
    c.categories = std::vector<std::string>{inside, outside};
    c.codes.assign(static_cast<std::size_t>(nObs), 1);
    for (auto r : rows) c.codes[static_cast<std::size_t>(r)] = 0;
    return c;
}

Categorical renamedCategory(const Categorical& input, const std::string& from, const std::string& to) {
    Categorical c = input;
    if (!std::holds_alternative<std::vector<std::string>>(c.categories)) c.categories = c.categoryNames();
    auto& names = std::get<std::vector<std::string>>(c.categories);
    auto src = std::find(names.begin(), names.end(), from);
    if (src == names.end()) throw InvalidInput("there is no category \"" + from + "\" to rename");
    const auto srcCode = static_cast<std::int32_t>(src - names.begin());
    auto dst = std::find(names.begin(), names.end(), to);
    if (dst == names.end()) {
        *src = to;
        return c;
    }
    // Merge: move every cell of `from` to `to`, then drop `from` and shift the codes above it.
    const auto dstCode = static_cast<std::int32_t>(dst - names.begin());
    for (auto& code : c.codes) {
        if (code == srcCode) code = dstCode;
        if (code > srcCode) --code;
    }
    names.erase(names.begin() + srcCode);
    return c;
}

QUndoCommand* makeRelabelCommand(Session* s, const QString& column, const std::vector<std::int64_t>& rows,
                                 const QString& label) {
    auto c = relabelled(s->data().obs, column.toStdString(), rows, label.toStdString());
    return new SetObsColumnCommand(s, column, ColumnData(std::move(c)),
                                   QObject::tr("Relabel %n cell(s) as %1", nullptr, int(rows.size())).arg(label));
}

QUndoCommand* makeSelectionCategoryCommand(Session* s, const QString& name, const std::vector<std::int64_t>& rows) {
    auto c = selectionColumn(s->data().nObs(), rows, "selected", "other");
    return new SetObsColumnCommand(s, name, ColumnData(std::move(c)), QObject::tr("Save selection as %1").arg(name));
}

QUndoCommand* makeRenameCategoryCommand(Session* s, const QString& column, const QString& from, const QString& to) {
    const Column* col = s->data().obs.find(column.toStdString());
    if (!col) throw InvalidInput("there is no obs column \"" + column.toStdString() + "\"");
    auto c = renamedCategory(asCategorical(col->data), from.toStdString(), to.toStdString());
    return new SetObsColumnCommand(s, column, ColumnData(std::move(c)), QObject::tr("Rename %1 to %2").arg(from, to));
}

QUndoCommand* makeAnnotationCommand(Session* s, const engine::AnnotationResult& result, const engine::Model& model,
                                    const std::map<std::string, double>& metrics) {
    // addAnnotation writes into a scratch dataset with the same cells (and the current uns['scdiff'], so
    // other tasks' records survive); what it wrote becomes the command's "after" state.
    AnnData scratch;
    scratch.obs.index = s->data().obs.index;
    if (const Element* e = s->data().uns.find("scdiff")) scratch.uns.set("scdiff", *e);
    engine::addAnnotation(scratch, result);
    engine::recordRun(scratch, model, engine::Task::Annotation, metrics);
    SetElementsCommand::Changes<ColumnData> obs;
    SetElementsCommand::Changes<Element> obsm, uns;
    for (auto& c : scratch.obs.columns) obs.emplace_back(QString::fromStdString(c.name), std::move(c.data));
    for (std::size_t i = 0; i < scratch.obsm.size(); ++i)
        obsm.emplace_back(QString::fromStdString(scratch.obsm.keys()[i]), std::move(scratch.obsm.values()[i]));
    for (std::size_t i = 0; i < scratch.uns.size(); ++i)
        uns.emplace_back(QString::fromStdString(scratch.uns.keys()[i]), std::move(scratch.uns.values()[i]));
    return new SetElementsCommand(
        s, std::move(obs), std::move(obsm), std::move(uns),
        QObject::tr("Annotate %n cell(s) with the scDiff model", nullptr, static_cast<int>(result.labels.size())));
}

ImputationChanges imputationChanges(AnnData& jobCopy, const engine::ImputationResult& result,
                                    const engine::Model& model) {
    // addImputation reads the model's expression source (and uns['scdiff_preprocess']) and writes only
    // layers['scdiff_imputed']; recordRun writes uns['scdiff'] (other tasks' records kept).
    engine::addImputation(jobCopy, result);
    engine::recordRun(jobCopy, model, engine::Task::Imputation);
    return {std::move(jobCopy.layers.at("scdiff_imputed")), std::move(jobCopy.uns.at("scdiff")), result.cells};
}

QUndoCommand* makeImputationCommand(Session* s, ImputationChanges changes) {
    SetElementsCommand::Changes<Element> layers, uns;
    layers.emplace_back(QStringLiteral("scdiff_imputed"), std::move(changes.imputed));
    uns.emplace_back(QStringLiteral("scdiff"), std::move(changes.scdiff));
    return new SetElementsCommand(
        s, {}, {}, std::move(uns), std::move(layers),
        QObject::tr("Impute %n cell(s) with the scDiff model", nullptr, static_cast<int>(changes.cells)));
}

Categorical withLabelsFrom(const DataFrame& obs, const std::string& source, const std::string& target,
                           const std::vector<std::int64_t>& rows, bool allCells) {
    const Column* src = obs.find(source);
    if (!src) throw InvalidInput("there is no obs column \"" + source + "\" to copy labels from");
    checkRows(obs.rows(), rows);
    const Categorical from = asCategorical(src->data);
    Categorical c;
    if (const Column* col = obs.find(target)) {
        c = asCategorical(col->data);
    } else {
        c.codes.assign(static_cast<std::size_t>(obs.rows()), -1);
        c.categories = std::vector<std::string>{};
    }
    auto copyRow = [&](std::int64_t r) {
        const auto label = from.label(r);
        c.codes[static_cast<std::size_t>(r)] = label ? ensureCategory(c, *label) : -1;
    };
    if (allCells)
        for (std::int64_t r = 0; r < obs.rows(); ++r) copyRow(r);
    else
        for (auto r : rows) copyRow(r);
    return c;
}

QUndoCommand* makeAcceptPredictionsCommand(Session* s, const QString& target, const std::vector<std::int64_t>& rows) {
    const QString name = target.trimmed();
    if (name.isEmpty()) throw InvalidInput("the target column name is empty");
    if (name == "scdiff_cell_type") throw InvalidInput("choose another column than the prediction itself");
    if (!s->data().obs.find("scdiff_cell_type"))
        throw InvalidInput("there are no predictions yet; annotate with the model first");
    auto c = withLabelsFrom(s->data().obs, "scdiff_cell_type", name.toStdString(), rows, rows.empty());
    const int n = rows.empty() ? static_cast<int>(s->data().nObs()) : static_cast<int>(rows.size());
    return new SetObsColumnCommand(s, name, ColumnData(std::move(c)),
                                   QObject::tr("Accept the predictions of %n cell(s) into %1", nullptr, n).arg(name));
}

}  // namespace scdiff::ui
