// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "jobs/authoring/DistfileTarget.h"
#include "EntryDevice.h"
#include "model/authoring/AuthoringEntry.h"

IntegrityTester::Target DistfileTarget::ofAuthoringEntry(const AuthoringEntry &entry)
{
    if (entry.wholeFile) {
        IntegrityTester::Target t = IntegrityTester::Target::fromFile(entry.sourcePath);
        t.name = entry.displayName();
        return t;
    }
    IntegrityTester::Target t;
    t.name = entry.displayName();
    t.source = entry.sourcePath;
    t.size = entry.size;
    t.open = [path = entry.sourcePath, offset = entry.sourceOffset, size = entry.size](
                 QString *error) -> std::unique_ptr<QIODevice> {
        auto device = std::make_unique<EntryDevice>(path, offset, size);
        if (!device->open(QIODevice::ReadOnly)) {
            *error = device->errorString();
            return nullptr;
        }
        return device;
    };
    return t;
}
