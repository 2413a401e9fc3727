#!/usr/bin/env bash
# Simutasi quick start, meant for a fresh Debian 12 (bookworm) machine.
#
#   sudo bash installer/quickstart.sh demo   # build, create a demo province, open the application
#   sudo bash installer/quickstart.sh test   # build with warnings as errors and run the whole test suite
#
# Installs the missing Debian packages listed in installer/debian-packages.txt (needs root only
# when something is missing). Works from any directory.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

usage() {
    cat <<'EOF'
Usage: bash installer/quickstart.sh demo|test

  demo  install missing packages, build (preset "dev"), create the demo database
        if it does not exist yet, and start Simutasi on it
  test  install missing packages, build everything (preset "ci", warnings are errors)
        and run the test suite (ctest --preset ci); exits non-zero on any failure
EOF
}

log() { printf '\n==> %s\n' "$*"; }
die() {
    printf '\nquickstart: error: %s\n' "$*" >&2
    exit 1
}

script_path=$(readlink -f -- "${BASH_SOURCE[0]}")
repo_root=$(cd -- "$(dirname -- "$script_path")/.." && pwd)
package_list="$repo_root/installer/debian-packages.txt"
jobs=$(nproc 2>/dev/null || echo 2)

mode=${1:-}
case "$mode" in
demo | test) ;;
-h | --help)
    usage
    exit 0
    ;;
*)
    usage >&2
    exit 2
    ;;
esac

cd "$repo_root"

# --- Debian packages --------------------------------------------------------------------------

# Prints the packages of installer/debian-packages.txt that are not installed, one a line.
missing_packages() {
    local line pkg
    while IFS= read -r line || [[ -n $line ]]; do
        pkg=${line%%#*}
        pkg=${pkg//[[:space:]]/}
        [[ -n $pkg ]] || continue
        if ! dpkg-query -W -f='${db:Status-Status}\n' "$pkg" 2>/dev/null | grep -qx installed; then
            printf '%s\n' "$pkg"
        fi
    done <"$package_list"
}

ensure_packages() {
    [[ -r $package_list ]] || die "cannot read $package_list"
    command -v dpkg-query >/dev/null || die "dpkg-query not found: this script is for Debian 12."
    if [[ -r /etc/os-release ]]; then
        # shellcheck disable=SC1091
        if ! (. /etc/os-release && [[ ${ID:-} == debian && ${VERSION_ID:-} == 12 ]]); then
            printf 'quickstart: warning: made for Debian 12; this system may need other packages.\n' >&2
        fi
    fi

    local -a missing
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        log "All packages from installer/debian-packages.txt are installed."
        return
    fi
    if ((EUID != 0)); then
        printf '\nquickstart: error: these Debian packages are missing:\n  %s\n' "${missing[*]}" >&2
        printf 'Run this script as root (sudo bash installer/quickstart.sh %s) or install them:\n' "$mode" >&2
        printf '  sudo apt-get install --no-install-recommends %s\n' "${missing[*]}" >&2
        exit 1
    fi
    log "Installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

ensure_packages

# Under sudo, build and run as the user who owns the checkout, not as root: the build tree and
# the demo database then belong to that user and the window opens on their display.
if ((EUID == 0)) && [[ -n ${SUDO_USER:-} && $SUDO_USER != root ]] &&
    [[ $(stat -c %U "$repo_root") == "$SUDO_USER" ]]; then
    log "Packages are in place; continuing as $SUDO_USER, who owns $repo_root."
    exec runuser -u "$SUDO_USER" -- bash "$script_path" "$mode"
fi

# --- Modes -----------------------------------------------------------------------------------

run_demo() {
    local data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
    # The GUI's File > Create demo offers the same file (QStandardPaths::AppLocalDataLocation of
    # organisation "BKD Provinsi Wanggar", application "Simutasi"), so both find one demo.
    local db="$data_home/BKD Provinsi Wanggar/Simutasi/demo-wanggar.db"
    local bin="$repo_root/build/dev/app"

    log "Configuring (preset dev)"
    cmake --preset dev || die "configuring with preset dev failed"

    log "Building simutasi and simutasi-cli with $jobs job(s)"
    cmake --build --preset dev --parallel "$jobs" --target simutasi simutasi-cli ||
        die "building simutasi failed (see the compiler output above)"

    if [[ -s $db ]]; then
        log "Using the existing demo database $db"
    else
        log "Creating the demo database of Provinsi Wanggar (5000 employees): $db"
        mkdir -p -- "$(dirname -- "$db")"
        rm -f -- "$db"
        if ! "$bin/simutasi-cli" demo --db "$db" --employees 5000; then
            rm -f -- "$db"
            die "simutasi-cli demo failed"
        fi
        [[ -s $db ]] || die "simutasi-cli demo reported success but did not create $db"
    fi

    if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
        XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/simutasi-runtime.XXXXXX")
        chmod 700 "$XDG_RUNTIME_DIR"
        export XDG_RUNTIME_DIR
        # shellcheck disable=SC2064  # expand now
        trap "rm -rf -- '$XDG_RUNTIME_DIR'" EXIT
    fi

    local rc=0
    if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
        log "Starting Simutasi on $db"
        "$bin/simutasi" "$db" || rc=$?
    else
        log "No DISPLAY or WAYLAND_DISPLAY: starting Simutasi under xvfb-run (a virtual screen," \
            "nothing is shown). Press Ctrl+C to stop it."
        xvfb-run -a -s "-screen 0 1366x768x24" "$bin/simutasi" "$db" || rc=$?
    fi
    if ((rc != 0)); then
        die "simutasi exited with status $rc"
    fi
    log "Simutasi has exited."
}

run_test() {
    local runtime_dir
    runtime_dir=$(mktemp -d "${TMPDIR:-/tmp}/simutasi-test.XXXXXX")
    chmod 700 "$runtime_dir"
    # shellcheck disable=SC2064  # expand now: the variable is local
    trap "rm -rf -- '$runtime_dir'" EXIT
    export XDG_RUNTIME_DIR="$runtime_dir"
    export QT_QPA_PLATFORM=offscreen

    log "Configuring (preset ci: warnings are errors)"
    cmake --preset ci || die "configuring with preset ci failed"

    log "Building everything with $jobs job(s)"
    cmake --build --preset ci --parallel "$jobs" ||
        die "the build failed (see the compiler output above)"

    log "Running the tests: ctest --preset ci -j $jobs"
    local log_file="$runtime_dir/ctest.log" rc=0
    ctest --preset ci -j "$jobs" 2>&1 | tee "$log_file" || rc=$?

    local summary
    summary=$(grep -E '[0-9]+% tests passed' "$log_file" | tail -n 1 || true)
    if ((rc != 0)); then
        die "tests failed (ctest exit status $rc)${summary:+: $summary}"
    fi
    log "All tests passed: ${summary:-see the ctest output above}"
}

start=$SECONDS
case "$mode" in
demo) run_demo ;;
test) run_test ;;
esac
log "Done in $((SECONDS - start)) s."
