#!/usr/bin/env bash
# `rate` loses no answers and writes only where it should:
#  (a) before the first question it refuses an -o folder that does not exist, a name too long for
#      the file system (a long --rater in the default name) and an invalid ROUTEKAART_TODAY, and
#      leaves no empty ratings/ folder behind;
#  (b) a `ratings` link that leads out of the rated file's folder is refused before the first
#      question and nothing is written through it; a link to a folder inside is followed;
#  (c) Ctrl-C (SIGINT) in the middle of the questions saves the scores given so far;
#  (d) when the file cannot be written after the questions (its folder was removed meanwhile),
#      the answers are printed, so that they can be copied.
#   tests/robustness/rate.sh BINARY
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 ROUTEKAART_LANG=en ROUTEKAART_TODAY=2026-10-01
unset LANG LC_MESSAGES
failures=0
checks=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
ok() { checks=$((checks + 1)); }
command -v python3 >/dev/null || { echo "SKIP: python3 is needed to send Ctrl-C"; exit 77; }

cd "$work" || exit 2
mkdir repo outside
cp "$root/examples/de-brug.yaml" repo/x.yaml

# refused CODE MESSAGE-START WHAT ARGS...: rate with ARGS and answers on standard input exits
# CODE, says "routekaart: error: MESSAGE-START..." and asked nothing.
refused() {
  local want=$1 message=$2 what=$3
  shift 3
  printf '5\n4\n5\n' | timeout 20 "$binary" rate "$@" >"$work/out" 2>"$work/err"
  local code=$?
  [ "$code" = "$want" ] && ok || fail "$what: exit $code, expected $want ($(head -c 300 "$work/err"))"
  case "$(head -n 1 "$work/err")" in
    "routekaart: error: $message"*) ok ;;
    *) fail "$what: stderr $(head -n 2 "$work/err")" ;;
  esac
  grep -q "Importance" "$work/out" && fail "$what: questions were asked first" || ok
}

# (a) Checked before the first question.
refused 2 "cannot write repo/missing/r.yaml: No such file or directory" "(a) a missing -o folder" \
  repo/x.yaml --rater Zed -o repo/missing/r.yaml
long=$(printf 'a%.0s' $(seq 260))
refused 2 "cannot write repo/ratings/$long-2026-10-01.yaml: File name too long" \
  "(a) a name too long" repo/x.yaml --rater "$long"
[ -e repo/ratings ] && fail "(a) an empty ratings/ folder was left behind" || ok
ROUTEKAART_TODAY=2026-02-30 refused 2 "ROUTEKAART_TODAY must be a date" "(a) an invalid date" \
  repo/x.yaml --rater Zed

# (b) A ratings link out of the repository, and one inside it.
ln -s ../outside repo/ratings
refused 2 "repo/ratings leads outside the folder of repo/x.yaml" "(b) a link out of the folder" \
  repo/x.yaml --rater Zed
[ -z "$(ls outside)" ] && ok || fail "(b) written outside: $(ls outside)"
rm repo/ratings
mkdir repo/team
ln -s team repo/ratings
printf '5\n4\nq\n' | "$binary" rate repo/x.yaml --rater Zed >"$work/out" 2>"$work/err"
code=$?
[ "$code" = 0 ] && [ -f repo/team/zed-2026-10-01.yaml ] && ok ||
  fail "(b) a link inside the folder: exit $code, $(ls repo/team) $(cat "$work/err")"
rm repo/ratings

# (c) Ctrl-C after two signposts; (d) the folder removed before the end of input.
python3 - "$binary" <<'PY'
# The prompts go to standard output, read only at the end: the answers are given time to be taken.
import os, shutil, signal, subprocess, sys, time
binary = sys.argv[1]

def start(*args):
    return subprocess.Popen([binary, "rate", "repo/x.yaml", *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)

failed = []
p = start("--rater", "Ctrl", "-o", "repo/ctrl.yaml")
p.stdin.write(b"5\n4\n3\n2\n")
p.stdin.flush()
time.sleep(1.5)  # the four answers are read; rate now waits for the third signpost
p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=20)
text = open("repo/ctrl.yaml").read() if os.path.exists("repo/ctrl.yaml") else ""
if p.returncode != 0 or "1: {importance: 5, attention: 4}" not in text \
        or "2: {importance: 3, attention: 2}" not in text or "3:" in text:
    failed.append("(c) Ctrl-C: exit %d, file %r, stderr %r" % (p.returncode, text, err[-300:]))
if b"Stopped before the last signpost" not in out:
    failed.append("(c) Ctrl-C: no word that it stopped: %r" % out[-300:])

os.mkdir("repo/gone")
p = start("--rater", "Gone", "-o", "repo/gone/r.yaml")
p.stdin.write(b"5\n4\n")
p.stdin.flush()
time.sleep(1.5)
shutil.rmtree("repo/gone")
out, err = p.communicate(b"", timeout=20)
if p.returncode != 2 or b"cannot write repo/gone/r.yaml" not in err \
        or b"Your scores were not saved" not in out \
        or b"1: {importance: 5, attention: 4}" not in out:
    failed.append("(d) unsaved: exit %d, stdout %r, stderr %r" % (p.returncode, out[-400:], err))
for f in failed:
    print("FAIL: " + f)
sys.exit(1 if failed else 0)
PY
[ $? = 0 ] && ok || failures=$((failures + 1))

echo "$checks checks, $failures failures"
[ "$failures" = 0 ]
