// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// hex0, the bootstrap's first "language": hexadecimal bytes with comments. This compiles it
// exactly as builder-hex0's stage 1 does at boot (builder-hex0-x86-stage1.hex0, its
// read_loop), so that the boot sector we write is the one upstream's generator writes:
// - '#' or ';' starts a comment that runs to the next '\n' (the newline included);
// - each hex digit 0-9, a-f, A-F is a nibble, and two nibbles make a byte, high nibble first;
//   the pair may be split by anything that is ignored (spaces, line ends, other characters);
// - a zero byte outside a comment ends the source (stage 1 stops reading there);
// - every other byte is ignored;
// - a nibble left alone at the end is dropped: stage 1 stores a byte on its second digit only.
class Hex0Compiler
{
public:
    // The bytes `text` compiles to. Never fails: hex0 has no syntax errors, only ignored bytes.
    static QByteArray compile(QByteArrayView text);
};
