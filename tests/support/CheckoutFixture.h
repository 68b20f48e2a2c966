// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

// A live-bootstrap checkout written by a test: steps/manifest, steps/<step>/sources,
// optionally steps-guix/, and a distfiles/ folder whose files the test chooses.
class CheckoutFixture
{
public:
    explicit CheckoutFixture(const QString &root)
        : m_root(root)
    {
        QDir().mkpath(m_root + QStringLiteral("/steps"));
        QDir().mkpath(distfilesDir());
    }

    QString root() const { return m_root; }
    QString distfilesDir() const { return m_root + QStringLiteral("/distfiles"); }
    QString distfile(const QString &name) const { return distfilesDir() + QLatin1Char('/') + name; }

    static QByteArray sha256(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    void setManifest(const QByteArray &text, bool guix = false) { write(stepsDir(guix) + QStringLiteral("/manifest"), text); }
    void setSources(const QString &step, const QByteArray &text, bool guix = false)
    {
        write(stepsDir(guix) + QLatin1Char('/') + step + QStringLiteral("/sources"), text);
    }
    // Writes distfiles/<name> and returns its SHA-256 (hex).
    QByteArray addDistfile(const QString &name, const QByteArray &content)
    {
        write(distfile(name), content);
        return sha256(content);
    }

    // The content the standard checkout uses for a distfile name: distinct, a few KiB.
    static QByteArray contentOf(const QString &name)
    {
        QByteArray data = name.toUtf8() + '\n';
        while (data.size() < 3000)
            data += data;
        return data;
    }
    // An `f` line for `name` with the sha256 of contentOf(name), URL https://example.org/src/<name>.
    static QByteArray fLine(const QString &name, bool explicitName = false)
    {
        QByteArray line = "f https://example.org/src/" + name.toUtf8() + ' ' + sha256(contentOf(name));
        if (explicitName)
            line += ' ' + name.toUtf8();
        return line + '\n';
    }

    // A small but complete checkout, every distfile present and right:
    //   first image (before improve: import_payload): alpha-1.0.tar.gz, beta-2.tar.xz
    //   external image (sorted): delta-4.tar.bz2, gamma-3.tar.gz, gnulib-abc.tar.gz (a g line
    //   with a `_` URL), zeta-6.txt
    // gamma-3.tar.gz is listed by two packages (one entry); alpha-1.0.tar.gz by one before
    // and one after the split (first image only: the same tuple).
    void writeStandard()
    {
        setManifest("# a comment\n"
                    "build: pkg-a\n"
                    "define: X = ( A == B )\n"
                    "build: pkg-b ( ARCH == x86 )\n"
                    "improve: setup\n"
                    "improve: import_payload\n"
                    "build: pkg-c\n"
                    "build: pkg-nosources\n"
                    "build: pkg-d # trailing comment\n"
                    "improve: get_network ( CHROOT == False )\n"
                    "build: pkg-e\n");
        setSources(QStringLiteral("pkg-a"), fLine(QStringLiteral("alpha-1.0.tar.gz")));
        setSources(QStringLiteral("pkg-b"), fLine(QStringLiteral("beta-2.tar.xz"), true));
        setSources(QStringLiteral("pkg-c"), fLine(QStringLiteral("gamma-3.tar.gz")) + fLine(QStringLiteral("delta-4.tar.bz2")));
        setSources(QStringLiteral("pkg-d"),
                   fLine(QStringLiteral("gamma-3.tar.gz")) + fLine(QStringLiteral("alpha-1.0.tar.gz")) +
                       "g https://git.example.org/gnulib.git~abc _ " + sha256(contentOf(QStringLiteral("gnulib-abc.tar.gz"))) +
                       " gnulib-abc.tar.gz\n");
        setSources(QStringLiteral("pkg-e"), fLine(QStringLiteral("zeta-6.txt")));
        for (const QString &name : standardNames())
            addDistfile(name, contentOf(name));
    }
    static QStringList standardFirstImage() { return {QStringLiteral("alpha-1.0.tar.gz"), QStringLiteral("beta-2.tar.xz")}; }
    static QStringList standardExternalImage()
    {
        return {QStringLiteral("delta-4.tar.bz2"), QStringLiteral("gamma-3.tar.gz"), QStringLiteral("gnulib-abc.tar.gz"),
            QStringLiteral("zeta-6.txt")};
    }
    static QStringList standardNames() { return standardFirstImage() + standardExternalImage(); }

private:
    QString stepsDir(bool guix) const { return m_root + (guix ? QStringLiteral("/steps-guix") : QStringLiteral("/steps")); }
    static void write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(data);
    }

    QString m_root;
};
