// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QString>

// The inputs the schema suite runs lbpayload on, made in a folder of its own so that every
// branch of every schema meets a real document:
//   small32.img, small64.img   LBPAYLD1 images in both layouts (a text, a tar.gz, an empty entry)
//   odd.img                    a name not UTF-8, a name twice, a name with a slash, trailing zeros
//   empty.img                  no entries
//   init.img                   a first image (FirstImageFixture) with folders, files, hex0, a command
//   broken-init.img            a first image whose last file runs past the end, unterminated
//   real-init.img              with the real builder-hex0 files, when the shared folder has them
//   hello.tar, hello.tar.gz    real archives (the system's tar and gzip) with a folder and a link
//   lone.gz, notes.txt, empty.bin, page.tar.gz (an HTML page), trunc.tar.gz (cut in half)
//   archives.img               an image holding hello.tar.gz, page.tar.gz, notes.txt, empty.bin
//   nothing/                   an empty folder
//   lb-good/, lb-bad/          live-bootstrap checkouts (CheckoutFixture): every distfile right,
//                              with an importer and a Fiwix hand-off; and missing, wrong,
//                              not-regular and extra distfiles
class SchemaSamples
{
public:
    explicit SchemaSamples(const QString &dir)
        : m_dir(dir)
    { }

    // Writes every sample. Returns false and sets error() when one cannot be made (tar and
    // gzip are needed for the archives).
    bool write();
    QString error() const { return m_error; }
    QString path(const QString &name) const;

private:
    bool writeArchives();
    bool writeImages();
    bool writeFirstImages();
    bool writeCheckouts();
    // Runs `program` in the samples' folder; false and error() set when it fails.
    bool runTool(const QString &program, const QStringList &arguments);
    bool put(const QString &name, const QByteArray &bytes);

    QString m_dir;
    QString m_error;
};
