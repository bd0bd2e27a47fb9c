#include "session/RestoreSession.h"

#include <QCoreApplication>

#include "scdiff/preprocess.hpp"
#include "session/Commands.h"
#include "session/Session.h"

namespace scdiff::ui {

namespace {

template <class T>
using Changes = SetElementsCommand::Changes<T>;

// The entries of `from` to set and the `removed` names to remove.
Changes<Element> entries(Dict& from, const QStringList& removed) {
    Changes<Element> out;
    for (const auto& key : from.keys()) out.emplace_back(QString::fromStdString(key), std::move(*from.find(key)));
    for (const QString& name : removed) out.emplace_back(name, std::nullopt);
    return out;
}

}  // namespace

void applySessionChanges(Session* session, SessionContent& content) {
    const AnnData& d = session->data();
    checkSessionFits(content, d);
    AnnData& c = content.changes;
    // X transformed again as the session did, when it still holds the values that transformation takes.
    const XTransform transform = content.xTransform;
    const bool normalise =
        transform == XTransform::NormalisedCounts && d.X && session->xValues().kind == preprocess::XKind::Counts;
    const bool logTransform =
        (transform == XTransform::LogAbundances || transform == XTransform::LogRescaledAbundances) && d.X &&
        session->xValues().abundances();
    const bool rescale = transform == XTransform::LogRescaledAbundances;
    Changes<ColumnData> obs;
    for (auto& column : c.obs.columns) obs.emplace_back(QString::fromStdString(column.name), std::move(column.data));
    for (const QString& name : content.removed.obs) obs.emplace_back(name, std::nullopt);
    Changes<Element> obsm = content.embeddings ? Changes<Element>{} : entries(c.obsm, content.removed.obsm);
    Changes<Element> uns = entries(c.uns, content.removed.uns);
    Changes<Element> layers = entries(c.layers, content.removed.layers);
    const bool embeddings = content.embeddings || !c.var.columns.empty();
    if (!normalise && !logTransform && !embeddings && obs.empty() && obsm.empty() && uns.empty() && layers.empty())
        return;

    const QString text = QCoreApplication::translate("RestoreSession", "Apply the session's changes");
    QUndoStack* stack = session->undoStack();
    stack->beginMacro(text);
    if (normalise) stack->push(makeNormaliseCommand(session, preprocess::normalisedCounts(*d.X)));
    if (logTransform)
        stack->push(
            makeLogTransformCommand(session, preprocess::logTransformedAbundances(*d.X, rescale ? 1e4 : 0), rescale));
    if (embeddings) {
        EmbeddingElements after;
        after.obsm = content.embeddings ? std::move(c.obsm) : d.obsm;
        after.varm = content.embeddings ? std::move(c.varm) : d.varm;
        after.obsp = content.embeddings ? std::move(c.obsp) : d.obsp;
        after.var = std::move(c.var.columns);
        stack->push(new EmbeddingCommand(session, std::move(after), text));
    }
    stack->push(
        new SetElementsCommand(session, std::move(obs), std::move(obsm), std::move(uns), std::move(layers), text));
    stack->endMacro();
}

}  // namespace scdiff::ui
