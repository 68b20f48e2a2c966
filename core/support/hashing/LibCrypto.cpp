// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "LibCrypto.h"
#include "CoreLogging.h"

#include <openssl/opensslv.h>

#include <dlfcn.h>

namespace {

#define PAYLOAD_STUDIO_STRINGIFY2(x) #x
#define PAYLOAD_STUDIO_STRINGIFY(x) PAYLOAD_STUDIO_STRINGIFY2(x)
constexpr const char *SoName = "libcrypto.so." PAYLOAD_STUDIO_STRINGIFY(OPENSSL_VERSION_MAJOR);

template<typename Function>
bool resolve(void *handle, const char *symbol, Function *target)
{
    *target = reinterpret_cast<Function>(::dlsym(handle, symbol));
    if (!*target)
        qCWarning(lcCore) << SoName << "has no" << symbol << "; SHA-256 falls back to QCryptographicHash";
    return *target != nullptr;
}

const LibCrypto *open()
{
    // Never closed: digests may be taken until the process ends.
    void *handle = ::dlopen(SoName, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        qCWarning(lcCore) << "cannot open" << SoName << ":" << ::dlerror()
                          << "; SHA-256 falls back to QCryptographicHash";
        return nullptr;
    }
    static LibCrypto library;
    const bool complete = resolve(handle, "EVP_MD_CTX_new", &library.newContext) &&
        resolve(handle, "EVP_MD_CTX_free", &library.freeContext) && resolve(handle, "EVP_sha256", &library.sha256) &&
        resolve(handle, "EVP_DigestInit_ex", &library.init) && resolve(handle, "EVP_DigestUpdate", &library.update) &&
        resolve(handle, "EVP_DigestFinal_ex", &library.final);
    return complete ? &library : nullptr;
}

} // namespace

const LibCrypto *LibCrypto::instance()
{
    // A function-local static is initialised once; other threads wait for it.
    static const LibCrypto *const library = open();
    return library;
}
