#!/usr/bin/env bash
# Build the Debian/Ubuntu package of Protocol Archive: dist/protocol-archive_<version>_<arch>.deb
#
#   packaging/build_deb.sh
#
# Works on a fresh Debian 12 / Ubuntu 22.04+ machine (installs desktop-file-utils and python3-venv
# with apt when missing and it can: as root or through sudo). Everything it builds goes under build/
# (venv, staged source, PyInstaller output, package tree); only the .deb lands in dist/.
# Re-running is safe: the venv is reused, everything else is rebuilt from scratch.
#
# Environment:
#   PYTHON=python3.11        interpreter for the build venv (default: python3)
#   PA_PLACEHOLDER_ICONS=1   package a placeholder icon if resources/icons/ has none yet
#   PA_SKIP_PIP=1            reuse build/venv as is (no pip install; offline rebuilds)
set -euo pipefail
umask 022

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build"
VENV="$BUILD/venv"
PYTHON="${PYTHON:-python3}"
NAME=protocol-archive
START=$(date +%s)

mkdir -p "$BUILD"
# One build at a time per checkout (a test run and a manual run would otherwise share build/).
exec 9>"$BUILD/.build_deb.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'build_deb.sh: ERROR: %s\n' "$*" >&2; exit 1; }

apt_install() {  # apt_install PACKAGE...: install system packages if we may
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "need root or sudo to apt-get install $*"
        sudo="sudo"
    fi
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install $* by hand"
    say "apt-get install $*"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

# --- 0. tools ------------------------------------------------------------------------------------
command -v dpkg-deb >/dev/null 2>&1 || die "dpkg-deb not found (this script builds a .deb on Debian/Ubuntu)"
command -v desktop-file-validate >/dev/null 2>&1 || apt_install desktop-file-utils
command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found (set PYTHON=/path/to/python3.10+)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' || die "$PYTHON is older than 3.10"
if [ ! -x "$VENV/bin/python" ] && ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    apt_install python3-venv
fi

VERSION="$(sed -n 's/^__version__ *= *["'\'']\([^"'\'']*\)["'\''].*/\1/p' "$ROOT/app/__init__.py")"
[ -n "$VERSION" ] || die "could not read __version__ from app/__init__.py"
ARCH="$(dpkg --print-architecture)"
say "Protocol Archive $VERSION for $ARCH"

# --- 1. the .desktop file must be valid before anything slow happens -----------------------------
desktop-file-validate "$ROOT/resources/$NAME.desktop"

# --- 2. build venv: the app (from a staged copy, so no build/ or egg-info lands in the repo) -------
if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV"
fi
if [ "${PA_SKIP_PIP:-0}" != 1 ]; then
    SRC="$BUILD/src"
    rm -rf "$SRC" && mkdir -p "$SRC"
    (cd "$ROOT" && tar --exclude='__pycache__' --exclude='*.pyc' -cf - pyproject.toml app resources seeds \
        $(ls README* LICENSE* 2>/dev/null || true)) | tar -xf - -C "$SRC"
    [ -e "$SRC/README.md" ] || echo "# Protocol Archive" > "$SRC/README.md"  # pyproject names it
    say "pip install . pyinstaller"
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q "$SRC" "pyinstaller>=6.5,<7"
fi

# --- 3. PyInstaller one-folder build --------------------------------------------------------------
say "PyInstaller"
rm -rf "$BUILD/pyinstaller/dist"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$BUILD/pyinstaller/dist" --workpath "$BUILD/pyinstaller/work" \
    "$ROOT/packaging/protocol_archive.spec"
FROZEN="$BUILD/pyinstaller/dist/$NAME"
[ -x "$FROZEN/$NAME" ] || die "PyInstaller did not produce $FROZEN/$NAME"
got="$(env -u DISPLAY QT_QPA_PLATFORM=offscreen "$FROZEN/$NAME" --version)"
[ "$got" = "$NAME $VERSION" ] || die "frozen --version said '$got', expected '$NAME $VERSION'"
say "frozen app: $(du -sh "$FROZEN" | cut -f1) in $FROZEN"

# --- 4. icons -------------------------------------------------------------------------------------
"$VENV/bin/python" "$ROOT/packaging/make_icons.py" --out "$BUILD/icons" \
    || die "no application icon (see the message above)"

# --- 5. package tree ------------------------------------------------------------------------------
PKG="$BUILD/deb/${NAME}_${VERSION}_${ARCH}"
rm -rf "$BUILD/deb" && mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
    "$PKG/usr/share/icons" "$PKG/usr/share/doc/$NAME"
cp -a "$FROZEN" "$PKG/opt/$NAME"
cat > "$PKG/usr/bin/$NAME" <<'SH'
#!/bin/sh
# Launcher for Protocol Archive (the frozen app lives in /opt/protocol-archive).
exec /opt/protocol-archive/protocol-archive "$@"
SH
chmod 0755 "$PKG/usr/bin/$NAME"
install -m 0644 "$ROOT/resources/$NAME.desktop" "$PKG/usr/share/applications/$NAME.desktop"
cp -a "$BUILD/icons/hicolor" "$PKG/usr/share/icons/hicolor"
cat > "$PKG/usr/share/doc/$NAME/copyright" <<EOF2
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: protocol-archive
License: MIT (Protocol Archive); bundled third-party components (Qt/PySide6: LGPL-3.0,
 underthesea: GPL-3.0, Python: PSF-2.0, others) keep their own licenses, see
 /opt/protocol-archive/_internal/*.dist-info.
EOF2

cat > "$PKG/DEBIAN/control" <<EOF2
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: Protocol Archive maintainers <maintainers@protocol-archive.invalid>
Installed-Size: $(du -sk "$PKG" --exclude=DEBIAN | cut -f1)
Section: misc
Priority: optional
Depends: libc6, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3,
 libglib2.0-0 | libglib2.0-0t64, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1,
 libxcb-util1, libxcb-xfixes0, libxcb-xkb1
Recommends: fonts-noto-core | fonts-dejavu-core
Homepage: https://protocol-archive.invalid/
Description: Lưu trữ Lễ tân - offline archive of news about official visits
 Protocol Archive imports Vietnamese news articles about official visits,
 finds the people, organisations, places and dates in them and keeps
 everything in one local SQLite archive. It never uses the network.
 The archive lives in ~/.local/share/ProtocolArchive and is kept when the
 package is removed.
EOF2

for script in postinst postrm; do
cat > "$PKG/DEBIAN/$script" <<'EOF2'
#!/bin/sh
# Refresh the menu and icon caches. Never touches users' home folders: removing the package
# leaves each user's archive (~/.local/share/ProtocolArchive) in place.
set -e
case "$1" in
    configure|remove|purge|abort-install|abort-upgrade)
        if command -v update-desktop-database >/dev/null 2>&1; then
            update-desktop-database -q /usr/share/applications || true
        fi
        if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d /usr/share/icons/hicolor ]; then
            gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
        fi
        ;;
esac
exit 0
EOF2
chmod 0755 "$PKG/DEBIAN/$script"
done
desktop-file-validate "$PKG/usr/share/applications/$NAME.desktop"

# --- 6. the .deb ----------------------------------------------------------------------------------
mkdir -p "$ROOT/dist"
DEB="$ROOT/dist/${NAME}_${VERSION}_${ARCH}.deb"
rm -f "$DEB"
say "dpkg-deb --build"
dpkg-deb --root-owner-group -Zxz -z6 --build "$PKG" "$DEB" >/dev/null
dpkg-deb --info "$DEB" >/dev/null

say "done in $(( $(date +%s) - START ))s"
echo "deb: $DEB"
echo "size: $(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes)"
