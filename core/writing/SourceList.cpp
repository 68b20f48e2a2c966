// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SourceList.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

bool SourceList::parse(const QByteArray &text, const QString &baseDir, QList<BuildEntry> *entries, QString *error)
{
    entries->clear();
    const QList<QByteArray> lines = text.split('\n');
    const QDir base(baseDir);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype space = line.indexOf(' ');
        if (space <= 0 || space + 1 >= line.size()) {
            *error = tr("line %1: expected \"<name> <path>\"").arg(i + 1);
            return false;
        }
        const QString path = QFile::decodeName(line.mid(space + 1));
        entries->append(BuildEntry::fromFile(QDir::cleanPath(base.absoluteFilePath(path)), line.left(space)));
    }
    return true;
}

bool SourceList::load(const QString &path, QList<BuildEntry> *entries, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the list: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!parse(file.readAll(), QFileInfo(path).absolutePath(), entries, &why)) {
        *error = tr("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

bool SourceList::serialize(const QList<BuildEntry> &entries, QByteArray *text, QString *error)
{
    text->clear();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const BuildEntry &e = entries.at(i);
        const QString label = tr("entry %1 \"%2\"").arg(i).arg(QString::fromUtf8(e.name));
        if (!e.wholeFile) {
            *error = tr("%1: its data comes from inside another file, which the list format cannot express").arg(label);
            return false;
        }
        if (e.name.isEmpty() || e.name.contains(' ') || e.name.contains('\n') || e.name.contains('\r')) {
            *error = tr("%1: the list format cannot hold a name that is empty or contains a space or a line break").arg(label);
            return false;
        }
        const QByteArray path = QFile::encodeName(QFileInfo(e.sourcePath).absoluteFilePath());
        if (path.contains('\n') || path.contains('\r')) {
            *error = tr("%1: the list format cannot hold a path with a line break").arg(label);
            return false;
        }
        *text += e.name + ' ' + path + '\n';
    }
    return true;
}

bool SourceList::save(const QString &path, const QList<BuildEntry> &entries, QString *error)
{
    QByteArray text;
    QString why;
    if (!serialize(entries, &text, &why)) {
        *error = tr("%1: %2").arg(path, why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = tr("%1: cannot write the list: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
