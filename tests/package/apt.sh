#!/usr/bin/env bash
# The .deb installs with `apt-get install ./routekaart_VERSION_amd64.deb`, works from the
# places it installs to (binary on PATH, manual page, bash completion), and is removed cleanly:
# after `apt-get purge` none of its files is left and dpkg no longer knows it.
#   tests/package/apt.sh BINARY DIST
# It changes the system, so it runs only as root, with ROUTEKAART_SLOW_TESTS=1 (CI runs it once,
# `ctest -L slow`), and only when routekaart is not installed already; else it exits 77.
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dist=$(cd "$2" 2>/dev/null && pwd) || dist=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$("$binary" --version | awk '{print $2}')
deb=$dist/routekaart_${version}_amd64.deb
skip() {
  echo "SKIP: $*"
  exit 77
}
[ "${ROUTEKAART_SLOW_TESTS:-}" = 1 ] || skip "it changes the system; run with ROUTEKAART_SLOW_TESTS=1"
[ "$(id -u)" -eq 0 ] || skip "not root"
[ -f "$deb" ] || skip "there is no $deb (tools/quickstart package makes it)"
dpkg-query -W -f='${Status}' routekaart 2>/dev/null | grep -q 'install ok installed' &&
  skip "routekaart is installed on this machine already; it is left alone"
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
export LC_ALL=C.UTF-8 NO_COLOR=1 DEBIAN_FRONTEND=noninteractive
unset ROUTEKAART_LANG

apt-get install -y -q "$deb" >/tmp/routekaart-apt-install.log 2>&1 || {
  cat /tmp/routekaart-apt-install.log
  echo "FAIL: apt-get install $deb"
  exit 1
}
echo "installed: $(dpkg-query -W -f='${Package} ${Version} ${Architecture} ${Status}' routekaart)"
dpkg -L routekaart | sort >/tmp/routekaart-apt-files
for f in /usr/bin/routekaart /usr/share/man/man1/routekaart.1 \
  /usr/share/bash-completion/completions/routekaart /usr/share/zsh/site-functions/_routekaart \
  /usr/share/zsh/vendor-completions/_routekaart \
  /usr/share/fish/vendor_completions.d/routekaart.fish; do
  grep -qx "$f" /tmp/routekaart-apt-files || fail "dpkg -L does not list $f"
  [ -f "$f" ] || fail "$f is not installed"
done
[ "$(command -v routekaart)" = /usr/bin/routekaart ] || fail "routekaart on PATH is $(command -v routekaart)"
/usr/bin/routekaart --version | cmp -s - <("$binary" --version) ||
  fail "the installed binary is $(/usr/bin/routekaart --version)"
(cd "$root/examples" && /usr/bin/routekaart --lang en check de-brug.yaml >/tmp/routekaart-apt-check) ||
  fail "routekaart check de-brug.yaml failed: $(cat /tmp/routekaart-apt-check)"
grep -q '^De Brug — de-brug.yaml$' /tmp/routekaart-apt-check || fail "check printed: $(head -n 2 /tmp/routekaart-apt-check)"
if command -v man >/dev/null; then
  man -w routekaart | grep -q '^/usr/share/man/man1/routekaart.1' || fail "man -w routekaart: $(man -w routekaart 2>&1)"
fi
# zsh and fish, when installed, find the completion where the package put it.
if command -v zsh >/dev/null; then
  zsh -fc 'autoload -Uz compinit && compinit -u -d /tmp/routekaart-apt-zcompdump && (( $+_comps[routekaart] ))' ||
    fail "zsh does not find a completion for routekaart"
fi
if command -v fish >/dev/null; then
  fish -c 'complete -C "routekaart che"' | grep -q '^check' || fail "fish does not complete 'routekaart che'"
fi
reply=$(bash -c 'source /usr/share/bash-completion/completions/routekaart; COMP_WORDS=(routekaart che); COMP_CWORD=1; _routekaart; printf "%s\n" "${COMPREPLY[@]}"')
[ "$reply" = check ] || fail "the installed bash completion offers [$reply] for 'che'"

apt-get purge -y -q routekaart >/tmp/routekaart-apt-purge.log 2>&1 || {
  cat /tmp/routekaart-apt-purge.log
  fail "apt-get purge routekaart"
}
dpkg-query -W -f='${Status}' routekaart 2>/dev/null | grep -q 'installed' &&
  fail "dpkg still knows routekaart: $(dpkg-query -W -f='${Status}' routekaart)"
while read -r f; do
  [ -f "$f" ] && fail "left behind after purge: $f"
done </tmp/routekaart-apt-files
rm -f /tmp/routekaart-apt-*
if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: apt-get install ./$(basename "$deb"), used, purged; nothing left behind"
