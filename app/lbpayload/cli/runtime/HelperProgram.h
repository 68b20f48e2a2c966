// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The programs lbpayload hands a command to, so that what only that command needs is loaded
// only when it runs: lbpayload-fetch (Qt Network) and lbpayload-archive (KArchive, which
// brings libcrypto, libbz2 and liblzma). They live in Payload Studio's libexec
// folder; the path from lbpayload's own folder to it is fixed at configure time
// (PAYLOAD_STUDIO_HELPER_DIR, e.g. "../libexec/payload-studio"), and the build tree has the
// same shape, so a build runs its own helpers and an installed tree its own.
class HelperProgram
{
    Q_DECLARE_TR_FUNCTIONS(HelperProgram)
public:
    // The file name of the helper that downloads distfiles.
    static QString fetchHelperName() { return QStringLiteral("lbpayload-fetch"); }
    // The file name of the helper that runs the commands that read or write inside archives.
    static QString archiveHelperName() { return QStringLiteral("lbpayload-archive"); }
    // The commands lbpayload-archive runs, in the order lbpayload lists them (`create
    // --from-tar` is handed over by create itself).
    static QStringList archiveCommands();
    // The one-line summary of archive command `command`, translated: lbpayload lists it, and
    // the command in the helper gives the same line as its summary().
    static QString archiveCommandSummary(const QString &command);

    // For a helper's main(): names the program lbpayload (its messages say "lbpayload: ...")
    // and installs the translations, whose catalogues are in share/ as seen from
    // libexec/payload-studio/.
    static void setUpApplication(QCoreApplication *app);

    // Where helper `name` is: the helper folder relative to the running program's folder.
    static QString path(const QString &name);

    // Replaces this process with helper `name`, given `arguments` (its argv[0] is its path).
    // Standard streams, signal dispositions and the environment are inherited. Returns only
    // when the helper cannot be started, with a message naming its path and the reason.
    static QString replaceProcess(const QString &name, const QStringList &arguments);
};
