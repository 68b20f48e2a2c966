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

    // Writes `<root>/<relative>` (folders made as needed); returns the path.
    QString put(const QString &relative, const QByteArray &data) const
    {
        const QString path = m_root + QLatin1Char('/') + relative;
        write(path, data);
        return path;
    }

    // The importer's source in the shape FORMAT.md describes: a 4-byte helper over 4-byte
    // buffers (u32) or an 8-byte one over 8-byte buffers (u64). With `defineBoth`, both helpers
    // are defined (the u64 one built on the u32 one) and a comment names the other, so only
    // what reads the count, name length and size tells the layout.
    static QByteArray importerSource(bool u64, bool defineBoth = false)
    {
        const QByteArray w = u64 ? "64" : "32";
        const QByteArray n = u64 ? "8" : "4";
        QByteArray text = "#include <stdint.h>\n"
                          "#include <stdio.h>\n\n";
        if (!u64 || defineBoth)
            text += "static uint32_t read_u32le(const unsigned char *b)\n"
                    "{\n"
                    "    return (uint32_t)b[0] | ((uint32_t)b[1] << 8) | ((uint32_t)b[2] << 16) | ((uint32_t)b[3] << 24);\n"
                    "}\n\n";
        if (u64 && defineBoth)
            text += "static uint64_t read_u64le(const unsigned char *b)\n"
                    "{\n"
                    "    return (uint64_t)read_u32le(b) | ((uint64_t)read_u32le(b + 4) << 32);\n"
                    "}\n\n";
        else if (u64)
            text += "static uint64_t read_u64le(const unsigned char *b)\n"
                    "{\n"
                    "    uint64_t v = 0;\n"
                    "    for (int i = 7; i >= 0; --i)\n"
                    "        v = (v << 8) | b[i];\n"
                    "    return v;\n"
                    "}\n\n";
        if (!u64 && defineBoth)
            text += "/* read_u64le(buf) would read the 8-byte revision's fields: count = read_u64le(buf); */\n"
                    "static uint64_t read_u64le(const unsigned char *b);\n\n";
        text += "int import_payload(FILE *f)\n"
                "{\n"
                "    unsigned char magic[8];\n"
                "    unsigned char buf[" + n + "];\n"
                "    unsigned char hdr[" + QByteArray::number(2 * n.toInt()) + "];\n"
                "    if (fread(magic, 1, 8, f) != 8 || fread(buf, 1, " + n + ", f) != " + n + ")\n"
                "        return 1;\n"
                "    uint" + w + "_t count = read_u" + w + "le(buf);\n"
                "    for (uint" + w + "_t i = 0; i < count; ++i) {\n"
                "        if (fread(hdr, 1, sizeof hdr, f) != sizeof hdr)\n"
                "            return 1;\n"
                "        uint" + w + "_t name_len = read_u" + w + "le(hdr);\n"
                "        uint" + w + "_t size = read_u" + w + "le(hdr + " + n + ");\n"
                "        (void)name_len;\n"
                "        (void)size;\n"
                "    }\n"
                "    return 0;\n"
                "}\n";
        return text;
    }
    // The line of the importer that reads the count, as importerSource() writes it.
    static QByteArray importerCountLine(bool u64)
    {
        return u64 ? "uint64_t count = read_u64le(buf);" : "uint32_t count = read_u32le(buf);";
    }
    // steps/payload-import-<version>/src/payload-import.c, relative to the checkout.
    static QString importerPath(const QString &version = QStringLiteral("1.0"))
    {
        return QStringLiteral("steps/payload-import-%1/src/payload-import.c").arg(version);
    }
    void setImporter(bool u64, const QString &version = QStringLiteral("1.0"), bool defineBoth = false) const
    {
        put(importerPath(version), importerSource(u64, defineBoth));
    }

    // lib/generator.py with a _create_raw_container_image packing "<I"/"<II" or "<Q"/"<QQ",
    // after another method that packs the other width (which must not count).
    static QByteArray generatorSource(bool u64)
    {
        const QByteArray one = u64 ? "<Q" : "<I";
        const QByteArray two = u64 ? "<QQ" : "<II";
        const QByteArray other = u64 ? "<I" : "<Q";
        return "import struct\n\n"
               "class Generator:\n"
               "    def _other(self, out):\n"
               "        out.write(struct.pack(\"" + other + "\", 0))\n\n"
               "    def _create_raw_container_image(self, target, entries):\n"
               "        # the header: magic, then the count\n"
               "        with open(target, \"wb\") as out:\n"
               "            out.write(b\"LBPAYLD1\")\n"
               "            out.write(struct.pack(\"" + one + "\", len(entries)))\n"
               "            for name, path, size in entries:\n"
               "                out.write(struct.pack(\"" + two + "\", len(name), size))\n\n"
               "    def _after(self, out):\n"
               "        out.write(struct.pack(\"" + other + "\", 1))\n";
    }
    static QByteArray generatorCountLine(bool u64)
    {
        return u64 ? "out.write(struct.pack(\"<Q\", len(entries)))" : "out.write(struct.pack(\"<I\", len(entries)))";
    }
    void setGenerator(bool u64) const { put(QStringLiteral("lib/generator.py"), generatorSource(u64)); }

    // steps/jump/fiwix.sh calling make_fiwix_initrd with `kib`, on line 3.
    void setFiwix(qint64 kib) const
    {
        put(QStringLiteral("steps/jump/fiwix.sh"),
            "#!/bin/sh\n# the Fiwix hand-off\nmake_fiwix_initrd -s " + QByteArray::number(kib) +
                " /boot/fiwix.ext2\n");
    }

    // The 1-based line of the first line of `text` that contains `part`; 0 when none.
    static int lineOf(const QByteArray &text, const QByteArray &part)
    {
        const qsizetype at = text.indexOf(part);
        return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
    }

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
