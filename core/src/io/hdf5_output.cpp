#include "io/hdf5_output.hpp"

#include <random>

#include "io/h5ad_hdf5.hpp"
#include "scdiff/error.hpp"

namespace scdiff::io::detail {

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
    auto cleanup = [&] {
        std::error_code e2;
        fs::remove(tmp, e2);
    };
    try {
        Hid fcpl(H5Pcreate(H5P_FILE_CREATE));
        H5Pset_link_creation_order(fcpl, H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED);
        Hid fapl(H5Pcreate(H5P_FILE_ACCESS));
        H5Pset_fclose_degree(fapl, H5F_CLOSE_STRONG);
        Hid f(H5Fcreate(tmp.string().c_str(), H5F_ACC_EXCL, fcpl, fapl));
        if (!f.valid())
            throw FileError(fname, "", "cannot be written: cannot create a temporary file in " + dir.string());
        // Track creation order as h5py does so readers see members in the order written.
        Hid gcpl(H5Pcreate(H5P_GROUP_CREATE));
        H5Pset_link_creation_order(gcpl, H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED);
        body(f, gcpl);
        if (H5Fflush(f, H5F_SCOPE_GLOBAL) < 0) throw WriteFailure{"/", "cannot flush the file (disk full?)"};
        f.reset();
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
