#!/usr/bin/env bash
# test_debian_package.sh BUILD_DIR: cpack -G DEB, dpkg -i, run the installed programs, validate the desktop
# files, dpkg --purge. Exit 77 (a skip ctest reports) when packages cannot be installed here (not root, no sudo).
set -euo pipefail
build=$(cd "$1" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif sudo -n true 2>/dev/null; then SUDO="sudo -n"
else echo "SKIP: installing a package needs root or passwordless sudo"; exit 77; fi
if dpkg-query -W -f='${Status}' scdiff-studio 2>/dev/null | grep -q "install ok installed"; then
  echo "SKIP: a scdiff-studio package is already installed on this machine; not replacing it"; exit 77
fi

work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then $SUDO dpkg --purge scdiff-studio >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The package, from this build (cpack installs into its own staging folder).
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$work"/out/scdiff-studio_*.deb | head -n1)
[ -s "$deb" ] || fail "no .deb in $work/out"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Its control data: Depends computed from the shared libraries (LibTorch, Qt, HDF5 among them), none on the
# package's own libraries.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libtorch libqt6widgets6 libhdf5 libqcustomplot libigraph; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
grep -q "scdiff" <<<"$depends" && fail "Depends names the package's own libraries"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/scdiff ./usr/bin/scdiff-studio ./usr/lib/scdiff-studio/libscdiff_engine_torch.so \
         ./usr/lib/scdiff-studio/libscdiff_igraph.so ./usr/lib/scdiff-studio/libscdiff_studio_window.so \
         ./usr/lib/scdiff-studio/scdiff-reader \
         ./usr/share/applications/org.scdiff.Studio.desktop ./usr/share/metainfo/org.scdiff.Studio.metainfo.xml \
         ./usr/share/mime/packages/org.scdiff.Studio.xml ./usr/share/icons/hicolor/scalable/apps/org.scdiff.Studio.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.scdiff.Studio.png ./usr/share/doc/scdiff-studio/guide/README.md; do
  grep -qx "$f" <<<"$contents" || fail "the package lacks $f"
done

$SUDO dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i"; }
installed=1

# The installed programs, from /usr, outside the build tree (a copy of the library path would hide a wrong RPATH).
cd "$work"
unset LD_LIBRARY_PATH
version=$(/usr/bin/scdiff --version)
echo "installed: $version"
grep -q "0\.1\.0" <<<"$version" || fail "scdiff --version says '$version'"
/usr/bin/scdiff synth tiny.h5ad --preset tiny >/dev/null 2>&1 || fail "scdiff synth"
# Reading goes through the reader process installed beside the libraries.
/usr/bin/scdiff info tiny.h5ad | grep -q "300 cells" || fail "scdiff info (the reader from /usr/lib/scdiff-studio)"
/usr/bin/scdiff preprocess tiny.h5ad clustered.h5ad --leiden 1 --umap false >cluster.log 2>&1 ||
  { cat cluster.log; fail "scdiff preprocess --leiden (the igraph module from /usr/lib/scdiff-studio)"; }
/usr/bin/scdiff train tiny.h5ad --task annotation --preset quick --epochs 1 -o model.pt >train.log 2>&1 ||
  { cat train.log; fail "scdiff train (the engine module from /usr/lib/scdiff-studio)"; }
[ -s model.pt ] || fail "scdiff train wrote no model"
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/scdiff-studio tiny.h5ad --screenshot studio.png >studio.log 2>&1 ||
  { cat studio.log; fail "scdiff-studio offscreen"; }
python3 - studio.png <<'PY' || fail "the Studio's screenshot is not a window-sized PNG"
import struct, sys
data = open(sys.argv[1], "rb").read(24)
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
print(f"studio screenshot {w}x{h}")
assert w >= 640 and h >= 400, (w, h)
PY

# Desktop integration: the entry and the metainfo validate; the file types are registered.
desktop-file-validate /usr/share/applications/org.scdiff.Studio.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/org.scdiff.Studio.metainfo.xml >appstream.log 2>&1 ||
  { cat appstream.log; fail "appstreamcli validate"; }
if command -v update-mime-database >/dev/null; then
  [ -f /usr/share/mime/application/x-anndata.xml ] || fail "the .h5ad type was not registered (update-mime-database)"
  grep -q "x-anndata" /usr/share/mime/globs2 || fail "*.h5ad is not in the MIME globs"
  grep -q "x-scdiff-session" /usr/share/mime/globs2 || fail "*.scdiffsession is not in the MIME globs"
fi

# Removal: every file the package installed is gone, and so are the registered types.
files=$(dpkg -L scdiff-studio | while read -r f; do [ -f "$f" ] && echo "$f"; done)
$SUDO dpkg --purge scdiff-studio >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "dpkg --purge"; }
installed=0
for f in $files; do [ -e "$f" ] && fail "$f is left after dpkg --purge"; done
[ -e /usr/share/mime/application/x-anndata.xml ] && fail "the .h5ad type is left after dpkg --purge"
dpkg-query -W -f='${Status}' scdiff-studio 2>/dev/null | grep -q "installed" && fail "dpkg still lists the package"
echo "PASS: built, installed, ran and removed $(basename "$deb")"
