// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <openssl/evp.h>

// OpenSSL's libcrypto, opened the first time a digest is taken instead of when the program
// starts. It is built with BIND_NOW, so loading it means resolving its 4,600 symbol references
// and 23,700 relative relocations before main(): about 1.3 ms, a quarter of lbpayload's start,
// while most commands (list, info, help) never hash. Only the six EVP calls Sha256 makes are
// looked up. The headers are those of the libcrypto the program was built against, and the
// library opened is the same major version (libcrypto.so.<OPENSSL_VERSION_MAJOR>), whose ABI
// OpenSSL keeps stable within a major version.
class LibCrypto
{
public:
    // The library's entry points, or null when it cannot be opened or lacks one of them (the
    // reason is logged once, under payloadstudio.core). The first call opens the library;
    // later calls, from any thread, return the same object.
    static const LibCrypto *instance();

    decltype(&EVP_MD_CTX_new) newContext = nullptr;
    decltype(&EVP_MD_CTX_free) freeContext = nullptr;
    decltype(&EVP_sha256) sha256 = nullptr;
    decltype(&EVP_DigestInit_ex) init = nullptr;
    decltype(&EVP_DigestUpdate) update = nullptr;
    decltype(&EVP_DigestFinal_ex) final = nullptr;
};
