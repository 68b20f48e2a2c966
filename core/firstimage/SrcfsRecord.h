// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>

// One command of the builder shell's script in a first image, as written.
struct SrcfsRecord
{
    enum class Kind {
        File, // `src N PATH` with N > 0, followed by N bytes
        Folder, // `src 0 PATH`: a folder, or an empty file that builder-hex0 turns into one
        Hex0, // `hex0 IN OUT`: compiles IN into OUT at boot
        Command, // any other line: a program already in the file system, with one argument
    };

    int index = 0; // position in the script, from 0
    Kind kind = Kind::File;
    // File and Folder: the path as written; Hex0: the output path; Command: the program.
    QByteArray path;
    // Hex0: the input path; Command: the argument (may be empty).
    QByteArray argument;
    qint64 size = 0; // File: the data bytes; 0 otherwise
    qint64 offset = 0; // byte offset of the record's line in the image
    qint64 dataOffset = 0; // File and Folder: where the data starts (just past the line)

    // Whether builder-hex0 creates a file for this record (every `src` and every `hex0`
    // output: `handle_syscall_open` with O_CREAT takes the next slot, stage-2 lines 1035-1058).
    bool takesFileSlot() const { return kind != Kind::Command; }
    qint64 endOffset() const { return dataOffset + size; }
    QString pathString() const { return QString::fromUtf8(path); }

    // "file", "folder", "hex0" or "command": the spelling of JSON output.
    static QString kindKey(Kind kind);
};
