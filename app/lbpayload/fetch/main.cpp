// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// lbpayload-fetch: the helper `lbpayload fetch` hands its command line to (FetchHandOver), so
// that only this program loads Qt Network. It is not meant to be run by hand, but behaves as
// `lbpayload fetch` when it is: it speaks as lbpayload and takes the same arguments.
#include "FetchCommand.h"
#include "TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lbpayload"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYLOAD_STUDIO_VERSION));
    // The catalogues are in share/, reached from libexec/payload-studio/.
    TranslationLoader::install(
        &app, QLocale(), QCoreApplication::applicationDirPath() + QStringLiteral("/" PAYLOAD_STUDIO_HELPER_CATALOGUES));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst(); // the program; the rest is what followed "lbpayload fetch"
    FetchCommand fetch;
    return int(fetch.run(arguments));
}
