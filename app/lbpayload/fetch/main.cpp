// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// lbpayload-fetch: the helper `lbpayload fetch` hands its command line to (FetchHandOver), so
// that only this program loads Qt Network. It is not meant to be run by hand, but behaves as
// `lbpayload fetch` when it is: it speaks as lbpayload and takes the same arguments.
#include "FetchCommand.h"
#include "HelperProgram.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    HelperProgram::setUpApplication(&app);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst(); // the program; the rest is what followed "lbpayload fetch"
    FetchCommand fetch;
    return int(fetch.run(arguments));
}
