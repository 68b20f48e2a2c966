#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
"""The benchmark's yardstick for `lbpayload build-first-image`: writes the first boot disk
(init.img) from a prepared folder the way upstream's generator does it, written here from the
byte layout described in FIRST-IMAGE.md (no upstream code).

- stage 1: each line of builder-hex0-x86-stage1.hex0 up to its first '#' or ';', read as hex;
- the stage-2 source read as text and written back, then zeros to the next 512 bytes;
- `src 0 .`, then for each folder os.walk visits: `src 0 ./DIR` per subfolder, then per file
  `src SIZE ./PATH` and the file read whole; paths containing ".git" left out;
- the fixed tail of seeds and the first command;
- zeros: MiB - size % MiB of them, then up to the target size.

One difference from upstream, on purpose: each folder's entries are sorted (as bytes), where
upstream takes the file system's listing order. lbpayload sorts too, so the two images can be
compared byte for byte; sorting a few thousand names costs nothing measurable.

usage: upstream_first_image.py FOLDER BUILDER_HEX0_DIR OUT [TARGET_MIB]
"""
import os
import sys

TAIL = (b"src 0 /bootstrap-seeds\n"
        b"src 0 /bootstrap-seeds/POSIX\n"
        b"src 0 /bootstrap-seeds/POSIX/x86\n"
        b"hex0 /x86/hex0_x86.hex0 /bootstrap-seeds/POSIX/x86/hex0-seed\n"
        b"hex0 /x86/kaem-minimal.hex0 /bootstrap-seeds/POSIX/x86/kaem-optional-seed\n"
        b"hex0 /x86/kaem-minimal.hex0 /init\n"
        b"/bootstrap-seeds/POSIX/x86/kaem-optional-seed /kaem.x86\n")


def write_file(image, path):
    # As upstream: the whole file in memory, then its line and its bytes.
    with open(path, "rb") as f:
        data = f.read()
    image.write(b"src %d %s\n" % (len(data), path))
    image.write(data)


def write_tree(image):
    image.write(b"src 0 .\n")
    for root, dirs, files in os.walk(b"."):
        dirs.sort()  # also the order os.walk enters them in
        files.sort()
        if b".git" in root:
            continue
        for name in dirs:
            if b".git" not in name:
                image.write(b"src 0 %s\n" % os.path.join(root, name))
        for name in files:
            if b".git" not in name:
                write_file(image, os.path.join(root, name))


def main():
    folder, hex0_dir, out = sys.argv[1:4]
    target_mib = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    out = os.path.abspath(out)
    with open(out, "wb") as image:
        with open(os.path.join(hex0_dir, "builder-hex0-x86-stage1.hex0"), encoding="utf-8") as stage1:
            for line in stage1:
                image.write(bytes.fromhex(line.split("#")[0].split(";")[0].strip()))
        with open(os.path.join(hex0_dir, "builder-hex0-x86-stage2.hex0"), encoding="utf-8") as stage2:
            image.write(stage2.read().encode())
        image.write(b"\0" * (-image.tell() % 512))
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            write_tree(image)
        finally:
            os.chdir(cwd)
        image.write(TAIL)
        mib = 1024 * 1024
        size = image.tell()
        image.write(b"\0" * (mib - size % mib))
        size += mib - size % mib
        if size < target_mib * mib:
            image.write(b"\0" * (target_mib * mib - size))


if __name__ == "__main__":
    main()
