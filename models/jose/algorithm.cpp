// SPDX-License-Identifier: GPL-3.0-or-later
#include "algorithm.h"

#include <array>

namespace Jose {

namespace {

using F = AlgorithmFamily;

// RFC 7518 §3.1, RFC 8037 §3.1. Order matches enum Algorithm.
constexpr std::array<AlgorithmInfo, 14> Table{{
    {Algorithm::HS256, F::Hmac, "HS256", "SHA256", 32, 0, nullptr},
    {Algorithm::HS384, F::Hmac, "HS384", "SHA384", 48, 0, nullptr},
    {Algorithm::HS512, F::Hmac, "HS512", "SHA512", 64, 0, nullptr},
    {Algorithm::RS256, F::RsaPkcs1, "RS256", "SHA256", 32, 0, nullptr},
    {Algorithm::RS384, F::RsaPkcs1, "RS384", "SHA384", 48, 0, nullptr},
    {Algorithm::RS512, F::RsaPkcs1, "RS512", "SHA512", 64, 0, nullptr},
    {Algorithm::PS256, F::RsaPss, "PS256", "SHA256", 32, 0, nullptr},
    {Algorithm::PS384, F::RsaPss, "PS384", "SHA384", 48, 0, nullptr},
    {Algorithm::PS512, F::RsaPss, "PS512", "SHA512", 64, 0, nullptr},
    {Algorithm::ES256, F::Ecdsa, "ES256", "SHA256", 32, 32, "P-256"},
    {Algorithm::ES384, F::Ecdsa, "ES384", "SHA384", 48, 48, "P-384"},
    {Algorithm::ES512, F::Ecdsa, "ES512", "SHA512", 64, 66, "P-521"},
    {Algorithm::EdDSA, F::EdDsa, "EdDSA", nullptr, 0, 0, nullptr},
    {Algorithm::None, F::None, "none", nullptr, 0, 0, nullptr},
}};

static_assert(Table.size() == static_cast<size_t>(Algorithm::None) + 1);

} // namespace

std::optional<Algorithm> algorithmFromName(QStringView name)
{
    for (const AlgorithmInfo &info : Table) {
        if (name == QLatin1String(info.name)) // exact, case-sensitive
            return info.algorithm;
    }
    return std::nullopt;
}

const AlgorithmInfo &algorithmInfo(Algorithm algorithm)
{
    const auto index = static_cast<size_t>(algorithm);
    return index < Table.size() ? Table[index] : Table.back();
}

QString algorithmName(Algorithm algorithm)
{
    return QLatin1String(algorithmInfo(algorithm).name);
}

bool isAsymmetric(Algorithm algorithm)
{
    const AlgorithmFamily family = algorithmInfo(algorithm).family;
    return family != AlgorithmFamily::Hmac && family != AlgorithmFamily::None;
}

} // namespace Jose
