// uns['scdiff_text_embeddings'] (scdiff/prior/dataset_table.hpp).
#include "scdiff/prior/dataset_table.hpp"

#include "scdiff/error.hpp"

namespace scdiff::prior {

namespace {
const std::string kWhere = std::string("uns['") + kDatasetTableKey + "']";
}

bool hasDatasetTypeTable(const AnnData& data) { return data.uns.contains(kDatasetTableKey); }

TypeTable datasetTypeTable(const AnnData& data) {
    const Element* entry = data.uns.find(kDatasetTableKey);
    if (!entry) throw InvalidInput("the dataset has no " + kWhere + " (a cell-type table stored in the dataset)");
    const Dict* d = entry->getIf<Dict>();
    if (!d) throw InvalidInput(kWhere + " is not a mapping; expected names, vectors and provenance");
    const Element* names = d->find("names");
    const Element* vectors = d->find("vectors");
    const StringArray* n = names ? names->getIf<StringArray>() : nullptr;
    const NDArray* v = vectors ? vectors->getIf<NDArray>() : nullptr;
    if (!n || n->shape.size() != 1)
        throw InvalidInput(kWhere + "['names'] is missing or not a 1-D array of strings (one per cell type)");
    if (!v || v->rank() != 2 || (v->dtype() != DType::Float32 && v->dtype() != DType::Float64))
        throw InvalidInput(kWhere + "['vectors'] is missing or not a 2-D float array (cell types x dimensions)");
    if (v->shape()[0] != n->shape[0])
        throw InvalidInput(kWhere + " holds " + std::to_string(n->shape[0]) + " names for " +
                           std::to_string(v->shape()[0]) + " vectors");
    TypeTable t;
    t.names = n->values;
    t.width = v->shape()[1];
    t.values = v->toFloat32();
    const Element* p = d->find("provenance");
    const StringArray* ps = p ? p->getIf<StringArray>() : nullptr;
    t.provenance = "the dataset's " + kWhere;
    if (ps && ps->values.size() == 1 && !ps->values[0].empty()) t.provenance += " (" + ps->values[0] + ")";
    check(t, kWhere);
    return t;
}

void storeDatasetTypeTable(AnnData& data, const TypeTable& table) {
    Dict d;
    d.set("names", StringArray::fromVector(table.names));
    d.set("vectors", NDArray::fromVector(table.values, {table.rows(), table.width}));
    d.set("provenance", StringArray::scalar(table.provenance));
    data.uns.set(kDatasetTableKey, std::move(d));
}

}  // namespace scdiff::prior
