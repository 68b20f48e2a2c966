// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "BuilderHex0Files.h"
#include "FirstImageFormat.h"
#include "Hex0Compiler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

// a278124's stage-1 source is 6,512 bytes; a bound keeps a wrong file from being read whole.
constexpr qint64 MaxStage1TextBytes = 1024 * 1024;

} // namespace

bool BuilderHex0Files::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool BuilderHex0Files::readBounded(const QString &path, qint64 limit, QByteArray *data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot read builder-hex0's file: %2").arg(path, file.errorString()));
    *data = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("%1: cannot read builder-hex0's file: %2").arg(path, file.errorString()));
    if (data->size() > limit)
        return fail(
            tr("%1: larger than %2 bytes; this is no builder-hex0 source").arg(path, QLocale().toString(limit)));
    return true;
}

bool BuilderHex0Files::load(const QString &dir)
{
    m_error.clear();
    m_directory.clear();
    const QDir folder(dir);
    const QString stage1Path = folder.filePath(stage1Name());
    const QString stage2Path = folder.filePath(stage2Name());
    QByteArray stage1Text;
    if (!readBounded(stage1Path, MaxStage1TextBytes, &stage1Text) ||
        !readBounded(stage2Path, FirstImageFormat::MaxStage2Size, &m_stage2))
        return false;
    m_stage1 = Hex0Compiler::compile(stage1Text);
    // The BIOS loads exactly one sector and runs it only when it ends in 55 AA; anything else
    // would be a disk that does not boot.
    const bool signature = m_stage1.size() == FirstImageFormat::Stage1Size && m_stage1.endsWith("\x55\xAA");
    if (!signature) {
        const QString end =
            m_stage1.size() >= 2 ? QString::fromLatin1(m_stage1.right(2).toHex(' ').toUpper()) : tr("nothing");
        return fail(tr("%1: compiles to %2 bytes ending %3; a boot sector is %4 bytes ending 55 AA")
                        .arg(stage1Path, QLocale().toString(m_stage1.size()), end)
                        .arg(FirstImageFormat::Stage1Size));
    }
    if (m_stage2.isEmpty())
        return fail(tr("%1: the file is empty; stage 2 would have nothing to compile").arg(stage2Path));
    m_directory = folder.absolutePath();
    return true;
}

bool BuilderHex0Files::find(const QString &folder)
{
    m_error.clear();
    m_searched.clear();
    QDir dir(QFileInfo(folder).absoluteFilePath());
    while (true) {
        const QString candidate = dir.filePath(submoduleName());
        const QString stage1 = QDir(candidate).filePath(stage1Name());
        m_searched.append(stage1);
        if (QFileInfo::exists(stage1))
            return load(candidate);
        if (dir.isRoot() || !dir.cdUp())
            break;
    }
    return fail(tr("%1: no builder-hex0 found; looked for %2 in the folder and each of its parents (the "
                   "live-bootstrap checkout's builder-hex0 submodule):\n%3")
                    .arg(folder, stage1Name(), m_searched.join(QLatin1Char('\n'))));
}
