#include "io/hdf5_output.hpp"

#include <unistd.h>

#include <random>

#include "io/h5ad_hdf5.hpp"
#include "scdiff/error.hpp"

namespace scdiff::io::detail {

namespace {
// libhdf5 closes every file it still holds when the process exits, and crashes on one whose close failed
// because the disk was full (writeHdf5Atomically leaves such a file to it). Our files are always closed
// explicitly, so the library is told not to; H5dont_atexit must come before any other HDF5 call, hence
// when this library loads.
[[maybe_unused]] const bool kNoCloseAtExit = H5dont_atexit() >= 0;
}  // namespace

void writeHdf5Atomically(const std::filesystem::path& file, const h5ad::WriteOptions& options,
                         const std::function<void(hid_t file, hid_t groupCpl)>& body) {
    namespace fs = std::filesystem;
    using h5io::Hid;
    h5io::silenceHdf5();
    const std::string fname = file.string();
    std::error_code ec;
    if (!options.protectedInput.empty() && fs::exists(file, ec) && fs::exists(options.protectedInput, ec) &&
        fs::equivalent(file, options.protectedInput, ec))
        throw FileError(fname, "", "is the input file of this dataset and is protected; choose another output file");
    if (!options.allowOverwrite && fs::exists(file, ec))
        throw FileError(fname, "", "already exists and overwriting was not allowed");
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec)) throw FileError(fname, "", "cannot be written: the folder does not exist");
    std::random_device rd;
    std::string tmpName = file.filename().string();
    tmpName.insert(0, 1, '.');
    tmpName.append(".tmp-").append(std::to_string(rd()));
    const fs::path tmp = dir / tmpName;
    hid_t open = -1;  // the temporary file while it is open
    auto cleanup = [&] {
        if (open >= 0) {
            // A file whose data could not be written (a full disk) cannot be closed either: libhdf5 half
            // tears it down and keeps it for good (any later call on it crashes; hence H5dont_atexit above).
            // Its disk space is given back through a descriptor of our own.
            void* handle = nullptr;
            const int own =
                H5Fget_vfd_handle(open, H5P_DEFAULT, &handle) >= 0 && handle ? ::dup(*static_cast<int*>(handle)) : -1;
            if (H5Fclose(open) < 0 && own >= 0) [[maybe_unused]]
                const int ignored = ::ftruncate(own, 0);
            if (own >= 0) ::close(own);
        }
        open = -1;
        std::error_code e2;
        fs::remove(tmp, e2);
    };
    try {
        Hid fcpl(H5Pcreate(H5P_FILE_CREATE));
        H5Pset_link_creation_order(fcpl, H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED);
        Hid fapl(H5Pcreate(H5P_FILE_ACCESS));
        H5Pset_fclose_degree(fapl, H5F_CLOSE_STRONG);
        open = H5Fcreate(tmp.string().c_str(), H5F_ACC_EXCL, fcpl, fapl);
        if (open < 0)
            throw FileError(fname, "", "cannot be written: cannot create a temporary file in " + dir.string());
        // Track creation order as h5py does so readers see members in the order written.
        Hid gcpl(H5Pcreate(H5P_GROUP_CREATE));
        H5Pset_link_creation_order(gcpl, H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED);
        body(open, gcpl);
        if (H5Fflush(open, H5F_SCOPE_GLOBAL) < 0) throw WriteFailure{"/", "cannot flush the file (disk full?)"};
        if (H5Fclose(open) < 0) throw WriteFailure{"/", "cannot finish the file (disk full?)"};
        open = -1;
        fs::rename(tmp, file);
    } catch (const WriteFailure& e) {
        cleanup();
        throw FileError(fname, e.element, e.problem);
    } catch (const fs::filesystem_error& e) {
        cleanup();
        throw FileError(fname, "", std::string("cannot be written: ") + e.what());
    } catch (const std::exception& e) {
        cleanup();
        if (dynamic_cast<const Error*>(&e)) throw;
        throw FileError(fname, "", std::string("cannot be written: ") + e.what());
    } catch (...) {
        cleanup();
        throw;
    }
}

}  // namespace scdiff::io::detail
