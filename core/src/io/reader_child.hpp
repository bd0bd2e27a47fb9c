#pragma once
// The scdiff-reader program's work, kept in the io library beside the parent's side (read_safely.cpp) so the
// protocol and the hand-over format change together.
namespace scdiff::io::detail {

// scdiff-reader IN: reads IN as io::readAny does and writes the dataset to file descriptor 3 (an in-memory
// file from the parent) in the hand-over format (anndata_wire.hpp), telling the parent how it goes on standard output
// (reader_protocol.hpp). Returns the exit status: 0 read and handed over, 1 an error was reported, 2 wrong
// arguments.
int readerChildMain(int argc, char** argv);

}  // namespace scdiff::io::detail
