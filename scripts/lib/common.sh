# Shared by scripts/run, scripts/test, scripts/bench and scripts/fuzz.
# Installs the Debian/Ubuntu packages Homewire needs (only the missing ones)
# and knows where the build trees live.

set -euo pipefail

HW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HW_JOBS="${HW_JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Needed to build and run the application.
HW_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-charts-dev
    libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev libqt6opengl6-dev qt6-translations-l10n
    libpaho-mqttpp-dev libpaho-mqtt-dev
    libssl-dev
    fonts-dejavu-core
)
# Additionally needed by the tests, benchmarks and fuzzers.
HW_TEST_PACKAGES=(
    mosquitto mosquitto-clients openssl dbus-daemon
    clang libclang-rt-dev
    xvfb xauth imagemagick
)
# Additionally needed by scripts/package to build and check the Debian package.
HW_PACKAGE_PACKAGES=(
    dpkg-dev file desktop-file-utils appstream
)

hw_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

hw_missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            printf '%s\n' "$pkg"
        fi
    done
}

# hw_install PACKAGE... : installs those not yet installed, with sudo when not root.
hw_install() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        hw_log "This script installs dependencies with apt (Debian 12, Ubuntu 24.04 or newer)."
        hw_log "On other systems install Qt >= 6.4, Paho MQTT C++ and CMake yourself, then run cmake."
        return 1
    fi
    local missing
    mapfile -t missing < <(hw_missing_packages "$@")
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            hw_log "Missing packages: ${missing[*]}; run as root or install sudo."
            return 1
        fi
        sudo=(sudo)
    fi
    hw_log "Installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# hw_configure BUILD_DIR CMAKE_ARGS... : configures once, then lets ninja re-run cmake when needed.
hw_configure() {
    local dir="$1"
    shift
    if [ ! -f "$dir/build.ninja" ] || [ "${HW_RECONFIGURE:-0}" = 1 ]; then
        cmake -S "$HW_ROOT" -B "$dir" -G Ninja "$@"
    else
        # Keep cached options in step with what the caller asks for.
        cmake -S "$HW_ROOT" -B "$dir" "$@" >/dev/null
    fi
}

hw_build() {
    local dir="$1"
    shift
    cmake --build "$dir" --parallel "$HW_JOBS" "$@"
}

# Builds the libFuzzer targets with clang in their own tree; prints the tree.
hw_build_fuzzers() {
    local dir="$HW_ROOT/build-fuzz"
    CC=clang CXX=clang++ hw_configure "$dir" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DHOMEWIRE_FUZZ=ON -DHOMEWIRE_BUILD_GUI=OFF -DHOMEWIRE_BUILD_TESTS=OFF -DHOMEWIRE_BUILD_BENCH=OFF \
        -DHOMEWIRE_WERROR=ON >&2
    hw_build "$dir" >&2
    printf '%s\n' "$dir"
}

# Builds Homewire (Release, prefix /usr) in build-package/, checks the desktop
# entry and the metainfo, and makes the Debian package with CPack; prints the
# package's path. Needs HW_BUILD_PACKAGES and HW_PACKAGE_PACKAGES installed.
hw_build_package() {
    local linux="$HW_ROOT/packaging/linux"
    hw_log "Checking the desktop entry and the metainfo"
    desktop-file-validate "$linux/org.homewire.Homewire.desktop" >&2
    appstreamcli validate --no-net "$linux/org.homewire.Homewire.metainfo.xml" >&2

    local dir="$HW_ROOT/build-package"
    hw_log "Building (Release) into $dir"
    hw_configure "$dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DHOMEWIRE_BUILD_TESTS=OFF -DHOMEWIRE_BUILD_BENCH=OFF -DHOMEWIRE_WERROR=OFF \
        -DHOMEWIRE_SANITIZE=OFF >&2
    hw_build "$dir" >&2

    hw_log "Making the Debian package"
    rm -f "$dir"/homewire_*.deb
    (cd "$dir" && cpack -G DEB >&2)
    ls "$dir"/homewire_*.deb
}
