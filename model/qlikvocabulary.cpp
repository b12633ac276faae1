// SPDX-License-Identifier: MIT
#include "qlikvocabulary.h"

#include <array>

namespace Qonduit::Qlik {

namespace {
constexpr auto Seen = Provenance::Seen;
constexpr auto Inferred = Provenance::Inferred;
constexpr auto Ours = Provenance::Ours;
} // namespace

template<>
std::span<const Word<HttpMethod>> words<HttpMethod>()
{
    static constexpr std::array<Word<HttpMethod>, 2> table {{
        {HttpMethod::Get, u"GET", Seen},
        {HttpMethod::Post, u"POST", Seen},
    }};
    return table;
}

template<>
std::span<const Word<HttpProtocol>> words<HttpProtocol>()
{
    static constexpr std::array<Word<HttpProtocol>, 2> table {{
        {HttpProtocol::Http10, u"1.0", Seen},
        {HttpProtocol::Http11, u"1.1", Seen},
    }};
    return table;
}

template<>
std::span<const Word<KeyGenerationStrategy>> words<KeyGenerationStrategy>()
{
    static constexpr std::array<Word<KeyGenerationStrategy>, 4> table {{
        {KeyGenerationStrategy::SequenceId, u"0", Seen},
        {KeyGenerationStrategy::NoKeys, u"-1", Inferred},
        {KeyGenerationStrategy::CurrentRecord, u"1", Ours},
        {KeyGenerationStrategy::FullyQualifiedRecord, u"2", Ours},
    }};
    return table;
}

template<>
std::span<const Word<AuthSchema>> words<AuthSchema>()
{
    static constexpr std::array<Word<AuthSchema>, 5> table {{
        {AuthSchema::Anonymous, u"anonymous", Seen},
        {AuthSchema::Basic, u"basic", Seen},
        {AuthSchema::Digest, u"digest", Ours},
        {AuthSchema::Ntlm, u"ntlm", Seen},
        {AuthSchema::CurrentWindowsUser, u"windows", Ours},
    }};
    return table;
}

template<>
std::span<const Word<CertificateSource>> words<CertificateSource>()
{
    static constexpr std::array<Word<CertificateSource>, 3> table {{
        {CertificateSource::None, u"No", Seen},
        {CertificateSource::Installed, u"Installed", Ours},
        {CertificateSource::FromFile, u"FromFile", Seen},
    }};
    return table;
}

template<>
std::span<const Word<CertificateStoreLocation>> words<CertificateStoreLocation>()
{
    static constexpr std::array<Word<CertificateStoreLocation>, 2> table {{
        {CertificateStoreLocation::CurrentUser, u"CurrentUser", Seen},
        {CertificateStoreLocation::LocalMachine, u"LocalMachine", Seen},
    }};
    return table;
}

template<>
std::span<const Word<CertificateStoreName>> words<CertificateStoreName>()
{
    static constexpr std::array<Word<CertificateStoreName>, 8> table {{
        {CertificateStoreName::My, u"My", Seen},
        {CertificateStoreName::Root, u"Root", Inferred},
        {CertificateStoreName::CA, u"CA", Inferred},
        {CertificateStoreName::TrustedPublisher, u"TrustedPublisher", Inferred},
        {CertificateStoreName::Disallowed, u"Disallowed", Inferred},
        {CertificateStoreName::AuthRoot, u"AuthRoot", Inferred},
        {CertificateStoreName::TrustedPeople, u"TrustedPeople", Inferred},
        {CertificateStoreName::AddressBook, u"AddressBook", Inferred},
    }};
    return table;
}

template<>
std::span<const Word<PaginationType>> words<PaginationType>()
{
    static constexpr std::array<Word<PaginationType>, 6> table {{
        {PaginationType::None, u"None", Seen},
        {PaginationType::Offset, u"Offset", Seen},
        {PaginationType::NextPage, u"NextPage", Ours},
        {PaginationType::NextToken, u"NextToken", Ours},
        {PaginationType::NextUrl, u"NextUrl", Seen},
        {PaginationType::Custom, u"Custom", Seen},
    }};
    return table;
}

// The token's words are ours, for the .qonduit file; the grants are OAuth's grant_type values.
template<>
std::span<const Word<TokenSource>> words<TokenSource>()
{
    static constexpr std::array<Word<TokenSource>, 3> table {{
        {TokenSource::None, u"none", Ours},
        {TokenSource::OAuth2, u"oauth2", Ours},
        {TokenSource::Request, u"request", Ours},
    }};
    return table;
}

template<>
std::span<const Word<OAuthGrant>> words<OAuthGrant>()
{
    static constexpr std::array<Word<OAuthGrant>, 3> table {{
        {OAuthGrant::ClientCredentials, u"client_credentials", Ours},
        {OAuthGrant::Password, u"password", Ours},
        {OAuthGrant::RefreshToken, u"refresh_token", Ours},
    }};
    return table;
}

template<>
std::span<const Word<TokenPlacement>> words<TokenPlacement>()
{
    static constexpr std::array<Word<TokenPlacement>, 2> table {{
        {TokenPlacement::Header, u"header", Ours},
        {TokenPlacement::QueryParameter, u"query", Ours},
    }};
    return table;
}

QList<QStringView> Tables::ours()
{
    return {ContentField, ResponseHeaders};
}

} // namespace Qonduit::Qlik
