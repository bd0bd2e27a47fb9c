#pragma once
// How scdiff-reader hands a dataset to the process that started it (read_safely.cpp): every field of the
// AnnData model in a flat binary stream, arrays as their raw bytes, so the hand-over costs about one copy
// of the data instead of an h5ad write and read. Elements the reader kept as opaque HDF5 copies travel as
// the images of their in-memory stores. Both ends are the same build on the same machine: native byte
// order, no versioning beyond a magic number.
#include <cstddef>
#include <cstdint>

#include "scdiff/anndata.hpp"

namespace scdiff::io::wire {

// Where the stream goes and where it comes from (a pipe between the two processes).
class Sink {
public:
    virtual ~Sink() = default;
    virtual void put(const void* bytes, std::size_t n) = 0;  // all of them, or throws
};
class Source {
public:
    virtual ~Source() = default;
    // Exactly n bytes, or false at the end of the stream; may throw (cancelled, a silent writer).
    virtual bool get(void* bytes, std::size_t n) = 0;
    // Bytes the stream still holds (the hand-over goes through a file, so this is known): lengths read from the
    // stream are checked against it before anything of their size is allocated.
    virtual std::uint64_t left() const = 0;
};

void write(const AnnData& data, Sink& out);
// Throws Error when the stream is not one write() produced in full.
AnnData read(Source& in);

}  // namespace scdiff::io::wire
