#pragma once
// The fields of a RunConfig as one table: the JSON name (section.key), the command-line flag, one line of
// help, and the values a configuration may hold. config.cpp reads, writes and checks configurations
// through it and the CLI makes its flags from it, so a new field is written once (docs/architecture.md).
#include <cstdint>
#include <limits>
#include <string>
#include <variant>
#include <vector>

#include "scdiff/engine/config.hpp"

namespace scdiff::engine {

// Where a field lives in a RunConfig (one of the types the configuration uses).
using FieldRef = std::variant<int*, std::int64_t*, std::uint64_t*, double*, bool*, std::string*>;

struct FieldBounds {
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();
    bool lowerOpen = false, upperOpen = false;  // true: the bound itself is not allowed
    bool contains(double v) const {
        return (lowerOpen ? v > lower : v >= lower) && (upperOpen ? v < upper : v <= upper);
    }
};

struct ConfigField {
    std::string section, key;  // JSON: {"train": {"base_lr": ...}}
    std::string flag;          // "--base-lr"; empty: set only in a configuration file
    std::string help;          // one line: the CLI's --help, the dialog's tooltip
    FieldRef (*ref)(RunConfig&);
    FieldBounds bounds;                     // numbers only
    std::string rule;                       // what the error says when a value is outside them ("must be positive")
    std::vector<std::string> choices = {};  // strings only: the allowed values (empty: any)
    std::string name() const { return section + "." + key; }
};

// Every field of RunConfig except task and preset, in the order the JSON file lists them.
const std::vector<ConfigField>& configFields();
// The field with this JSON name ("train.base_lr") or flag ("--base-lr"); nullptr when there is none.
const ConfigField* findConfigField(const std::string& nameOrFlag);
// Sets a field from text (a flag's value): throws InvalidInput naming the field when the text is not a
// value of its type or breaks its bounds or choices.
void setConfigField(RunConfig& config, const ConfigField& field, const std::string& text);
// A number or bool field's value as a number (bools 0/1; a string field gives 0): what bounds are checked
// on and what a spin box shows.
double fieldNumber(const FieldRef& ref);
// Throws InvalidInput naming the first field whose value breaks its bounds or choices.
void checkConfigFields(const RunConfig& config);

}  // namespace scdiff::engine
