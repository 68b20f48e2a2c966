// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The `jump: fiwix` step's ext2 image: `steps/jump/fiwix.sh` runs
// `make_fiwix_initrd -s KIB /boot/fiwix.ext2`, and make_fiwix_initrd places that image in
// builder-hex0's file area right after the last file. What it leaves for the build's own
// files before Fiwix is *inferred* (FIRST-IMAGE.md): the figure is the checkout's, not a
// constant, and every place that shows it says it is inferred.
struct FiwixHandoff
{
    qint64 initrdKiB = 0;
    QString source; // where the figure was read: a path, or "init.img: ./steps/jump/fiwix.sh"
    int line = 0; // 1-based line of the make_fiwix_initrd call

    qint64 initrdBytes() const { return initrdKiB * 1024; }

    // The path of the script inside a checkout and inside the srcfs.
    static QString checkoutPath() { return QStringLiteral("steps/jump/fiwix.sh"); }
    // Reads the `-s` figure of the first make_fiwix_initrd call in a fiwix.sh text; nullopt
    // when there is none or it is not a decimal number. `source` is stored as given.
    [[nodiscard]] static std::optional<FiwixHandoff> parse(const QByteArray &script, const QString &source);
    // Reads `<checkout>/steps/jump/fiwix.sh`; nullopt when missing or without the figure.
    static std::optional<FiwixHandoff> fromCheckout(const QString &checkoutRoot);
};
