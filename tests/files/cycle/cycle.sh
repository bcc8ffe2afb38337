#!/usr/bin/env bash
# The whole cycle of a team, end to end, in one language (golden cases cycle-nl and cycle-en):
# init -> three ratings with `rate` (answers piped in) and a form's answers with `questionnaire`
# and `import` -> ratings -> agenda -> an edit of the file -> check -> spec -> diff.
#   tests/files/cycle/cycle.sh LANG SCRATCH
# Works in SCRATCH/team (a fresh folder); prints each step, its output and its exit code.
set -u
lang=$1
cd "$2" || exit 2
mkdir team || exit 2
export ROUTEKAART_TODAY=2026-10-01
rk() { routekaart --lang "$lang" "$@" 2>&1; echo "-- exit $?"; }
step() { printf '\n==== %s\n' "$*"; }

step init
rk init team/brug.yaml --name "De Brug"
cp team/brug.yaml before.yaml

step "rate: three team members, their answers piped in"
# Anna answers all 14 signposts; Bram stops after three with q; Ayşe skips one and ends early.
printf '5\n2\n4\n3\n5\n1\n4\n4\n3\n3\n4\n2\n5\n1\n4\n3\n5\n2\n3\n3\n4\n4\n5\n2\n3\n3\n4\n4\n' |
  rk rate team/brug.yaml --rater "Anna de Vries" --role mentor | tail -n 3
printf '4\n3\n4\n4\n5\n2\nq\n' | rk rate team/brug.yaml --rater Bram --role mentor | tail -n 3
printf '5\n1\ns\n4\n2\n' |
  rk rate team/brug.yaml --rater "Ayşe Yılmaz" --role jeugdarts | tail -n 3

step "questionnaire and import: the form's answers as CSV"
routekaart --lang "$lang" questionnaire -f csv >answers.csv
# Like a form's export: a time stamp column first, then one row per respondent.
separator=$([ "$lang" = nl ] && echo ';' || echo ',')
stamp=$([ "$lang" = nl ] && echo Tijdstempel || echo Timestamp)
sed -i "1s/^\xEF\xBB\xBF/\xEF\xBB\xBF$stamp$separator/" answers.csv
{
  printf '2026/10/01 09:12:03'
  for answer in Carla zorgcoordinator 4 2 4 3 5 2 3 3 4 2 3 3 5 1 4 4 3 3 4 2 3 2 5 3 4 3 4 2; do
    printf '%s%s' "$separator" "$answer"
  done
  printf '\r\n'
} >>answers.csv
rk import team/brug.yaml answers.csv
ls team/ratings

step ratings
rk ratings team/brug.yaml --by-role

step "agenda: the first three signposts, one hour"
rk agenda team/brug.yaml --top 3 --minutes 60 -o agenda.md
grep -E '^(#|- \[ \]|- (Time|Tijd):|This meeting|Deze bijeenkomst)' agenda.md

step "edit: signposts 1 and 3 described, a next step for 9"
perl -0pi -e 's/  1:\n    status: planned\n    priority: essential\n    practice: ""/  1:\n    status: addressed\n    priority: essential\n    practice: "Weekly meeting of young person, parents and mentor at school; one plan for home and school."/; s/  3:\n    status: planned\n    priority: essential\n    practice: ""/  3:\n    status: partial\n    priority: essential\n    practice: "Mentor calls the family twice a week."/; s/  9:\n    status: planned\n    priority: essential\n    practice: ""/  9:\n    status: planned\n    priority: essential\n    practice: ""\n    next_steps: ["Start a peer group with the youth worker"]/' team/brug.yaml

step "check the team folder"
rk check team --verbose | grep -vE ' ms$'

step spec
rk spec team/brug.yaml -o spec.md
grep -c '> TODO:' spec.md

step diff
rk diff before.yaml team/brug.yaml
