// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "WriteCommand.h"
#include "ByteCount.h"
#include "CancelSignal.h"
#include "Console.h"
#include "DiskWriter.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <unistd.h>

QString WriteCommand::summary() const
{
    return tr("Write an image to a whole disk and read it back");
}

QString WriteCommand::synopsis() const
{
    return tr("write [--yes] [--no-verify] [--zero-tail] [--file] IMAGE DEVICE");
}

QString WriteCommand::description() const
{
    return tr("Writes IMAGE to the whole disk DEVICE (/dev/sdb), for live-bootstrap's bare-metal boot, "
              "then reads the written bytes back past the page cache and compares every entry's SHA-256 "
              "and every header byte with the image. The disk must not hold / or /boot, a mounted file "
              "system or a swap area in use, and must be large enough ('lbpayload disks' lists the disks "
              "and the reasons). Without --yes, the disk's model and size are shown and its name must be "
              "typed back on the terminal; without a terminal, --yes is required. The first block is "
              "written last, so a disk left by Ctrl-C or an error never looks like an image to the "
              "importer; the message says exactly what the disk then holds. Exits with 0 when written "
              "and verified, 1 when the read-back differs, 2 when the disk is refused or not confirmed, "
              "3 on a read or write error (also for lack of rights: run it as root), 130 when interrupted. A first "
              "boot disk (init.img, builder-hex0) is written the same way, its files read back by SHA-256.");
}

QStringList WriteCommand::examples() const
{
    return {QStringLiteral("sudo lbpayload write external.img /dev/sdb"), tr("Write and verify, asking first."),
        QStringLiteral("lbpayload write --yes --zero-tail external.img /dev/disk/by-id/usb-SanDisk_Ultra_0001-0:0"),
        tr("In a script: no question; zeros after the image up to the next MiB."),
        QStringLiteral("lbpayload write --file external.img vm-disk2.raw"),
        tr("Write into a virtual machine's raw disk image (a regular file).")};
}

void WriteCommand::declare(QCommandLineParser &parser)
{
    parser.addOption(
        QCommandLineOption({QStringLiteral("y"), QStringLiteral("yes")}, tr("Do not ask; write at once.")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-verify"), tr("Do not read the disk back.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("zero-tail"), tr("Zero the bytes after the image up to the next MiB boundary.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("file"), tr("Allow DEVICE to be a regular file (a raw disk image).")));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("The image to write."));
    parser.addPositionalArgument(QStringLiteral("DEVICE"), tr("The whole disk to write it to, e.g. /dev/sdb."));
}

bool WriteCommand::confirm(const DiskWriter &writer, const QString &image, const QString &device)
{
    const DiskWriteResult &r = writer.result();
    QString what = r.regularFile
        ? tr("the file %1").arg(device)
        : tr("%1 (%2, %3 bytes)")
              .arg(r.device.label(), ByteCount::human(r.device.size), QLocale::c().toString(r.device.size));
    QStringList flags;
    if (r.device.usb)
        flags << tr("USB");
    if (r.device.removable)
        flags << tr("removable");
    if (!flags.isEmpty())
        what += QLatin1String(", ") + flags.join(QLatin1String(", "));
    const QString name = QFileInfo(device).fileName();
    if (r.firstImage)
        Console::writeErr(tr("%1 is a builder-hex0 first image (init.img): %2 will boot from it.").arg(image, device) +
            QLatin1Char('\n'));
    Console::writeErr(tr("Writing %1 to %2 erases everything on %3.").arg(image, device, what) + QLatin1Char('\n') +
        tr("Type the device name (%1) to go on: ").arg(name));
    QFile in;
    if (!in.open(STDIN_FILENO, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return false;
    const QString typed = QString::fromLocal8Bit(in.readLine(4096)).trimmed();
    return !typed.isEmpty() && (typed == name || typed == device || typed == r.device.path);
}

ExitCode WriteCommand::failed(const DiskWriter &writer) const
{
    const DiskWriteResult &r = writer.result();
    switch (r.outcome) {
    case DiskWriteResult::Outcome::Refused:
        Console::error(r.refusal.message());
        return ExitCode::Usage;
    case DiskWriteResult::Outcome::Canceled:
        Console::error(r.error);
        Console::error(r.diskState);
        return ExitCode::Interrupted;
    case DiskWriteResult::Outcome::Mismatch: {
        StdoutBuffer out;
        for (const QString &line : r.mismatches)
            out.appendLine(tr("%1: mismatch: %2").arg(r.device.path, line));
        out.appendLine(tr("%1: FAILED: %2").arg(r.device.path, r.diskState));
        if (!out.flush()) {
            Console::error(out.errorString());
            return ExitCode::Failure;
        }
        return ExitCode::Findings;
    }
    default:
        Console::error(r.error);
        if (!r.diskState.isEmpty())
            Console::error(r.diskState);
        return ExitCode::Failure;
    }
}

ExitCode WriteCommand::execute(const QCommandLineParser &parser)
{
    const QString image = parser.positionalArguments().at(0);
    const QString device = parser.positionalArguments().at(1);
    DiskWriter::Options options;
    options.verify = !parser.isSet(QStringLiteral("no-verify"));
    options.zeroToMiB = parser.isSet(QStringLiteral("zero-tail"));
    options.allowRegularFile = parser.isSet(QStringLiteral("file"));
    DiskWriter writer(image, device, options);
    if (!writer.prepare())
        return failed(writer);

    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO)) {
            Console::error(tr("%1: not written: standard input is not a terminal to confirm on; pass --yes to "
                              "write without asking")
                               .arg(device));
            return ExitCode::Usage;
        }
        if (!confirm(writer, image, device)) {
            Console::error(tr("%1: not confirmed; nothing was written").arg(device));
            return ExitCode::Usage;
        }
    }

    CancelSignal::install();
    {
        ProgressPrinter progress(quiet());
        const bool written = writer.write(progress.control());
        progress.finish();
        if (!written)
            return failed(writer);
    }
    if (options.verify) {
        ProgressPrinter progress(quiet());
        const bool verified = writer.verify(progress.control());
        progress.finish();
        if (!verified)
            return failed(writer);
    }
    const DiskWriteResult &r = writer.result();
    if (!quiet()) {
        const auto rate = [](qint64 bytes, qint64 ms) {
            return ByteCount::human(ms > 0 ? bytes * 1000 / ms : bytes);
        };
        StdoutBuffer out;
        if (r.firstImage && r.verified)
            out.appendLine(tr("%1: OK: builder-hex0 first image written and verified: %2 files read back with the "
                              "image's SHA-256, stages and script lines byte for byte")
                               .arg(r.device.path)
                               .arg(r.entriesChecked));
        else if (r.firstImage)
            out.appendLine(tr("%1: OK: builder-hex0 first image written, not verified").arg(r.device.path));
        else
            out.appendLine(tr("%1: OK: %2").arg(r.device.path, r.writtenText()));
        out.appendLine(
            tr("%1: wrote %2 bytes in %3 s (%4/s)%5")
                .arg(r.device.path, QLocale::c().toString(r.bytesWritten))
                .arg(double(r.writeMs) / 1000.0, 0, 'f', 1)
                .arg(rate(r.bytesWritten, r.writeMs),
                    r.zeroedBytes > 0 ? tr(", %1 of them zeros after the image").arg(r.zeroedBytes) : QString()));
        if (r.verified)
            out.appendLine(tr("%1: read back in %2 s (%3/s)")
                               .arg(r.device.path)
                               .arg(double(r.verifyMs) / 1000.0, 0, 'f', 1)
                               .arg(rate(r.bytesWritten, r.verifyMs)));
        if (!out.flush()) {
            Console::error(out.errorString());
            return ExitCode::Failure;
        }
    }
    return ExitCode::Ok;
}
