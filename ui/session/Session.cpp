#include "session/Session.h"

#include <algorithm>

namespace scdiff::ui {

Session::Session(QObject* parent) : QObject(parent) {}

void Session::setDataset(AnnData data, const QString& sourcePath, std::optional<preprocess::XValues> xValues) {
    data_ = std::move(data);
    xValues_ = std::move(xValues);
    loaded_ = true;
    ++generation_;
    source_ = sourcePath;
    undo_.clear();
    undo_.setClean();
    selection_.clear();
    edited_.clear();
    normalisedX_ = false;
    emit datasetReplaced();
    emit selectionChanged(0);
}

const preprocess::XValues& Session::xValues() const {
    if (!xValues_) xValues_ = data_.X ? preprocess::inspectX(*data_.X) : preprocess::XValues{};
    return *xValues_;
}

void Session::setObsColumn(const QString& name, std::optional<ColumnData> column) {
    if (column)
        data_.obs.set(name.toStdString(), std::move(*column));
    else
        data_.obs.remove(name.toStdString());
    if (!edited_.contains(name)) edited_ << name;
    emit obsColumnChanged(name);
}

void Session::setObsmEntry(const QString& key, std::optional<Element> value) {
    if (value)
        data_.obsm.set(key.toStdString(), std::move(*value));
    else
        data_.obsm.erase(key.toStdString());
    emit embeddingsChanged();
}

void Session::setEmbeddingElements(Dict obsm, Dict varm, Dict obsp) {
    data_.obsm = std::move(obsm);
    data_.varm = std::move(varm);
    data_.obsp = std::move(obsp);
    emit embeddingsChanged();
}

void Session::setVarColumn(const QString& name, std::optional<ColumnData> column) {
    if (column)
        data_.var.set(name.toStdString(), std::move(*column));
    else
        data_.var.remove(name.toStdString());
}

void Session::setUnsEntry(const QString& key, std::optional<Element> value) {
    if (value)
        data_.uns.set(key.toStdString(), std::move(*value));
    else
        data_.uns.erase(key.toStdString());
}

void Session::setLayerEntry(const QString& key, std::optional<Element> value) {
    if (value)
        data_.layers.set(key.toStdString(), std::move(*value));
    else
        data_.layers.erase(key.toStdString());
    emit layersChanged(key);
}

void Session::setX(std::optional<Matrix> x, bool normalised) {
    data_.X = std::move(x);
    xValues_.reset();
    normalisedX_ = normalised;
    emit expressionChanged();
}

void Session::setModel(std::shared_ptr<const engine::Model> model) {
    model_ = std::move(model);
    emit modelChanged();
}

void Session::setSelection(std::vector<std::int64_t> rows) {
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    selection_ = std::move(rows);
    emit selectionChanged(static_cast<qint64>(selection_.size()));
}

}  // namespace scdiff::ui
