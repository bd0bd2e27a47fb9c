#include "session/SessionFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "scdiff/error.hpp"
#include "io/WholeFile.h"
#include "session/Commands.h"

namespace scdiff::ui {

QJsonObject sessionToJson(const QString& sourcePath, const DataFrame& obs, const QStringList& edited,
                          const ViewSettings& view, bool normalisedX) {
    QJsonObject root{{"format", "scdiffsession"}, {"version", 1}, {"source", sourcePath}};
    QJsonArray columns;
    for (const QString& name : edited) {
        QJsonObject c{{"name", name}};
        if (const Column* col = obs.find(name.toStdString())) {
            const Categorical cat = asCategorical(col->data);
            QJsonArray categories, codes;
            for (const auto& n : cat.categoryNames()) categories.append(QString::fromStdString(n));
            for (auto code : cat.codes) codes.append(code);
            c["categories"] = categories;
            c["codes"] = codes;
        } else {
            c["removed"] = true;
        }
        columns.append(c);
    }
    root["obs_edits"] = columns;
    if (normalisedX) root["normalise_x"] = true;
    root["view"] = QJsonObject{{"embedding", view.embedding},
                               {"colour_by", view.colourBy},
                               {"colour_by_gene", view.colourByGene},
                               {"point_size", view.pointSize},
                               {"opacity", view.opacity}};
    return root;
}

SessionContent sessionFromJson(const QJsonObject& json, std::int64_t nObs) {
    if (json.value("format").toString() != "scdiffsession" || json.value("version").toInt() != 1)
        throw InvalidInput("this file is not a version 1 scDiff session (expected \"format\": \"scdiffsession\")");
    SessionContent s;
    s.sourcePath = json.value("source").toString();
    for (const auto& v : json.value("obs_edits").toArray()) {
        const QJsonObject c = v.toObject();
        const QString name = c.value("name").toString();
        if (c.value("removed").toBool()) {
            s.columns.emplace_back(name, std::nullopt);
            continue;
        }
        Categorical cat;
        std::vector<std::string> categories;
        for (const auto& n : c.value("categories").toArray()) categories.push_back(n.toString().toStdString());
        const QJsonArray codes = c.value("codes").toArray();
        if (codes.size() != nObs)
            throw InvalidInput("the session's column \"" + name.toStdString() + "\" has " +
                               std::to_string(codes.size()) + " cells but the dataset has " + std::to_string(nObs));
        for (const auto& code : codes) {
            const int k = code.toInt(-1);
            if (k >= static_cast<int>(categories.size()))
                throw InvalidInput("the session's column \"" + name.toStdString() +
                                   "\" has a category code out of range");
            cat.codes.push_back(k);
        }
        cat.categories = std::move(categories);
        s.columns.emplace_back(name, ColumnData(std::move(cat)));
    }
    s.normaliseX = json.value("normalise_x").toBool();
    const QJsonObject view = json.value("view").toObject();
    s.view.embedding = view.value("embedding").toString();
    s.view.colourBy = view.value("colour_by").toString();
    s.view.colourByGene = view.value("colour_by_gene").toBool();
    s.view.pointSize = view.value("point_size").toDouble(4);
    s.view.opacity = view.value("opacity").toDouble(0.9);
    return s;
}

bool writeSessionFile(const QString& path, const QJsonObject& json, QString* why) {
    *why = writeWholeFile(path, QJsonDocument(json).toJson());
    return why->isEmpty();
}

bool readSessionFile(const QString& path, QJsonObject* json, QString* why) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return false;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject()) {
        *why = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not a JSON object");
        return false;
    }
    *json = doc.object();
    return true;
}

}  // namespace scdiff::ui
