#include "scdiff/summary.hpp"

#include <nlohmann/json.hpp>
#include <sstream>

#include "scdiff/preprocess.hpp"

namespace scdiff {

namespace {
std::vector<ColumnSummary> columns(const DataFrame& df) {
    std::vector<ColumnSummary> out;
    for (const auto& c : df.columns) {
        ColumnSummary s{c.name, describe(c.data), -1};
        if (auto* cat = std::get_if<Categorical>(&c.data)) s.categories = cat->categoryCount();
        out.push_back(std::move(s));
    }
    return out;
}
void unsKeys(const Dict& d, const std::string& prefix, std::vector<std::string>& out) {
    for (std::size_t i = 0; i < d.size(); ++i) {
        const auto path = prefix + d.keys()[i];
        out.push_back(path);
        if (auto* sub = d.values()[i].getIf<Dict>()) unsKeys(*sub, path + "/", out);
    }
}
nlohmann::json columnsJson(const std::vector<ColumnSummary>& cols) {
    auto a = nlohmann::json::array();
    for (const auto& c : cols) {
        nlohmann::json j{{"name", c.name}, {"type", c.type}};
        if (c.categories >= 0) j["categories"] = c.categories;
        a.push_back(j);
    }
    return a;
}
std::string joined(const std::vector<std::string>& v) {
    if (v.empty()) return "-";
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
    return s;
}
std::vector<std::string> topLevel(const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const auto& p : paths)
        if (p.find('/') == std::string::npos) out.push_back(p);
    return out;
}
}  // namespace

DatasetSummary summarize(const AnnData& a) {
    DatasetSummary s;
    s.nObs = a.nObs();
    s.nVars = a.nVars();
    s.hasX = a.X.has_value();
    if (a.X) {
        if (auto* sp = std::get_if<SparseMatrix>(&*a.X)) {
            s.xSparse = true;
            s.xDtype = dtypeName(sp->values.dtype());
            s.xNonZeros = sp->nnz();
        } else {
            const auto& d = std::get<NDArray>(*a.X);
            s.xDtype = dtypeName(d.dtype());
            for (std::int64_t i = 0; i < d.size(); ++i) s.xNonZeros += d.at(i) != 0.0;
        }
        s.xKind = preprocess::xKindName(preprocess::detectXKind(*a.X));
    }
    s.obs = columns(a.obs);
    s.var = columns(a.var);
    s.layers = a.layers.keys();
    s.obsm = a.obsm.keys();
    s.varm = a.varm.keys();
    s.obsp = a.obsp.keys();
    s.varp = a.varp.keys();
    unsKeys(a.uns, "", s.uns);
    if (a.raw) {
        s.hasRaw = true;
        s.rawVars = a.raw->var.rows();
    }
    return s;
}

std::string toJson(const DatasetSummary& s) {
    nlohmann::json j;
    j["n_obs"] = s.nObs;
    j["n_vars"] = s.nVars;
    if (s.hasX)
        j["X"] = {
            {"format", s.xSparse ? "csr" : "dense"}, {"dtype", s.xDtype}, {"nnz", s.xNonZeros}, {"kind", s.xKind}};
    else
        j["X"] = nullptr;
    j["obs"] = columnsJson(s.obs);
    j["var"] = columnsJson(s.var);
    j["layers"] = s.layers;
    j["obsm"] = s.obsm;
    j["varm"] = s.varm;
    j["obsp"] = s.obsp;
    j["varp"] = s.varp;
    j["uns"] = s.uns;
    j["raw"] = s.hasRaw ? nlohmann::json{{"n_vars", s.rawVars}} : nlohmann::json(nullptr);
    return j.dump(2);
}

std::string toText(const DatasetSummary& s) {
    std::ostringstream os;
    os << s.nObs << " cells x " << s.nVars << " genes\n";
    if (s.hasX) {
        const double density = s.nObs && s.nVars ? 100.0 * static_cast<double>(s.xNonZeros) /
                                                       (static_cast<double>(s.nObs) * static_cast<double>(s.nVars))
                                                 : 0.0;
        os << "X: " << (s.xSparse ? "sparse CSR " : "dense ") << s.xDtype << ", " << s.xNonZeros << " non-zeros ("
           << std::fixed;
        os.precision(1);
        os << density << " %), looks like " << s.xKind << "\n";
    } else {
        os << "X: none\n";
    }
    auto cols = [&](const char* name, const std::vector<ColumnSummary>& c) {
        os << name << ":";
        if (c.empty()) os << " -";
        for (const auto& x : c) os << "\n  " << x.name << "  " << x.type;
        os << "\n";
    };
    cols("obs", s.obs);
    cols("var", s.var);
    os << "layers: " << joined(s.layers) << "\nobsm: " << joined(s.obsm) << "\nvarm: " << joined(s.varm)
       << "\nobsp: " << joined(s.obsp) << "\nuns: " << joined(topLevel(s.uns)) << "\n";
    if (s.hasRaw) os << "raw: " << s.rawVars << " genes\n";
    return os.str();
}

}  // namespace scdiff
