#!/usr/bin/env bash
# `rate` loses no answers and writes only where it should:
#  (a) before the first question it refuses an -o folder that does not exist, an -o name too long
#      for the file system and an invalid ROUTEKAART_TODAY; a very long --rater gives a shortened
#      default name; a refusal leaves no empty ratings/ folder behind;
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
refused 2 "cannot write repo/$long.yaml: File name too long" \
  "(a) an -o name too long" repo/x.yaml --rater Zed -o "repo/$long.yaml"
mkdir repo/ratings && touch repo/ratings/zed-2026-10-01.yaml && rmdir repo/ratings 2>/dev/null
refused 2 "repo/ratings/zed-2026-10-01.yaml already exists" "(a) an existing rating" \
  repo/x.yaml --rater Zed
rm -r repo/ratings
# R1 rated already in x.yaml's own ratings: refused (RK021) after ratings/ was made.
printf '5\n4\nq\n' | "$binary" rate repo/x.yaml --rater R1 >"$work/out" 2>"$work/err"
grep -q "RK021" "$work/err" && ok || fail "(a) R1 rated twice: $(cat "$work/err")"
[ -e repo/ratings ] && fail "(a) an empty ratings/ folder was left behind" || ok
printf 'q\n' | "$binary" rate repo/x.yaml --rater "$long" >"$work/out" 2>"$work/err"
[ -e repo/ratings ] && fail "(a) nothing rated, yet a ratings/ folder was left behind" || ok
printf '5\n4\nq\n' | "$binary" rate repo/x.yaml --rater "$long" >"$work/out" 2>"$work/err"
[ -f "repo/ratings/$(printf 'a%.0s' $(seq 60))-2026-10-01.yaml" ] && ok ||
  fail "(a) a long rater's name is not shortened: $(ls repo/ratings) $(cat "$work/err")"
rm -r repo/ratings
ROUTEKAART_TODAY=2026-02-30 refused 2 "ROUTEKAART_TODAY must be a date" "(a) an invalid date" \
  repo/x.yaml --rater Zed

# (b) A ratings link out of the repository, and one inside it.
ln -s ../outside repo/ratings
refused 2 "repo/ratings is a link to a folder outside this team folder and repository" "(b) a link out of the folder" \
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
if b"Interrupted; saving the scores given so far." not in out:
    failed.append("(c) Ctrl-C: no word that it stopped: %r" % out[-300:])

os.mkdir("repo/gone")
p = start("--rater", "Gone", "-o", "repo/gone/r.yaml")
p.stdin.write(b"5\n4\n")
p.stdin.flush()
time.sleep(1.5)
shutil.rmtree("repo/gone")
out, err = p.communicate(b"", timeout=20)
if p.returncode != 2 or b"cannot write repo/gone/r.yaml" not in err \
        or b"your answers are not lost" not in err \
        or b"1: {importance: 5, attention: 4}" not in out:
    failed.append("(d) unsaved: exit %d, stdout %r, stderr %r" % (p.returncode, out[-400:], err))
for f in failed:
    print("FAIL: " + f)
sys.exit(1 if failed else 0)
PY
[ $? = 0 ] && ok || failures=$((failures + 1))

echo "$checks checks, $failures failures"
[ "$failures" = 0 ]
