// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Builds first boot disks (init.img) byte by byte for tests, the way upstream's generator lays
// them out (FIRST-IMAGE.md): a 512-byte stage 1 ending 55 AA, the stage-2 source as text, zero
// bytes up to the next sector, the builder shell's script, a terminating zero byte, then zero
// bytes up to the next MiB. Written independently of the core's reader, so that tests do not
// check the reader against itself. Each part can be left out or changed to make broken images:
// no terminating zero (unterminated), a record whose data runs past the end (truncated), raw
// lines builder-hex0 would misread.
//
//     FirstImageFixture image;
//     image.folder("."). folder("./steps").file("./steps/a.txt", "alpha\n");
//     QVERIFY(image.write(dir.filePath("init.img")));
class FirstImageFixture
{
public:
    enum class Stage2 {
        Fake, // a few lines of hex0-looking text: no known revision, so a warning
        Real, // builder-hex0 a278124's own stage-1 and stage-2 files from tests/data/builder-hex0
    };

    explicit FirstImageFixture(Stage2 stage2 = Stage2::Fake);

    // The folder holding the real builder-hex0-x86-stage{1,2}.hex0 (tests/data/builder-hex0,
    // committed), and whether both files are there. A test that needs them fails without:
    //     QVERIFY2(FirstImageFixture::hasRealBuilderHex0(), "no builder-hex0 files");
    static QString realBuilderHex0Dir();
    static bool hasRealBuilderHex0();
    // Stage 1 from a hex0 text: on each line, the text before the first '#' or ';' read as
    // pairs of hex digits (stage 1 is written this way in builder-hex0).
    static QByteArray hex0ToBytes(const QByteArray &text);

    // Script records, in order. Each returns *this, so calls chain.
    FirstImageFixture &file(const QByteArray &path, const QByteArray &data); // `src N path` + data
    FirstImageFixture &folder(const QByteArray &path); // `src 0 path`
    FirstImageFixture &hex0(const QByteArray &in, const QByteArray &out); // `hex0 in out`
    FirstImageFixture &command(const QByteArray &program, const QByteArray &argument); // `program argument`
    // Bytes appended to the script as they are (no newline added): for malformed lines, or a
    // `src` line that declares more bytes than follow.
    FirstImageFixture &raw(const QByteArray &bytes);

    // Replaces stage 1 (e.g. one without the 55 AA signature) or the stage-2 text.
    FirstImageFixture &setStage1(const QByteArray &sector);
    FirstImageFixture &setStage2(const QByteArray &text);
    // Whether the zero byte that ends the script is written (default: yes).
    FirstImageFixture &setTerminated(bool terminated);
    // Whether the image is padded with zeros as upstream does, `MiB - size % MiB` (default: yes).
    FirstImageFixture &setMiBPadding(bool padded);

    QByteArray stage1() const { return m_stage1; }
    QByteArray stage2() const { return m_stage2; }
    // Byte offset where the script starts: stage 2 padded to whole sectors.
    qint64 scriptStart() const;
    // Byte offset of record `index`'s line (records added with raw() count as one each).
    qint64 recordOffset(int index) const;
    // Where the data of record `index` starts (just past its line).
    qint64 dataOffset(int index) const;
    int recordCount() const { return int(m_records.size()); }

    // The whole image.
    QByteArray bytes() const;
    // Writes bytes() to `path`. Returns false and sets `error` when it cannot.
    bool write(const QString &path, QString *error = nullptr) const;

private:
    struct Record
    {
        QByteArray line; // with its newline; raw bytes for raw()
        QByteArray data;
    };

    QByteArray m_stage1;
    QByteArray m_stage2;
    QList<Record> m_records;
    bool m_terminated = true;
    bool m_mibPadding = true;
};
