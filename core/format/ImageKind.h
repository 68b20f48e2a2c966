// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Which of the two disks of a kernel-bootstrap run an image is, from its bytes alone: every
// command and the GUI take either and ask this first.
class ImageKind
{
    Q_DECLARE_TR_FUNCTIONS(ImageKind)
public:
    enum Kind {
        Payload, // external.img: starts with LBPAYLD1
        FirstImage, // init.img: a boot sector ending 55 AA, then builder-hex0's stage-2 text
        Unknown,
    };

    // How many bytes detect() wants: the boot sector and the start of the stage-2 text.
    static constexpr qint64 HeadSize = 1024;
    // Tells the kind from the first HeadSize bytes (fewer when the image is shorter).
    static Kind detect(const QByteArray &head);
    // Reads the head of a file or block device. Returns Unknown and sets `error` when it
    // cannot be read; an unreadable file is no kind at all.
    static Kind detectFile(const QString &path, QString *error);
    // "LBPAYLD1" or "builder-hex0": the spelling of JSON's "format".
    static QString key(Kind kind);
};
