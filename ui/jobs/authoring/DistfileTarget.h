// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "IntegrityTester.h"

struct AuthoringEntry;

// The distfile behind a row of the authoring list, as something the archive core can open:
// the whole source file, or the byte range of another image an "Edit as New Payload" entry
// stands for (read in place through an EntryDevice, never copied). The name is the entry's
// name in the image-to-be, because that is what the bootstrap will see and compare.
class DistfileTarget
{
    Q_DECLARE_TR_FUNCTIONS(DistfileTarget)
public:
    static IntegrityTester::Target ofAuthoringEntry(const AuthoringEntry &entry);
};
