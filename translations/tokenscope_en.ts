<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tokenscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenscope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native console for developers integrating with OAuth 2.0 and OpenID Connect: decode and verify tokens, run flows, watch rate limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenscope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qtkeychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Not a NumericDate: expected a number of seconds since 1970-01-01 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC · %2 local · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to a DPoP key (RFC 9449)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to a client certificate (RFC 8705)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to a proof-of-possession key (RFC 7800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered header parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n scope</numerusform>
            <numerusform>%n scopes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audience(s)</source>
        <translation>
            <numerusform>%n audience</numerusform>
            <numerusform>%n audiences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1 bytes; that is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a token and print its parts as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a token&apos;s signature and claims; print the checks as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect and verify OAuth 2.0 and OpenID Connect tokens.
Without arguments, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] [COMMAND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do. Run &quot;%1 --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a token and print one JSON object: kind (jws, jwe, unsecured,
opaque, malformed), header, payload, signature_bytes and problems.
The token may be bare, a &quot;Bearer&quot; value, an &quot;Authorization:&quot; header
line or a redirect URL. Nothing is verified: use &quot;verify&quot; for that.
Exit status: 0 decoded, 2 the input is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token; &quot;-&quot; or nothing reads it from the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] [TOKEN|-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one token (or &quot;-&quot; for the standard input), not %1 arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token found in the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch the keys from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch the keys from %1: the server answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable key in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be auto, id or access, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification keys: a JWKS, JWK, PEM public key or certificate file, or an http(s) URL of a JWKS (fetched, 15 s timeout). May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM public key or certificate (or a JWK / JWKS) file. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC secret for HS256/384/512. Other users can see it in &quot;ps&quot;: prefer --secret-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the HMAC secret from a file (one trailing line break is ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected issuer (&quot;iss&quot;), compared exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected audience: one of &quot;aud&quot; must equal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected &quot;nonce&quot; of an ID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed clock skew for exp, nbf and iat, in seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the time claims at this instant (seconds since 1970) instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token issued with this ID token, to check &quot;at_hash&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code issued with this ID token, to check &quot;c_hash&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token is: auto (guess), id (an ID token) or access (an RFC 9068 access token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skew must be a whole number of seconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at must be a Unix time (whole seconds since 1970-01-01 UTC), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --secret or --secret-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either an HMAC secret (--secret, --secret-file) or public keys (--jwks, --key), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a token&apos;s signature and claims and print one JSON object:
kind, header, payload, checks [{name, status, detail}] and valid.
Without keys the signature check is skipped.
Exit status: 0 no check failed (passes, warnings and skips), 1 a check
failed, 2 unusable input or arguments (a message on stderr, no JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token; &quot;-&quot; reads it from the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] TOKEN|-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not a token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the input; this is the first, %1. Not decoded: %2.</source>
        <translation>
            <numerusform>%n token in the input; this is the first, %1. Not decoded: %2.</numerusform>
            <numerusform>%n tokens in the input; this is the first, %1. Not decoded: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the input; verifying the first.</source>
        <translation>
            <numerusform>%n token in the input; verifying the first.</numerusform>
            <numerusform>%n tokens in the input; verifying the first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the local sandbox tenant on a loopback port until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the local sandbox tenant: a small Cloudentity-compatible authorization server
(admin API, OAuth 2.0 and OpenID Connect endpoints) on a loopback port.
When it is ready it prints one JSON line: base_url, tenant_id, admin_client_id,
admin_client_secret. It serves until SIGINT or SIGTERM, then exits 0.
Exit status: 0 stopped by a signal, 2 it could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on this port (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the tenant&apos;s state in this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the state in memory only; it is gone when the sandbox stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant id in every URL (default: &quot;default&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-API-group rate limits from a JSON file, like
{&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on this address instead of 127.0.0.1. Development only: no TLS, mock users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --data or --ephemeral, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application data directory; give --data DIR or --ephemeral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; is not usable in URLs: use letters, digits, &quot;-&quot; and &quot;_&quot; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: listening on %1 as asked. The sandbox is for development only: it has no TLS (tokens, secrets and passwords cross the network in clear text), its users are mock users and its admin credentials are printed here. Do not expose it to a network you do not control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install the signal handlers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodedToken</name>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialization vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is larger than %1 MiB; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character U+%1 at offset %2: a token is plain ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a token: character &quot;%1&quot; at offset %2 is neither in a JWT nor in an opaque token (RFC 7235 §2.1 token68)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a problem with one part of a token: the part&apos;s name, the problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url padding (&quot;=&quot;) should be omitted (RFC 7515 §2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character &quot;%1&quot; at offset %2 is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last character at offset %1 has unused bits set; not canonical base64url (RFC 4648 §3.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cannot be base64url (the length is never 4n+1, nor padded to a wrong length)</source>
        <translation>
            <numerusform>%n character cannot be base64url (the length is never 4n+1, nor padded to a wrong length)</numerusform>
            <numerusform>%n characters cannot be base64url (the length is never 4n+1, nor padded to a wrong length)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;alg&quot; parameter (RFC 7515 §4.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;alg&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not base64url-encoded (&quot;b64&quot;: false, RFC 7797)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, although &quot;alg&quot; is &quot;%1&quot;; the token is effectively unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsecured JWT must have an empty signature (RFC 7519 §6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a nested JWT (cty &quot;JWT&quot;, RFC 7519 §5.2); decode the payload as a token of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON, invalid at offset %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, but not an object, so there are no claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <comment>the payload</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;alg&quot; parameter (RFC 7516 §4.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;enc&quot; parameter (RFC 7516 §4.1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <comment>the ciphertext</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s): a JWT has 3, a JWE 5</source>
        <translation>
            <numerusform>%n part: a JWT has 3, a JWE 5</numerusform>
            <numerusform>%n parts: a JWT has 3, a JWE 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecodedTokenView</name>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialization vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ciphertext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy decoded token as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the decoded header, payload and problems as JSON (as `tokenscope decode` prints them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded token views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token above to see what it is and what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the decoded token as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry (exp) claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: a signed JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWE: an encrypted JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsecured JWT (alg &quot;none&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload encrypted: only the recipient&apos;s private key can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature: anyone could have written it, never accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JWT: ask the authorization server&apos;s introspection endpoint (RFC 7662) what it stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded: see the problems below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(binary payload, %n byte(s))</source>
        <translation>
            <numerusform>(binary payload, %n byte)</numerusform>
            <numerusform>(binary payload, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cop&amp;y as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;ader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clai&amp;ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The response from %1 is larger than the limit of %2 bytes and was cut off. Check that the URL points to the intended document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 was refused. Check that the server is running and that the host and port in the URL are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 was not found. Check the spelling of the URL and your DNS or proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 timed out: no data for %2 ms. Check that the server is reachable and responding, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. Check that the server speaks HTTPS on that port, its certificate chain and host name, and the certificates this system trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to plain HTTP, which is refused. Use the final HTTPS URL directly or fix the server&apos;s redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times. Check the URL for a redirect loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Check that the server speaks %2 on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy for %1 failed: %2. Check your proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: the server failed. Check the server&apos;s logs or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2. Check the URL, the credentials and the request parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jose</name>
    <message>
        <source>The member &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA modulus has %1 bytes, which is not a sane size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA public exponent is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not build the RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key has no &quot;crv&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC curve &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinates have %1 and %2 bytes; %3 needs %4 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not build the EC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point (x, y) is not on the curve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve %1 is for key agreement, not signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OKP curve &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key has %1 bytes; %2 needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not build the %1 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has no &quot;kty&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 (kid &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1: not a JSON object, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symmetric key (kid &quot;%1&quot;) in a set of public keys was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set has no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set has no usable key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not an object, so it is neither a JWK nor a JWK Set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;keys&quot; of the JWK Set is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON object has neither &quot;keys&quot; (a JWK Set) nor &quot;kty&quot; (a JWK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key input is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM block %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable key in the PEM text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not recognised: expected a JWK Set, a JWK, a PEM public key or certificate, or a DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm &quot;none&quot; is never accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has no key material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is for &quot;%1&quot;, not for signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s &quot;key_ops&quot; do not include &quot;verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is for %1, the token uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a shared secret, not a %2 public key (algorithm confusion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret has %1 bytes; %2 needs at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an RSA key, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an EC key, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the curve %2, the key is on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdDSA needs an OKP key (Ed25519 or Ed448), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key can verify the algorithm &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key selected by kid &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys share the kid &quot;%2&quot;; the choice is ambiguous, none is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key with kid &quot;%1&quot; cannot verify %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token has no kid; %n key(s) fit %1.</source>
        <translation>
            <numerusform>The token has no kid; %n key fits %1.</numerusform>
            <numerusform>The token has no kid; %n keys fit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PEM certificate could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM public key &quot;%1&quot; could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted; give its public key or certificate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key &quot;%1&quot; could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; is neither a key nor a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has no modulus or exponent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA modulus has %1 bits; only %2 to %3 bits are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA modulus is even, so it is not a valid RSA modulus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA public exponent is not usable (it must be odd, greater than 1 and at most 64 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key was generated by a vulnerable library (ROCA, CVE-2017-15361) and must not be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key has no named curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC curve &quot;%1&quot; is not used by JOSE (P-256, P-384 and P-521 are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; cannot verify JOSE signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key could not be read back from OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text is truncated: a BEGIN line is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text is truncated: there is no END line for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DER certificate has no usable public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm &quot;none&quot; has no signature and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 with this key needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC does not match: the secret is wrong or the token was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified with the shared secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECDSA signature could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match key %1: the token was changed or signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No key has the kid &quot;%1&quot;; %n key(s) fit %2.</source>
        <translation>
            <numerusform>No key has the kid &quot;%1&quot;; %n key fits %2.</numerusform>
            <numerusform>No key has the kid &quot;%1&quot;; %n keys fit %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jose::ClaimCatalogue</name>
    <message>
        <source>Algorithm: how the token is signed (JWS) or how the content key is encrypted (JWE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK Set URL: where the signer&apos;s key set can be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Web Key: the public key embedded in the header (trust it only if you pinned it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID: which key of the issuer&apos;s key set was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 URL: where the signer&apos;s certificate chain can be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 certificate chain of the signing key, base64 DER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 certificate SHA-1 thumbprint of the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 certificate SHA-256 thumbprint of the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the whole token, e.g. &quot;JWT&quot;, &quot;at+jwt&quot; (access token), &quot;dpop+jwt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type of the payload; &quot;JWT&quot; means a nested token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: header extensions the recipient must understand or reject the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption algorithm: how the payload is encrypted with the content key (JWE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression applied to the payload before encryption (&quot;DEF&quot; = DEFLATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral public key of the sender for ECDH key agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement PartyUInfo: information about the producer for ECDH key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement PartyVInfo: information about the recipient for ECDH key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialization vector for AES-GCM key wrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication tag of AES-GCM key wrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBES2 salt input for password-based key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBES2 iteration count for password-based key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the payload is base64url-encoded; false means an unencoded (detached) payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-replay nonce supplied by the server (ACME, DPoP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL the signed request is addressed to (ACME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: who created and signed the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: whom the token is about (user or client), unique within the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: who the token is intended for; recipients must find themselves in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted on or after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at: when the token was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT ID: unique identifier of this token, for replay detection and revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication time: when the user last actively authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce: the value the client sent in the authentication request, echoed back against replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication context class reference: the assurance level of the authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods references: how the user authenticated (pwd, otp, mfa, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party: the client the ID token was issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token hash: left half of the hash of the access token issued with this ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code hash: left half of the hash of the authorization code issued with this ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State hash: left half of the hash of the state value, ID token as detached signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID: the session at the provider, used for front- and back-channel logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: the security events this token reports, e.g. a back-channel logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the user, for display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name(s) or first name(s) of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname(s) or last name(s) of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name(s) of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casual name of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name the user wants to be called by; not unique, not a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the user&apos;s web page or blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred e-mail address of the user; not unique, not a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the provider verified that the user controls the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday of the user, YYYY-MM-DD (or YYYY, or 0000-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the user, e.g. Europe/Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale of the user, a BCP 47 language tag such as en-US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred telephone number of the user, ideally E.164</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the provider verified the telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred postal address of the user (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the user&apos;s information was last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: the OAuth client the token was issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: the space-separated permissions granted to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups the user belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: the party acting on behalf of the subject (delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May act: who is allowed to act on behalf of the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation: the key the presenter must prove possession of (jkt: DPoP key thumbprint, x5t#S256: client certificate thumbprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method of the request this DPoP proof is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP URL (without query and fragment) of the request this DPoP proof is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token hash: base64url SHA-256 of the access token presented with this DPoP proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID (Cloudentity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization server (workspace) ID that issued the token (Cloudentity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes granted, as an array (Cloudentity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject type of the sub claim, e.g. public or pairwise (Cloudentity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider the user authenticated with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token use: &quot;id&quot; for an ID token, &quot;access&quot; for an access token (AWS Cognito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User pool groups the user belongs to (AWS Cognito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name in the user pool (AWS Cognito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM roles associated with the user&apos;s groups (AWS Cognito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role of the user&apos;s highest-priority group (AWS Cognito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token-revocation identifier shared by the tokens of one authentication (AWS Cognito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier of the authentication event (AWS Cognito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the user (AWS Cognito access token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated identity providers linked to the user (AWS Cognito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra information attached to the access token by the API platform (Sensedia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm roles of the user (Keycloak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client roles of the user, per client (Keycloak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web origins allowed for CORS with this token (Keycloak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session identifier at the provider (Keycloak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>becomes valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySourceWidget</name>
    <message>
        <source>Key source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys: JWKS, JWK, PEM or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret (HMAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a JWKS ({&quot;keys&quot;: [...]}), a JWK, a PEM public key or a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://issuer.example/.well-known/jwks.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch keys from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret or shared HMAC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret stays in memory only; it is never saved or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and certificates (*.json *.jwks *.jwk *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB and was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(binary key file %1, %n byte(s))</source>
        <translation>
            <numerusform>(binary key file %1, %n byte)</numerusform>
            <numerusform>(binary key file %1, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded keys from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL of a JWKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the keys: the server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched keys from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret: the signature is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared secret of %n byte(s).</source>
        <translation>
            <numerusform>Shared secret of %n byte.</numerusform>
            <numerusform>Shared secret of %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keys: the signature is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded:</source>
        <translation>
            <numerusform>%n key loaded:</numerusform>
            <numerusform>%n keys loaded:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load keys from a file: JWKS, JWK, PEM public key or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the key set (JWKS) from the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;ret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tokenscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Cloudentity tenants and the local sandbox: workspaces, identity providers and clients, to browse and set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run OAuth 2.0 and OpenID Connect flows against a workspace: authorization code with PKCE, client credentials, refresh, introspection, revocation and userinfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live gauges of the rate-limit headers every response brings, per endpoint group, with warnings before a 429.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every HTTP exchange the console made, redacted, with timings; copy one as a curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Token File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tokenscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::RateLimiter</name>
    <message>
        <source>Cannot read the rate-limits file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate-limits file %1 is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limits file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object of API groups, like {&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown API group &quot;%1&quot;; known groups: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;per_minute&quot; and &quot;burst&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown member &quot;%2&quot;; expected &quot;per_minute&quot; and &quot;burst&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; must be a whole number from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxServer</name>
    <message>
        <source>No address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox listens on loopback addresses only; %1 is not one. It has no TLS and mock users: use --allow-remote only if you really need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::TenantState</name>
    <message>
        <source>Cannot create the sandbox data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox state file %1 cannot be read (%2) and cannot be moved aside; it was left untouched and nothing will be saved. Move it away and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox state file could not be read (%1); it was moved aside to %2 and a fresh state was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the sandbox state file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sandbox (process %1) is using the data directory %2; this one keeps its state in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>The redirect carries an error instead of a token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carries an error instead of a token: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no access_token, id_token, refresh_token or code parameter in its query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB; a token is never that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to inspect: paste a token, an Authorization header or a redirect URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Bearer&quot; is followed by no token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInputPanel</name>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a JWT, a Bearer header or a redirect URL; it is decoded as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a JWT, &quot;Authorization: Bearer …&quot; or a redirect URL with id_token / access_token, or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a token from a file (at most 1 MiB), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear token input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds several tokens: choose the one to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Token File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token files (*.jwt *.txt *.token);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB and was not loaded: a token file is much smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token found in the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n token(s) in the input.</source>
        <translation>
            <numerusform>Found %n token in the input.</numerusform>
            <numerusform>Found %n tokens in the input.</numerusform>
        </translation>
    </message>
    <message>
        <source>URL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token, Authori&amp;zation header or redirect URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenVerifier</name>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;alg&quot; in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWE with RSA1_5 key encryption, enc %1: RSA1_5 is open to padding-oracle attacks; prefer RSA-OAEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown JWE key management algorithm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown JWE content encryption %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWE: key management %1, content encryption %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown algorithm %1 (alg names are case-sensitive, RFC 7515 §4.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;none&quot;: the token is not signed (RFC 7519 §6); never accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, an allowed algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, consistent with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with public keys only: the algorithm-confusion attack (a public key used as an HMAC secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a public key, but only HMAC secrets were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key given fits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key given fits %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid %1 names the recipient&apos;s decryption key (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted: no signing key to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kid&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;kid&quot; in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid %1 (no keys given to look it up in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no &quot;kid&quot; in the header; trying the %n key(s) that fit</source>
        <translation>
            <numerusform>no &quot;kid&quot; in the header; trying the %n key that fits</numerusform>
            <numerusform>no &quot;kid&quot; in the header; trying the %n keys that fit</numerusform>
        </translation>
    </message>
    <message>
        <source>kid %1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid %1 found, but that key cannot verify this token (see alg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid %1; the keys given have no kid, so every key that fits is tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kid %1 not found in the key set (%n key(s)); the keys may have rotated, or the token is from another issuer</source>
        <translation>
            <numerusform>kid %1 not found in the key set (%n key); the keys may have rotated, or the token is from another issuer</numerusform>
            <numerusform>kid %1 not found in the key set (%n keys); the keys may have rotated, or the token is from another issuer</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted: a JWE has no signature to check here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature: alg &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys given: the signature was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot verify: the algorithm is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>does not verify with any of the %n key(s) that fit</source>
        <translation>
            <numerusform>does not verify with the %n key that fits</numerusform>
            <numerusform>does not verify with any of the %n keys that fit</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key fits the algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC secret of %1 bytes, shorter than the %2-byte hash of %3: refused (RFC 7518 §3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key of %1 bits; use at least 2048 (RFC 7518 §3.3, §3.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC secret of %1 bytes, shorter than the %2-byte hash of %3 (RFC 7518 §3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;typ&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an RFC 9068 JWT access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no typ; an RFC 9068 access token has &quot;at+jwt&quot; (RFC 9068 §2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; an RFC 9068 access token has &quot;at+jwt&quot; (RFC 9068 §2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ID token must not have typ %1: that marks an access token (RFC 9068 §4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no typ (fine for an ID token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no critical extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crit&quot; must be a non-empty array of names (RFC 7515 §4.1.11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crit&quot; holds something that is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists %1, a parameter defined by the JOSE specifications themselves (RFC 7515 §4.1.11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists %1, but the header does not have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical extensions not understood: %1; a recipient must reject the token (RFC 7515 §4.1.11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only understood extensions: &quot;b64&quot; (RFC 7797)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>no exp: an ID token must have one (OpenID Connect Core §2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exp: an access token must have one (RFC 9068 §2.2); this one never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exp: the token never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exp is %1, not a NumericDate (RFC 7519 §2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago (%2), within the allowed clock skew of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no nbf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbf is %1, not a NumericDate (RFC 7519 §2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid yet: valid in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid in %1 (%2), within the allowed clock skew of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since %1 ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no iat: an ID token must have one (OpenID Connect Core §2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no iat: an access token must have one (RFC 9068 §2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no iat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iat is %1, not a NumericDate (RFC 7519 §2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued in the future: in %1 (%2); the issuer&apos;s clock or ours is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued in %1 (%2), within the allowed clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no iss; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no iss, although this kind of token must have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no iss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss is %1, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no expected issuer given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the expected %2 only by a trailing slash; issuers compare exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no aud; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no aud, although this kind of token must have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no aud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud must be a string or an array of strings (RFC 7519 §4.1.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud is an empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no expected audience given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not include the expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no nonce, but the request sent one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the nonce the request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no nonce (none was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonce is %1, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present (no expected nonce given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (checked for ID tokens only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked for ID tokens only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no azp although aud has several values (OpenID Connect Core §2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no azp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azp is %1, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no expected client given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the expected client %2 (OpenID Connect Core §3.1.3.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 claim to compare the %2 with (optional in the code flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present; give the %1 to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute: the algorithm %1 has no hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute the hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JWT: an opaque token (%1 characters, %2); ask the authorization server (introspection, RFC 7662)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted: the claims cannot be read without the recipient&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <source>Expected issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://issuer.example (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id or API (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the authorization request (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token for at_hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks the ID token&apos;s at_hash (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code for c_hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks the ID token&apos;s c_hash (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the clocks of issuer and this machine may disagree when judging exp, nbf and iat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token (OpenID Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (RFC 9068)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nonce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque token: it cannot be verified here; the authorization server&apos;s introspection endpoint says whether it is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invalid: %n check(s) failed</source>
        <translation>
            <numerusform>Invalid: %n check failed</numerusform>
            <numerusform>Invalid: %n checks failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted: the header checks pass; the claims can only be checked by the recipient, who holds the decryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the claims pass, but the signature was not checked. Add a key or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s)</source>
        <translation>
            <numerusform>Valid, with %n warning</numerusform>
            <numerusform>Valid, with %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock ske&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdi&amp;ct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
