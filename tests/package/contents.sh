#!/usr/bin/env bash
# The packages in dist/ (tools/quickstart package) hold what they should:
#   - SHA256SUMS lists the three packages and the browser edition (routekaart.html) and matches
#     them; the page is one self-contained file whose Content-Security-Policy forbids network
#     access, and the same bytes are in each package;
#   - the Linux tarball holds exactly the binary, the manual page, the three completions and the
#     README; the binary has no interpreter and needs no shared library, and runs in an empty
#     chroot that holds only it and one example (as root; otherwise that part is skipped);
#   - the .deb has the right fields, depends on nothing, and holds the same files under /usr in
#     the folders each shell reads, with the same binary as the tarball;
#   - the Windows zip holds routekaart.exe, routekaart.html and the README; the .exe imports only Windows' own DLLs.
#   tests/package/contents.sh BINARY DIST
# Exits 77 (skipped) when DIST holds no packages of this version.
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dist=$(cd "$2" 2>/dev/null && pwd) || dist=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$("$binary" --version | awk '{print $2}')
linux=routekaart-$version-linux-x86_64
windows=routekaart-$version-windows-x86_64
deb=routekaart_${version}_amd64.deb
if [ ! -f "$dist/SHA256SUMS" ]; then
  echo "SKIP: there is no $dist/SHA256SUMS (tools/quickstart package makes the packages)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
unset ROUTEKAART_LANG
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# SHA256SUMS
(cd "$dist" && awk '{print $2}' SHA256SUMS) >"$tmp/sums"
printf '%s\n' "$linux.tar.gz" "$windows.zip" "$deb" routekaart.html | sort >"$tmp/sums-expected"
cmp -s "$tmp/sums" "$tmp/sums-expected" || fail "SHA256SUMS lists $(tr '\n' ' ' <"$tmp/sums")"
(cd "$dist" && sha256sum --check --quiet SHA256SUMS) || fail "sha256sum --check SHA256SUMS"

# The browser edition: one file, no reference to anything outside it, network forbidden.
page=$dist/routekaart.html
if [ -f "$page" ]; then
  grep -q "<meta http-equiv=\"Content-Security-Policy\"" "$page" || fail "routekaart.html has no CSP"
  grep -o 'Content-Security-Policy" content="[^"]*' "$page" | grep -q "connect-src 'none'" ||
    fail "routekaart.html's CSP does not forbid connections"
  grep -Eq '<(script|link|img)[^>]* (src|href)="' "$page" &&
    fail "routekaart.html loads another file: $(grep -Eo '<(script|link|img)[^>]* (src|href)="[^"]*' "$page" | head -n 1)"
  [ "$(stat -c %s "$page")" -lt 2000000 ] || fail "routekaart.html is $(stat -c %s "$page") bytes (limit 2 MB)"
else
  fail "dist/routekaart.html is missing"
fi

# The Linux tarball.
tar -tzf "$dist/$linux.tar.gz" | sort >"$tmp/tar-list"
cat >"$tmp/tar-expected" <<EOF
$linux/
$linux/README.md
$linux/bin/
$linux/bin/routekaart
$linux/share/
$linux/share/bash-completion/
$linux/share/bash-completion/completions/
$linux/share/bash-completion/completions/routekaart
$linux/share/fish/
$linux/share/fish/vendor_completions.d/
$linux/share/fish/vendor_completions.d/routekaart.fish
$linux/share/man/
$linux/share/man/man1/
$linux/share/man/man1/routekaart.1
$linux/share/routekaart/
$linux/share/routekaart/routekaart.html
$linux/share/zsh/
$linux/share/zsh/site-functions/
$linux/share/zsh/site-functions/_routekaart
$linux/share/zsh/vendor-completions/
$linux/share/zsh/vendor-completions/_routekaart
EOF
diff "$tmp/tar-expected" "$tmp/tar-list" >"$tmp/tar-diff" ||
  fail "the tarball's files differ from the expected list:$(echo && cat "$tmp/tar-diff")"
tar -tvzf "$dist/$linux.tar.gz" | awk '$2 != "0/0"' >"$tmp/owners"
[ -s "$tmp/owners" ] && fail "tarball entries not owned by 0/0: $(cat "$tmp/owners")"
tar -C "$tmp" -xzf "$dist/$linux.tar.gz"
unpacked=$tmp/$linux
for pair in share/man/man1/routekaart.1:man/routekaart.1 README.md:README.md; do
  cmp -s "$unpacked/${pair%%:*}" "$root/${pair##*:}" || fail "${pair%%:*} differs from ${pair##*:}"
done
cmp -s "$unpacked/share/routekaart/routekaart.html" "$page" ||
  fail "the tarball's routekaart.html differs from dist/routekaart.html"
# The completions are written by the binary itself: the packaged ones must be what it writes.
for pair in share/bash-completion/completions/routekaart:bash \
  share/zsh/site-functions/_routekaart:zsh share/zsh/vendor-completions/_routekaart:zsh \
  share/fish/vendor_completions.d/routekaart.fish:fish; do
  "$unpacked/bin/routekaart" --lang en completion "${pair##*:}" >"$tmp/completion" ||
    fail "routekaart completion ${pair##*:} failed"
  [ -s "$tmp/completion" ] || fail "routekaart completion ${pair##*:} wrote nothing"
  cmp -s "$unpacked/${pair%%:*}" "$tmp/completion" ||
    fail "${pair%%:*} differs from what 'routekaart completion ${pair##*:}' writes"
done
program=$unpacked/bin/routekaart
[ -x "$program" ] || fail "bin/routekaart is not executable"
if command -v readelf >/dev/null; then
  readelf -lW "$program" | grep -q 'INTERP' && fail "bin/routekaart has a program interpreter"
  readelf -dW "$program" | grep -q '(NEEDED)' &&
    fail "bin/routekaart needs shared libraries: $(readelf -dW "$program" | grep '(NEEDED)')"
  readelf -SW "$program" | grep -q '\.debug_' && fail "bin/routekaart is not stripped"
fi
grep -qa "$root" "$program" && fail "bin/routekaart holds the build path $root"
"$program" --version | cmp -s - <("$binary" --version) ||
  fail "the packaged binary is $("$program" --version), this build $("$binary" --version)"

# In an empty chroot: only the binary and one example, no libraries, no /dev, no /proc.
if [ "$(id -u)" -eq 0 ] && command -v chroot >/dev/null; then
  jail=$tmp/jail
  mkdir "$jail"
  cp "$program" "$jail/routekaart"
  cp "$root/examples/de-brug.yaml" "$jail/de-brug.yaml"
  echo "chroot $jail holds: $(cd "$jail" && find . -mindepth 1 | sort | tr '\n' ' ')"
  chroot "$jail" /routekaart check /de-brug.yaml >"$tmp/chroot.out" 2>&1
  status=$?
  echo "chroot DIR /routekaart check /de-brug.yaml -> exit $status, $(wc -l <"$tmp/chroot.out") lines:"
  head -n 3 "$tmp/chroot.out" | sed 's/^/  /'
  echo "  ..."
  tail -n 1 "$tmp/chroot.out" | sed 's/^/  /'
  [ "$status" -eq 0 ] || fail "the binary exits $status in the empty chroot"
  # The same report as the build's binary gives outside, for the same file.
  "$binary" check "$jail/de-brug.yaml" 2>&1 | sed "s|$jail/|/|g" >"$tmp/outside.out"
  cmp -s "$tmp/chroot.out" "$tmp/outside.out" ||
    fail "the report in the chroot differs from the build's report:$(echo && diff "$tmp/outside.out" "$tmp/chroot.out")"
else
  echo "note: not root, the empty-chroot run is left out"
fi

# The .deb.
if command -v dpkg-deb >/dev/null; then
  for field in Package:routekaart "Version:$version" Architecture:amd64; do
    [ "$(dpkg-deb -f "$dist/$deb" "${field%%:*}")" = "${field#*:}" ] ||
      fail "the .deb's ${field%%:*} is '$(dpkg-deb -f "$dist/$deb" "${field%%:*}")'"
  done
  for field in Depends Pre-Depends Recommends; do
    [ -z "$(dpkg-deb -f "$dist/$deb" "$field")" ] || fail "the .deb has $field: $(dpkg-deb -f "$dist/$deb" "$field")"
  done
  dpkg-deb -c "$dist/$deb" | awk '$1 ~ /^-/ {print $6}' | sort >"$tmp/deb-files"
  cat >"$tmp/deb-expected" <<EOF
./usr/bin/routekaart
./usr/share/bash-completion/completions/routekaart
./usr/share/fish/vendor_completions.d/routekaart.fish
./usr/share/man/man1/routekaart.1
./usr/share/routekaart/routekaart.html
./usr/share/zsh/site-functions/_routekaart
./usr/share/zsh/vendor-completions/_routekaart
EOF
  diff "$tmp/deb-expected" "$tmp/deb-files" >"$tmp/deb-diff" ||
    fail "the .deb's files differ from the expected list:$(echo && cat "$tmp/deb-diff")"
  dpkg-deb -x "$dist/$deb" "$tmp/deb"
  cmp -s "$tmp/deb/usr/bin/routekaart" "$program" || fail "the .deb's binary differs from the tarball's"
  cmp -s "$tmp/deb/usr/share/routekaart/routekaart.html" "$page" ||
    fail "the .deb's routekaart.html differs from dist/routekaart.html"
else
  echo "note: dpkg-deb is not installed, the .deb is not examined"
fi

# The Windows zip.
mkdir "$tmp/zip"
(cd "$tmp/zip" && cmake -E tar xf "$dist/$windows.zip") || fail "cannot unpack $windows.zip"
(cd "$tmp/zip" && find . -type f | sort) >"$tmp/zip-files"
printf '%s\n' "./$windows/README.md" "./$windows/routekaart.exe" "./$windows/routekaart.html" >"$tmp/zip-expected"
diff "$tmp/zip-expected" "$tmp/zip-files" >"$tmp/zip-diff" ||
  fail "the zip's files differ from the expected list:$(echo && cat "$tmp/zip-diff")"
exe=$tmp/zip/$windows/routekaart.exe
cmp -s "$tmp/zip/$windows/routekaart.html" "$page" || fail "the zip's routekaart.html differs from dist/routekaart.html"
[ "$(head -c 2 "$exe")" = MZ ] || fail "routekaart.exe is not a Windows executable"
if command -v x86_64-w64-mingw32-objdump >/dev/null; then
  x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\tDLL Name: //p' | sort >"$tmp/dlls"
  grep -viE '^(kernel32|msvcrt|user32|advapi32|shell32|ws2_32|api-ms-win-.*)\.dll$' "$tmp/dlls" >"$tmp/other-dlls"
  [ -s "$tmp/other-dlls" ] && fail "routekaart.exe needs DLLs that Windows lacks: $(cat "$tmp/other-dlls")"
  echo "routekaart.exe imports: $(tr '\n' ' ' <"$tmp/dlls")"
fi
grep -qa "$root" "$exe" && fail "routekaart.exe holds the build path $root"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s)"
  exit 1
fi
echo "ok: $deb, $linux.tar.gz, $windows.zip, routekaart.html and SHA256SUMS"
