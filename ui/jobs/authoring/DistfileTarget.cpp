// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/authoring/DistfileTarget.h"
#include "model/authoring/AuthoringEntry.h"

#include <QFile>

#include <algorithm>

IntegrityTester::Target DistfileTarget::ofAuthoringEntry(const AuthoringEntry &entry)
{
    if (entry.wholeFile) {
        IntegrityTester::Target t = IntegrityTester::Target::fromFile(entry.sourcePath);
        t.name = entry.displayName();
        return t;
    }
    return IntegrityTester::Target::fromRange(entry.displayName(), entry.sourcePath, entry.sourceOffset, entry.size);
}
