#!/bin/sh
# SQL contract tests: run each tests/sql/NAME.sql through the sqlite3 shell
# with the extension loaded, and compare its output with NAME.expected.
# NEWS_SO names the extension to load; SQLITE3 the shell (valgrind wraps it).
# NEWS_SKIP_BIG=1 skips the tests named big_*.sql (multi-megabyte inputs).
set -u
cd "$(dirname "$0")/.." || exit 1
so=${NEWS_SO:-dist/news.so}
shell=${SQLITE3:-sqlite3}
pass=0
fail=0
for sql in tests/sql/*.sql; do
  name=$(basename "$sql" .sql)
  case "$name" in big_*) [ "${NEWS_SKIP_BIG:-0}" = 1 ] && continue ;; esac
  expected=tests/sql/$name.expected
  actual=$(mktemp)
  $shell -bail -list :memory: -cmd ".load $(case "$so" in /*) echo "${so%.*}";; *) echo "./${so%.*}";; esac)" < "$sql" > "$actual" 2>&1
  rc=$?
  if [ $rc -eq 0 ] && diff -u "$expected" "$actual" > "$actual.diff"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name (exit $rc)"
    head -40 "$actual.diff" 2>/dev/null
    [ $rc -ne 0 ] && tail -5 "$actual"
  fi
  rm -f "$actual" "$actual.diff"
done
echo "sql: $pass passed, $fail failed"
[ $fail -eq 0 ]
