// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "AlignedBuffer.h"

#include <QTest>

#include <cstring>
#include <limits>

// AddressSanitizer ends the process on an allocation it cannot serve: tests/sanitizers/asan.options
// leaves its allocator_may_return_null off, so that no failed allocation goes unnoticed.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PAYLOAD_STUDIO_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PAYLOAD_STUDIO_ASAN 1
#endif

// AlignedBuffer, the memory of direct I/O: the address is a multiple of the alignment asked
// for, the whole size is usable, and a size that cannot be had gives a null buffer of size 0
// instead of a crash.
class TestAlignedBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aligned_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("alignment");
        QTest::newRow("one block of 512") << qsizetype(512) << qsizetype(512);
        QTest::newRow("4 MiB at 4096") << qsizetype(4 * 1024 * 1024) << qsizetype(4096);
        QTest::newRow("odd size at 4096") << qsizetype(12345) << qsizetype(4096);
        QTest::newRow("one byte at 64 KiB") << qsizetype(1) << qsizetype(65536);
        QTest::newRow("pointer alignment") << qsizetype(100) << qsizetype(sizeof(void *));
    }

    void aligned()
    {
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, alignment);
        // Several at once, so that one lucky address proves nothing.
        for (int i = 0; i < 8; ++i) {
            AlignedBuffer buffer(size, alignment);
            QVERIFY(buffer.data() != nullptr);
            QCOMPARE(buffer.size(), size);
            QCOMPARE(quintptr(buffer.data()) % quintptr(alignment), quintptr(0));
            // Every byte is the caller's (a sanitizer build catches a short allocation).
            std::memset(buffer.data(), 0xa5, size_t(size));
            QCOMPARE(quint8(buffer.data()[size - 1]), quint8(0xa5));
        }
    }

    void outOfMemory_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("alignment");
        QTest::newRow("more than the address space") << std::numeric_limits<qsizetype>::max() << qsizetype(4096);
    }

    void outOfMemory()
    {
#ifdef PAYLOAD_STUDIO_ASAN
        QSKIP("AddressSanitizer aborts on an allocation it cannot serve");
#endif
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, alignment);
        AlignedBuffer buffer(size, alignment);
        QCOMPARE(buffer.data(), nullptr);
        QCOMPARE(buffer.size(), qsizetype(0));
    }
};

QTEST_GUILESS_MAIN(TestAlignedBuffer)
#include "tst_alignedbuffer.moc"
