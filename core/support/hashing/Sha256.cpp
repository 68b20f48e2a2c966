// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Sha256.h"
#include "LibCrypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cerrno>
#include <cstring>
#include <unistd.h>

// Either libcrypto's context (crypto set) or Qt's hash.
struct Sha256::Context
{
    const LibCrypto *crypto = nullptr;
    EVP_MD_CTX *ctx = nullptr;
    std::unique_ptr<QCryptographicHash> qt;
    ~Context()
    {
        if (crypto)
            crypto->freeContext(ctx);
    }
};

Sha256::Sha256(Engine engine)
    : d(std::make_unique<Context>())
{
    const LibCrypto *crypto = engine == Engine::Fastest ? LibCrypto::instance() : nullptr;
    EVP_MD_CTX *ctx = crypto ? crypto->newContext() : nullptr;
    if (ctx && crypto->init(ctx, crypto->sha256(), nullptr) == 1) {
        d->crypto = crypto;
        d->ctx = ctx;
        return;
    }
    if (ctx)
        crypto->freeContext(ctx);
    d->qt = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
}

Sha256::~Sha256() = default;

Sha256::Engine Sha256::engine() const
{
    return d->crypto ? Engine::Fastest : Engine::Qt;
}

void Sha256::addData(const char *data, qint64 length)
{
    if (d->crypto)
        d->crypto->update(d->ctx, data, size_t(length));
    else
        d->qt->addData(QByteArrayView(data, length));
}

QByteArray Sha256::result()
{
    if (!d->crypto) {
        const QByteArray digest = d->qt->result();
        d->qt->reset();
        return digest;
    }
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    d->crypto->final(d->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.truncate(int(length));
    d->crypto->init(d->ctx, d->crypto->sha256(), nullptr);
    return digest;
}

QByteArray Sha256::hexOf(const QByteArray &data)
{
    Sha256 h;
    h.addData(data.constData(), data.size());
    return h.hexResult();
}

bool Sha256::addFileRange(int fd, qint64 offset, qint64 size, const std::function<bool(qint64)> &step, QString *error)
{
    // pread into a buffer small enough to stay in the L2 cache between the copy and the hash. Memory mappings were
    // measured at half the throughput on our (virtual) machines: mapping and unmapping costs more than the copy.
    QByteArray buffer(qsizetype(std::min<qint64>(128 * 1024, std::max<qint64>(size, 1))), Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const ssize_t n =
            ::pread(fd, buffer.data(), size_t(std::min<qint64>(buffer.size(), size - done)), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = n < 0
                ? QString::fromLocal8Bit(std::strerror(errno))
                : QCoreApplication::translate("Sha256", "unexpected end of file at byte %1").arg(offset + done);
            return false;
        }
        addData(buffer.constData(), n);
        done += n;
        if (step && !step(n))
            return false;
    }
    return true;
}
