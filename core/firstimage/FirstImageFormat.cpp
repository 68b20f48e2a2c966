// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageFormat.h"

#include <QByteArrayList>

namespace FirstImageFormat {

const QList<Revision> &knownRevisions()
{
    // Measured from builder-hex0-x86-stage2.hex0 at the commit named.
    static const QList<Revision> revisions = {
        {QByteArrayLiteral("37b765a6aecd007e4afec714211aa4d8f39515ebc3e277fc1251d4b54fd31c66"),
            QStringLiteral("a278124"), 88615, 175},
    };
    return revisions;
}

const Revision *findRevision(const QByteArray &stage2Sha256)
{
    for (const Revision &r : knownRevisions())
        if (r.stage2Sha256 == stage2Sha256)
            return &r;
    return nullptr;
}

const Revision &pinnedRevision()
{
    return knownRevisions().constFirst();
}

QByteArray fixedTail()
{
    // lib/generator.py, create_builder_hex0_disk_image: the seeds' folders, the two seeds
    // compiled from their hex0 sources, /init, then the first program with its one argument.
    return QByteArrayLiteral("src 0 /bootstrap-seeds\n"
                             "src 0 /bootstrap-seeds/POSIX\n"
                             "src 0 /bootstrap-seeds/POSIX/x86\n"
                             "hex0 /x86/hex0_x86.hex0 /bootstrap-seeds/POSIX/x86/hex0-seed\n"
                             "hex0 /x86/kaem-minimal.hex0 /bootstrap-seeds/POSIX/x86/kaem-optional-seed\n"
                             "hex0 /x86/kaem-minimal.hex0 /init\n"
                             "/bootstrap-seeds/POSIX/x86/kaem-optional-seed /kaem.x86\n");
}

bool looksLikeFile(const QByteArray &path)
{
    const QByteArray abs = absolutePath(path);
    if (abs.startsWith("/external/distfiles/"))
        return true;
    static const char *const suffixes[] = {".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz",
        ".tar.lzma", ".tar.zst", ".gz", ".bz2", ".xz", ".lzma", ".zst", ".zip", ".7z", ".patch", ".diff"};
    for (const char *suffix : suffixes)
        if (abs.endsWith(suffix))
            return true;
    return false;
}

QByteArray absolutePath(const QByteArray &path)
{
    QByteArray p = path;
    if (p.startsWith("./"))
        p = p.mid(2);
    QByteArrayList parts;
    for (const QByteArray &part : p.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return '/' + parts.join('/');
}

QByteArray parentFolder(const QByteArray &absolute)
{
    const qsizetype slash = absolute.lastIndexOf('/');
    return slash <= 0 ? QByteArrayLiteral("/") : absolute.left(slash);
}

} // namespace FirstImageFormat
