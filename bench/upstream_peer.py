#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
"""The benchmark's yardstick: builds external.img from a live-bootstrap checkout the way
upstream's generator does it, written here from the facts in the README (no upstream code).

It collects the sources of every `build:` step in manifest order, one per (sha256, url, file
name) tuple; the steps before `improve: import_payload` feed the first image, every other
distfile goes to the external image, one per file name, sorted by name. Each external distfile
is read whole and its SHA-256 compared with its sources line; then the image is written in the
u32 layout, copying each file in 1 MiB chunks.

usage: upstream_peer.py CHECKOUT OUT
"""
import hashlib
import os
import struct
import sys


def collect(checkout, split="import_payload"):
    steps_dir = os.path.join(checkout, "steps")
    entries, first = [], None
    with open(os.path.join(steps_dir, "manifest"), encoding="utf-8") as manifest:
        for line in manifest:
            if first is None and line.startswith("improve: " + split):
                first = list(entries)
            if not line.startswith("build: "):
                continue
            step = line.split(" ")[1].split("#")[0].strip()
            path = os.path.join(steps_dir, step, "sources")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as sources:
                for source in sources.readlines():
                    fields = source.strip().split(" ")
                    if fields[0] == "g":
                        fields = fields[:1] + fields[2:]
                    name = fields[3] if len(fields) > 3 else os.path.basename(fields[1])
                    entry = (fields[2], fields[1], name)
                    if entry not in entries:
                        entries.append(entry)
    if first is None:
        sys.exit(f"no 'improve: {split}' in the manifest")
    external = {}
    for entry in entries:
        if entry in first:
            continue
        known = external.get(entry[2])
        if known is not None and known[0] != entry[0]:
            sys.exit(f"{entry[2]}: two checksums")
        external.setdefault(entry[2], entry)
    return [external[name] for name in sorted(external)]


def main():
    checkout, out = sys.argv[1], sys.argv[2]
    distfiles = os.path.join(checkout, "distfiles")
    external = collect(checkout)
    for sha256, _url, name in external:
        with open(os.path.join(distfiles, name), "rb") as f:
            actual = hashlib.sha256(f.read()).hexdigest()
        if actual != sha256:
            sys.exit(f"{name}: checksum mismatch: expected {sha256}, got {actual}")
    with open(out, "wb") as image:
        image.write(b"LBPAYLD1")
        image.write(struct.pack("<I", len(external)))
        for _sha256, _url, name in external:
            path = os.path.join(distfiles, name)
            raw = name.encode("utf-8")
            image.write(struct.pack("<II", len(raw), os.path.getsize(path)))
            image.write(raw)
            with open(path, "rb") as f:
                while True:
                    chunk = f.read(1024 * 1024)
                    if not chunk:
                        break
                    image.write(chunk)


if __name__ == "__main__":
    main()
