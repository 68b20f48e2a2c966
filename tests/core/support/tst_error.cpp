// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Error.h"

#include <QTest>

// The contract callers build on: a kind to decide by, a summary of one line, details kept.
class TestError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noErrorByDefault()
    {
        const Error none;
        QCOMPARE(none.kind(), Error::Kind::None);
        QVERIFY(!none.isError());
        QVERIFY(none.summary().isEmpty());
        QVERIFY(none.details().isEmpty());
        QVERIFY(none.text().isEmpty());
    }

    void summaryIsOneLine_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("details");
        QTest::addColumn<QString>("expectedSummary");
        QTest::addColumn<QString>("expectedDetails");
        QTest::newRow("one line, no details") << QStringLiteral("x.img: 2 distfiles are missing") << QString()
                                              << QStringLiteral("x.img: 2 distfiles are missing") << QString();
        QTest::newRow("one line with details")
            << QStringLiteral("x.img: failed") << QStringLiteral("a: missing\nb: wrong")
            << QStringLiteral("x.img: failed") << QStringLiteral("a: missing\nb: wrong");
        QTest::newRow("lines moved to details") << QStringLiteral("x.img: failed\na: missing") << QString()
                                                << QStringLiteral("x.img: failed") << QStringLiteral("a: missing");
        QTest::newRow("lines go before details")
            << QStringLiteral("x.img: failed\na: missing") << QStringLiteral("b: wrong")
            << QStringLiteral("x.img: failed") << QStringLiteral("a: missing\nb: wrong");
        QTest::newRow("trailing newline") << QStringLiteral("x.img: failed\n") << QStringLiteral("b: wrong")
                                          << QStringLiteral("x.img: failed") << QStringLiteral("b: wrong");
    }

    void summaryIsOneLine()
    {
        QFETCH(QString, summary);
        QFETCH(QString, details);
        QFETCH(QString, expectedSummary);
        QFETCH(QString, expectedDetails);
        const Error error(Error::Kind::InvalidInput, summary, details);
        QCOMPARE(error.kind(), Error::Kind::InvalidInput);
        QVERIFY(error.isError());
        QCOMPARE(error.summary(), expectedSummary);
        QVERIFY(!error.summary().contains(QLatin1Char('\n')));
        QCOMPARE(error.details(), expectedDetails);
        // Nothing is lost: the text has every line that was given.
        QCOMPARE(error.text(),
            expectedDetails.isEmpty() ? expectedSummary : expectedSummary + QLatin1Char('\n') + expectedDetails);
    }

    void kindKeysAreStableAndDistinct()
    {
        const QList<Error::Kind> kinds {Error::Kind::None, Error::Kind::InvalidInput, Error::Kind::NotFound,
            Error::Kind::Io, Error::Kind::Conflict, Error::Kind::Unsupported, Error::Kind::Cancelled};
        QSet<QString> keys;
        for (const Error::Kind kind : kinds)
            keys.insert(Error::kindKey(kind));
        QCOMPARE(keys.size(), kinds.size());
        QCOMPARE(Error::kindKey(Error::Kind::InvalidInput), QStringLiteral("invalid-input"));
        QCOMPARE(Error::kindKey(Error::Kind::Cancelled), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
