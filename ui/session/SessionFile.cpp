#include "session/SessionFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/read_safely.hpp"

namespace scdiff::ui {

namespace {

constexpr const char* kSessionKey = "scdiff_session";
constexpr const char* kPerturbationsKey = "scdiff_session_perturbations";
constexpr const char* kOnePerturbationKey = "scdiff_session_perturbation";  // files that kept only the last one

QJsonArray toJson(const QStringList& names) { return QJsonArray::fromStringList(names); }

QStringList namesOf(const QJsonValue& v) {
    QStringList out;
    for (const auto& n : v.toArray()) out << n.toString();
    return out;
}

void copyEntries(const Dict& from, Dict& to, const QStringList& names, QStringList& removed) {
    for (const QString& name : names) {
        if (const Element* e = from.find(name.toStdString()))
            to.set(name.toStdString(), *e);
        else
            removed << name;
    }
}

void copyColumns(const DataFrame& from, DataFrame& to, const QStringList& names, QStringList& removed) {
    for (const QString& name : names) {
        if (const Column* c = from.find(name.toStdString()))
            to.columns.push_back(*c);
        else
            removed << name;
    }
}

ViewSettings viewFrom(const QJsonObject& view) {
    ViewSettings v;
    v.embedding = view.value("embedding").toString();
    v.colourBy = view.value("colour_by").toString();
    v.colourByGene = view.value("colour_by_gene").toBool();
    v.pointSize = view.value("point_size").toDouble(4);
    v.opacity = view.value("opacity").toDouble(0.9);
    return v;
}

// Version 1: a JSON document with obs columns as categories + codes.
SessionContent fromVersion1(const QJsonObject& json) {
    SessionContent s;
    s.sourcePath = json.value("source").toString();
    std::int64_t cells = -1;
    for (const auto& v : json.value("obs_edits").toArray()) {
        const QJsonObject c = v.toObject();
        const QString name = c.value("name").toString();
        if (c.value("removed").toBool()) {
            s.removed.obs << name;
            continue;
        }
        Categorical cat;
        std::vector<std::string> categories;
        for (const auto& n : c.value("categories").toArray()) categories.push_back(n.toString().toStdString());
        const QJsonArray codes = c.value("codes").toArray();
        if (cells >= 0 && codes.size() != cells)
            throw InvalidInput("the session's column \"" + name.toStdString() + "\" has " +
                               std::to_string(codes.size()) + " cells, its other columns " + std::to_string(cells));
        cells = codes.size();
        for (const auto& code : codes) {
            const int k = code.toInt(-1);
            if (k >= static_cast<int>(categories.size()))
                throw InvalidInput("the session's column \"" + name.toStdString() +
                                   "\" has a category code out of range");
            cat.codes.push_back(k);
        }
        cat.categories = std::move(categories);
        s.changes.obs.columns.push_back({name.toStdString(), ColumnData(std::move(cat))});
    }
    // Version 1 did not store the cell names: only the count is checked against the dataset.
    s.changes.obs.index.assign(static_cast<std::size_t>(std::max<std::int64_t>(cells, 0)), std::string());
    s.xTransform = json.value("normalise_x").toBool() ? XTransform::NormalisedCounts : XTransform::None;
    s.view = viewFrom(json.value("view").toObject());
    return s;
}

QString transformName(XTransform t) {
    switch (t) {
        case XTransform::NormalisedCounts:
            return QStringLiteral("normalise");
        case XTransform::LogAbundances:
            return QStringLiteral("log1p");
        case XTransform::LogRescaledAbundances:
            return QStringLiteral("rescale_log1p");
        case XTransform::None:
            break;
    }
    return QStringLiteral("none");
}

XTransform transformNamed(const QString& name) {
    for (auto t : {XTransform::NormalisedCounts, XTransform::LogAbundances, XTransform::LogRescaledAbundances})
        if (name == transformName(t)) return t;
    if (name == transformName(XTransform::None)) return XTransform::None;
    throw InvalidInput("the session's x_transform \"" + name.toStdString() +
                       "\" is not one of none, normalise, log1p, rescale_log1p");
}

QJsonObject describe(const SessionContent& s) {
    const QJsonObject removed{{"obs", toJson(s.removed.obs)},
                              {"var", toJson(s.removed.var)},
                              {"obsm", toJson(s.removed.obsm)},
                              {"uns", toJson(s.removed.uns)},
                              {"layers", toJson(s.removed.layers)}};
    return QJsonObject{{"format", "scdiffsession"},
                       {"version", 2},
                       {"source", s.sourcePath},
                       {"saved", s.saved.toString(Qt::ISODate)},
                       {"removed", removed},
                       {"embeddings", s.embeddings},
                       {"normalise_x", s.xTransform == XTransform::NormalisedCounts},  // version 2's first key
                       {"x_transform", transformName(s.xTransform)},
                       {"backed", s.backed},
                       {"view", QJsonObject{{"embedding", s.view.embedding},
                                            {"colour_by", s.view.colourBy},
                                            {"colour_by_gene", s.view.colourByGene},
                                            {"point_size", s.view.pointSize},
                                            {"opacity", s.view.opacity}}},
                       {"model", s.modelPath},
                       {"runs", s.runs},
                       {"shown_perturbation", s.shownPerturbation}};
}

SessionContent fromVersion2(AnnData file, const QString& path) {
    const Element* e = file.uns.find(kSessionKey);
    const auto* text = e ? e->getIf<StringArray>() : nullptr;
    if (!text || !text->isScalar())
        throw FileError(path.toStdString(), std::string("/uns/") + kSessionKey,
                        "an h5ad file, but not a scDiff session (it lacks the session description)");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text->values.front()), &error);
    const QJsonObject json = doc.object();
    if (!doc.isObject() || json.value("format").toString() != "scdiffsession" || json.value("version").toInt() != 2)
        throw FileError(path.toStdString(), std::string("/uns/") + kSessionKey,
                        "not a version 2 scDiff session description");
    file.uns.erase(kSessionKey);
    SessionContent s;
    if (Element* p = file.uns.find(kPerturbationsKey)) {
        const auto* records = p->getIf<Dict>();
        if (!records)
            throw FileError(path.toStdString(), std::string("/uns/") + kPerturbationsKey,
                            "a " + scdiff::describe(*p) + " where the perturbation predictions (a dict) were expected");
        // Keys "0", "1", ... in the order the predictions were made.
        for (std::size_t i = 0; i < records->size(); ++i) {
            const Element* record = records->find(std::to_string(i));
            if (!record)
                throw FileError(path.toStdString(), std::string("/uns/") + kPerturbationsKey,
                                "prediction " + std::to_string(i) + " is missing");
            try {
                s.perturbations.push_back(restorePerturbation(*record));
            } catch (const InvalidInput& e) {
                throw FileError(path.toStdString(), std::string("/uns/") + kPerturbationsKey + "/" + std::to_string(i),
                                e.what());
            }
        }
        file.uns.erase(kPerturbationsKey);
        s.shownPerturbation = json.value("shown_perturbation").toInt(static_cast<int>(s.perturbations.size()) - 1);
    } else if (Element* p = file.uns.find(kOnePerturbationKey)) {
        try {
            s.perturbations.push_back(restorePerturbation(*p));
        } catch (const InvalidInput& e) {
            throw FileError(path.toStdString(), std::string("/uns/") + kOnePerturbationKey, e.what());
        }
        file.uns.erase(kOnePerturbationKey);
        s.shownPerturbation = 0;
    }
    s.sourcePath = json.value("source").toString();
    s.saved = QDateTime::fromString(json.value("saved").toString(), Qt::ISODate);
    const QJsonObject removed = json.value("removed").toObject();
    s.removed.obs = namesOf(removed.value("obs"));
    s.removed.var = namesOf(removed.value("var"));
    s.removed.obsm = namesOf(removed.value("obsm"));
    s.removed.uns = namesOf(removed.value("uns"));
    s.removed.layers = namesOf(removed.value("layers"));
    s.embeddings = json.value("embeddings").toBool();
    s.xTransform = json.contains("x_transform")         ? transformNamed(json.value("x_transform").toString())
                   : json.value("normalise_x").toBool() ? XTransform::NormalisedCounts
                                                        : XTransform::None;
    s.view = viewFrom(json.value("view").toObject());
    s.backed = json.value("backed").toBool();
    s.modelPath = json.value("model").toString();
    s.runs = json.value("runs").toArray();
    s.changes = std::move(file);
    return s;
}

}  // namespace

QString SessionContent::summary() const {
    QStringList parts;
    const auto cols = static_cast<int>(changes.obs.columns.size() + removed.obs.size());
    if (cols) parts << QCoreApplication::translate("SessionFile", "%n changed cell column(s)", nullptr, cols);
    for (const auto& key : changes.layers.keys())
        parts << QCoreApplication::translate("SessionFile", "the layer %1").arg(QString::fromStdString(key));
    if (embeddings || !changes.obsm.empty()) parts << QCoreApplication::translate("SessionFile", "embeddings");
    if (xTransform == XTransform::NormalisedCounts)
        parts << QCoreApplication::translate("SessionFile", "the normalisation of X");
    else if (xTransform != XTransform::None)
        parts << QCoreApplication::translate("SessionFile", "the log-transform of X");
    if (!modelPath.isEmpty()) parts << QCoreApplication::translate("SessionFile", "a model");
    const int predictions = static_cast<int>(perturbations.size());
    if (predictions > 0)
        parts << QCoreApplication::translate("SessionFile", "%n perturbation prediction(s)", nullptr, predictions);
    const int runCount = static_cast<int>(runs.size());
    if (runCount > 0) parts << QCoreApplication::translate("SessionFile", "%n run(s)", nullptr, runCount);
    return parts.isEmpty() ? QCoreApplication::translate("SessionFile", "no changes") : parts.join(", ");
}

SessionContent captureSession(const Session& session, const ViewSettings& view, const QString& modelPath,
                              const QJsonArray& runs) {
    const AnnData& d = session.data();
    const SessionChanges& changed = session.changes();
    SessionContent s;
    s.sourcePath = session.sourcePath();
    s.backed = !d.expressionFile.empty();
    s.changes.obs.index = d.obs.index;
    s.changes.var.index = d.var.index;
    copyColumns(d.obs, s.changes.obs, changed.obs, s.removed.obs);
    copyColumns(d.var, s.changes.var, changed.var, s.removed.var);
    s.embeddings = changed.embeddings;
    if (changed.embeddings) {
        s.changes.obsm = d.obsm;
        s.changes.varm = d.varm;
        s.changes.obsp = d.obsp;
    } else {
        copyEntries(d.obsm, s.changes.obsm, changed.obsm, s.removed.obsm);
    }
    copyEntries(d.uns, s.changes.uns, changed.uns, s.removed.uns);
    copyEntries(d.layers, s.changes.layers, changed.layers, s.removed.layers);
    s.xTransform = session.xTransform();
    s.view = view;
    s.modelPath = modelPath;
    s.runs = runs;
    s.saved = QDateTime::currentDateTime();
    return s;
}

void writeSessionFile(const QString& path, const SessionContent& content) {
    AnnData file = content.changes;
    file.X.reset();
    if (!content.perturbations.empty()) {
        Dict records;
        for (std::size_t i = 0; i < content.perturbations.size(); ++i)
            records.set(std::to_string(i), perturbationRecord(content.perturbations[i]));
        file.uns.set(kPerturbationsKey, std::move(records));
    }
    file.uns.set(kSessionKey,
                 StringArray::scalar(QJsonDocument(describe(content)).toJson(QJsonDocument::Compact).toStdString()));
    h5ad::write(file, path.toStdString());
}

SessionContent readSessionFile(const QString& path, Progress& progress) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw FileError(path.toStdString(), "", "cannot be opened: " + f.errorString().toStdString());
    const QByteArray head = f.peek(8);
    if (head.startsWith("\x89HDF")) {
        f.close();
        return fromVersion2(io::readSafely(path.toStdString(), progress), path);
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    const QJsonObject json = doc.object();
    if (!doc.isObject())
        throw FileError(path.toStdString(), "",
                        "is not a readable session file (" + error.errorString().toStdString() + ")");
    if (json.value("format").toString() != "scdiffsession" || json.value("version").toInt() != 1)
        throw FileError(path.toStdString(), "",
                        "is not a scDiff session (expected an h5ad session or a version 1 JSON session)");
    try {
        return fromVersion1(json);
    } catch (const InvalidInput& e) {
        throw FileError(path.toStdString(), "", e.what());
    }
}

void checkSessionFits(const SessionContent& content, const AnnData& data) {
    const auto& obs = content.changes.obs.index;
    const bool named = !obs.empty() && !obs.front().empty();
    if (!obs.empty() && static_cast<std::int64_t>(obs.size()) != data.nObs())
        throw InvalidInput("the session holds " + std::to_string(obs.size()) + " cells but the dataset has " +
                           std::to_string(data.nObs()) + ": the source file has changed since the session was saved");
    if (named && obs != data.obs.index)
        throw InvalidInput(
            "the session's cells are not the dataset's (other names or order): the source file has "
            "changed since the session was saved");
    const auto& var = content.changes.var.index;
    if (!var.empty() && var != data.var.index)
        throw InvalidInput(
            "the session's genes are not the dataset's: the source file has changed since the session "
            "was saved");
}

}  // namespace scdiff::ui
