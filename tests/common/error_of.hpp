#pragma once
// The sentence a call throws as scdiff::Error ("" when it throws nothing), for tests of error messages.
#include <functional>
#include <string>

#include "scdiff/error.hpp"

namespace scdiff::testing {

inline std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace scdiff::testing
