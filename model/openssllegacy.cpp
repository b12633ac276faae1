#include "openssllegacy.h"

#if QONDUIT_HAVE_OPENSSL
#include <openssl/provider.h>
#endif

namespace Qonduit {

bool enableOpenSslLegacyProvider()
{
#if QONDUIT_HAVE_OPENSSL
    // Loading "legacy" alone would take the place of the implicit default provider: load both, once.
    static const bool loaded = OSSL_PROVIDER_load(nullptr, "default") && OSSL_PROVIDER_load(nullptr, "legacy");
    return loaded;
#else
    return false;
#endif
}

} // namespace Qonduit
