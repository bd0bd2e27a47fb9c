// scdiff-reader IN: the child process io::readSafely reads users' files in (read_safely.hpp); its work
// lives in the io library (reader_child.hpp).
#include "io/reader_child.hpp"

int main(int argc, char** argv) { return scdiff::io::detail::readerChildMain(argc, argv); }
