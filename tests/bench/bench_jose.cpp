// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of Jose::verifySignature, Jose::verifyToken and Jose::decodeToken on one core, each
// beside a baseline measured in the same run on the same machine: raw OpenSSL EVP verification
// with the same key and bytes, and raw base64url + QJsonDocument::fromJson of the same token.
// Figures are medians of fixed-duration samples; ratios are ours / baseline. Not a test: it
// prints figures (docs/BENCHMARKS.md says how to read them) and fails only when a verification
// that must succeed did not.

#include "jose/algorithm.h"
#include "jose/decodedtoken.h"
#include "jose/jsonwebkey.h"
#include "jose/signature.h"
#include "jose/tokenverifier.h"
#include "testkeys.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include <time.h>

namespace {

using Clock = std::chrono::steady_clock;

// Keeps a value alive as far as the optimiser can tell, so the work producing it is not dropped.
template <typename T>
inline void keep(const T &value)
{
    asm volatile("" : : "r,m"(value) : "memory");
}

struct Settings
{
    double seconds = 1.0; // minimum duration of one sample
    int repeats = 5;      // samples per figure; the median is reported
    QStringList algorithms{QStringLiteral("RS256"), QStringLiteral("PS256"), QStringLiteral("ES256"),
                           QStringLiteral("ES384"), QStringLiteral("EdDSA"), QStringLiteral("HS256")};
    bool verify = true;
    bool token = true;
    bool decode = true;
};

// Failed operations across the whole run: every operation measured must succeed, else the figure
// would be of an early exit and the run is reported as broken.
std::uint64_t g_failures = 0;

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Operations per second of elapsed (steady_clock) time, and per second of this thread's CPU
// time: on a machine shared with other work the two differ, and the second is what one core
// does when it is not taken away.
struct Sample
{
    double wall = 0;
    double cpu = 0;
};

// What one side of a measurement has done so far, over one or more slices.
struct Tally
{
    std::uint64_t iterations = 0;
    std::uint64_t succeeded = 0;
    Clock::duration wall{};
    double cpu = 0;
    std::uint64_t batch = 1; // operations between two clock reads

    Sample sample() const
    {
        const double seconds = std::chrono::duration<double>(wall).count();
        return {seconds > 0 ? double(iterations) / seconds : 0, cpu > 0 ? double(iterations) / cpu : 0};
    }
};

// Calls op() in batches for at least `length`, adding to the tally. The batch doubles until one
// batch takes about 1 ms, so the clock is not read after every operation.
void runSlice(Tally &tally, const std::function<bool()> &op, Clock::duration length)
{
    std::uint64_t succeeded = 0;
    std::uint64_t iterations = 0;
    const double cpuStart = threadCpuSeconds();
    const auto start = Clock::now();
    auto now = start;
    do {
        const auto batchStart = now;
        for (std::uint64_t i = 0; i < tally.batch; ++i)
            succeeded += op() ? 1 : 0;
        iterations += tally.batch;
        now = Clock::now();
        if (now - batchStart < std::chrono::milliseconds(1))
            tally.batch *= 2;
    } while (now - start < length);
    keep(succeeded);
    tally.cpu += threadCpuSeconds() - cpuStart;
    tally.wall += now - start;
    tally.iterations += iterations;
    tally.succeeded += succeeded;
    g_failures += iterations - succeeded;
}

constexpr auto SliceLength = std::chrono::milliseconds(25);

struct Figure
{
    double median = 0;    // operations per second of elapsed time
    double spread = 0;    // (max - min) / median of the samples
    double cpuMedian = 0; // operations per second of thread CPU time
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Figure summarise(const std::vector<Sample> &samples)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (const Sample &sample : samples) {
        wall.push_back(sample.wall);
        cpu.push_back(sample.cpu);
    }
    Figure figure;
    figure.median = median(wall);
    figure.cpuMedian = median(cpu);
    const auto [lowest, highest] = std::minmax_element(wall.cbegin(), wall.cend());
    figure.spread = figure.median > 0 ? (*highest - *lowest) / figure.median : 0;
    return figure;
}

struct Pair
{
    Figure ours;
    Figure baseline;
    double ratio = 0;    // median over the samples of ours / baseline, elapsed time
    double cpuRatio = 0; // the same in CPU time
};

// Ours and the baseline run in alternating slices of 25 ms until each has had the sample's
// duration, so load from other work on a shared machine, and frequency changes, hit both alike.
// A sample's ratio compares the two sides of the same sample; the median of those is reported.
Pair measurePair(const Settings &settings, const std::function<bool()> &ours,
                 const std::function<bool()> &baseline)
{
    const auto budget = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(settings.seconds));
    Tally warmOurs;
    Tally warmBaseline;
    runSlice(warmBaseline, baseline, budget / 5);
    runSlice(warmOurs, ours, budget / 5);

    std::vector<Sample> oursSamples;
    std::vector<Sample> baselineSamples;
    std::vector<double> ratios;
    std::vector<double> cpuRatios;
    for (int i = 0; i < settings.repeats; ++i) {
        Tally oursTally;
        Tally baselineTally;
        oursTally.batch = warmOurs.batch;
        baselineTally.batch = warmBaseline.batch;
        while (oursTally.wall < budget || baselineTally.wall < budget) {
            runSlice(baselineTally, baseline, SliceLength);
            runSlice(oursTally, ours, SliceLength);
        }
        const Sample o = oursTally.sample();
        const Sample b = baselineTally.sample();
        oursSamples.push_back(o);
        baselineSamples.push_back(b);
        ratios.push_back(b.wall > 0 ? o.wall / b.wall : 0);
        cpuRatios.push_back(b.cpu > 0 ? o.cpu / b.cpu : 0);
    }
    return {summarise(oursSamples), summarise(baselineSamples), median(ratios), median(cpuRatios)};
}

Figure measureOne(const Settings &settings, const std::function<bool()> &op)
{
    const auto budget = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(settings.seconds));
    Tally warm;
    runSlice(warm, op, budget / 5);
    std::vector<Sample> samples;
    for (int i = 0; i < settings.repeats; ++i) {
        Tally tally;
        tally.batch = warm.batch;
        runSlice(tally, op, budget);
        samples.push_back(tally.sample());
    }
    return summarise(samples);
}

QByteArray fromBase64Url(QByteArrayView text)
{
    return QByteArray::fromBase64(text.toByteArray(),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// ---------------------------------------------------------------------------------------------
// The token: realistic access-token claims (Cloudentity-style, RFC 9068), fixed times so the
// length is the same in every run.

constexpr qint64 IssuedAt = 1795392000; // 2026-11-22T00:00:00Z
const QString Issuer = QStringLiteral("https://acme.eu.authz.cloudentity.io/acme/default");
const QString Audience = QStringLiteral("https://api.acme.example/orders");

QJsonObject accessTokenClaims()
{
    return QJsonObject{
        {QStringLiteral("iss"), Issuer},
        {QStringLiteral("sub"), QStringLiteral("b1f2a9c4-6d3e-4f0a-9b8c-7e5d4c3b2a10")},
        {QStringLiteral("aud"), QJsonArray{Audience, QStringLiteral("c7q1kq0d8v2s3hj4b5a0")}},
        {QStringLiteral("exp"), IssuedAt + 3600},
        {QStringLiteral("iat"), IssuedAt},
        {QStringLiteral("nbf"), IssuedAt},
        {QStringLiteral("jti"), QStringLiteral("2f9e1c55-8a7b-4d36-b0e4-91c3f7a2d6e8")},
        {QStringLiteral("scope"), QStringLiteral("openid profile email orders.read")},
        {QStringLiteral("client_id"), QStringLiteral("c7q1kq0d8v2s3hj4b5a0")},
        {QStringLiteral("tid"), QStringLiteral("acme")},
        {QStringLiteral("aid"), QStringLiteral("default")},
        {QStringLiteral("scp"), QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"),
                                           QStringLiteral("email"), QStringLiteral("orders.read")}},
        {QStringLiteral("amr"), QJsonArray{QStringLiteral("pwd"), QStringLiteral("otp")}},
        {QStringLiteral("acr"), QStringLiteral("1")},
        {QStringLiteral("idp"), QStringLiteral("bmq4s0d8v2s3hj4b5a1")},
        {QStringLiteral("st"), QStringLiteral("public")},
    };
}

QJsonObject accessTokenHeader()
{
    return QJsonObject{{QStringLiteral("typ"), QStringLiteral("at+jwt")}};
}

struct SplitToken
{
    QByteArray signingInput;
    QByteArray signature; // decoded
};

SplitToken split(const QString &token)
{
    const QByteArray ascii = token.toLatin1();
    const qsizetype dot = ascii.lastIndexOf('.');
    return {ascii.left(dot), fromBase64Url(QByteArrayView(ascii).sliced(dot + 1))};
}

// ---------------------------------------------------------------------------------------------
// Raw OpenSSL baselines: the least EVP code that verifies the same bytes with the same key. The
// digest is fetched once (explicit fetching is what the OpenSSL 3 manual recommends for speed);
// a fresh EVP_MD_CTX per verification, as any verifier keeping no per-key state needs.

struct MdFree { void operator()(EVP_MD *md) const { EVP_MD_free(md); } };
struct MacFree { void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); } };

bool rawDigestVerify(EVP_PKEY *key, const EVP_MD *md, bool pss, const QByteArray &input,
                     const QByteArray &signature)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    bool ok = ctx && EVP_DigestVerifyInit(ctx, &pctx, md, nullptr, key) == 1;
    if (ok && pss) // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
             && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
    const auto *sig = reinterpret_cast<const unsigned char *>(signature.constData());
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    if (ok && md) {
        ok = EVP_DigestVerifyUpdate(ctx, data, size_t(input.size())) == 1
             && EVP_DigestVerifyFinal(ctx, sig, size_t(signature.size())) == 1;
    } else if (ok) {
        // Ed25519 is one-shot only in OpenSSL 3 (no Update/Final).
        ok = EVP_DigestVerify(ctx, sig, size_t(signature.size()), data, size_t(input.size())) == 1;
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        ERR_clear_error();
    return ok;
}

bool rawHmacVerify(EVP_MAC *mac, const OSSL_PARAM *params, const QByteArray &secret,
                   const QByteArray &input, const QByteArray &signature)
{
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLength = 0;
    bool ok = ctx
              && EVP_MAC_init(ctx, reinterpret_cast<const unsigned char *>(secret.constData()),
                              size_t(secret.size()), params) == 1
              && EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(input.constData()),
                                size_t(input.size())) == 1
              && EVP_MAC_final(ctx, out, &outLength, sizeof out) == 1;
    ok = ok && outLength == size_t(signature.size())
         && CRYPTO_memcmp(out, signature.constData(), outLength) == 0;
    EVP_MAC_CTX_free(ctx);
    return ok;
}

// JOSE r||s (RFC 7518 §3.4) to the DER ECDSA-Sig-Value OpenSSL verifies; done once, outside
// the timed loop.
QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(bytes, half, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + half, half, nullptr);
    QByteArray der;
    if (sig && r && s && ECDSA_SIG_set0(sig, r, s) == 1) {
        r = s = nullptr; // owned by sig now
        const int length = i2d_ECDSA_SIG(sig, nullptr);
        if (length > 0) {
            der.resize(length);
            auto *out = reinterpret_cast<unsigned char *>(der.data());
            i2d_ECDSA_SIG(sig, &out);
        }
    }
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return der;
}

// ---------------------------------------------------------------------------------------------

void printFigure(const char *what, const Figure &figure)
{
    std::printf("  %-30s %10.0f /s  (spread %4.1f%%)  %10.0f /s of CPU time\n", what, figure.median,
                figure.spread * 100, figure.cpuMedian);
}

void printPair(const char *ours, const char *baseline, const Pair &pair)
{
    printFigure(ours, pair.ours);
    printFigure(baseline, pair.baseline);
    std::printf("  %-30s %10.3f     (median of per-sample ratios) %10.3f in CPU time\n", "ratio ours/baseline",
                pair.ratio, pair.cpuRatio);
}

// "0.912 (CPU 0.934)": the elapsed-time ratio, which the targets judge, and the CPU-time one.
QString ratioText(const Pair &pair)
{
    return QStringLiteral("%1 (CPU %2)").arg(pair.ratio, 0, 'f', 3).arg(pair.cpuRatio, 0, 'f', 3);
}

struct Verdict
{
    QString name;
    QString figure;
    QString target;
    bool met = false;
};

QList<Verdict> g_verdicts;
bool g_broken = false;

void broken(const QString &what)
{
    std::printf("  ERROR: %s\n", qPrintable(what));
    g_broken = true;
}

struct Prepared
{
    Jose::Algorithm algorithm{};
    TestKeys::KeyPair pair;
    QString token;
    Jose::KeySet keySet;
    Jose::JsonWebKey key;
    SplitToken parts;
};

std::optional<Prepared> prepare(Jose::Algorithm algorithm)
{
    Prepared prepared;
    prepared.algorithm = algorithm;
    const QString name = Jose::algorithmName(algorithm);
    prepared.pair = TestKeys::generate(algorithm, QStringLiteral("bench-") + name);
    prepared.token = TestKeys::signCompact(prepared.pair, accessTokenHeader(), accessTokenClaims());
    prepared.parts = split(prepared.token);

    // As the app has it after loading the workspace's JWKS (for HMAC: the shared secret).
    const Jose::KeyLoadResult loaded = Jose::loadKeys(TestKeys::jwks({prepared.pair}));
    if (loaded.ok() && !loaded.keySet.keys.isEmpty()) {
        prepared.keySet = loaded.keySet;
    } else if (Jose::algorithmInfo(algorithm).family == Jose::AlgorithmFamily::Hmac) {
        prepared.keySet.keys.append(Jose::keyFromSecret(prepared.pair.secret));
    } else {
        broken(QStringLiteral("%1: loadKeys failed: %2").arg(name, loaded.error));
        return std::nullopt;
    }
    prepared.key = prepared.keySet.keys.constFirst();
    return prepared;
}

void benchmarkVerify(const Settings &settings, const Prepared &p)
{
    const Jose::AlgorithmInfo &info = Jose::algorithmInfo(p.algorithm);
    const QByteArray &input = p.parts.signingInput;
    const QByteArray &signature = p.parts.signature;

    const Jose::SignatureCheck once = Jose::verifySignature(p.algorithm, p.key, input, signature);
    if (!once.valid) {
        broken(QStringLiteral("verifySignature rejects a good signature: %1").arg(once.detail));
        return;
    }

    std::function<bool()> baseline;
    std::unique_ptr<EVP_MD, MdFree> md;
    std::unique_ptr<EVP_MAC, MacFree> mac;
    QByteArray baselineSignature = signature;
    OSSL_PARAM macParams[2];
    QByteArray digestName = info.digest ? QByteArray(info.digest) : QByteArray();

    if (info.family == Jose::AlgorithmFamily::Hmac) {
        mac.reset(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
        macParams[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName.data(), 0);
        macParams[1] = OSSL_PARAM_construct_end();
        const QByteArray secret = p.key.secret.isEmpty() ? p.pair.secret : p.key.secret;
        baseline = [&, secret] {
            return rawHmacVerify(mac.get(), macParams, secret, input, baselineSignature);
        };
    } else {
        EVP_PKEY *pkey = p.key.publicKey.get();
        if (info.digest)
            md.reset(EVP_MD_fetch(nullptr, info.digest, nullptr));
        if (info.family == Jose::AlgorithmFamily::Ecdsa)
            baselineSignature = ecdsaRawToDer(signature);
        const bool pss = info.family == Jose::AlgorithmFamily::RsaPss;
        baseline = [&, pkey, pss] {
            return rawDigestVerify(pkey, md.get(), pss, input, baselineSignature);
        };
    }
    if (!baseline()) {
        broken(QStringLiteral("the raw OpenSSL baseline rejects the signature"));
        return;
    }

    const Pair pair = measurePair(settings, [&] {
        return Jose::verifySignature(p.algorithm, p.key, input, signature).valid;
    }, baseline);
    printPair("Jose::verifySignature", info.family == Jose::AlgorithmFamily::Hmac
                                           ? "raw EVP_MAC" : "raw EVP_DigestVerify", pair);

    const QString name = Jose::algorithmName(p.algorithm);
    const bool targeted = p.algorithm == Jose::Algorithm::RS256 || p.algorithm == Jose::Algorithm::ES256
                          || p.algorithm == Jose::Algorithm::EdDSA;
    g_verdicts.append({name + QStringLiteral(" verify ours/raw"), ratioText(pair),
                       targeted ? QStringLiteral(">= 0.90") : QStringLiteral("(none)"),
                       !targeted || pair.ratio >= 0.9});
}

void benchmarkVerifyToken(const Settings &settings, const Prepared &p)
{
    const Jose::DecodedToken decoded = Jose::decodeToken(p.token);
    Jose::VerifyOptions options;
    options.keys = p.keySet;
    options.expectedIssuer = Issuer;
    options.expectedAudience = Audience;
    options.at = QDateTime::fromSecsSinceEpoch(IssuedAt + 60, Qt::UTC);
    options.role = Jose::TokenRole::AccessToken;

    const Jose::VerifyReport report = Jose::verifyToken(decoded, options);
    if (!report.valid()) {
        QStringList failed;
        for (const Jose::Check &check : report.checks) {
            if (check.status == Jose::CheckStatus::Fail)
                failed << check.name + QStringLiteral(": ") + check.detail;
        }
        broken(QStringLiteral("verifyToken fails a good token: ") + failed.join(QStringLiteral("; ")));
        return;
    }
    const Figure figure = measureOne(settings, [&] {
        const Jose::VerifyReport r = Jose::verifyToken(decoded, options);
        keep(r.checks.size());
        return r.valid();
    });
    printFigure("Jose::verifyToken (all checks)", figure);
}

// The raw decoding baseline: split on '.', base64url-decode the three parts, parse header and
// payload with QJsonDocument. From the same QString the app holds.
bool rawDecode(const QString &token)
{
    const QByteArray ascii = token.toLatin1();
    const qsizetype first = ascii.indexOf('.');
    const qsizetype second = first < 0 ? -1 : ascii.indexOf('.', first + 1);
    if (second < 0)
        return false;
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                         | QByteArray::AbortOnBase64DecodingErrors;
    const auto header = QByteArray::fromBase64Encoding(ascii.first(first), options);
    const auto payload = QByteArray::fromBase64Encoding(ascii.sliced(first + 1, second - first - 1), options);
    const auto signature = QByteArray::fromBase64Encoding(ascii.sliced(second + 1), options);
    if (!header || !payload || !signature)
        return false;
    QJsonParseError error{};
    const QJsonObject headerObject = QJsonDocument::fromJson(*header, &error).object();
    if (error.error != QJsonParseError::NoError)
        return false;
    const QJsonObject claims = QJsonDocument::fromJson(*payload, &error).object();
    keep(signature.decoded.size());
    return error.error == QJsonParseError::NoError && !headerObject.isEmpty() && !claims.isEmpty();
}

// The target token is ES256 (signature 86 characters): with these claims it is ~800 bytes, a
// typical access token. The same claims under RS256 (2048-bit, 342 characters) are extra info.
void benchmarkDecode(const Settings &settings, Jose::Algorithm algorithm, bool targeted)
{
    const QString name = Jose::algorithmName(algorithm);
    const TestKeys::KeyPair key = TestKeys::generate(algorithm, QStringLiteral("bench-decode"));
    const QString token = TestKeys::signCompact(key, accessTokenHeader(), accessTokenClaims());
    const QStringList parts = token.split(QLatin1Char('.'));
    std::printf("\n== decode: %s access token, %lld bytes (header %lld, payload %lld, signature %lld chars)\n",
                qPrintable(name), static_cast<long long>(token.size()),
                static_cast<long long>(parts.value(0).size()), static_cast<long long>(parts.value(1).size()),
                static_cast<long long>(parts.value(2).size()));
    std::fflush(stdout);

    const Jose::DecodedToken once = Jose::decodeToken(token);
    if (once.kind != Jose::TokenKind::Jws || !once.claims) {
        broken(QStringLiteral("decodeToken does not decode the benchmark token"));
        return;
    }
    if (!rawDecode(token)) {
        broken(QStringLiteral("the raw decoding baseline fails"));
        return;
    }
    const Pair pair = measurePair(settings, [&] {
        const Jose::DecodedToken decoded = Jose::decodeToken(token);
        keep(decoded.signature.size());
        return decoded.kind == Jose::TokenKind::Jws;
    }, [&] { return rawDecode(token); });
    printPair("Jose::decodeToken", "raw base64url + fromJson", pair);
    g_verdicts.append({QStringLiteral("decode %1 tokens/s (%2 bytes)").arg(name).arg(token.size()),
                       QString::number(pair.ours.median, 'f', 0),
                       targeted ? QStringLiteral(">= 200000") : QStringLiteral("(none)"),
                       !targeted || pair.ours.median >= 200000});
    g_verdicts.append({QStringLiteral("decode %1 tokens/CPU-s").arg(name),
                       QString::number(pair.ours.cpuMedian, 'f', 0),
                       targeted ? QStringLiteral(">= 200000") : QStringLiteral("(none)"),
                       !targeted || pair.ours.cpuMedian >= 200000});
    g_verdicts.append({QStringLiteral("decode %1 ours/raw").arg(name), ratioText(pair),
                       QStringLiteral("(none)"), true});
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    // readAll, not atEnd/readLine: procfs files report size 0, so QFile::atEnd() is true at once.
    const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QStringLiteral("unknown");
}

std::optional<Settings> parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verification and decoding throughput against raw OpenSSL / Qt baselines (docs/BENCHMARKS.md)."));
    parser.addHelpOption();
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Minimum seconds per sample (default 1)."),
                                      QStringLiteral("seconds"), QStringLiteral("1"));
    const QCommandLineOption repeats(QStringLiteral("repeats"),
                                     QStringLiteral("Samples per figure; the median is printed (default 5)."),
                                     QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption algorithms(QStringLiteral("algorithms"),
                                        QStringLiteral("Comma-separated JWS algorithms (default RS256,PS256,ES256,ES384,EdDSA,HS256)."),
                                        QStringLiteral("list"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Comma-separated sections: verify, token, decode (default all)."),
                                  QStringLiteral("list"));
    parser.addOptions({duration, repeats, algorithms, only});
    parser.process(app);

    Settings settings;
    bool ok = false;
    settings.seconds = parser.value(duration).toDouble(&ok);
    if (!ok || settings.seconds <= 0) {
        std::fprintf(stderr, "--duration: a positive number of seconds\n");
        return std::nullopt;
    }
    settings.repeats = parser.value(repeats).toInt(&ok);
    if (!ok || settings.repeats < 1) {
        std::fprintf(stderr, "--repeats: a positive integer\n");
        return std::nullopt;
    }
    if (parser.isSet(algorithms)) {
        settings.algorithms = parser.value(algorithms).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : std::as_const(settings.algorithms)) {
            if (!Jose::algorithmFromName(name) || name == QLatin1String("none")) {
                std::fprintf(stderr, "--algorithms: unknown algorithm %s\n", qPrintable(name));
                return std::nullopt;
            }
        }
    }
    if (parser.isSet(only)) {
        const QStringList sections = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        settings.verify = sections.contains(QLatin1String("verify"));
        settings.token = sections.contains(QLatin1String("token"));
        settings.decode = sections.contains(QLatin1String("decode"));
    }
    return settings;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::optional<Settings> settings = parseArguments(app);
    if (!settings)
        return 2;

    std::printf("bench_jose: one thread; median of %d samples of >= %.2f s each, after a warm-up;\n"
                "  ours and baseline sampled alternately; /s is per elapsed second (steady_clock),\n"
                "  \"of CPU time\" per second of this thread's CPU time (differs when the machine is busy)\n",
                settings->repeats, settings->seconds);
    std::printf("machine: %s, %u hardware threads\n", qPrintable(cpuModel()),
                std::thread::hardware_concurrency());
    std::printf("libraries: Qt %s, %s\n", qVersion(), OpenSSL_version(OPENSSL_VERSION));
#ifndef NDEBUG
    std::printf("WARNING: built without NDEBUG (not a Release build): these figures mean nothing\n");
#endif

    if (settings->verify || settings->token) {
        for (const QString &name : settings->algorithms) {
            const Jose::Algorithm algorithm = *Jose::algorithmFromName(name);
            std::printf("\n== %s\n", qPrintable(name));
            std::fflush(stdout);
            const std::optional<Prepared> prepared = prepare(algorithm);
            if (!prepared)
                continue;
            if (settings->verify)
                benchmarkVerify(*settings, *prepared);
            if (settings->token)
                benchmarkVerifyToken(*settings, *prepared);
            std::fflush(stdout);
        }
    }
    if (settings->decode) {
        benchmarkDecode(*settings, Jose::Algorithm::ES256, true);
        benchmarkDecode(*settings, Jose::Algorithm::RS256, false);
    }

    std::printf("\n== summary\n");
    for (const Verdict &verdict : std::as_const(g_verdicts)) {
        std::printf("  %-34s %18s  target %-10s %s\n", qPrintable(verdict.name), qPrintable(verdict.figure),
                    qPrintable(verdict.target),
                    verdict.target == QLatin1String("(none)") ? "" : verdict.met ? "met" : "NOT MET");
    }
    if (g_failures > 0) {
        std::printf("ERROR: %llu measured operations failed; the figures are not valid\n",
                    static_cast<unsigned long long>(g_failures));
        g_broken = true;
    }
    return g_broken ? 1 : 0;
}
