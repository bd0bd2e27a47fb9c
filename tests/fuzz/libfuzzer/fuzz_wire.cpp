// The stream scdiff-reader hands a dataset over in (io/anndata_wire.hpp), damaged: the parent must throw one
// sentence for any stream the child did not write in full, never read past it or allocate what it announces.
#include <cstring>

#include "fuzz_files.hpp"
#include "io/anndata_wire.hpp"

namespace {

class BytesSource final : public scdiff::io::wire::Source {
public:
    BytesSource(const std::uint8_t* data, std::size_t size) : data_(data), left_(size) {}
    bool get(void* bytes, std::size_t n) override {
        if (n > left_) return false;
        std::memcpy(bytes, data_, n);
        data_ += n;
        left_ -= n;
        return true;
    }
    std::uint64_t left() const override { return left_; }

private:
    const std::uint8_t* data_;
    std::size_t left_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    scdiff::fuzz::expectDatasetOrSentence([&] {
        BytesSource source(data, size);
        return scdiff::io::wire::read(source);
    });
    return 0;
}
