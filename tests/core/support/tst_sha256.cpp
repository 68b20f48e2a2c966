// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "LibCrypto.h"
#include "Sha256.h"

#include <QTest>

using namespace Qt::StringLiterals;

// SHA-256 as the core takes it: through libcrypto, opened on first use, or Qt's where it cannot
// be. Both engines give the published digests, whole or fed in pieces that straddle the 64-byte
// blocks, and a digest taken resets the object for the next.
class TestSha256 : public QObject
{
    Q_OBJECT

private:
    static QByteArray piecewise(Sha256::Engine engine, const QByteArray &data, qsizetype piece)
    {
        Sha256 h(engine);
        for (qsizetype at = 0; at < data.size(); at += piece)
            h.addData(data.constData() + at, std::min(piece, data.size() - at));
        return h.hexResult();
    }

private Q_SLOTS:
    // The build environment has libcrypto, so the fast engine must be libcrypto's: a fallback
    // that crept in unnoticed would halve every hashing figure.
    void libcryptoIsOpenedOnFirstUse()
    {
        QVERIFY(LibCrypto::instance() != nullptr);
        QCOMPARE(LibCrypto::instance(), LibCrypto::instance());
        QCOMPARE(Sha256().engine(), Sha256::Engine::Fastest);
        QCOMPARE(Sha256(Sha256::Engine::Qt).engine(), Sha256::Engine::Qt);
    }

    void publishedDigests_data()
    {
        QTest::addColumn<int>("engine");
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
            QTest::addRow("libcrypto %s", label.constData()) << int(Sha256::Engine::Fastest) << data << digest;
            QTest::addRow("qt %s", label.constData()) << int(Sha256::Engine::Qt) << data << digest;
        }
    }

    void publishedDigests()
    {
        QFETCH(int, engine);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, digest);
        const auto e = Sha256::Engine(engine);
        QCOMPARE(piecewise(e, data, std::max<qsizetype>(data.size(), 1)), digest);
        QCOMPARE(piecewise(e, data, 7), digest);
        QCOMPARE(piecewise(e, data, 4096), digest);
        if (e == Sha256::Engine::Fastest)
            QCOMPARE(Sha256::hexOf(data), digest);
    }

    void resultResets_data()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("libcrypto") << int(Sha256::Engine::Fastest);
        QTest::newRow("qt") << int(Sha256::Engine::Qt);
    }

    void resultResets()
    {
        QFETCH(int, engine);
        Sha256 h {Sha256::Engine(engine)};
        h.addData("ab", 2);
        QCOMPARE(h.hexResult(), QByteArray("fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603"));
        h.addData("abc", 3);
        QCOMPARE(h.hexResult(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
