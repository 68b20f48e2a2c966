// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "Sha256.h"

#include <openssl/evp.h>

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
