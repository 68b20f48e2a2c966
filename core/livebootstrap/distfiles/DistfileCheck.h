// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FileIdentity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What the distfiles folder holds for one planned distfile.
struct DistfileCheck
{
    Q_DECLARE_TR_FUNCTIONS(DistfileCheck)

public:
    enum class State {
        Unchecked, // not looked at yet (or a check was canceled before it)
        Present, // a regular file, not hashed (a stat-only check without a cached digest)
        Ok, // its SHA-256 is the one the sources line gives
        WrongChecksum, // present, with another SHA-256
        Missing, // no file of that name
        NotRegular, // a folder, a device, a dangling link...
        Unreadable, // cannot be opened or read (detail says why, with the byte offset)
    };

    State state = State::Unchecked;
    QString path; // <distfiles>/<file name>
    qint64 size = -1; // once known
    QByteArray actualSha256; // for Ok and WrongChecksum
    bool fromCache = false; // the digest came from the hash cache, no byte was read
    FileIdentity identity; // as seen when it was checked; the build holds the file to it
    QString detail; // for Unreadable: the reason
    // For Present and WrongChecksum: the sentence naming where the file ends when its format's
    // fixed trailer (xz footer, zip end record, 7z header) is missing (TrailerCheck); empty
    // otherwise. A file whose checksum is right is never looked at again.
    QString cutShort;

    // True only for Ok: every other state (Present included: not verified yet) needs a look.
    bool isGood() const { return state == State::Ok; }

    // A short translated word for the state ("OK", "wrong checksum", "missing"...).
    static QString stateName(State state);
    // The state's word, with "cut short" beside it when the file is ("wrong checksum, cut short").
    QString statusText() const;
};
