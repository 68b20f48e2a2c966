// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SrcfsAnalysis.h"
#include "FirstImageFormat.h"

#include <QLocale>

using Code = FirstImageFinding::Code;
using Severity = FirstImageFinding::Severity;

SrcfsAnalysis::SrcfsAnalysis(const QString &imageName)
    : m_imageName(imageName)
{
    m_budget.filesLimit = FirstImageFormat::MaxFiles;
    m_budget.bytesLimit = FirstImageFormat::MaxBytes;
    // The shell's working folder exists before the first record.
    m_paths.insert(QByteArrayLiteral("/"), -1);
}

QString SrcfsAnalysis::where(int record, qint64 offset) const
{
    if (record < 0)
        return m_imageName;
    if (offset < 0)
        return tr("%1: record %2").arg(m_imageName).arg(record);
    return tr("%1: record %2 at byte %3").arg(m_imageName).arg(record).arg(offset);
}

void SrcfsAnalysis::add(const SrcfsRecord &record)
{
    const auto finding = [&](Severity severity, Code code, const QString &text) {
        m_findings.append({severity, code, record.index, record.offset,
            where(record.index, record.offset) + QLatin1String(": ") + text});
    };
    const QLocale locale;

    // What a line reads must be there when it runs: builder-hex0 opens a hex0 input and a
    // program by name, and a name no earlier record wrote is a failed open at boot (the
    // stage0-posix submodule not checked out, say).
    const auto needFile = [&](const QByteArray &path, const QString &what) {
        if (!m_files.contains(FirstImageFormat::absolutePath(path)))
            finding(Severity::Warning, Code::MissingInput,
                tr("%1 \"%2\" is not in the file system when this line runs: no earlier record writes it")
                    .arg(what, QString::fromUtf8(path)));
    };
    if (record.kind == SrcfsRecord::Kind::Hex0)
        needFile(record.argument, tr("the hex0 input"));

    if (record.kind == SrcfsRecord::Kind::Command) {
        if (record.path != "f") // the flush command, no program
            needFile(record.path, tr("the program"));
        if (record.argument.size() > FirstImageFormat::MaxArgumentBytes)
            finding(Severity::Error, Code::ArgumentTooLong,
                tr("the argument of \"%1\" is %2 bytes long; builder-hex0 passes at most %3")
                    .arg(record.pathString(), locale.toString(record.argument.size()),
                        locale.toString(FirstImageFormat::MaxArgumentBytes)));
        return;
    }

    // Every src and every hex0 output is a file to builder-hex0, made under the name
    // absolute_path() gives it.
    const QByteArray abs = FirstImageFormat::absolutePath(record.path);
    if (abs.size() >= FirstImageFormat::MaxNameBytes)
        finding(Severity::Error, Code::NameTooLong,
            tr("the name \"%1\" is %2 bytes long; builder-hex0 keeps names in 1 KiB slots with their "
               "terminating zero byte, so at most %3 bytes fit")
                .arg(QString::fromUtf8(abs.left(80)) + QStringLiteral("…"), locale.toString(abs.size()),
                    locale.toString(FirstImageFormat::MaxNameBytes - 1)));

    if (abs != "/") {
        const QByteArray parent = FirstImageFormat::parentFolder(abs);
        if (!m_paths.contains(parent))
            finding(Severity::Error, Code::MissingParent,
                tr("\"%1\" is written before its folder \"%2\" exists; builder-hex0 cannot create it")
                    .arg(record.pathString(), QString::fromUtf8(parent)));
    }
    const auto seen = m_paths.constFind(abs);
    if (seen != m_paths.cend() && abs != "/") {
        finding(Severity::Warning, Code::DuplicatePath,
            tr("\"%1\" was written by record %2 already; builder-hex0 keeps the later one and spends a "
               "file slot on each")
                .arg(record.pathString())
                .arg(seen.value()));
    } else {
        m_paths.insert(abs, record.index);
    }
    if (record.kind != SrcfsRecord::Kind::Folder)
        m_files.insert(abs);
    if (record.kind == SrcfsRecord::Kind::Folder && FirstImageFormat::looksLikeFile(record.path))
        finding(Severity::Warning, Code::EmptyFileBecomesFolder,
            tr("\"%1\" is written with size 0, so builder-hex0 makes it a folder, not a file; an empty "
               "file never arrives as a file")
                .arg(record.pathString()));

    ++m_budget.filesUsed;
    m_budget.bytesUsed += record.size;
    if (!m_filesReported && m_budget.filesUsed > m_budget.filesLimit) {
        m_filesReported = true;
        finding(Severity::Error, Code::TooManyFiles,
            tr("this is file %1; builder-hex0 has slots for %2 files (every src record, folders included, "
               "and every hex0 output takes one)")
                .arg(locale.toString(m_budget.filesUsed), locale.toString(m_budget.filesLimit)));
    }
    if (!m_bytesReported && m_budget.bytesUsed > m_budget.bytesLimit) {
        m_bytesReported = true;
        finding(Severity::Error, Code::TooManyBytes,
            tr("the files so far hold %1 bytes; builder-hex0's file area holds %2")
                .arg(locale.toString(m_budget.bytesUsed), locale.toString(m_budget.bytesLimit)));
    }
}

void SrcfsAnalysis::finish(const std::optional<FiwixHandoff> &fiwix)
{
    m_budget.fiwix = fiwix;
    if (!fiwix || m_budget.leftBeforeFiwix() >= 0)
        return;
    const QLocale locale;
    m_findings.append({Severity::Error, Code::FiwixInitrdDoesNotFit, -1, -1,
        m_imageName + QLatin1String(": ") +
            tr("the srcfs holds %1 bytes and the Fiwix hand-off's ext2 image (%2 KiB, %3 line %4) "
               "needs %5 more behind it: together more than builder-hex0's %6 bytes (inferred "
               "from make_fiwix_initrd)")
                .arg(locale.toString(m_budget.bytesUsed), locale.toString(fiwix->initrdKiB), fiwix->source,
                    QString::number(fiwix->line), locale.toString(fiwix->initrdBytes()),
                    locale.toString(m_budget.bytesLimit))});
}
