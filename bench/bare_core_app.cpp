// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// The yardstick of lbpayload's start-up: the least a Qt command-line program does, a
// QCoreApplication that prints one line. What lbpayload takes beyond this is its own cost
// (its libraries, their relocations, its set-up), which scripts/bench holds to 1.5x.
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::puts("bare-core-app 1");
    return 0;
}
