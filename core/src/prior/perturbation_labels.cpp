// Gene-perturbation labels (perturbation_labels.hpp).
#include "scdiff/prior/perturbation_labels.hpp"

#include <algorithm>
#include <cctype>

#include "scdiff/error.hpp"
#include "text_lines.hpp"

namespace scdiff::prior {

namespace {
bool sameIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}
}  // namespace

std::string PerturbationLabel::canonical() const {
    if (genes.empty()) return "ctrl";
    auto sorted = genes;
    std::sort(sorted.begin(), sorted.end());
    std::string s;
    for (const auto& g : sorted) s += (s.empty() ? "" : "+") + g;
    return s;
}

const std::vector<std::string>& defaultControlValues() {
    static const std::vector<std::string> values{"ctrl", "control", "non-targeting", "non_targeting", "NT"};
    return values;
}

PerturbationLabel parsePerturbationLabel(const std::string& label, const std::vector<std::string>& controlValues,
                                         int maxGenes) {
    const auto text = trimmed(label);
    if (text.empty()) throw InvalidInput("a perturbation label is empty (expected a gene, GENE1+GENE2 or a control)");
    auto isControl = [&](std::string_view part) {
        return std::any_of(controlValues.begin(), controlValues.end(),
                           [&](const std::string& c) { return sameIgnoringCase(part, c); });
    };
    PerturbationLabel p;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('+', start);
        if (end == std::string_view::npos) end = text.size();
        const auto part = trimmed(text.substr(start, end - start));
        if (part.empty())
            throw InvalidInput("the perturbation label '" + label + "' has an empty gene (expected GENE1+GENE2)");
        if (!isControl(part)) {
            if (std::find(p.genes.begin(), p.genes.end(), part) != p.genes.end())
                throw InvalidInput("the perturbation label '" + label + "' names " + std::string(part) + " twice");
            p.genes.emplace_back(part);
        }
        start = end + 1;
    }
    if (static_cast<int>(p.genes.size()) > maxGenes)
        throw InvalidInput("the perturbation label '" + label + "' names " + std::to_string(p.genes.size()) +
                           " genes; at most " + std::to_string(maxGenes) + " are supported");
    return p;
}

}  // namespace scdiff::prior
