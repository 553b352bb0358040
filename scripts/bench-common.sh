# shellcheck shell=sh
# Shared by the measuring scripts (sourced, POSIX sh): installs missing tools and builds Limber and
# the minimal-window baseline in Release.

# install_missing COMMAND=PACKAGES ...: apt-get installs the packages of each command not on PATH
# (several packages separated by '+', e.g. xvfb-run=xvfb+xauth).
install_missing() {
    missing=""
    for pair in "$@"; do
        command -v "${pair%%=*}" >/dev/null 2>&1 || missing="$missing $(echo "${pair#*=}" | tr '+' ' ')"
    done
    if [ -n "$missing" ]; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        # shellcheck disable=SC2086 # a list of package names
        $sudo apt-get install -y --no-install-recommends $missing >/dev/null
    fi
}

# build_bench SOURCE BUILD: a Release build of limber and limber-minimal-window in BUILD.
build_bench() {
    cmake -S "$1" -B "$2" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLIMBER_BUILD_BENCHMARKS=ON \
        -DLIMBER_BUILD_TESTS=OFF >/dev/null
    nice ninja -C "$2" -j2 limber limber-minimal-window >/dev/null
}
