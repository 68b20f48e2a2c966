// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "IntegrityTester.h"

struct AuthoringEntry;
class FirstImageReader;

// The distfile behind a row of the authoring list, as something the archive core can open:
// the whole source file, or the byte range of another image an "Edit as New Payload" entry
// stands for (read in place through an EntryDevice, never copied). The name is the entry's
// name in the image-to-be, because that is what the bootstrap will see and compare.
//
// A file of a first image (init.img) is a target the same way: the byte range of its `src`
// record in the image, named by the last component of its path.
class DistfileTarget
{
    Q_DECLARE_TR_FUNCTIONS(DistfileTarget)
public:
    static IntegrityTester::Target ofAuthoringEntry(const AuthoringEntry &entry);
    // The File record `record` of the image `reader` has opened, read in place from its data
    // offset; a record the image cuts off reads as far as the image goes (and tests truncated).
    static IntegrityTester::Target ofFirstImageRecord(const FirstImageReader &reader, int record);
};
