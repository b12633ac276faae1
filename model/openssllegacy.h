// SPDX-License-Identifier: MIT
#pragma once

namespace Qonduit {

// Loads OpenSSL's legacy provider (next to the default one) into the process, so that PFX files with
// the old RC2/3DES encryption, as many Windows exports still are, can be read by Qt, which uses the
// same libcrypto. Returns false where the build has no OpenSSL or the provider is not installed.
bool enableOpenSslLegacyProvider();

} // namespace Qonduit
