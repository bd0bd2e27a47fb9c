#pragma once
// Gene-perturbation labels as datasets write them: "KLF1", "KLF1+MAP2K6", GEARS's "KLF1+ctrl" /
// "ctrl+KLF1", and a control value ("ctrl", "control", "non-targeting" or the user's own).
#include <string>
#include <vector>

namespace scdiff::prior {

struct PerturbationLabel {
    std::vector<std::string> genes;  // the perturbed genes, in the label's order; empty for a control cell
    bool control() const { return genes.empty(); }
    std::string canonical() const;  // "ctrl" for a control, else the genes sorted and joined by '+'
};

// The control values recognised by default (compared ignoring case).
const std::vector<std::string>& defaultControlValues();

// Throws InvalidInput naming the label for an empty label, an empty gene ("KLF1++"), a gene given twice
// or more than maxGenes genes. A part equal to a control value is dropped ("KLF1+ctrl" = "KLF1").
PerturbationLabel parsePerturbationLabel(const std::string& label,
                                         const std::vector<std::string>& controlValues = defaultControlValues(),
                                         int maxGenes = 2);

}  // namespace scdiff::prior
