# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# scripts/lib/provision.bash, sourced by scripts/dev: makes and maintains the Debian 13 sysroot.
# Only this part needs root. It runs once per machine, again when the package list in
# scripts/dev gains a package, and when a command whose extra tools (sanitize, fuzz, package,
# bench, screenshots) are not there yet runs as root. The sysroot it leaves is readable by every
# user, so from then on an ordinary user builds, tests and runs everything as themselves. An
# ordinary user who meets a sysroot that is missing, out of date, unreadable or without a
# command's extras is told the one command that fixes it.
#
# Expects from scripts/dev: $cache_root, $sysroot, $suite, packages=(...), extras=([name]="..."),
# wanted_extras=(...), die().

host_mirror() {
  local url
  url=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
          /etc/apt/sources.list.d/*.sources 2>/dev/null |
        grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ' || true)
  echo "${url:-http://deb.debian.org/debian}"
}

# bubblewrap runs everything; mmdebstrap makes the sysroot, and debootstrap where the host's
# archive has no mmdebstrap (scripts/package-check also makes its clean root with debootstrap).
ensure_host_tools() {
  local missing=()
  command -v bwrap >/dev/null || missing+=(bubblewrap)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  if ! command -v mmdebstrap >/dev/null && ((EUID == 0)) &&
      apt-cache show mmdebstrap >/dev/null 2>&1; then
    missing+=(mmdebstrap)
  fi
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

# The packages the current command needs: the base list and those of the wanted extras.
wanted_packages() {
  local e
  printf '%s\n' "${packages[@]}"
  for e in "${wanted_extras[@]}"; do
    # Word splitting on purpose: an extra is a space-separated list of package names.
    # shellcheck disable=SC2086
    printf '%s\n' ${extras[$e]}
  done
}

# The stamp is the suite and every package installed so far, one a line. A sysroot serves a
# command when its stamp holds every line that command wants, so adding an extra later, or a
# package to the list, installs only that; a package dropped from the list costs nothing.
package_stamp() { { echo "$suite"; wanted_packages; } | LC_ALL=C sort -u; }

# The lines of the wanted stamp (or of $1, a command printing one) the sysroot's stamp lacks.
stamp_lacks() {
  LC_ALL=C comm -23 <("${1:-package_stamp}") <(LC_ALL=C sort -u "$sysroot/.payload-studio-stamp")
}
base_stamp() { { echo "$suite"; printf '%s\n' "${packages[@]}"; } | LC_ALL=C sort -u; }

# The command that brings the sysroot up to what the current command wants.
provision_command() { echo "sudo scripts/dev provision${wanted_extras[*]:+ ${wanted_extras[*]}}"; }

# Runs a command inside the sysroot ($1) as root, for provisioning only. /tmp is writable by
# all, as apt checks the archive's signature as its own user _apt, with a file in /tmp.
sysroot_admin() {
  local root=$1; shift
  bwrap --bind "$root" / --dev /dev --proc /proc --perms 1777 --tmpfs /tmp \
    --ro-bind /etc/resolv.conf /etc/resolv.conf --die-with-parent \
    --setenv DEBIAN_FRONTEND noninteractive --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin \
    --setenv LC_ALL C.UTF-8 --unsetenv LD_LIBRARY_PATH "$@"
}

check_disk() {
  local dir=$1 need_kb=$2 avail
  avail=$(df -Pk "$dir" | awk 'NR==2 {print $4}')
  ((avail >= need_kb)) || die "disk full: $dir has $((avail / 1024)) MiB free, the sysroot needs about $((need_kb / 1024)) MiB"
}

# Installs the wanted packages into the sysroot $1 (apt fetches only those it lacks). dpkg
# syncs every file it unpacks unless told not to, a large part of the install with tens of
# thousands of files; provision syncs the file system once before it writes the stamp instead.
apt_install_inside() {
  local root=$1 log=$2 list
  mapfile -t list < <(wanted_packages)
  if ! sysroot_admin "$root" sh -c 'apt-get update -qq &&
      apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-unsafe-io "$@"' \
      sh "${list[@]}" >>"$log" 2>&1; then
    grep -qiE 'no space left' "$log" && die "disk full while installing packages into the sysroot (see $log)"
    die "apt-get inside the sysroot failed: is the package archive reachable? (see $log)"
  fi
}

# German messages for the translation checks need a de_DE locale next to C.UTF-8.
make_locales() {
  sysroot_admin "$1" sh -c 'sed -i "s/^# *de_DE.UTF-8/de_DE.UTF-8/" /etc/locale.gen && locale-gen' >>"$2" 2>&1 || true
}

# Makes a new sysroot in the empty folder $1 with the wanted packages. mmdebstrap resolves,
# fetches and unpacks the base system and the packages in one pass, where debootstrap fetches
# one package after another and apt-get then starts over; debootstrap remains for hosts whose
# archive has no mmdebstrap.
make_sysroot() {
  local tmp=$1 mirror=$2 log=$3 t0=$SECONDS
  if command -v mmdebstrap >/dev/null; then
    echo "scripts/dev: creating the Debian 13 sysroot in $sysroot with mmdebstrap (once per machine)" >&2
    if ! mmdebstrap --variant=minbase --mode=root --dpkgopt=force-unsafe-io \
        --include="ca-certificates,$(wanted_packages | paste -sd,)" "$suite" "$tmp" "$mirror" >>"$log" 2>&1; then
      rm -rf "$tmp"
      grep -qiE 'no space left' "$log" && die "disk full while running mmdebstrap (see $log)"
      die "mmdebstrap failed: is the package archive $mirror reachable? (see $log)"
    fi
  else
    echo "scripts/dev: creating the Debian 13 sysroot in $sysroot with debootstrap (a few minutes, once per machine)" >&2
    if ! debootstrap --variant=minbase --include=ca-certificates "$suite" "$tmp" "$mirror" >>"$log" 2>&1; then
      rm -rf "$tmp"
      grep -qiE 'no space left' "$log" && die "disk full while running debootstrap (see $log)"
      die "debootstrap failed: is the package archive $mirror reachable? (see $log)"
    fi
    echo "scripts/dev: debootstrap done in $((SECONDS - t0)) s, installing packages" >&2
    apt_install_inside "$tmp" "$log"
  fi
  make_locales "$tmp" "$log"
}

# Prints current, missing, unreadable, stale (it lacks base packages) or lacking (it lacks only
# packages of the wanted extras). Works for any user: it only reads.
sysroot_state() {
  if [[ -r $sysroot/.payload-studio-stamp ]]; then
    if [[ -z $(stamp_lacks) ]]; then
      echo current
    elif [[ -z $(stamp_lacks base_stamp) ]]; then
      echo lacking
    else
      echo stale
    fi
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

# Makes sure the sysroot is there with what the current command wants: as root by making or
# updating it, as anyone else by checking it and naming the command that fixes what is wrong.
ensure_sysroot() {
  if ((EUID == 0)); then
    provision
    return
  fi
  command -v bwrap >/dev/null || ensure_host_tools
  case $(sysroot_state) in
    current) ;;
    missing) die "no build environment on this machine yet: the Debian 13 sysroot ($sysroot) is made once, by root. Run '$(provision_command)', then everything else works as you" ;;
    unreadable) die "the sysroot $sysroot is readable only by root (an earlier scripts/dev made it with mode 0700). Repair it once with '$(provision_command)'" ;;
    stale) die "the sysroot $sysroot lacks packages this checkout needs (the list in scripts/dev changed). Update it once with '$(provision_command)'" ;;
    lacking) die "the sysroot $sysroot lacks what 'scripts/dev ${wanted_extras[*]}' needs ($(stamp_lacks | paste -sd' ')), which is added on first use by root. Add it once with '$(provision_command)'" ;;
  esac
  sandbox_check_userns
}

# Makes the sysroot, or adds what it lacks, for the current command's wanted extras.
provision() {
  umask 022
  repair_permissions
  [[ $(sysroot_state) == current ]] && return 0
  ((EUID == 0)) || die "not root: making or updating the Debian 13 sysroot needs root (mmdebstrap or debootstrap, apt-get); run '$(provision_command)' once, or install Qt >= 6.5 and KF6Archive natively"
  ensure_host_tools
  mkdir -p "$cache_root"
  chmod a+rx "$cache_root"
  # Root commands of several clones may meet a sysroot that lacks something at once: the first
  # installs it, the others wait and then find it there.
  local lock
  exec {lock}>"$cache_root/.provision.lock"
  flock "$lock"
  if [[ $(sysroot_state) == current ]]; then
    exec {lock}>&-
    return 0
  fi
  local log=$cache_root/provision.log t0=$SECONDS
  : >"$log"
  if [[ -d $sysroot ]]; then
    # Bring the existing sysroot up to date in place. The stamp is only rewritten when apt
    # succeeded, so an interrupted update is retried next time; it keeps what was there.
    echo "scripts/dev: adding to the sysroot ($sysroot): $(stamp_lacks | paste -sd' ')" >&2
    check_disk "$cache_root" $((1024 * 1024))
    apt_install_inside "$sysroot" "$log"
    sysroot_admin "$sysroot" apt-get clean >>"$log" 2>&1 || true
    sync -f "$sysroot"
    LC_ALL=C sort -u "$sysroot/.payload-studio-stamp" <(package_stamp) >"$sysroot/.payload-studio-stamp.new"
    mv -f "$sysroot/.payload-studio-stamp.new" "$sysroot/.payload-studio-stamp"
    repair_permissions
    exec {lock}>&-
    echo "scripts/dev: sysroot updated in $((SECONDS - t0)) s" >&2
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
  make_sysroot "$tmp" "$mirror" "$log"
  sysroot_admin "$tmp" apt-get clean >>"$log" 2>&1 || true
  sync -f "$tmp"
  package_stamp >"$tmp/.payload-studio-stamp"
  mv -T "$tmp" "$sysroot"
  repair_permissions
  exec {lock}>&-
  echo "scripts/dev: sysroot ready in $((SECONDS - t0)) s" >&2
}
