// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Hex0Compiler.h"

namespace {

// The nibble a hex digit stands for, or -1 for any other byte.
int hex0Nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray Hex0Compiler::compile(QByteArrayView text)
{
    QByteArray out;
    // At most one byte per two input bytes: reserving that once keeps the loop allocation-free.
    out.reserve(text.size() / 2);
    int high = -1; // the first nibble of a pair, -1 while none is pending
    bool inComment = false;
    for (const char c : text) {
        if (inComment) {
            // Stage 1 reads comments to the newline without looking at anything else, a zero
            // byte included.
            inComment = c != '\n';
            continue;
        }
        if (c == '\0')
            break;
        if (c == '#' || c == ';') {
            inComment = true;
            continue;
        }
        const int n = hex0Nibble(c);
        if (n < 0)
            continue;
        if (high < 0) {
            high = n;
        } else {
            out.append(char((high << 4) | n));
            high = -1;
        }
    }
    return out;
}
