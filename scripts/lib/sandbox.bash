# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# scripts/lib/sandbox.bash, sourced by scripts/dev: runs commands inside the sysroot with
# bubblewrap, as the calling user, with that user's files at the same paths.
#
# The sandbox's root is bubblewrap's own tmpfs, and only the sysroot's system folders (/usr,
# /etc, /var, /boot and the merged-/usr links) are bound into it. Every other top-level name
# stays free, so a host folder such as /opt/x, /data or /run/media/$USER can be bound at its
# own path even by a user who may not create mount points inside the root-owned sysroot.
# Under the sysroot's system folders a path means the sysroot's file (/usr/bin/cmake); a host
# file there cannot be shown at the same path, and the command stops saying so.
#
# Expects from scripts/dev: $sysroot, $top, $build_dir, die().

sandbox_args=()
sandbox_bound=()
# Set by `exec` and `run`: the paths among the command line are made reachable.
sandbox_reach_command=0

sandbox_is_system_top() {
  case $1 in
    /usr | /etc | /var | /boot | /bin | /sbin | /lib | /lib32 | /lib64 | /libx32) return 0 ;;
  esac
  return 1
}

# The first component of an absolute path: /opt for /opt/x/y.
sandbox_top() {
  local rest=${1#/}
  echo "/${rest%%/*}"
}

sandbox_covered() {
  local b
  for b in "${sandbox_bound[@]}"; do
    [[ $1 == "$b" || $1 == "$b"/* ]] && return 0
  done
  return 1
}

# Binds the host folder $1 at its own path. Returns 1 for a folder inside the sysroot's system
# folders: binding it would hide the sysroot's own files (or need a mount point made in the
# sysroot). /var/tmp is the one such folder bound on purpose, with "system" as $2.
sandbox_bind_dir() {
  local dir=$1
  sandbox_covered "$dir" && return 0
  [[ -d $dir && $dir != / ]] || return 1
  if sandbox_is_system_top "$(sandbox_top "$dir")"; then
    [[ ${2:-} == system && -d $sysroot$dir && ! -L $sysroot$dir ]] || return 1
  fi
  sandbox_args+=(--bind "$dir" "$dir")
  sandbox_bound+=("$dir")
}

# Makes the paths among a command line ("/abs", "rel/ative", "--opt=/abs"; URLs and plain words
# are left alone) reachable: each one's folder (so an output can be created and renamed into
# place beside it), or the nearest existing ancestor for a path still to be made, a folder
# named itself, and for a symbolic link its target's folder too, each folder bound once. $1 is
# a file holding the command line NUL-separated; the work is done in one Perl process
# (scripts/lib/reach-paths.pl), as a shell loop costs milliseconds per argument. Returns 1 for
# a host path that cannot be shown inside, with the argument in $sandbox_why_arg and the reason
# in $sandbox_why.
sandbox_reach_from() {
  local kind dir arg why
  while IFS= read -r -d '' kind; do
    if [[ $kind == B ]]; then
      IFS= read -r -d '' dir
      sandbox_args+=(--bind "$dir" "$dir")
      sandbox_bound+=("$dir")
    else
      IFS= read -r -d '' arg
      IFS= read -r -d '' why
      sandbox_why_arg=$arg sandbox_why=$why
      return 1
    fi
  done < <(perl "$top/scripts/lib/reach-paths.pl" "$sysroot" "${sandbox_bound[@]}" <"$1")
  return 0
}

# Makes one path reachable (a display's authority file or socket); as sandbox_reach_from.
sandbox_reach_one() {
  sandbox_reach_from <(printf '%s\0' "$1")
}

# Unprivileged bubblewrap needs user namespaces; say so plainly where the kernel or a security
# policy (Ubuntu 24.04's AppArmor restriction) forbids them.
sandbox_check_userns() {
  local err
  err=$(bwrap --ro-bind / / true 2>&1) && return 0
  die "bubblewrap cannot make a sandbox for user $(id -un): $err. Unprivileged user namespaces are off on this machine (sysctl kernel.unprivileged_userns_clone, user.max_user_namespaces, or kernel.apparmor_restrict_unprivileged_userns on Ubuntu); ask root to allow them, or run as root"
}

# A desktop session's display: X11 with the user's X authority, or Wayland (the socket in
# XDG_RUNTIME_DIR), preferring Wayland when the session offers it and falling back to X11.
sandbox_display_args() {
  local runtime=${XDG_RUNTIME_DIR:-/run/user/$EUID}
  [[ -d $runtime ]] && sandbox_bind_dir "$runtime"
  [[ -d /run/media ]] && sandbox_bind_dir /run/media
  if [[ -n ${XAUTHORITY:-} ]] && ! sandbox_reach_one "$XAUTHORITY"; then
    echo "scripts/dev: warning: XAUTHORITY $XAUTHORITY is out of reach: $sandbox_why" >&2
  fi
  if [[ -n ${WAYLAND_DISPLAY:-} ]]; then
    [[ $WAYLAND_DISPLAY == /* ]] && { sandbox_reach_one "$WAYLAND_DISPLAY" || true; }
    [[ -n ${QT_QPA_PLATFORM:-} ]] || sandbox_args+=(--setenv QT_QPA_PLATFORM "wayland;xcb")
  fi
}

# Runs "$@" inside the sysroot. $1.. are the command; extra bubblewrap arguments come from
# the caller's $extra_binds, the compiler cache's $ccache_bind.
sandbox_run() {
  local mode=--ro-bind e name d
  sandbox_args=()
  sandbox_bound=(/dev /proc /sys)
  # Root keeps write access to the sysroot (apt-get from `scripts/dev shell`) and its
  # capabilities, so tests that make loop devices or mount a small file system can.
  ((EUID == 0)) && { mode=--bind; sandbox_args+=(--cap-add ALL); }
  for e in "$sysroot"/*; do
    name=${e##*/}
    if [[ -L $e ]]; then
      sandbox_args+=(--symlink "$(readlink "$e")" "/$name")
    elif sandbox_is_system_top "/$name"; then
      sandbox_args+=("$mode" "$e" "/$name")
    fi
  done
  sandbox_args+=(--dev-bind /dev /dev --proc /proc --ro-bind /sys /sys --tmpfs /run
    --ro-bind /etc/resolv.conf /etc/resolv.conf --die-with-parent)
  sandbox_bind_dir /var/tmp system || true
  for d in /tmp /home /mnt /media /srv /opt; do
    [[ -d $d ]] && sandbox_bind_dir "$d"
  done
  if ((EUID == 0)) && [[ -d /root ]]; then sandbox_bind_dir /root; fi
  sandbox_bind_dir "$HOME" ||
    echo "scripts/dev: warning: your home $HOME is out of reach: $(sandbox_top "$HOME") inside the build environment is the sysroot's own" >&2
  mkdir -p "$build_dir"
  for d in "$top" "$build_dir"; do
    sandbox_bind_dir "$d" ||
      die "$d is out of reach: $(sandbox_top "$d") inside the build environment is the sysroot's own; clone or build under your home, /srv, /opt or /tmp"
  done
  if [[ -d $top/../shared ]]; then sandbox_bind_dir "$(cd "$top/../shared" && pwd)" || true; fi
  # A worktree's .git is a file naming the repository's .git folder elsewhere. Without that
  # folder git cannot read the checkout inside, and reuse lint (which asks git what is
  # ignored) would count build/ as part of the project.
  local git_common
  if [[ -f $top/.git ]] && command -v git >/dev/null &&
    git_common=$(git -C "$top" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
    sandbox_bind_dir "$git_common" || true
  fi
  [[ $PWD == / ]] || sandbox_bind_dir "$PWD" || true
  sandbox_display_args
  # The command line, NUL-separated in an unlinked file, serves both the path check and, when
  # it is long, the command itself (below): writing it once costs less than passing it on.
  local list=
  if ((sandbox_reach_command || $# > 4000)); then
    list=$(mktemp "${TMPDIR:-/tmp}/payload-studio-args.XXXXXX")
    exec {sandbox_list_fd}<"$list"
    printf '%s\0' "$@" >"$list"
    rm -f "$list"
    list=/proc/self/fd/$sandbox_list_fd
  fi
  if ((sandbox_reach_command)) && ! sandbox_reach_from "$list"; then
    echo "scripts/dev: $sandbox_why_arg is out of reach: $sandbox_why; copy or move it to your home, /tmp, /srv, /opt or /mnt" >&2
    exit 2
  fi
  local run=(bwrap "${sandbox_args[@]}" "${extra_binds[@]}" "${ccache_bind[@]}"
    --chdir "$PWD" --unsetenv LD_LIBRARY_PATH --unsetenv QT_PLUGIN_PATH --unsetenv PYTHONPATH
    --setenv PATH "$build_dir/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    --setenv PAYLOAD_STUDIO_ENV sysroot)
  # bubblewrap refuses more than 9,000 arguments in all, so a long command line (distfiles/*
  # of a big payload) travels NUL-separated through file descriptor 3 and a shell inside
  # turns it back into the command's arguments, byte for byte. It is the unlinked file, not a
  # pipe: bash's mapfile reads a pipe one byte at a time, but a file in blocks.
  if (($# > 4000)); then
    {
      exec {sandbox_list_fd}<&-
      "${run[@]}" /bin/bash -c 'mapfile -d "" -t argv <&3 && exec 3<&- && exec "${argv[@]}"' "$1"
    } 3<"$list"
  else
    [[ -z $list ]] || exec {sandbox_list_fd}<&-
    "${run[@]}" "$@"
  fi
}
