#pragma once
// Gene Ontology annotations of human genes from Bioconductor's org.Hs.eg.db SQLite file (Debian package
// r-bioc-org.hs.eg.db; installer/setup.sh takes the file out of the package without R). Tables used, joined
// on _id: genes(_id, gene_id), gene_info(_id, gene_name, symbol), alias(_id, alias_symbol),
// ensembl(_id, ensembl_id), go_bp / go_mf / go_cc(_id, go_id, evidence). Read-only; nothing is downloaded.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace scdiff::prior {

// Which GO branches count as a gene's terms (GEARS uses all three).
enum GoAspect : unsigned { GoProcess = 1, GoFunction = 2, GoComponent = 4, GoAll = 7 };
// "bp,mf,cc" (any subset, any order; "all") -> aspects; InvalidInput for another word.
unsigned goAspectsFromNames(const std::string& names);

struct GeneAnnotations {
    std::vector<std::string> symbols;              // one per gene
    std::vector<std::vector<std::int32_t>> terms;  // per gene: its GO terms (indices into termIds), sorted
    std::vector<std::string> termIds;              // "GO:0008150"
    std::unordered_map<std::string, std::int32_t> bySymbol;
    std::unordered_map<std::string, std::vector<std::int32_t>> byAlias;  // an alias may name several genes
    std::unordered_map<std::string, std::int32_t> byEnsembl;             // without the version suffix
    std::string source;                                                  // the file, and the database's version
    unsigned aspects = GoAll;
};

// Throws FileError naming the file and the table when it is missing, not SQLite, or lacks a table/column.
GeneAnnotations readGoDatabase(const std::string& path, unsigned aspects = GoAll);

// Where the app looks when the user named no file: Debian's path of the R package, then where
// installer/setup.sh puts the file taken out of the package. Empty when neither exists.
std::vector<std::string> goDatabaseCandidates();
std::string findGoDatabase();

// Dataset gene names -> genes of the annotations: by symbol, then the symbol in upper case, then by an
// alias that names one gene only, then by Ensembl ID ("ENSG00000105610.5" -> without ".5").
enum class GeneMatchedBy { Symbol, UpperCase, Alias, Ensembl, None };
struct GeneMatch {
    std::vector<std::int32_t> gene;  // per name: the gene, -1 when not found
    std::vector<GeneMatchedBy> how;  // per name
    std::int64_t count(GeneMatchedBy how) const;
    std::int64_t found() const;
    // "1,812 of 2,000 genes found in the Gene Ontology database: 1,790 by symbol, 12 by alias, 10 by Ensembl
    // ID; not found: AC009501.4, LINC00115 and 186 more."
    std::string report(const std::vector<std::string>& names, const std::string& what = "genes") const;
};
GeneMatch matchGenes(const GeneAnnotations& annotations, const std::vector<std::string>& names);

}  // namespace scdiff::prior
