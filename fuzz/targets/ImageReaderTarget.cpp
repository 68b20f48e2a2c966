// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FuzzTargets.h"

#include "ImporterFinding.h"
#include "MemoryFile.h"
#include "PayloadReader.h"

#include <QBuffer>
#include <QIODevice>

#include <memory>
#include <optional>

namespace FuzzTargets {

namespace {

// Touches everything a caller would show, so that lazily computed text is exercised too.
qint64 touchResults(const PayloadReader &reader)
{
    qint64 sum = reader.errorString().size() + reader.layoutNote().size() + reader.payloadBytes() +
        reader.trailingBytes() + qint64(reader.declaredCount() & 0xff);
    for (const ImporterFinding &finding : reader.findings())
        sum += finding.message.size() + ImporterFinding::codeKey(finding.code).size();
    return sum;
}

qint64 readEveryEntry(const PayloadReader &reader)
{
    qint64 total = 0;
    char buffer[4096];
    for (int i = 0; i < reader.entries().size(); ++i) {
        const std::unique_ptr<QIODevice> device = reader.openEntry(i);
        if (!device)
            continue;
        // Reading in place must yield exactly the entry's size, however the file ends.
        qint64 n = 0;
        while ((n = device->read(buffer, sizeof buffer)) > 0)
            total += n;
        device->seek(0);
        total += device->read(buffer, 1);
    }
    return total;
}

void readAsFile(const QString &path, std::optional<PayloadFormat::Layout> forced)
{
    PayloadReader reader;
    if (reader.open(path, forced))
        readEveryEntry(reader);
    touchResults(reader);
}

void readAsStream(const QByteArray &data, std::optional<PayloadFormat::Layout> forced)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    if (!buffer.open(QIODevice::ReadOnly))
        return;
    qint64 delivered = 0;
    PayloadReader reader;
    // Success and failure alike: the fuzzer only looks for crashes and reads what was found.
    [[maybe_unused]] const bool opened = reader.openStream(
        &buffer, QStringLiteral("stdin"), forced, {}, [&delivered](const PayloadEntry &, const char *, qint64 length) {
            delivered += length;
            return true;
        });
    touchResults(reader);
}

} // namespace

void imageReader(const QByteArray &data)
{
    const MemoryFile file(data);
    if (file.ok()) {
        readAsFile(file.path(), std::nullopt);
        readAsFile(file.path(), PayloadFormat::Layout::U32);
        readAsFile(file.path(), PayloadFormat::Layout::U64);
    }
    readAsStream(data, std::nullopt);
}

} // namespace FuzzTargets
