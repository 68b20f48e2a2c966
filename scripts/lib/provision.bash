# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# scripts/lib/provision.bash, sourced by scripts/dev: makes and maintains the Debian 13 sysroot.
# Only this part needs root. It runs once per machine (and again when the package list in
# scripts/dev changes); the sysroot it leaves is readable by every user, so from then on an
# ordinary user builds, tests and runs everything as themselves. An ordinary user who meets
# a sysroot that is missing, out of date or unreadable is told the one command that fixes it.
#
# Expects from scripts/dev: $cache_root, $sysroot, $suite, packages=(...), die().

host_mirror() {
  local url
  url=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
          /etc/apt/sources.list.d/*.sources 2>/dev/null |
        grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ' || true)
  echo "${url:-http://deb.debian.org/debian}"
}

ensure_host_tools() {
  local missing=()
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v bwrap >/dev/null || missing+=(bubblewrap)
  ((${#missing[@]})) || return 0
  ((EUID == 0)) || die "bubblewrap is not installed on this machine: run 'sudo scripts/dev provision' once (or 'sudo apt-get install bubblewrap')"
  echo "scripts/dev: installing host tools: ${missing[*]}" >&2
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } \
      >/tmp/payload-studio-host-apt.log 2>&1; then
    if grep -qiE 'no space left' /tmp/payload-studio-host-apt.log; then
      die "disk full while installing ${missing[*]} (see /tmp/payload-studio-host-apt.log)"
    fi
    die "could not install ${missing[*]} with apt-get: is the package archive reachable? (see /tmp/payload-studio-host-apt.log)"
  fi
}

package_stamp() { printf '%s\n' "$suite" "${packages[@]}" | sort; }

# Runs a command inside the sysroot ($1) as root, for provisioning only.
sysroot_admin() {
  local root=$1; shift
  bwrap --bind "$root" / --dev /dev --proc /proc --tmpfs /tmp \
    --ro-bind /etc/resolv.conf /etc/resolv.conf --die-with-parent \
    --setenv DEBIAN_FRONTEND noninteractive --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin \
    --setenv LC_ALL C.UTF-8 --unsetenv LD_LIBRARY_PATH "$@"
}

check_disk() {
  local dir=$1 need_kb=$2 avail
  avail=$(df -Pk "$dir" | awk 'NR==2 {print $4}')
  ((avail >= need_kb)) || die "disk full: $dir has $((avail / 1024)) MiB free, the sysroot needs about $((need_kb / 1024)) MiB"
}

apt_install_inside() {
  local root=$1 log=$2
  if ! sysroot_admin "$root" sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@"' \
      sh "${packages[@]}" >>"$log" 2>&1; then
    grep -qiE 'no space left' "$log" && die "disk full while installing packages into the sysroot (see $log)"
    die "apt-get inside the sysroot failed: is the package archive reachable? (see $log)"
  fi
  # German messages for the translation checks need a de_DE locale next to C.UTF-8.
  sysroot_admin "$root" sh -c 'sed -i "s/^# *de_DE.UTF-8/de_DE.UTF-8/" /etc/locale.gen && locale-gen' >>"$log" 2>&1 || true
}

# Prints current, missing, unreadable or stale. Works for any user: it only reads.
sysroot_state() {
  if [[ -r $sysroot/.payload-studio-stamp ]]; then
    [[ "$(cat "$sysroot/.payload-studio-stamp")" == "$(package_stamp)" ]] && echo current || echo stale
  elif [[ -d $sysroot && ! -x $sysroot ]] || [[ -e $sysroot/.payload-studio-stamp ]]; then
    echo unreadable
  else
    echo missing
  fi
}

# Every user runs the build environment from the one sysroot, so its folder, the cache folder
# and the stamp must be readable by all. Versions of scripts/dev before 2026-12-01 renamed a
# `mktemp -d` folder (mode 0700) into place; this repairs such a sysroot on the next run as root.
repair_permissions() {
  [[ -d $sysroot ]] || return 0
  local modes
  modes=$(stat -c %a "$cache_root" "$sysroot" "$sysroot/.payload-studio-stamp" 2>/dev/null | tr '\n' ' ')
  [[ $modes == "755 755 644 " ]] && return 0
  chmod 755 "$cache_root" "$sysroot"
  [[ -f $sysroot/.payload-studio-stamp ]] && chmod 644 "$sysroot/.payload-studio-stamp"
  return 0
}

# Makes sure the sysroot is there and current: as root by making or updating it, as anyone
# else by checking it and naming the command that fixes what is wrong.
ensure_sysroot() {
  if ((EUID == 0)); then
    provision
    return
  fi
  command -v bwrap >/dev/null || ensure_host_tools
  case $(sysroot_state) in
    current) ;;
    missing) die "no build environment on this machine yet: the Debian 13 sysroot ($sysroot) is made once, by root. Run 'sudo scripts/dev provision', then everything else works as you" ;;
    unreadable) die "the sysroot $sysroot is readable only by root (an earlier scripts/dev made it with mode 0700). Repair it once with 'sudo scripts/dev provision'" ;;
    stale) die "the sysroot $sysroot lacks packages this checkout needs (the list in scripts/dev changed). Update it once with 'sudo scripts/dev provision'" ;;
  esac
  sandbox_check_userns
}

provision() {
  umask 022
  repair_permissions
  [[ $(sysroot_state) == current ]] && return 0
  ((EUID == 0)) || die "not root: making or updating the Debian 13 sysroot needs root (debootstrap, apt-get); run 'sudo scripts/dev provision' once, or install Qt >= 6.5 and KF6Archive natively"
  ensure_host_tools
  mkdir -p "$cache_root"
  chmod a+rx "$cache_root"
  local log=$cache_root/provision.log
  : >"$log"
  if [[ -d $sysroot ]]; then
    # The package list changed: bring the existing sysroot up to date in place. The stamp is
    # only rewritten when apt succeeded, so an interrupted update is retried next time.
    echo "scripts/dev: updating the sysroot's packages ($sysroot)" >&2
    check_disk "$cache_root" $((1024 * 1024))
    apt_install_inside "$sysroot" "$log"
    package_stamp >"$sysroot/.payload-studio-stamp"
    repair_permissions
    return 0
  fi
  check_disk "$cache_root" $((3 * 1024 * 1024))
  local mirror tmp
  mirror=$(host_mirror)
  if [[ -x /usr/lib/apt/apt-helper ]] &&
      ! /usr/lib/apt/apt-helper download-file "$mirror/dists/$suite/InRelease" "$cache_root/.probe" >>"$log" 2>&1; then
    rm -f "$cache_root/.probe"
    die "package archive unreachable: could not fetch $mirror/dists/$suite/InRelease"
  fi
  rm -f "$cache_root/.probe"
  # Half-made sysroots from interrupted runs are never used; clear them away.
  rm -rf "$cache_root"/sysroot-tmp.*
  tmp=$(mktemp -d "$cache_root/sysroot-tmp.XXXXXX")
  echo "scripts/dev: creating the Debian 13 sysroot in $sysroot (a few minutes, once per machine)" >&2
  local t0=$SECONDS
  if ! debootstrap --variant=minbase --include=ca-certificates "$suite" "$tmp" "$mirror" >>"$log" 2>&1; then
    grep -qiE 'no space left' "$log" && { rm -rf "$tmp"; die "disk full while running debootstrap (see $log)"; }
    rm -rf "$tmp"
    die "debootstrap failed: is the package archive $mirror reachable? (see $log)"
  fi
  echo "scripts/dev: debootstrap done in $((SECONDS - t0)) s, installing packages" >&2
  apt_install_inside "$tmp" "$log" || { rm -rf "$tmp"; exit 1; }
  sysroot_admin "$tmp" apt-get clean >>"$log" 2>&1 || true
  package_stamp >"$tmp/.payload-studio-stamp"
  mv -T "$tmp" "$sysroot"
  repair_permissions
  echo "scripts/dev: sysroot ready in $((SECONDS - t0)) s" >&2
}
