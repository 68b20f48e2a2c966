// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// Replays the committed images of tests/data/images (made by make-images there) through
// PayloadReader, each against its row of expected.tsv: whether it opens, the layout, the
// entries listed or kept, the importer findings in order and a part of the layout note or of
// the error. The folder and the table must list the same files, so that an image added
// without its expectation, or a row left behind, fails instead of being skipped.

#include "ImporterFinding.h"
#include "PayloadFormat.h"
#include "PayloadReader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QDir imagesDir()
{
    return QDir(QStringLiteral(PAYLOAD_STUDIO_TEST_IMAGES));
}

struct Expectation
{
    QString file;
    bool opens = false;
    QString layout; // "u32", "u64", or "-" when it does not open
    int entries = 0;
    QString findings; // "code@entry,code" or "-"
    QString text; // in the layout note (opens) or the error (does not)
};

// The rows of expected.tsv; `error` is set when the table cannot be read or a row is malformed.
QList<Expectation> readTable(QString *error)
{
    QFile file(imagesDir().filePath(u"expected.tsv"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + u": "_s + file.errorString();
        return {};
    }
    QList<Expectation> rows;
    int lineNumber = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        bool numeric = false;
        const int entries = cells.value(3).toInt(&numeric);
        if (cells.size() != 6 || !numeric || (cells.at(1) != "yes"_L1 && cells.at(1) != "no"_L1)) {
            *error = u"expected.tsv line %1 is not: file, yes|no, layout, entries, findings, text"_s.arg(lineNumber);
            return {};
        }
        rows.append({cells.at(0), cells.at(1) == "yes"_L1, cells.at(2), entries, cells.at(4), cells.at(5)});
    }
    return rows;
}

QString findingKeys(const ImporterFindings &findings)
{
    QStringList keys;
    for (const ImporterFinding &f : findings)
        keys << ImporterFinding::codeKey(f.code) +
                (f.entryIndex >= 0 ? u"@"_s + QString::number(f.entryIndex) : QString());
    return keys.isEmpty() ? u"-"_s : keys.join(u',');
}

} // namespace

Q_DECLARE_METATYPE(Expectation)

class TestReplayPayloadImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableListsEveryImage()
    {
        QString error;
        const QList<Expectation> rows = readTable(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList listed;
        for (const Expectation &row : rows)
            listed << row.file;
        listed.sort();
        QStringList present = imagesDir().entryList(QDir::Files | QDir::Hidden, QDir::Name);
        present.removeOne(u"README.md"_s);
        present.removeOne(u"expected.tsv"_s);
        present.removeOne(u"make-images"_s);
        QCOMPARE(present, listed);
    }

    void replay_data()
    {
        QTest::addColumn<Expectation>("expected");
        QString error;
        const QList<Expectation> rows = readTable(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Expectation &row : rows)
            QTest::newRow(qPrintable(row.file)) << row;
    }

    void replay()
    {
        QFETCH(Expectation, expected);
        const QString path = imagesDir().filePath(expected.file);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        PayloadReader reader;
        const bool opened = reader.open(path);
        QVERIFY2(opened == expected.opens, qPrintable(reader.errorString()));
        QCOMPARE(reader.entries().size(), expected.entries);
        if (!opened) {
            QVERIFY2(reader.errorString().contains(expected.text), qPrintable(reader.errorString()));
            QVERIFY(reader.findings().isEmpty());
            return;
        }
        QCOMPARE(PayloadFormat::layoutName(reader.layout()), expected.layout);
        QVERIFY2(reader.layoutNote().contains(expected.text), qPrintable(reader.layoutNote()));
        QCOMPARE(findingKeys(reader.findings()), expected.findings);
        // The entries account for the image: each starts where the one before ended.
        qint64 offset = PayloadFormat::imageHeaderSize(reader.layout());
        for (const PayloadEntry &entry : reader.entries()) {
            QCOMPARE(entry.headerOffset, offset);
            offset = entry.dataOffset + entry.size;
        }
        QCOMPARE(reader.endOfEntries(), offset);
    }
};

QTEST_GUILESS_MAIN(TestReplayPayloadImages)
#include "tst_replay_payload_images.moc"
