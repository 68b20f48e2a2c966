// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PayloadFormat.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {
const QString AppId = u"io.github.payloadstudio.PayloadStudio"_s;
const QString ImageType = u"application/x-lbpayload-image"_s;

QString resource(const QString &name)
{
    return QStringLiteral(PAYLOAD_STUDIO_SOURCE_DIR) + u"/resources/"_s + name;
}
} // namespace

// The desktop integration: the MIME type tells payload images by the magic lbpayload and the
// GUI read (PayloadFormat::Magic) and by nothing else, the desktop file opens that type, and
// the PNG icons are made at the sizes menus use.
class TestPackagingDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        // A MIME database holding only our type, read the way file managers read theirs.
        QVERIFY(m_data.isValid());
        QVERIFY(QDir().mkpath(m_data.filePath(u"mime/packages"_s)));
        QVERIFY(
            QFile::copy(resource(AppId + u".mime.xml"_s), m_data.filePath(u"mime/packages/"_s + AppId + u".xml"_s)));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_data.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.filePath(u"home"_s)));
    }

    // The XML's one magic rule is the core's magic at offset 0, and it has no glob.
    void magicIsTheCoresMagic()
    {
        QFile file(resource(AppId + u".mime.xml"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList types, matches, globs;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"mime-type")
                types.append(xml.attributes().value(u"type").toString());
            else if (xml.name() == u"match")
                matches.append(
                    xml.attributes().value(u"offset").toString() + u':' + xml.attributes().value(u"value").toString());
            else if (xml.name() == u"glob")
                globs.append(xml.attributes().value(u"pattern").toString());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(types, QStringList {ImageType});
        QCOMPARE(matches, QStringList {u"0:"_s + QLatin1StringView(PayloadFormat::Magic, PayloadFormat::MagicSize)});
        QCOMPARE(globs, QStringList());
    }

    void detection_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("isImage");
        const QByteArray magic(PayloadFormat::Magic, PayloadFormat::MagicSize);
        const QByteArray empty = magic + QByteArray(4, '\0');
        QTest::newRow("external.img") << u"external.img"_s << empty << true;
        QTest::newRow("any name") << u"payload.bin"_s << empty << true;
        QTest::newRow("u64 image") << u"big"_s << magic + QByteArray(8, '\0') << true;
        QTest::newRow(".img without magic") << u"disk.img"_s << QByteArray(512, '\0') << false;
        QTest::newRow("magic later") << u"late.img"_s << QByteArray("x") + magic << false;
    }

    void detection()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, isImage);
        QTemporaryDir dir;
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QCOMPARE(QMimeDatabase().mimeTypeForFile(file.fileName()).name() == ImageType, isImage);
    }

    // xdg-open finds Payload Studio through this line.
    void desktopFileOpensTheType()
    {
        QSettings desktop(resource(u"payload-studio.desktop"_s), QSettings::IniFormat);
        const QStringList types = desktop.value(u"Desktop Entry/MimeType"_s).toString().split(u';', Qt::SkipEmptyParts);
        QCOMPARE(types, QStringList {ImageType});
    }

    void pngIcons_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void pngIcons()
    {
        QFETCH(int, size);
        const QString path =
            QStringLiteral(PAYLOAD_STUDIO_SHARE_DIR) + u"/icons/hicolor/%1x%1/apps/payload-studio.png"_s.arg(size);
        QFile png(path);
        QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray head = png.read(24);
        QVERIFY(head.startsWith("\x89PNG"));
        // The IHDR chunk: width and height, big-endian.
        QCOMPARE(qFromBigEndian<quint32>(head.constData() + 16), quint32(size));
        QCOMPARE(qFromBigEndian<quint32>(head.constData() + 20), quint32(size));
    }
};

QTEST_GUILESS_MAIN(TestPackagingDesktop)
#include "tst_packaging_desktop.moc"
