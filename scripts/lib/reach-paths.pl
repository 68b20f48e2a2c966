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
# that needs the sysroot has it, and one process with a stat or two per argument handles
# 20,000 arguments in a few milliseconds. Only core Perl is used (Cwd from perl-base).
use strict;
use warnings;
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

# First the paths and their folders, so that a folder named by many arguments is looked at once.
my (@items, %per_dir);
for my $arg (@arguments) {
    my $path = $arg;
    $path =~ s/^--[^=]*=// if substr($path, 0, 2) eq '--' && index($path, '=') > 0;
    next if index($path, '://') >= 0;
    if (substr($path, 0, 1) ne '/') {
        next if index($path, '/') < 0;
        $path = "$cwd/$path";
    }
    # Only a path with ".", ".." or "//" in it needs the full clean-up; most have none.
    $path = normalise($path) if $path =~ m{/\.\.?(?:/|$)|//|/$};
    my $cut = rindex($path, '/');
    my $dir = substr($path, 0, $cut) || '/';
    push @items, [$arg, $path, $dir, substr($path, $cut + 1)];
    $per_dir{$dir}++;
}

# The symbolic links among a folder's entries, from one `find` that reads the folder's entry
# types (no stat per file), for folders named by many arguments: an lstat per argument costs
# more than the rest of the work together. Folders named a few times get an lstat each.
my %links_in;
for my $dir (keys %per_dir) {
    next if $per_dir{$dir} < 64 || !-d $dir;
    my %links;
    if (open(my $find, '-|', 'find', $dir, '-mindepth', '1', '-maxdepth', '1', '-type', 'l', '-printf', '%f\0')) {
        local $/ = "\0";
        while (my $name = <$find>) {
            chomp $name;
            $links{$name} = 1;
        }
        $links_in{$dir} = \%links if close($find);
    }
}

my %dir_state;    # folder of a plain path => 1 once reached: the next path in it costs one lookup
for my $item (@items) {
    my ($arg, $path, $dir, $name) = @$item;
    my $top = top_of($path);
    if ($dir_state{$dir} && !$system_top{$top}) {
        # the folder is reached already
    } elsif (covered($path)) {
        $dir_state{$dir} = 1;
    } elsif ($system_top{$top}) {
        # The sysroot's own file, or one to be made in one of its folders: nothing to bind.
        unless (-e "$sysroot$path" || -l "$sysroot$path" || !-e $path) {
            refuse($arg, "$top inside the build environment is the Debian 13 sysroot's own folder, "
                . "so the host's $path cannot be shown at that path");
        }
    } else {
        my $bind = -d $path ? $path : $dir;
        $bind =~ s{/[^/]*$}{} while $bind ne '' && !-d $bind;
        bind_dir($bind) if $bind ne '';
        $dir_state{$dir} = 1 unless -d $path;
    }
    my $is_link = $links_in{$dir} ? $links_in{$dir}{$name} : -l $path;
    if ($is_link) {
        my $full = realpath($path);
        next unless defined $full && -e $full;
        my $target = $full;
        $target =~ s{/[^/]*$}{} unless -d $target;
        $target = '/' if $target eq '';
        unless (bind_dir($target) || covered($target)) {
            refuse($arg, "$path is a symbolic link to $full, which lies in the sysroot's own "
                . top_of($target) . " inside the build environment");
        }
    }
}
exit 0;
