// org.Hs.eg.db's SQLite file -> GeneAnnotations (go_database.hpp).
#include "scdiff/prior/go_database.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>

#include "scdiff/error.hpp"

namespace scdiff::prior {

namespace {

struct CloseDb {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct FinalizeStatement {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

class Database {
public:
    explicit Database(const std::string& path) : path_(path) {
        if (!std::filesystem::is_regular_file(path))
            throw FileError(path, "", "there is no such file (a Gene Ontology database: org.Hs.eg.sqlite)");
        sqlite3* db = nullptr;
        const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        db_.reset(db);
        if (rc != SQLITE_OK) fail("", "cannot be opened as an SQLite database");
    }

    // Calls row(statement) for each result row of sql; `table` names what was read in an error.
    template <class Row>
    void each(const std::string& table, const std::string& sql, Row row) {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(db_.get(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
            fail(table, std::string("cannot be read (") + sqlite3_errmsg(db_.get()) +
                            "); expected Bioconductor's org.Hs.eg.db layout");
        std::unique_ptr<sqlite3_stmt, FinalizeStatement> statement(raw);
        for (;;) {
            const int rc = sqlite3_step(raw);
            if (rc == SQLITE_DONE) break;
            if (rc != SQLITE_ROW) fail(table, std::string("cannot be read (") + sqlite3_errmsg(db_.get()) + ")");
            row(raw);
        }
    }

    [[noreturn]] void fail(const std::string& table, const std::string& problem) const {
        throw FileError(path_, table.empty() ? "" : "table " + table, problem);
    }

private:
    std::string path_;
    std::unique_ptr<sqlite3, CloseDb> db_;
};

std::string text(sqlite3_stmt* s, int column) {
    const auto* p = sqlite3_column_text(s, column);
    return p ? reinterpret_cast<const char*>(p) : "";
}

std::string upper(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string withoutVersion(const std::string& ensembl) {
    const auto dot = ensembl.find('.');
    return ensembl.rfind("ENS", 0) == 0 && dot != std::string::npos ? ensembl.substr(0, dot) : ensembl;
}

std::string thousands(std::int64_t n) {
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

}  // namespace

unsigned goAspectsFromNames(const std::string& names) {
    unsigned aspects = 0;
    std::size_t start = 0;
    while (start <= names.size()) {
        auto end = names.find(',', start);
        if (end == std::string::npos) end = names.size();
        std::string word = names.substr(start, end - start);
        word.erase(std::remove_if(word.begin(), word.end(), [](unsigned char c) { return std::isspace(c); }),
                   word.end());
        for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (word == "bp")
            aspects |= GoProcess;
        else if (word == "mf")
            aspects |= GoFunction;
        else if (word == "cc")
            aspects |= GoComponent;
        else if (word == "all")
            aspects |= GoAll;
        else
            throw InvalidInput("the Gene Ontology aspects are bp, mf and cc (comma-separated) or all, not '" + word +
                               "'");
        start = end + 1;
    }
    return aspects;
}

GeneAnnotations readGoDatabase(const std::string& path, unsigned aspects) {
    if ((aspects & GoAll) == 0) throw InvalidInput("choose at least one Gene Ontology aspect (bp, mf, cc)");
    Database db(path);
    GeneAnnotations a;
    a.aspects = aspects;
    std::unordered_map<std::int64_t, std::int32_t> geneOfId;  // the database's _id -> our gene index
    db.each("gene_info", "SELECT _id, symbol FROM gene_info ORDER BY _id", [&](sqlite3_stmt* s) {
        const auto gene = static_cast<std::int32_t>(a.symbols.size());
        geneOfId.emplace(sqlite3_column_int64(s, 0), gene);
        a.symbols.push_back(text(s, 1));
        a.bySymbol.emplace(a.symbols.back(), gene);
    });
    if (a.symbols.empty()) db.fail("gene_info", "has no genes");
    db.each("alias", "SELECT _id, alias_symbol FROM alias", [&](sqlite3_stmt* s) {
        if (auto it = geneOfId.find(sqlite3_column_int64(s, 0)); it != geneOfId.end()) {
            auto& genes = a.byAlias[text(s, 1)];
            if (std::find(genes.begin(), genes.end(), it->second) == genes.end()) genes.push_back(it->second);
        }
    });
    db.each("ensembl", "SELECT _id, ensembl_id FROM ensembl", [&](sqlite3_stmt* s) {
        if (auto it = geneOfId.find(sqlite3_column_int64(s, 0)); it != geneOfId.end())
            a.byEnsembl.emplace(withoutVersion(text(s, 1)), it->second);
    });
    a.terms.resize(a.symbols.size());
    std::unordered_map<std::string, std::int32_t> termOf;
    for (const auto& [aspect, table] : {std::pair{GoProcess, "go_bp"}, {GoFunction, "go_mf"}, {GoComponent, "go_cc"}}) {
        if (!(aspects & aspect)) continue;
        db.each(table, std::string("SELECT _id, go_id FROM ") + table, [&](sqlite3_stmt* s) {
            const auto it = geneOfId.find(sqlite3_column_int64(s, 0));
            if (it == geneOfId.end()) return;
            const std::string id = text(s, 1);
            auto [term, added] = termOf.emplace(id, static_cast<std::int32_t>(a.termIds.size()));
            if (added) a.termIds.push_back(id);
            a.terms[static_cast<std::size_t>(it->second)].push_back(term->second);
        });
    }
    for (auto& t : a.terms) {  // one gene-term pair per evidence code in the tables
        std::sort(t.begin(), t.end());
        t.erase(std::unique(t.begin(), t.end()), t.end());
    }
    std::string version;  // only shown: a database without its metadata table still works
    for (const auto& [key, name] : {std::pair{"GOSOURCEDATE", "GO"}, {"EGSOURCEDATE", "Entrez Gene"}}) {
        try {
            db.each("metadata", std::string("SELECT value FROM metadata WHERE name = '") + key + "'",
                    [&](sqlite3_stmt* s) {
                        version += (version.empty() ? "" : ", ") + std::string(name) + " " + text(s, 0);
                    });
        } catch (const FileError&) {}
    }
    a.source = std::filesystem::path(path).filename().string() + (version.empty() ? "" : " (" + version + ")");
    return a;
}

std::vector<std::string> goDatabaseCandidates() {
    return {"/usr/lib/R/site-library/org.Hs.eg.db/extdata/org.Hs.eg.sqlite",
            "/usr/local/share/scdiff/org.Hs.eg.sqlite"};
}

std::string findGoDatabase() {
    for (const auto& p : goDatabaseCandidates())
        if (std::filesystem::is_regular_file(p)) return p;
    return {};
}

std::int64_t GeneMatch::count(GeneMatchedBy by) const {
    return static_cast<std::int64_t>(std::count(how.begin(), how.end(), by));
}

std::int64_t GeneMatch::found() const { return static_cast<std::int64_t>(how.size()) - count(GeneMatchedBy::None); }

std::string GeneMatch::report(const std::vector<std::string>& names, const std::string& what) const {
    std::string s = thousands(found()) + " of " + thousands(static_cast<std::int64_t>(how.size())) + " " + what +
                    " found in the Gene Ontology database";
    std::vector<std::string> ways;
    for (const auto& [by, words] : {std::pair{GeneMatchedBy::Symbol, "by symbol"},
                                    {GeneMatchedBy::UpperCase, "by symbol in upper case"},
                                    {GeneMatchedBy::Alias, "by alias"},
                                    {GeneMatchedBy::Ensembl, "by Ensembl ID"}})
        if (const auto n = count(by); n > 0) ways.push_back(thousands(n) + " " + words);
    for (std::size_t i = 0; i < ways.size(); ++i) s += (i ? ", " : ": ") + ways[i];
    s += ".";
    const auto missing = count(GeneMatchedBy::None);
    if (missing > 0) {
        s += " Not found: ";
        std::int64_t shown = 0;
        for (std::size_t i = 0; i < how.size() && shown < 3; ++i)
            if (how[i] == GeneMatchedBy::None) s += (shown++ ? ", " : "") + names[i];
        if (missing > shown) s += " and " + thousands(missing - shown) + " more";
        s += ".";
    }
    return s;
}

GeneMatch matchGenes(const GeneAnnotations& a, const std::vector<std::string>& names) {
    GeneMatch m;
    m.gene.assign(names.size(), -1);
    m.how.assign(names.size(), GeneMatchedBy::None);
    auto set = [&](std::size_t i, std::int32_t gene, GeneMatchedBy by) {
        m.gene[i] = gene;
        m.how[i] = by;
    };
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto& name = names[i];
        if (auto it = a.bySymbol.find(name); it != a.bySymbol.end()) {
            set(i, it->second, GeneMatchedBy::Symbol);
        } else if (auto up = a.bySymbol.find(upper(name)); up != a.bySymbol.end()) {
            set(i, up->second, GeneMatchedBy::UpperCase);
        } else if (auto alias = a.byAlias.find(name); alias != a.byAlias.end() && alias->second.size() == 1) {
            set(i, alias->second.front(), GeneMatchedBy::Alias);
        } else if (auto ens = a.byEnsembl.find(withoutVersion(name)); ens != a.byEnsembl.end()) {
            set(i, ens->second, GeneMatchedBy::Ensembl);
        }
    }
    return m;
}

}  // namespace scdiff::prior
