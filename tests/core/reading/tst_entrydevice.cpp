// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "EntryDevice.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// EntryDevice, an entry read in place: exactly the window's bytes whatever the read sizes and
// seeks, the end of the entry as the end of the device, reading only, and several windows on
// one image read side by side.
class TestEntryDevice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_image;
    QByteArray m_bytes; // the image file: 3 MiB of a pattern no window can match by chance

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bytes.resize(3 * 1024 * 1024);
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            m_bytes[i] = char((i * 7 + i / 251) & 0xff);
        m_image = m_dir.filePath(QStringLiteral("image"));
        QFile file(m_image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_bytes), m_bytes.size());
    }

    void window_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("chunk"); // the size of each read() call
        QTest::newRow("whole file") << qint64(0) << qint64(3 * 1024 * 1024) << qint64(1024 * 1024);
        QTest::newRow("empty entry") << qint64(100) << qint64(0) << qint64(16);
        QTest::newRow("middle, odd reads") << qint64(12345) << qint64(100000) << qint64(4099);
        QTest::newRow("one byte") << qint64(3 * 1024 * 1024 - 1) << qint64(1) << qint64(10);
        QTest::newRow("reads larger than the entry") << qint64(7) << qint64(50) << qint64(4096);
    }

    void window()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, size);
        QFETCH(qint64, chunk);
        EntryDevice device(m_image, offset, size);
        QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
        QVERIFY(!device.isSequential());
        QCOMPARE(device.size(), size);
        QByteArray read;
        for (;;) {
            const QByteArray part = device.read(chunk);
            if (part.isEmpty())
                break;
            read += part;
        }
        QCOMPARE(read, m_bytes.mid(offset, size));
        QVERIFY(device.atEnd());
        // Seeking back reads the same bytes again, from anywhere in the window.
        if (size > 2) {
            QVERIFY(device.seek(size / 2));
            QCOMPARE(device.read(size), m_bytes.mid(offset + size / 2, size - size / 2));
        }
    }

    // The window ends the device even where the image goes on.
    void endOfEntryIsNotEndOfImage()
    {
        EntryDevice device(m_image, 1000, 10);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(device.readAll(), m_bytes.mid(1000, 10));
        QCOMPARE(device.read(1), QByteArray());
    }

    // Two windows open at once do not move each other's position.
    void sideBySide()
    {
        EntryDevice first(m_image, 0, 1000);
        EntryDevice second(m_image, 2000, 1000);
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(first.read(300), m_bytes.mid(0, 300));
        QCOMPARE(second.read(500), m_bytes.mid(2000, 500));
        QCOMPARE(first.read(300), m_bytes.mid(300, 300));
        QCOMPARE(second.readAll(), m_bytes.mid(2500, 500));
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("missingImage");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("error");
        QTest::newRow("write only") << false << int(QIODevice::WriteOnly)
                                    << QStringLiteral("only be opened for reading");
        QTest::newRow("read-write") << false << int(QIODevice::ReadWrite)
                                    << QStringLiteral("only be opened for reading");
        QTest::newRow("missing image") << true << int(QIODevice::ReadOnly) << QStringLiteral("Cannot open ");
    }

    void refusals()
    {
        QFETCH(bool, missingImage);
        QFETCH(int, mode);
        QFETCH(QString, error);
        const QString path = missingImage ? m_dir.filePath(QStringLiteral("gone")) : m_image;
        EntryDevice device(path, 0, 10);
        QVERIFY(!device.open(QIODevice::OpenMode(mode)));
        QVERIFY(!device.isOpen());
        QVERIFY2(device.errorString().contains(error), qPrintable(device.errorString()));
        if (missingImage)
            QVERIFY(device.errorString().contains(path));
    }

    void writesAreRefused()
    {
        EntryDevice device(m_image, 0, 10);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
        QCOMPARE(device.write("x"), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestEntryDevice)
#include "tst_entrydevice.moc"
