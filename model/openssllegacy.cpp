// SPDX-License-Identifier: MIT
#include "openssllegacy.h"

#if QONDUIT_HAVE_OPENSSL
#include <openssl/provider.h>
#endif

namespace Qonduit {

bool enableOpenSslLegacyProvider()
{
#if QONDUIT_HAVE_OPENSSL
    // Loading "legacy" alone would take the place of the implicit default provider: load both, once.
    // The handles stay for the life of the process (kept here, they are not leaks).
    static OSSL_PROVIDER *const defaultProvider = OSSL_PROVIDER_load(nullptr, "default");
    static OSSL_PROVIDER *const legacyProvider = OSSL_PROVIDER_load(nullptr, "legacy");
    return defaultProvider && legacyProvider;
#else
    return false;
#endif
}

} // namespace Qonduit
