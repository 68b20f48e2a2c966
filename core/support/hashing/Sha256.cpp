// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Sha256.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>

struct Sha256::Context {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(const char *data, qint64 length)
{
    EVP_DigestUpdate(d->ctx, data, size_t(length));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.truncate(int(length));
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
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
    // pread into a buffer small enough to stay in the L2 cache between the copy and the hash. Memory mappings were measured at half
    // the throughput on our (virtual) machines: mapping and unmapping costs more than the copy.
    QByteArray buffer(qsizetype(std::min<qint64>(128 * 1024, std::max<qint64>(size, 1))), Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, buffer.data(), size_t(std::min<qint64>(buffer.size(), size - done)), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = n < 0 ? QString::fromLocal8Bit(std::strerror(errno))
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
