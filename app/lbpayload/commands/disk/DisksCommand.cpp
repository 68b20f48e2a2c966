// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "DisksCommand.h"
#include "ByteCount.h"
#include "Console.h"
#include "DiskEnumerator.h"
#include "JsonEnvelope.h"
#include "JsonText.h"
#include "PayloadReader.h"

#include <QCommandLineParser>
#include <QFileInfo>

QString DisksCommand::summary() const
{
    return tr("List the disks an image could be written to, and why the others cannot");
}

QString DisksCommand::synopsis() const
{
    return tr("disks [--json] [--loop] [--image IMAGE]");
}

QString DisksCommand::description() const
{
    return tr("Lists every whole disk (partitions, RAM disks and, without --loop, loop devices are left out) "
              "with its size, model and whether it is removable or on USB, and says for each whether "
              "'lbpayload write' would write to it. A disk is refused when it holds / or /boot, has a mounted "
              "file system or a swap area in use (on itself, a partition or a device stacked on them), is "
              "claimed by device mapper or RAID, is read-only or has no medium; with --image, also when it "
              "is smaller than the image. Exits with 0, or 3 when the disks cannot be listed.");
}

QStringList DisksCommand::examples() const
{
    return {QStringLiteral("lbpayload disks"), tr("Which disks could take an image?"),
        QStringLiteral("lbpayload disks --image external.img --json | jq '.disks[] | select(.usable) | .path'"),
        tr("The paths of the disks large enough for external.img.")};
}

void DisksCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("loop"), tr("Include loop devices bound to a file.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("image"), tr("Also refuse the disks smaller than IMAGE."), tr("IMAGE")));
}

QString DisksCommand::flags(const BlockDevice &disk)
{
    QStringList words;
    if (disk.usb)
        words << tr("USB");
    if (disk.removable)
        words << tr("removable");
    if (disk.loop)
        words << tr("loop");
    return words.join(QLatin1Char(','));
}

ExitCode DisksCommand::execute(const QCommandLineParser &parser)
{
    qint64 imageSize = -1;
    if (parser.isSet(QStringLiteral("image"))) {
        PayloadReader reader;
        if (!reader.open(parser.value(QStringLiteral("image")))) {
            Console::error(reader.errorString());
            return ExitCode::Failure;
        }
        imageSize = reader.imageSize();
    }
    DiskEnumerator enumerator;
    const QList<BlockDevice> disks = enumerator.disks(parser.isSet(QStringLiteral("loop")));
    if (!enumerator.error().isEmpty()) {
        Console::error(enumerator.error());
        return ExitCode::Failure;
    }
    QList<DiskRefusal> refusals;
    for (const BlockDevice &disk : disks)
        refusals << enumerator.refusalFor(disk, imageSize);

    StdoutBuffer out;
    if (parser.isSet(QStringLiteral("json"))) {
        out.append(json(disks, refusals, imageSize));
    } else {
        // Columns: device, size, flags, label, verdict; widths from the longest value.
        qsizetype pathWidth = 0, sizeWidth = 0, flagWidth = 0, labelWidth = 0;
        for (const BlockDevice &disk : disks) {
            pathWidth = std::max(pathWidth, disk.path.size());
            sizeWidth = std::max(sizeWidth, ByteCount::human(disk.size).size());
            flagWidth = std::max(flagWidth, flags(disk).size());
            labelWidth = std::max(labelWidth, disk.label().size());
        }
        for (qsizetype i = 0; i < disks.size(); ++i) {
            const BlockDevice &disk = disks.at(i);
            const QString verdict =
                refusals.at(i).refused() ? tr("refused: %1").arg(refusals.at(i).message()) : tr("can be written to");
            out.appendLine(disk.path.leftJustified(pathWidth) + QLatin1String("  ") +
                ByteCount::human(disk.size).rightJustified(sizeWidth) + QLatin1String("  ") +
                flags(disk).leftJustified(flagWidth) + QLatin1String("  ") + disk.label().leftJustified(labelWidth) +
                QLatin1String("  ") + verdict);
        }
        if (disks.isEmpty() && !quiet())
            Console::note(tr("no disks found"));
    }
    if (!out.flush()) {
        Console::error(out.errorString());
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

QByteArray DisksCommand::json(const QList<BlockDevice> &disks, const QList<DiskRefusal> &refusals, qint64 imageSize)
{
    // Written by hand, like the other documents, so that "format" comes first and the keys
    // keep their documented order.
    QByteArray out = JsonEnvelope::open(JsonEnvelope::Document::DiskList);
    out += "  \"imageSize\": " + JsonText::numberOrNull(imageSize) + ",\n";
    out += "  \"disks\": [";
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const BlockDevice &disk = disks.at(i);
        const DiskRefusal &refusal = refusals.at(i);
        out += i ? ",\n    {\n" : "\n    {\n";
        out += "      \"path\": " + JsonText::string(disk.path) + ",\n";
        out += "      \"name\": " + JsonText::string(disk.name) + ",\n";
        out += "      \"size\": " + QByteArray::number(disk.size) + ",\n";
        out += "      \"vendor\": " + JsonText::string(disk.vendor) + ",\n";
        out += "      \"model\": " + JsonText::string(disk.model) + ",\n";
        out += "      \"removable\": " + JsonText::boolean(disk.removable) + ",\n";
        out += "      \"usb\": " + JsonText::boolean(disk.usb) + ",\n";
        out += "      \"readOnly\": " + JsonText::boolean(disk.readOnly) + ",\n";
        out += "      \"loop\": " + JsonText::boolean(disk.loop) + ",\n";
        out += "      \"partitions\": " + JsonText::stringArray(disk.partitions) + ",\n";
        out += "      \"holders\": " + JsonText::stringArray(disk.holders) + ",\n";
        out += "      \"uses\": [";
        for (qsizetype u = 0; u < disk.uses.size(); ++u) {
            const BlockDevice::Use &use = disk.uses.at(u);
            out += u ? ", {" : "{";
            out += "\"device\": " + JsonText::string(use.device);
            out += ", \"mountPoints\": " + JsonText::stringArray(use.mountPoints);
            out += ", \"swap\": " + JsonText::boolean(use.swap) + '}';
        }
        out += "],\n";
        out += "      \"usable\": " + JsonText::boolean(!refusal.refused()) + ",\n";
        out += "      \"reason\": " + (refusal.refused() ? JsonText::string(refusal.message()) : QByteArray("null")) +
            "\n    }";
    }
    out += disks.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}
