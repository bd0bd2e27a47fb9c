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
    changes_ = SessionChanges{};
    xTransform_ = XTransform::None;
    emit datasetReplaced();
    emit selectionChanged(0);
}

const preprocess::XValues& Session::xValues() const {
    if (!xValues_) xValues_ = data_.X ? preprocess::inspectX(*data_.X) : preprocess::XValues{};
    return *xValues_;
}

namespace {

// `value` into frame[name] (nullopt: removed), what was there back into `value`. A present column is swapped in
// place, so it keeps its position.
void exchange(DataFrame& frame, const std::string& name, std::optional<ColumnData>& value) {
    Column* present = frame.find(name);
    if (present && value) {
        std::swap(present->data, *value);
    } else if (present) {
        value = std::move(present->data);
        frame.remove(name);
    } else if (value) {
        frame.set(name, std::move(*value));
        value.reset();
    }
}

void exchange(Dict& dict, const std::string& key, std::optional<Element>& value) {
    Element* present = dict.find(key);
    if (present && value) {
        std::swap(*present, *value);
    } else if (present) {
        value = std::move(*present);
        dict.erase(key);
    } else if (value) {
        dict.set(key, std::move(*value));
        value.reset();
    }
}

}  // namespace

namespace {
void note(QStringList& names, const QString& name) {
    if (!names.contains(name)) names << name;
}
}  // namespace

void Session::exchangeObsColumn(const QString& name, std::optional<ColumnData>& value) {
    exchange(data_.obs, name.toStdString(), value);
    note(changes_.obs, name);
    emit obsColumnChanged(name);
}

void Session::exchangeVarColumn(const QString& name, std::optional<ColumnData>& value) {
    exchange(data_.var, name.toStdString(), value);
    note(changes_.var, name);
}

void Session::exchangeObsmEntry(const QString& key, std::optional<Element>& value) {
    exchange(data_.obsm, key.toStdString(), value);
    note(changes_.obsm, key);
    emit embeddingsChanged();
}

void Session::exchangeUnsEntry(const QString& key, std::optional<Element>& value, bool tracked) {
    exchange(data_.uns, key.toStdString(), value);
    if (tracked) note(changes_.uns, key);
}

void Session::exchangeLayerEntry(const QString& key, std::optional<Element>& value, bool tracked) {
    exchange(data_.layers, key.toStdString(), value);
    if (tracked) note(changes_.layers, key);
    emit layersChanged(key);
}

void Session::exchangeEmbeddingElements(Dict& obsm, Dict& varm, Dict& obsp) {
    std::swap(data_.obsm, obsm);
    std::swap(data_.varm, varm);
    std::swap(data_.obsp, obsp);
    changes_.embeddings = true;
    emit embeddingsChanged();
}

void Session::exchangeX(std::optional<Matrix>& x, XTransform& transform) {
    std::swap(data_.X, x);
    std::swap(xTransform_, transform);
    xValues_.reset();
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
