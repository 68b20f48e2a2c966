#!/usr/bin/perl
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
#
# scripts/lib/reach-paths.pl, run by scripts/lib/sandbox.bash: works out in one pass which host
# folders the sandbox must bind so that every path among a command's arguments is reachable.
#
#   printf '%s\0' ARGUMENT... | reach-paths.pl SYSROOT BOUND-FOLDER...
#
# The arguments come NUL-separated on standard input, not as this program's own arguments: a
# process started with 20,000 arguments costs some 30 ms in the kernel before it runs a line.
# Prints NUL-terminated records on stdout: "B", folder for each folder to bind (each once, in
# the order first needed), and at most one "E", argument, reason for a path that cannot be
# shown inside (then it stops and exits 2).
#
# Why Perl and not the shell: a loop in bash costs about 10 us per argument before it does any
# work, and a `realpath` process per argument 2 ms, so `scripts/dev exec lbpayload create
# distfiles/*` spent seconds in the wrapper. perl-base is Essential on Debian, so every host
# that needs the sysroot has it. One process, which groups the arguments by folder and looks at
# each folder once, handles 20,000 arguments in about 70 ms here (2026-12-06, AMD EPYC, idle).
# Only core Perl is used (Cwd from perl-base).
use strict;
use warnings;
# An argument may hold a newline (a script given to `bash -c`): stat() simply finds no such file.
no warnings 'newline';
use Cwd qw(realpath getcwd);

my $sysroot = shift @ARGV;
my %bound = map { $_ => 1 } @ARGV;
my @arguments = do { local $/ = "\0"; map { chomp; $_ } <STDIN> };

my %system_top = map { $_ => 1 } qw(/usr /etc /var /boot /bin /sbin /lib /lib32 /lib64 /libx32);
my $cwd = $ENV{PWD} // getcwd();

sub top_of {
    my ($path) = @_;
    return $path =~ m{^(/[^/]*)} ? $1 : '/';
}

# Lexical clean-up, like `realpath -m -s`: "." and empty parts dropped, ".." takes one back.
sub normalise {
    my ($path) = @_;
    my @out;
    for my $part (split m{/}, $path) {
        next if $part eq '' || $part eq '.';
        if ($part eq '..') { pop @out; next; }
        push @out, $part;
    }
    return '/' . join('/', @out);
}

sub covered {
    my ($path) = @_;
    for (my $p = $path; $p ne ''; $p =~ s{/[^/]*$}{}) {
        return 1 if $bound{$p};
    }
    return 0;
}

sub emit { print join("\0", @_), "\0"; }

# Binds the folder at its own path unless a bound folder covers it; returns 0 for "/" or a
# folder in the sysroot's system folders, which binding would hide.
sub bind_dir {
    my ($dir) = @_;
    return 1 if covered($dir);
    return 0 if $dir eq '/' || !-d $dir || $system_top{ top_of($dir) };
    $bound{$dir} = 1;
    emit('B', $dir);
    return 1;
}

sub refuse {
    my ($arg, $why) = @_;
    emit('E', $arg, $why);
    exit 2;
}

# Handles a symbolic link among the arguments: its target's folder is bound too, unless it lies
# in the sysroot's system folders.
sub reach_link_target {
    my ($arg, $path) = @_;
    my $full = realpath($path);
    return unless defined $full && -e $full;
    my $target = $full;
    $target =~ s{/[^/]*$}{} unless -d $target;
    $target = '/' if $target eq '';
    return if bind_dir($target) || covered($target);
    refuse($arg, "$path is a symbolic link to $full, which lies in the sysroot's own "
        . top_of($target) . " inside the build environment");
}

# The folders and symbolic links in a folder, by name ("d" or "l"), from one `find` that reads
# the entry types from the folder itself (no stat per file): for a folder named by many
# arguments, an lstat per argument would cost more than all the rest of the work, and the other
# entries need nothing but their folder bound.
sub special_entries {
    my ($dir) = @_;
    my %types;
    open(my $find, '-|', 'find', $dir, '-mindepth', '1', '-maxdepth', '1', '(', '-type', 'd', '-o', '-type', 'l', ')',
        '-printf', '%y%f\0')
        or return;
    local $/ = "\0";
    while (my $entry = <$find>) {
        chomp $entry;
        $types{substr($entry, 1)} = substr($entry, 0, 1);
    }
    return close($find) ? \%types : undef;
}

# First the paths, grouped by folder, so that each folder is looked at once.
my (@dirs, %by_dir);
for my $arg (@arguments) {
    my $path = $arg;
    $path =~ s/^--[^=]*=// if substr($path, 0, 2) eq '--' && index($path, '=') > 0;
    next if index($path, '://') >= 0;
    if (substr($path, 0, 1) ne '/') {
        next if index($path, '/') < 0;
        $path = "$cwd/$path";
    }
    # Only a path with ".", ".." or "//" in it needs the full clean-up; most have none.
    $path = normalise($path) if index($path, '/.') >= 0 || index($path, '//') >= 0 || substr($path, -1) eq '/';
    my $cut = rindex($path, '/');
    my $dir = substr($path, 0, $cut) || '/';
    push @dirs, $dir unless $by_dir{$dir};
    push @{ $by_dir{$dir} }, $arg, $path, substr($path, $cut + 1);
}

for my $dir (@dirs) {
    my $items = $by_dir{$dir};
    my $top = top_of($dir eq '/' ? $items->[1] : $dir);
    if ($system_top{$top}) {
        # The sysroot's own files, or ones to be made in its folders: nothing to bind, but a
        # host file there cannot be shown.
        for (my $i = 0; $i < @$items; $i += 3) {
            my ($arg, $path) = @$items[$i, $i + 1];
            unless (-e "$sysroot$path" || -l "$sysroot$path" || !-e $path) {
                refuse($arg, "$top inside the build environment is the Debian 13 sysroot's own folder, "
                    . "so the host's $path cannot be shown at that path");
            }
            reach_link_target($arg, $path) if -l $path;
        }
        next;
    }
    # A folder is bound itself; anything else by the folder it is in (or the nearest existing
    # one above, for a path still to be made).
    my $bind_folder = sub {
        return if covered($dir);
        my $bind = $dir;
        $bind =~ s{/[^/]*$}{} while $bind ne '' && !-d $bind;
        bind_dir($bind) if $bind ne '';
    };
    my $special = @$items >= 3 * 64 && -d $dir ? special_entries($dir) : undef;
    if ($special) {
        # Only the folders and links among the arguments need a look of their own.
        my $plain = @$items / 3;
        if (%$special) {
            my %at;
            for (my $i = 0; $i < @$items; $i += 3) {
                $at{ $items->[$i + 2] } = $i if exists $special->{ $items->[$i + 2] };
            }
            for my $name (keys %at) {
                my ($arg, $path) = @$items[$at{$name}, $at{$name} + 1];
                --$plain;
                bind_dir($path) if -d $path;
                reach_link_target($arg, $path) if $special->{$name} eq 'l';
            }
        }
        $bind_folder->() if $plain > 0;
        next;
    }
    for (my $i = 0; $i < @$items; $i += 3) {
        my ($arg, $path) = @$items[$i, $i + 1];
        my $link = -l $path;
        if (-d $path) {
            bind_dir($path);
        } else {
            $bind_folder->();
        }
        reach_link_target($arg, $path) if $link;
    }
}
exit 0;
