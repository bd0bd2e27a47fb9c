#!/usr/bin/env bash
# Installs every Debian package scDiff Studio needs to build, test and run.
# Idempotent and non-interactive; works as root or through sudo.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -E"; else
    echo "setup.sh: run as root or install sudo" >&2; exit 1; fi
else SUDO=""; fi
export DEBIAN_FRONTEND=noninteractive

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqcustomplot-dev libgl-dev qt6-svg-dev libxkbcommon-dev
  libtorch-dev libgloo-dev libopenblas0-pthread libopenblas-pthread-dev
  libhdf5-dev hdf5-tools nlohmann-json3-dev libcli11-dev libhnswlib-dev libeigen3-dev liblbfgspp-dev zlib1g-dev
  libxml2-dev libicu-dev libsqlite3-dev libigraph-dev
  xvfb xauth fonts-dejavu-core
  dpkg-dev desktop-file-utils appstream shared-mime-info
  python3 python3-anndata python3-h5py python3-numpy python3-scipy python3-pandas python3-torch python3-igraph python3-leidenalg python3-loompy
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup.sh: installing ${#missing[@]} packages: ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup.sh: all packages present"
fi

# LibTorch is ~10x slower on the reference BLAS: make OpenBLAS the active libblas.so.3/liblapack.so.3.
arch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
for lib in libblas.so.3 liblapack.so.3; do
  target=$(update-alternatives --list "$lib-$arch" 2>/dev/null | grep openblas-pthread | head -n1 || true)
  if [ -n "$target" ]; then
    $SUDO update-alternatives --set "$lib-$arch" "$target" >/dev/null
    echo "setup.sh: $lib -> $target"
  else
    echo "setup.sh: warning: no OpenBLAS alternative for $lib" >&2
  fi
done

# The Gene Ontology annotations of human genes (Bioconductor's org.Hs.eg.db, Debian package
# r-bioc-org.hs.eg.db): only its SQLite file is needed, so it is taken out of the package instead of
# installing the package and R with it. Where the R package is installed, the app uses its copy.
go_db=/usr/local/share/scdiff/org.Hs.eg.sqlite
r_go_db=/usr/lib/R/site-library/org.Hs.eg.db/extdata/org.Hs.eg.sqlite
if [ ! -s "$go_db" ] && [ ! -s "$r_go_db" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && { apt-get download r-bioc-org.hs.eg.db >/dev/null 2>&1 ||
    { $SUDO apt-get update -qq && apt-get download r-bioc-org.hs.eg.db >/dev/null; }; })
  $SUDO mkdir -p "$(dirname "$go_db")"
  dpkg-deb --fsys-tarfile "$tmp"/r-bioc-org.hs.eg.db_*.deb | tar -xO ".$r_go_db" > "$tmp/org.Hs.eg.sqlite"
  $SUDO mv "$tmp/org.Hs.eg.sqlite" "$go_db.partial" && $SUDO mv "$go_db.partial" "$go_db"
  $SUDO chmod 644 "$go_db"
  rm -rf "$tmp"
  echo "setup.sh: Gene Ontology database -> $go_db"
fi
