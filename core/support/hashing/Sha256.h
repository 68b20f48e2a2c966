// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QByteArray>

#include <QString>

#include <functional>
#include <memory>

// Incremental SHA-256 through OpenSSL's EVP interface: about twice the throughput of
// QCryptographicHash on our machines (SHA-NI where the CPU has it), which matters when a
// payload is gigabytes. libcrypto is opened on first use (LibCrypto); where it cannot be, the
// digests come from QCryptographicHash: the same bytes, slower.
class Sha256
{
public:
    // Which implementation takes the digest. Fastest is libcrypto when it can be opened, else
    // Qt's; Qt is QCryptographicHash always (the tests compare the two).
    enum class Engine { Fastest, Qt };

    explicit Sha256(Engine engine = Engine::Fastest);
    ~Sha256();
    // The implementation in use: Fastest only when it is libcrypto.
    Engine engine() const;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qint64 length);
    // The 32-byte digest; the object is reset afterwards.
    QByteArray result();
    // The digest as 64 lower-case hex digits; the object is reset afterwards.
    QByteArray hexResult() { return result().toHex(); }

    static QByteArray hexOf(const QByteArray &data);

    // Adds `size` bytes of the open file `fd` from `offset`, read with pread in 1 MiB chunks
    // (memory stays flat). `step` is told each chunk's byte count and
    // returns false to stop. Returns false and sets `error` on a read error or short file;
    // a stop returns false with an empty error.
    [[nodiscard]] bool addFileRange(
        int fd, qint64 offset, qint64 size, const std::function<bool(qint64)> &step, QString *error);

private:
    struct Context;
    std::unique_ptr<Context> d;
};
