#!/usr/bin/env bash
# Installs the built Debian package into a throwaway root with dpkg-deb -x and
# checks it the way a user's machine would use it:
#   - the package installs here (apt-get --simulate resolves its Depends) and
#     every Depends is satisfied by an installed package of a good version;
#   - every ELF file finds all its libraries (ldd) and none has a RUNPATH
#     into a build tree;
#   - the maintainer scripts parse; the desktop entry, AppStream metainfo,
#     man page and systemd unit are valid;
#   - the installed homewire-broker prints its version, starts with the
#     packaged configuration and carries a message between mosquitto_pub and
#     mosquitto_sub;
#   - the installed GUI runs offscreen for a few seconds with the embedded
#     broker and the demo home, loading every device plugin from the
#     package's plugin directory, and speaks German under a German locale.
# Usage: install_test.sh <homewire_*.deb> <source dir>
# Talks only to 127.0.0.1; stops only the processes it started.
set -uo pipefail

deb="$1"
source_dir="$2"
work="$(mktemp -d "${TMPDIR:-/tmp}/homewire-install.XXXXXX")"
root="$work/root"
pids=()
passed=0
failed=0

cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    rm -rf "$work"
}
trap cleanup EXIT

pass() { passed=$((passed + 1)); printf 'PASS   %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL!  %s\n' "$*"; }
check() { # check "<what>" command...
    local what="$1"
    shift
    local output
    if output="$("$@" 2>&1)"; then
        pass "$what"
    else
        fail "$what"
        printf '%s\n' "$output" | sed 's/^/       /' | head -40
    fi
}

# A free loopback port: bind, read it back, release.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Waits up to $2 seconds for a TCP listener on 127.0.0.1:$1.
wait_for_port() {
    local deadline=$((SECONDS + $2))
    while [ $SECONDS -lt $deadline ]; do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.2
    done
    return 1
}

# The user's home, settings and runtime files live in the throwaway directory.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

printf 'Installing %s into %s\n' "$(basename "$deb")" "$root"
if ! dpkg-deb -x "$deb" "$root"; then
    echo "FAIL!  dpkg-deb -x could not unpack the package"
    exit 1
fi
dpkg-deb -e "$deb" "$work/control"

# --- The package's contents --------------------------------------------------
libdir="$(cd "$root/usr/lib" && ls -d */homewire 2>/dev/null | head -1)"
for path in usr/bin/homewire usr/bin/homewire-broker \
    usr/share/applications/org.homewire.Homewire.desktop \
    usr/share/metainfo/org.homewire.Homewire.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.homewire.Homewire.svg \
    usr/share/icons/hicolor/48x48/apps/org.homewire.Homewire.png \
    usr/share/icons/hicolor/256x256/apps/org.homewire.Homewire.png \
    usr/share/man/man1/homewire-broker.1 \
    usr/lib/systemd/system/homewire-broker.service usr/lib/sysusers.d/homewire-broker.conf \
    etc/homewire-broker/homewire-broker.conf usr/share/doc/homewire/copyright; do
    if [ -e "$root/$path" ] || [ -e "$root/$path.gz" ]; then pass "contains /$path"; else fail "contains /$path"; fi
done
plugins=("$root/usr/lib/$libdir/plugins"/*.so)
if [ -n "$libdir" ] && [ "${#plugins[@]}" -ge 6 ] && [ -e "${plugins[0]}" ]; then
    pass "contains ${#plugins[@]} device plugins in /usr/lib/$libdir/plugins"
else
    fail "device plugins in /usr/lib/<triplet>/homewire/plugins"
fi
translations=("$source_dir"/translations/homewire_*.ts)
languages=0
for ts in "${translations[@]}"; do
    lang="$(basename "$ts" .ts)"
    lang="${lang#homewire_}"
    [ "$lang" = en ] && continue
    languages=$((languages + 1))
    if [ -e "$root/usr/share/homewire/translations/homewire_$lang.qm" ]; then
        pass "contains the $lang translation"
    else
        fail "contains /usr/share/homewire/translations/homewire_$lang.qm"
    fi
done

# --- Installable here: Depends ------------------------------------------------
depends="$(dpkg-deb -f "$deb" Depends)"
unmet=()
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
    satisfied=0
    IFS='|' read -ra alternatives <<<"$group"
    for alternative in "${alternatives[@]}"; do
        read -r name relation version <<<"$(echo "$alternative" | sed -E 's/[()]/ /g')"
        installed="$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null)" || continue
        case "$installed" in "install ok installed "*) ;; *) continue ;; esac
        if [ -z "${relation:-}" ] || dpkg --compare-versions "${installed##* }" "$relation" "$version"; then
            satisfied=1
            break
        fi
    done
    [ $satisfied = 1 ] || unmet+=("$group")
done
if [ "${#unmet[@]}" -eq 0 ] && [ -n "$depends" ]; then
    pass "every Depends is installed in a good version (${#groups[@]} packages)"
else
    fail "unmet Depends: ${unmet[*]:-Depends is empty}"
fi
if command -v apt-get >/dev/null; then
    simulate() {
        apt-get install --simulate --no-install-recommends "$(realpath "$deb")" 2>&1 |
            grep -E '^(Inst|Conf) homewire '
    }
    check "apt-get --simulate installs the package" simulate
fi

# --- Libraries ----------------------------------------------------------------
elves=()
while IFS= read -r -d '' file; do
    if [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ]; then elves+=("$file"); fi
done < <(find "$root" -type f -print0)
missing=""
for elf in "${elves[@]}"; do
    notfound="$(ldd "$elf" 2>&1 | grep 'not found')"
    [ -n "$notfound" ] && missing+="$(basename "$elf"): $notfound"$'\n'
    runpath="$(readelf -d "$elf" | grep -E 'RUNPATH|RPATH')"
    [ -n "$runpath" ] && missing+="$(basename "$elf") has $runpath"$'\n'
done
if [ -z "$missing" ] && [ "${#elves[@]}" -ge 8 ]; then
    pass "all ${#elves[@]} ELF files find their libraries and have no RUNPATH"
else
    fail "libraries of the ${#elves[@]} ELF files"
    printf '%s' "$missing" | sed 's/^/       /'
fi

# --- Package metadata and integration files -----------------------------------
for script in postinst prerm postrm; do
    check "maintainer script $script parses" sh -n "$work/control/$script"
done
check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/org.homewire.Homewire.desktop"
check "appstreamcli validate" appstreamcli validate --no-net "$root/usr/share/metainfo/org.homewire.Homewire.metainfo.xml"
exec_line="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/usr/share/applications/org.homewire.Homewire.desktop")"
icon_name="$(sed -n 's/^Icon=//p' "$root/usr/share/applications/org.homewire.Homewire.desktop")"
if [ -x "$root/usr/bin/$exec_line" ] && [ -e "$root/usr/share/icons/hicolor/scalable/apps/$icon_name.svg" ]; then
    pass "the desktop entry's Exec ($exec_line) and Icon ($icon_name) are in the package"
else
    fail "the desktop entry's Exec ($exec_line) or Icon ($icon_name) is missing"
fi
man_page="$root/usr/share/man/man1/homewire-broker.1"
[ -e "$man_page" ] || man_page="$man_page.gz"
man_check() { zcat -f "$man_page" | groff -man -Tutf8 -ww -z 2>&1 | { ! grep .; }; }
check "the man page renders without warnings" man_check
if command -v systemd-analyze >/dev/null; then
    # verify resolves the unit's dependencies (sysinit.target, …) and its
    # ExecStart inside the root: the system's targets go in beside the unit.
    cp /usr/lib/systemd/system/*.target "$root/usr/lib/systemd/system/" 2>/dev/null
    unit_check() {
        local out
        out="$(systemd-analyze verify --man=no --root="$root" /usr/lib/systemd/system/homewire-broker.service 2>&1)" &&
            [ -z "$out" ] || { printf '%s\n' "$out"; return 1; }
    }
    check "systemd-analyze verify accepts the unit (no warning)" unit_check
    rm -f "$root"/usr/lib/systemd/system/*.target
fi
if ! find "$root" -path '*wants*' -name 'homewire-broker.service' | grep -q . &&
    ! grep -v '^[[:space:]]*#' "$work/control/postinst" | grep -qE 'systemctl .*(enable|start)|deb-systemd-(helper enable|invoke start)'; then
    pass "the service is not enabled on installation"
else
    fail "the service must not be enabled on installation"
fi

# --- The installed homewire-broker ---------------------------------------------
package_version="$(dpkg-deb -f "$deb" Version)"
broker_version="$("$root/usr/bin/homewire-broker" --version 2>&1)"
if [ $? -eq 0 ] && [[ "$broker_version" == *"${package_version%-*}"* ]]; then
    pass "homewire-broker --version: $broker_version"
else
    fail "homewire-broker --version printed '$broker_version' (package $package_version)"
fi
port="$(free_port)"
# The service's command line, with the packaged configuration, on a test port.
"$root/usr/bin/homewire-broker" --config "$root/etc/homewire-broker/homewire-broker.conf" \
    --data-dir "$work/broker-data" --port "$port" --bind 127.0.0.1 >"$work/broker.log" 2>&1 &
pids+=($!)
if wait_for_port "$port" 15; then
    pass "homewire-broker starts with the packaged configuration"
    mosquitto_sub -h 127.0.0.1 -p "$port" -t 'install/test' -C 1 -W 10 >"$work/received" 2>&1 &
    sub=$!
    sleep 0.5
    mosquitto_pub -h 127.0.0.1 -p "$port" -t 'install/test' -q 1 -m 'hello from the package'
    wait $sub
    if [ "$(cat "$work/received")" = 'hello from the package' ]; then
        pass "the installed broker carries a message from mosquitto_pub to mosquitto_sub"
    else
        fail "the installed broker did not deliver: $(cat "$work/received")"
    fi
else
    fail "homewire-broker did not listen on 127.0.0.1:$port within 15 s"
    sed 's/^/       /' "$work/broker.log" | head -20
fi

# --- The installed GUI ---------------------------------------------------------
gui_port="$(free_port)"
QT_LOGGING_RULES='homewire.devices.plugins.info=true' LANG=C.UTF-8 LC_ALL= LANGUAGE= \
    "$root/usr/bin/homewire" --data-dir "$work/gui-data" --broker-port "$gui_port" --demo \
    >"$work/gui.log" 2>&1 &
gui=$!
pids+=($gui)
if wait_for_port "$gui_port" 20; then
    pass "the installed GUI starts its embedded broker"
    count="$(mosquitto_sub -h 127.0.0.1 -p "$gui_port" -t '#' -C 5 -W 15 -v 2>/dev/null | wc -l)"
    if [ "$count" -eq 5 ]; then
        pass "the installed GUI's demo devices publish through its broker"
    else
        fail "the demo devices published $count of 5 messages"
    fi
else
    fail "the installed GUI's broker did not listen on 127.0.0.1:$gui_port within 20 s"
fi
sleep 2
if kill -0 $gui 2>/dev/null; then
    pass "the installed GUI is still running after a few seconds"
else
    fail "the installed GUI exited early"
fi
loaded="$(grep -c "loaded device plugin .* from $root/usr/lib/$libdir/plugins" "$work/gui.log")"
if [ "$loaded" -eq "${#plugins[@]}" ]; then
    pass "the installed GUI loaded all $loaded device plugins from the package"
else
    fail "the installed GUI loaded $loaded of ${#plugins[@]} device plugins from the package"
    sed 's/^/       /' "$work/gui.log" | head -20
fi
kill $gui 2>/dev/null
wait $gui 2>/dev/null

# The installed GUI in German: its --help text comes from the package's translation.
german="$(python3 - "$source_dir/translations/homewire_de.ts" <<'EOF'
import sys, xml.etree.ElementTree as ET
for m in ET.parse(sys.argv[1]).getroot().iter('message'):
    if m.find('source').text == 'MQTT home automation controller':
        print(m.find('translation').text or '')
EOF
)"
help_de="$(LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= "$root/usr/bin/homewire" --help 2>&1)"
help_en="$(LANG=C.UTF-8 LC_ALL= LANGUAGE= "$root/usr/bin/homewire" --help 2>&1)"
if [ -n "$german" ] && [[ "$help_de" == *"$german"* ]] && [[ "$help_en" == *"MQTT home automation controller"* ]]; then
    pass "the installed GUI speaks German under de_DE ($german) and English under C"
else
    fail "the installed GUI's German: expected '$german'"
    printf '%s\n' "$help_de" | head -5 | sed 's/^/       /'
fi
if [ "$languages" -ge 4 ]; then pass "$languages translations besides English"; else fail "only $languages translations"; fi

printf '\n%d checks passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
