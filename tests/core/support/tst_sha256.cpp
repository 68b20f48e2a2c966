// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Sha256.h"

#include <QTest>

using namespace Qt::StringLiterals;

// SHA-256 as the core takes it, through libcrypto: the published digests, whole or fed in
// pieces that straddle its 64-byte blocks, and a digest taken resets the object for the next.
class TestSha256 : public QObject
{
    Q_OBJECT

private:
    static QByteArray piecewise(const QByteArray &data, qsizetype piece)
    {
        Sha256 h;
        for (qsizetype at = 0; at < data.size(); at += piece)
            h.addData(data.constData() + at, std::min(piece, data.size() - at));
        return h.hexResult();
    }

private Q_SLOTS:
    void publishedDigests_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("digest");
        const QList<std::pair<QByteArray, QByteArray>> vectors = {
            // FIPS 180-2's examples, and the empty message.
            {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
            {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
            {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
            {QByteArray(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
        };
        for (const auto &[data, digest] : vectors) {
            const QByteArray label = data.size() > 20 ? QByteArray(QByteArray::number(data.size()) + " bytes")
                                                      : QByteArray('"' + data + '"');
            QTest::addRow("%s", label.constData()) << data << digest;
        }
    }

    void publishedDigests()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hexOf(data), digest);
        QCOMPARE(piecewise(data, 7), digest);
        QCOMPARE(piecewise(data, 4096), digest);
    }

    void resultResets()
    {
        Sha256 h;
        h.addData("ab", 2);
        QCOMPARE(h.hexResult(), QByteArray("fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603"));
        h.addData("abc", 3);
        QCOMPARE(h.hexResult(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
