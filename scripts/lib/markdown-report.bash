# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# scripts/lib/markdown-report.bash, sourced by scripts/bench and fuzz/run-fuzzers: writes a run's
# results as a Markdown page for docs/ (PAYLOAD_STUDIO_BENCH_REPORT, PAYLOAD_STUDIO_FUZZ_REPORT),
# so the figures the documentation quotes are the ones a command printed, with the day, the
# machine and the command beside them, instead of being copied by hand.
#
# Expects $top (the checkout). The page is written under a temporary name and renamed, so an
# interrupted run leaves the previous page as it was.

# Prints the CPU model and the number of cores the run could use, e.g. "AMD EPYC, 2 cores".
report_machine() {
  local model
  model=$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo | head -n 1)
  echo "${model:-unknown CPU}, $(nproc) cores"
}

# Prints the 1-minute load average.
report_load() { cut -d' ' -f1 /proc/loadavg; }

# Prints a note when either load figure shows other work sharing the cores (above half of them),
# since times then vary from run to run; nothing on an idle machine.
report_load_note() { # load at start, load at end
  if awk -v a="$1" -v b="$2" -v n="$(nproc)" 'BEGIN { exit !(a > n / 2 || b > n / 2) }'; then
    echo "**Measured under load**: other work shared the cores (1-minute load average $1 at the start, $2 at the end, on $(nproc) cores), so single figures vary from run to run."
  fi
}

# Reads the page on standard input and puts it at FILE (relative to the checkout unless
# absolute), with the SPDX header every file of the project carries.
report_write() { # FILE
  local file=$1
  [[ $file == /* ]] || file=$top/$file
  mkdir -p "$(dirname "$file")"
  {
    # REUSE-IgnoreStart
    echo '<!-- SPDX-License-Identifier: GPL-3.0-or-later -->'
    echo '<!-- SPDX-FileCopyrightText: 2026 Payload Studio developers -->'
    # REUSE-IgnoreEnd
    echo
    cat
  } >"$file.tmp.$$" && mv -f "$file.tmp.$$" "$file"
  echo "report written to $file" >&2
}
