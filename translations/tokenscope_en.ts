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
    <name>Admin::BulkApply</name>
    <message>
        <source>Cancelled before it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: its workspace &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already as the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (the server replayed an earlier identical request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Admin::BulkFile</name>
    <message>
        <source>%1 must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is required (a non-empty string).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminBrowserPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Cloudentity or sandbox connection with the admin workspace&apos;s client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace with the setup wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces, identity providers and clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin connection yet. Start the local sandbox, or add a Cloudentity connection for the admin workspace&apos;s client on the Connections page (or with New Workspace…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the server (any more): it may have been deleted. Refresh to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item of the group to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workspace %1 with all its identity providers, users and clients? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Identity Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the identity provider %1 of %2 (its users too)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the client %1 of %2? Applications using it can no longer get tokens. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: it was changed on the server since you loaded it. Reload it, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk apply a file of workspaces, IDPs and clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminClient</name>
    <message>
        <source>The connection &quot;%1&quot; is not an admin connection. Use a Cloudentity or local sandbox connection whose workspace is &quot;admin&quot; and whose client is that workspace&apos;s client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; has no usable issuer URL, so the admin API&apos;s address is unknown. Set the tenant and region (or the sandbox address) in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; names no tenant id. Set the tenant id in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin connection changed while the request waited for an admin token. Send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin token could be obtained for &quot;%1&quot;: %2 Check the admin client&apos;s id and secret, and that the client belongs to the admin workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idempotency key must be 32 to 255 characters long; this one has %1. Use AdminClient::newIdempotencyKey().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP client was closed before the admin request could be sent. Send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminErrors</name>
    <message>
        <source> Field: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API did not answer %1. Check the connection&apos;s address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API refused %1 as malformed (400): %2.%3 Correct the request and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API could not accept a value in %1 (422): %2.%3 Correct the value and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API refused even a freshly fetched admin token for %1 (401): %2. Check the admin client&apos;s secret and its access to the admin workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API refused the admin token for %1 (401): %2. Check the admin client&apos;s secret and its access to the admin workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin client may not do %1 (403): %2. Grant it access to the admin API in the admin workspace, or use another admin client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1 (404): %2. Check the id and the tenant; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is taken: %1 (409): %2.%3 Choose another id, or update the existing one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the server since it was read (412): %2. Read it again and reapply your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The admin API is still rate limiting %1 after %n retries (429): %2. Wait a minute and try again, or lower the pace.</source>
        <translation>
            <numerusform>The admin API is still rate limiting %1 after %n retry (429): %2. Wait a minute and try again, or lower the pace.</numerusform>
            <numerusform>The admin API is still rate limiting %1 after %n retries (429): %2. Wait a minute and try again, or lower the pace.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin API failed on %1 (HTTP %2): %3. Try again later; if it persists, check the tenant&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API answered %1 with HTTP %2: %3. Check the request and the admin connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminItemEditor</name>
    <message>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document (&amp;JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of the static identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication context (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a password empty to keep the user&apos;s current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the item from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a workspace, identity provider or client to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static identity provider %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API offers no update for this kind of identity provider here: it can be viewed and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2. Correct it to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document must be a JSON object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password for the new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON object, e.g. {&quot;name&quot;: &quot;Alice&quot;}, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some users need correcting: see the marked cells.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminTreeModel</name>
    <message>
        <source>Identity providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the identity providers and clients of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider %1 (method: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiGroupsEditor</name>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests whose path starts with a prefix count against that group on the Rate limits page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests whose path starts with the prefix (e.g. /api/orders) count against the group on the Rate limits page; the longest matching prefix wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an API group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected API group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeResult</name>
    <message>
        <source>The authorization response has no &quot;iss&quot; parameter although the server advertises authorization_response_iss_parameter_supported (RFC 9207). The response was refused and no token was requested: it may come from another server (a mix-up attack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response names the issuer &quot;%1&quot;, but the profile has no issuer to compare it with (RFC 9207). Set the profile&apos;s issuer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response came from the issuer &quot;%1&quot;, not from &quot;%2&quot; (RFC 9207). The response was refused and no token was requested: check the profile&apos;s issuer, or suspect a mix-up attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no authorization endpoint. Run discovery, or enter the authorization endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no token endpoint. Run discovery, or enter the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No authorization response arrived within %n second(s). Sign in in the browser sooner, or check that the browser reached the authorization URL.</source>
        <translation>
            <numerusform>No authorization response arrived within %n second. Sign in in the browser sooner, or check that the browser reached the authorization URL.</numerusform>
            <numerusform>No authorization response arrived within %n seconds. Sign in in the browser sooner, or check that the browser reached the authorization URL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token endpoint did not answer within the %n second(s) of the flow.</source>
        <translation>
            <numerusform>The token endpoint did not answer within the %n second of the flow.</numerusform>
            <numerusform>The token endpoint did not answer within the %n seconds of the flow.</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser is set up. Copy the authorization URL into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response carries another state than the request. It was refused; start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or the server declined the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client&apos;s settings at the server (redirect URI, scopes, response type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response has neither a code nor an error. Check the response type and response mode of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token response has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token cannot be decoded, so its nonce cannot be checked. Open it in the inspector to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has no nonce although one was sent (OpenID Connect Core §3.1.3.7). Do not use these tokens; check the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s nonce is not the one sent with the request (OpenID Connect Core §3.1.3.7): it may be replayed. Do not use these tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a response type. Use code, token, id_token, &quot;id_token token&quot;, &quot;code id_token&quot;, &quot;code token&quot; or &quot;code id_token token&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response type &quot;%1&quot; returns an ID token, which needs the openid scope. Add openid to the scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response type &quot;%1&quot; cannot use response_mode query: tokens never travel in a URL&apos;s query. Use fragment or form_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 has no usable key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token from the token endpoint names another &quot;%1&quot; than the one from the authorization endpoint (OpenID Connect Core §3.3.3.6). Do not use these tokens; check the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser command has an unterminated quote or a trailing backslash: %1. Fix the browser command (or TOKENSCOPE_BROWSER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser command is empty. Set a browser command (or TOKENSCOPE_BROWSER), or copy the authorization URL into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the browser command &quot;%1&quot;. Check that the program exists and is executable, or copy the authorization URL into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkApplyDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a JSON file with workspaces, idps and clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bulk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace in requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the server&apos;s rate limit allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many admin API requests per minute, on top of the server&apos;s rate-limit headers. 0: as fast as the headers allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: show what would be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads what exists and shows what Apply would create or update. Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates or updates each item. After a cancel or a failure, Apply again resumes: what exists already is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops before the next item; the item in flight finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk apply progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk apply results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk apply summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Bulk File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose a file you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: split it into smaller bulk files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bulk file: %2. Correct it and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file describes %1, %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity provider(s)</source>
        <translation>
            <numerusform>%n identity provider</numerusform>
            <numerusform>%n identity providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>The file describes nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin connection is gone: close this dialog and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the item in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 to update, %3 already as described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: see their messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled before they were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 created, %2 updated, %3 unchanged, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply again to resume: what exists already is found and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the admin API&apos;s rate limit…</source>
        <translation>
            <numerusform>Waiting %n s for the admin API&apos;s rate limit…</numerusform>
            <numerusform>Waiting %n s for the admin API&apos;s rate limit…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the Bulk Apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item in flight finishes; the rest are not applied. Apply the same file again later to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkFile</name>
    <message>
        <source>line %1, column %2: not valid JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object with &quot;workspaces&quot;, &quot;idps&quot; and/or &quot;clients&quot; arrays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown member; a bulk file has only &quot;workspaces&quot;, &quot;idps&quot; and &quot;clients&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object (an admin.json Server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object (an admin.json StaticIDP with &quot;workspace&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: method must be &quot;static&quot; (bulk apply creates static IDPs only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credentials must be an object with a &quot;users&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object (an admin.json CreateClient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: workspace and authorization_server_id name different workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: authorization_server_id (the client&apos;s workspace) is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkResultsModel</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already as the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID / name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message or differing fields</source>
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
    <message>
        <source>List, show, add, remove, export and import connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Run &quot;%2 profile list&quot; for the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the connection profiles: name, preset, issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object {&quot;profiles&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profile list&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (raw Basic credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (port chosen when the listener starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSECURE: certificates are not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets in the keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a profile and which of its secrets the keychain holds (never a secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object: the profile and &quot;secrets&quot;: {kind: stored|absent|unknown ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--json] NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of one profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider preset: cloudentity, cognito, userclouds, duende, sensedia, oidc, sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset field, e.g. tenant_id=acme, region=us, workspace_id=demo, base_url=URL. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer URL (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication: none, client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt (default: the preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_basic without the RFC 6749 form-encoding of id and secret, for servers that want them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope (or several, space-separated). May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed loopback redirect URI, e.g. http://127.0.0.1:8765/callback (default: 127.0.0.1 on an ephemeral port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra authorization and token parameter. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an endpoint by its metadata name, e.g. token_endpoint=URL. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (a PEM file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (for test servers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the endpoints from the issuer&apos;s discovery document; findings go to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret (for private_key_jwt: the private key, PEM or JWK) from the standard input straight into the keychain. One trailing line break is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --preset: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field wants KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no field &quot;%2&quot;; its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issuer must be an http or https URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; cannot compute the endpoints: %2 (give its fields with --field KEY=VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client authentication method &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redirect-uri must be an http loopback URI (127.0.0.1, localhost or [::1]), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param wants K=V, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint wants NAME=URL with an http(s) URL and NAME one of %1; not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input is larger than %1 bytes; that is not a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input is empty: pipe the secret into --client-secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--discover needs an issuer: give --issuer URL or the preset&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery at %1 did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery %1 [%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery failed: %1 (tried %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection profile. The preset (and --discover) fill the issuer and endpoints;
a secret given with --client-secret-stdin goes straight into the keychain.
Exit status: 0 added, 1 failed (discovery, writing), 2 unusable arguments or a
duplicate name, 3 no keychain to store the secret in (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 NAME --preset PRESET [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the new profile (quote it when it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client authentication method %1 takes no secret; leave out --client-secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is not usable:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to store the %1, so nothing was written: neither the secret (it is never written anywhere else) nor the profile. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be stored in the keychain, so the profile was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to remove the secrets of &quot;%1&quot;, so the profile was kept (removing it would leave its secrets behind). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entries of &quot;%1&quot; could not be removed, so the profile was kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every profile to a JSON file, never with secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) (without secrets).</source>
        <translation>
            <numerusform>Exported %n profile (without secrets).</numerusform>
            <numerusform>Exported %n profiles (without secrets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the profiles of an exported file (with new ids; a name that exists gets &quot; (2)&quot;). Secrets are not in exports: store them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a profile and which secrets are stored (never a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile from a preset; the secret from stdin into the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the profiles to a file (no secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the profiles of an exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 SUBCOMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles. Secrets live in the OS keychain, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 ok, 1 the operation failed, 2 unusable arguments (unknown preset or
method, bad URL, no such profile, duplicate name), 3 no keychain for a needed secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 SUBCOMMAND --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a subcommand: list, show, add, remove, export or import. Run &quot;%1 --help&quot; for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Run &quot;%2 --help&quot; for the subcommands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for this scope instead of the profile&apos;s (or several, space-separated). May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole token response as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;token&quot; takes no arguments besides its options; give the profile with --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile with --profile NAME (&quot;%1 profile list&quot; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no token endpoint. Add the profile again with --discover or --endpoint token_endpoint=URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls_client_auth (a client certificate, RFC 8705) is not supported yet; the profile &quot;%1&quot; cannot get a token from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no authorization endpoint. Add the profile again with --discover or --endpoint authorization_endpoint=URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this URL in a browser and sign in (no browser command is set: use --browser-command or TOKENSCOPE_BROWSER to open it for you):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization_code: give up after this many seconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser command has an unterminated quote or a trailing backslash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token for a profile (any of its grants) and print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input is not a console; pipe the password into --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot turn off the console&apos;s echo; pipe the password into --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ended before a password was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input is not a terminal; pipe the password into --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot turn off the terminal&apos;s echo; pipe the password into --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input is larger than %1 bytes; %2 takes one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input is empty: pipe one line into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input has more than one line: %1 takes one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token for a profile and print the access token (with --json the whole token
response). Grants:
  client_credentials  the default
  authorization_code  opens the browser command on the authorization URL (or
                      prints it on stderr), waits for the loopback redirect
  password            --username; the password from --password-stdin or typed
                      on the terminal (not echoed)
  refresh_token       the one an earlier grant stored in the keychain, or one
                      from --refresh-token-stdin
  device_code         prints the user code and verification URI on stderr, polls
A refresh token in a response is stored in the keychain (never printed, except
inside the --json token response).
Exit status: 0 a token was issued, 1 the server or the network refused (the error on
stderr), 2 unusable arguments (no such profile, a grant not available yet), 3 no
keychain to read a needed secret from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant: client_credentials (the default), authorization_code, password, refresh_token or device_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: the resource owner&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: read the password from the standard input (one line). Without it the password is asked for on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh_token: read the refresh token from the standard input (one line) instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization_code, device_code: the browser to run, split like a shell would, with the authorization (or verification) URL appended (default: the TOKENSCOPE_BROWSER environment variable; without either the URL is printed on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 --profile NAME [--grant client_credentials|authorization_code|password|refresh_token|device_code] [--scope S]... [--username U] [--password-stdin] [--refresh-token-stdin] [--browser-command COMMAND] [--timeout SECONDS] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant &quot;%1&quot; is not available yet on the command line; use client_credentials, authorization_code, password, refresh_token or device_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown grant &quot;%1&quot;; use client_credentials, authorization_code, password, refresh_token or device_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to --grant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password grant needs --username U (the resource owner&apos;s user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input is not a terminal to type the password on: pipe the password into --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the keychain did not answer within %1 seconds; the refresh token was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no keychain is available, so the refresh token was not stored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the refresh token was not stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token is stored in the keychain for the profile &quot;%1&quot;; --grant refresh_token uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. Unlock it and try again, or pipe the refresh token into --refresh-token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token is stored for the profile &quot;%1&quot;. Get one first with --grant authorization_code, password or device_code (the server may want the offline_access scope), or pipe one into --refresh-token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored refresh token cannot be read: %1 Or pipe the refresh token into --refresh-token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server issued a new refresh token: the refresh token was rotated, and the previous one must not be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no device authorization endpoint. Add the profile again with --discover or --endpoint device_authorization_endpoint=URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or open %1 (the code is filled in there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the approval; the code expires in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Open the address above yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to poll more slowly: every %1 seconds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization did not end; giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 list servers|idps|clients --profile NAME [--workspace WID] [--json]
       %1 apply FILE --profile NAME [--dry-run] [--json]

The admin API through an admin profile (preset cloudentity or sandbox, workspace
&quot;admin&quot;, the admin workspace&apos;s client and its secret in the keychain).
  list    workspaces (servers), IDPs or clients as a table; --json the array.
          IDPs and clients of one workspace with --workspace, else of all.
  apply   bring about a bulk file: {&quot;workspaces&quot;: [...], &quot;idps&quot;: [{&quot;workspace&quot;:
          WID, ...}], &quot;clients&quot;: [...]}. Each item is created, updated (only the
          fields the file gives) or left unchanged; running it again is safe.
          Progress on stderr, one line per item on stdout (--json: one JSON
          object per line). --dry-run shows what would be done. Ctrl-C stops
          after the item in flight.
Exit status: 0 all good, 1 an item failed or the API refused, 2 unusable
arguments or file, 3 no keychain to read the admin client&apos;s secret from.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not an admin profile%2. Use a profile with the preset cloudentity or sandbox, --field workspace_id=admin and the admin workspace&apos;s client (&quot;%3 profile add NAME --preset sandbox --field workspace_id=admin --client-id ID --client-secret-stdin&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the admin API within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List workspaces (servers), IDPs or clients of the admin API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idps, clients: only this workspace&apos;s (default: every workspace&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers, idps or clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 servers|idps|clients --profile NAME [--workspace WID] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to list: servers, idps or clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the admin profile with --profile NAME (&quot;%1 profile list&quot; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace belongs to &quot;list idps&quot; and &quot;list clients&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRANT TYPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: stopping after the item in flight (Ctrl-C again to quit at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the workspaces, static IDPs and clients of a bulk file; unchanged items are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only read what exists and print what would be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per item (kind, index, id, name, action, outcome, status, message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 FILE --profile NAME [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one bulk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s for the admin API&apos;s rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up waiting for the admin API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a subcommand: list or apply. Run &quot;%1 --help&quot; for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List workspaces, IDPs and clients, or apply a bulk file, through an admin profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API groups (path prefix: rate-limit group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a profile, its keychain entries and its request history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;, its keychain entries and its request history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a profile, its keychain entries and its request history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::RequestHistory</name>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request history could not be saved to %1 (%2). Free disk space or make the folder writable; the history is kept until Tokenscope quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request history file %1 could not be removed: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleRequest</name>
    <message>
        <source>The URL uses %1, which is not a variable: use {base}, {tid}, {wid} or {issuer}, or remove the braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL uses %1, but the connection &quot;%2&quot; has no value for it: set it in the connection, or write the URL out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host: start it with {base}, {issuer} or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method: use GET, POST, PUT, PATCH, DELETE or another single word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token for a Bearer authorization: get one on the Tokens page, or choose another authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; has no API token in the keychain: store it in the connection&apos;s API token field, or choose another authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token header name &quot;%1&quot; of the connection is not a valid header name: correct it in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name for Basic authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Basic user name must not contain &quot;:&quot; or control characters (RFC 7617): correct it, or use another authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for Basic authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential for the %1 header contains a line break or control character: copy it again without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and - (for example X-Request-Id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the header %1 contains a line break or control character: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 is also set by the chosen authorization: remove the header, or choose no authorization.</source>
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
    <name>Discovery</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is %3, not a URL string. The server&apos;s metadata is broken: report it to its operator, or enter the endpoints by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is &quot;%3&quot;, not an absolute http(s) URL. The server&apos;s metadata is broken: report it to its operator, or enter the endpoints by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is %3, not an array of strings. The server&apos;s metadata is broken: report it to its operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array holding a non-string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is not JSON (%2 at byte %3). Check that the issuer URL is right and that the server publishes its metadata there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is a JSON %2, not the object a metadata document is. Check that the issuer URL is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document at %1 has no &quot;issuer&quot; member, so it is not authorization server metadata. Check the issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is %3, not true or false. The server&apos;s metadata is broken: report it to its operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s issuer &quot;%1&quot; differs from &quot;%2&quot; only by a trailing slash. Tokens carry the document&apos;s form: use it as the profile&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s issuer &quot;%1&quot; is not the issuer &quot;%2&quot; it was fetched for; a client must reject such metadata (OpenID Connect Discovery §4.3, RFC 8414 §3.3). Check the issuer URL, or the server&apos;s public URL setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a query or fragment, which an issuer must not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no &quot;token_endpoint&quot;: no token can be requested. Enter the token endpoint by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no &quot;jwks_uri&quot;: signed tokens from this server cannot be verified with its published keys. Enter a JWKS URL or a key by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;code_challenge_methods_supported&quot; offers only &quot;plain&quot; PKCE, which does not protect a stolen code (RFC 7636 §7.2). Enable S256 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document does not list &quot;code_challenge_methods_supported&quot;, so PKCE with S256 may be unsupported (RFC 8414 §2). Tokenscope still sends S256; check the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;code_challenge_methods_supported&quot; is [%1] and lacks &quot;S256&quot;. Enable S256 PKCE on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;grant_types_supported&quot; lists &quot;implicit&quot;: access tokens travel in the browser&apos;s URL. Disable the implicit grant and use the code flow with PKCE (RFC 9700 §2.1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The implicit grant is enabled (response types %1): access tokens travel in the browser&apos;s URL. Disable it and use the code flow with PKCE (RFC 9700 §2.1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;grant_types_supported&quot; lists &quot;password&quot;: clients see users&apos; passwords. Disable the password grant unless a legacy client needs it (RFC 9700 §2.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 over plain http: tokens and secrets would travel unencrypted. Use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not announce the &quot;iss&quot; authorization response parameter (RFC 9207); with more than one server, mix-up attacks go unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a document. Check the issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metadata document was found for the issuer %1. Tried:
%2
Check the issuer URL, or enter the endpoints by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http(s) URL. Enter the issuer like https://id.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message>
        <source>Apply checked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint changes found by discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings about the discovery document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the checked endpoint changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints that differ (checked ones are applied):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer URL first, then Discover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the discovery document of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1: the endpoints match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %n endpoint(s) differ.</source>
        <translation>
            <numerusform>Read %1: %n endpoint differs.</numerusform>
            <numerusform>Read %1: %n endpoints differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) updated from discovery; save to keep them.</source>
        <translation>
            <numerusform>%n endpoint updated from discovery; save to keep it.</numerusform>
            <numerusform>%n endpoints updated from discovery; save to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeDetailView</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has left the log (it keeps the latest %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange #%1 (%2), secrets shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The log kept the first %1 of the body&apos;s %2 bytes.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message numerus="yes">
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n more byte not shown</numerusform>
            <numerusform>… %n more bytes not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>extra CA bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verification OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(TLS: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(final URL after redirects: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeLogModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeLogPage</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the secrets of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command, secrets left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl with secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command with its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by source, method, URL or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP exchanges and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets left out: put them back before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command will contain this request&apos;s secrets (client secret, tokens, codes) in plain text, and anything that reads the clipboard can see them. Clear the clipboard once you have pasted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry has left the log; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraParametersEditor</name>
    <message>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters</source>
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
        <source>Sent with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an extra parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected extra parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where parameter %1 is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontChannelResult</name>
    <message>
        <source>The authorization response has no &quot;%1&quot; although the response type &quot;%2&quot; asks for it. It was refused; check the response types the client may use at the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token from the authorization endpoint is encrypted; Tokenscope cannot decrypt it, so its signature, nonce and hashes cannot be checked. It was refused. Use the code flow, or turn off ID token encryption for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token from the authorization endpoint is not a signed JWT. It was refused; open it in the inspector to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s keys (JWKS) are not available, so the signature of the ID token from the authorization endpoint cannot be checked. It was refused; set the profile&apos;s JWKS URI or run discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no issuer to compare the ID token&apos;s &quot;iss&quot; with. Set the profile&apos;s issuer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token from the authorization endpoint failed the &quot;%1&quot; check: %2. The response was refused and no token was requested; do not use these tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID token has no exp (OpenID Connect Core §2)</source>
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
    <message>
        <source>The CA bundle %1 could not be read: %2. Check the path in the connection&apos;s TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate. Use a file with one or more &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS client certificate needs both the certificate file and its private key. Set the client certificate in the connection&apos;s TLS settings and store its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate %1 could not be read: %2. Check the path in the connection&apos;s TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate. Use a file that starts with &quot;-----BEGIN CERTIFICATE-----&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS client key is not a usable private key. Store the certificate&apos;s private key as unencrypted PEM (RSA or EC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled because the part of Tokenscope that made it was closed. Send it again if you still need the answer.</source>
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
    <name>KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
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
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
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
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
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
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local Sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox tenant runs on %1 (View &gt; Local Sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Up a Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth::DeviceFlow</name>
    <message>
        <source>No answer from the device authorization endpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization endpoint refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Check that the client is allowed the device code grant and its authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization endpoint %1 answered HTTP %2 without a JSON object. Check the device authorization endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization endpoint %1 answered without device_code, user_code, verification_uri or expires_in (RFC 8628 §3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user code expired before the user approved it. Start the device authorization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user denied the device authorization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth::LoopbackListener</name>
    <message>
        <source>Bad request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has too many headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>en</source>
        <comment>the lang attribute of the pages shown in the browser</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authorization response arrived within %1. Start the sign-in again and finish it in the browser before the time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This redirect listener has already been used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no IPv6 loopback address (::1). Use 127.0.0.1 as the redirect host in the connection&apos;s settings (and register that redirect URI with the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use by another program. Close it, or choose another redirect port (0 picks a free one) in the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for the redirect on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request: this server only answers to 127.0.0.1, localhost and [::1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found. Tokenscope is waiting for the authorization response at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already finished. Go back to Tokenscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenscope sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing the response to Tokenscope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authorization response arrived on this page. Start the sign-in again from Tokenscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page needs JavaScript to pass the response (it came in the URL fragment) to Tokenscope. Enable JavaScript, or use response mode query or form_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the authorization response as an application/x-www-form-urlencoded form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and go back to Tokenscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect arrived without a state parameter and was ignored. If you started this sign-in, start it again from Tokenscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect arrived with a parameter sent more than once and was ignored (RFC 6749 §3.1). If you started this sign-in, start it again from Tokenscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect arrived with a state that does not match the sign-in Tokenscope started, and was ignored. It may belong to an older sign-in, or to someone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenscope: response not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenscope is still waiting for the response to the sign-in it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenscope: authorization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server answered with an error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and go back to Tokenscope for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenscope: response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenscope continues the sign-in on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth::TokenOperations</name>
    <message>
        <source>The %1 refused the request (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Check the client id, its authentication method and secret or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no end_session_endpoint: the provider does not advertise RP-initiated logout. Set the end session endpoint or discover it from the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no userinfo endpoint. Fill the endpoints from the issuer (discovery) or set it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introspection endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection endpoint %1 answered HTTP %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection endpoint %1 did not answer with a JSON object holding a boolean &quot;active&quot; (RFC 7662). Check the introspection endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The server does not revoke this kind of token; try the other token_type_hint or revoke the refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation endpoint %1 is unavailable (HTTP 503): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation endpoint %1 answered HTTP %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userinfo endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo endpoint %1 answered HTTP %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo endpoint refused the access token (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The token is expired, revoked or not for this server: get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Request the openid scope (and the scopes of the claims you want) with a user&apos;s grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo endpoint %1 answered with a JWT whose claims cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo endpoint %1 answered with neither a JSON object nor a JWT. Check the userinfo endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo response of %1 has no &quot;sub&quot; claim, which OpenID Connect requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the subject token to exchange (RFC 8693 §2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the subject token&apos;s type, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the actor token&apos;s type, e.g. %1 (RFC 8693 §2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor token type was given without an actor token: give the actor token or clear its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assertion needs an issuer, a subject and an audience (RFC 7523 §3): fill all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion&apos;s lifetime must be at least one second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the assertion (a signed JWT) for the JWT bearer grant, or build one from a private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthHints</name>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code (PKCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s credentials. Check the client id and secret; then try the form-encoded Basic credentials of RFC 6749 §2.3.1 (turn off &quot;raw Basic credentials&quot; in the connection), or client_secret_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s credentials. Check the client id and secret; then try raw Basic credentials (some servers do not decode the RFC 6749 §2.3.1 form-encoding: turn on &quot;raw Basic credentials&quot; in the connection), or client_secret_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s credentials. Check the client id and secret; then try client_secret_basic: the client may be registered for that method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants this client to authenticate. Store its secret and choose client_secret_basic or client_secret_post in the connection, or register the client as a public client (token_endpoint_auth_method &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the client assertion. Check the client id, the key or secret, the key&apos;s algorithm and kid, the clock of this machine (iat, exp), and that the client is registered for this authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the client certificate. Check that the certificate matches the one registered for the client (subject DN or SAN) and that its key is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code was refused: a code works once and only for a short time, and the redirect_uri and PKCE code_verifier must match the authorization request. Start the flow again; if it keeps failing, check the client&apos;s registered redirect URIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was refused: it expired, was revoked, or was rotated (the server issued a newer one and the old one no longer works). Get a new token set with another grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong, or the user cannot sign in with the password grant (disabled for the user or the identity provider). Check the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code was refused: it expired or was already used. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the grant. Check the client&apos;s settings on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may not use the %1 grant. Enable &quot;%2&quot; in the client&apos;s grant types on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer the %1 grant (&quot;%2&quot;). Check the server&apos;s grant_types_supported, or enable it for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested scope is unknown or not allowed for this client. Remove it from the scope field or the connection, or assign it to the client on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user declined on the other device. Start again to ask once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or the server declined the request (cancelled at sign-in or consent, or a policy refused it). Start again and approve, or check the server&apos;s policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code expired before the user approved. Start again and approve sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has not approved yet; polling goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to poll less often; the interval grows by 5 seconds (RFC 8628 §3.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed on its side. Try again; if it persists, check the server&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs the user to sign in, but prompt=none was asked. Remove prompt=none from the extra parameters and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has not granted consent for these scopes yet. Start again without prompt=none so the consent page can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs the user to interact (sign-in, consent or another step). Start again without prompt=none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter is missing, repeated or malformed: check the redirect URI registered for the client, the extra parameters and PKCE (the server may require S256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter is missing, repeated or malformed: check the extra parameters of the connection and the error description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested resource or audience is unknown or not allowed (RFC 8707). Check the connection&apos;s resources and audiences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow response_type=code for this client. Enable the authorization code grant for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject or actor token was refused: it expired, was revoked, or its type does not match the token type sent (RFC 8693 §2.2.2). Get a fresh token set, or choose the right token type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion was refused (RFC 7523 §3.1): check its issuer and subject, that its audience is the token endpoint or the issuer, that it has not expired, and that the server knows the public key of the private key that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Enter the %1: the %2 preset needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an absolute http(s) URL. Enter it like %3, without a query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; can only hold letters, digits and hyphens. Copy it from the tenant&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace id &quot;%1&quot; can only hold letters, digits, &apos;_&apos; and &apos;-&apos;. Copy it from the workspace&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vanity host &quot;%1&quot; is not a host name. Enter only the host, like auth.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the region of the tenant (the part after the tenant id in its host name, like &quot;us&quot; or &quot;eu&quot;), or a vanity host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a host name label. Enter it like &quot;us&quot; or &quot;eu&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not an AWS region name. Enter it like &quot;us-east-1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user pool id &quot;%1&quot; is not of the form REGION_ID, like &quot;us-east-1_AbCdEf123&quot;. Copy it from the user pool&apos;s overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user pool id &quot;%1&quot; belongs to region %2, not %3. Check the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom domain &quot;%1&quot; is not a host name. Enter only the host, like auth.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user pool&apos;s domain prefix (App integration &gt; Domain) or its custom domain: the OAuth endpoints live there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain prefix &quot;%1&quot; can only hold lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; can only hold letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace id &quot;%1&quot; can only hold letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox only listens on loopback: use the URL `tokenscope sandbox` prints, like http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudentity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first label of the tenant&apos;s host name, and the first path segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label after the tenant id in the host name ({tenant}.{region}.authz.cloudentity.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanity host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom domain for the tenant; used instead of the region when set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace (authorization server) id; &quot;admin&quot; for admin API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workspace is its own authorization server under /{tenant}/{workspace}. Tokens for Cloudentity&apos;s admin APIs come from the &quot;admin&quot; workspace with a client_credentials client created there (the &quot;system&quot; workspace for system APIs). A vanity domain replaces {tenant}.{region}.authz.cloudentity.io and keeps the /{tenant}/{workspace} path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Cognito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS region of the user pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User pool id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the user pool&apos;s overview; it starts with the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix of the user pool domain {prefix}.auth.{region}.amazoncognito.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user pool&apos;s custom domain; used instead of the prefix when set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer and the JWKS are on cognito-idp.{region}.amazonaws.com/{userPoolId}, the OAuth endpoints on the user pool domain (managed login). Callback URLs must match exactly, and plain http is accepted only for localhost: register http://localhost:PORT/callback and fix the port. Confidential app clients authenticate with HTTP Basic. There is no introspection endpoint; /oauth2/revoke revokes refresh tokens, and /logout takes client_id and logout_uri instead of OpenID Connect&apos;s logout parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserClouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant URL from the UserClouds console; it is also the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant URL is the issuer; the OpenID Connect endpoints are under /oidc/ and logout is /logout. The authorization request must ask for the openid scope and carry a state. HTTP Basic client credentials are form-decoded (RFC 6749 §2.3.1). Use Discover for the JWKS URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duende IdentityServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IdentityServer&apos;s base address, including a path base if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority is the issuer (with the ASP.NET Core path base, if any); endpoints are under /connect/ and the JWKS is /.well-known/openid-configuration/jwks. Revocation works for refresh tokens and reference access tokens, not JWT access tokens. Introspection is usually authenticated as an API resource (its name and secret) rather than as a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway&apos;s base URL; the token endpoint is {base}/oauth/access-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discovery document: the token endpoint is {base}/oauth/access-token. The client authenticates with HTTP Basic (client id and secret), and the resource owner password grant is the usual flow. Enter the authorization endpoint by hand if you use the code flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer URL exactly as the provider&apos;s tokens carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the issuer is needed: press Discover to fill the endpoints from {issuer}/.well-known/openid-configuration (or RFC 8414 metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s address: View &gt; Local Sandbox shows the one the console runs; `tokenscope sandbox` prints its own when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s tenant; &quot;default&quot; unless started with another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace created in the sandbox; &quot;admin&quot; for admin API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Cloudentity-compatible tenant on loopback over plain http, with Cloudentity&apos;s paths under /{tenant}/{workspace}. The console runs one and keeps the &quot;Local sandbox&quot; connection pointing at it; `tokenscope sandbox` runs another for scripts. Its &quot;admin&quot; workspace issues tokens for its admin API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The member &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userinfo endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed authorization request endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no &quot;schema_version&quot;; it was not written by this version of Tokenscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has schema version %1; this version of Tokenscope reads version %2. Update Tokenscope or re-create the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;auth_method&quot; has the unknown value &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; has the unknown value &quot;%2&quot;; use authorization, token or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;redirect.host&quot; has the value &quot;%1&quot;; use 127.0.0.1, localhost or [::1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;redirect.port&quot; must be a port number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the fragment (&quot;#…&quot;); it is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer (to discover the endpoints) or at least the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id registered with the authorization server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls_client_auth needs a client certificate: choose the certificate file (PEM); its key goes to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect path must start with &quot;/&quot;, for example /callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect path must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP header name; use letters, digits and - (for example Authorization or X-Api-Key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token prefix must not contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for extra parameter %1, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is set by Tokenscope itself; remove it from the extra parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path prefix of API group override %1 must start with &quot;/&quot;, for example /api/admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path prefix of API group override %1 must be a path only: remove spaces, &quot;?&quot; and &quot;#&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a group name for API group override %1, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group name of API group override %1 must not contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Certificate checks are off for this profile: anyone on the network path can read and change its traffic, tokens and secrets included. Turn &quot;Skip certificate verification&quot; off as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure TLS warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://login.example.com/tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the issuer&apos;s discovery document (OpenID Connect, then RFC 8414) and compare its endpoints with these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: public client (PKCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret in the body (client_secret_post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS256 assertion (client_secret_jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed assertion (private_key_jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual TLS (tls_client_auth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send id and secret without form-encoding (raw Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw Basic credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6749 §2.3.1 form-encodes the id and secret before Basic; some servers want them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/client.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openid profile email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com (RFC 8707), space-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pushed authorization requests (PAR) when the server has them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pushed authorization requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: a free port is chosen for each sign-in; set one when the server matches redirect URIs exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CAs (PEM), added to the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip certificate verification (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip certificate verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a stored API token in a header instead of OAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-token mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for none, or e.g. &quot;Bearer &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S); changed secrets go to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; writing secrets to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, secrets in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; secrets kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API groups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <source>Cannot create the profile directory %1. Check that its parent folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full (%2). Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON document is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profile directory %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is not a profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 could not be read (%2); it was moved aside to %3. Fix or delete that file, or import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 could not be read (%2) and could not be moved aside; it was left as it is. Move it away by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was converted from an older format but could not be saved in the new one: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; cannot be used; leave it empty to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists; leave the id empty to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with the id %1; it may have been removed. Add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; were not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be removed: cannot delete %2 (%3). Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with the id %1; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles were not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>Exported %n profile to %1 (without secrets).</numerusform>
            <numerusform>Exported %n profiles to %1 (without secrets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a profile export (%2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was exported by another version of Tokenscope (format %2); nothing was imported. Update Tokenscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;profiles&quot; array; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tokenscope profile export; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, %2 is not a JSON object; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, %2 cannot be read: %3 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, %2 (&quot;%3&quot;) is not usable: %4 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Imported %n profile.</numerusform>
            <numerusform>Imported %n profiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile is not in the version 1 format (its &quot;version&quot; is not 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the version 1 profile must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version 1 profile has the unknown &quot;auth_method&quot; &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version 1 profile&apos;s &quot;redirect_uri&quot; %1 is not an http loopback URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;insecure_tls&quot; of the version 1 profile must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles::SecretStore</name>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or, in the window, choose “Keep in memory for this session only”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the secret (%1). Try again, or delete the entry with your keychain&apos;s own tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and allow Tokenscope to use it, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not usable (%1). Check that you are logged in and the keychain is unlocked, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable system keychain (%1). Start or unlock a Secret Service such as GNOME Keyring or KWallet and try again, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored %1 is damaged: its parts in the keychain do not fit together. Enter it again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of %2 of the stored %3 is missing from the keychain. Enter it again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it returned different data than was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for the %1 is not in Tokenscope&apos;s format. Enter the %1 again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile storage problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the profile storage message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the keychain again, for example after starting or unlocking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets you enter stay in this process and are gone when Tokenscope quits; nothing is written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: they are gone when Tokenscope quits. Start or unlock a keychain to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, provider, issuer or client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profiles from a Tokenscope export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every profile to a file, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile to edit it, or create one with New: a profile describes one tenant and client once, with its secrets in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile you are editing has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider and fill in its fields; Save when no field is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not copied: enter them in the copy before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;, but its secrets could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenscope profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1. Exports hold no secrets: enter them before you use the profiles.</source>
        <translation>
            <numerusform>Imported %n profile: %1. Exports hold no secrets: enter them before you use the profile.</numerusform>
            <numerusform>Imported %n profiles: %1. Exports hold no secrets: enter them before you use the profiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokenscope profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without secrets.</source>
        <translation>
            <numerusform>Exported %n profile to %1, without secrets.</numerusform>
            <numerusform>Exported %n profiles to %1, without secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain for secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushedAuthorizationResponse</name>
    <message>
        <source>No answer from the %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 refused the request (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id, its authentication method and secret or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client&apos;s settings at the server (redirect URI, scopes, response type), or turn PAR off in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 answered HTTP %3. Check the endpoint&apos;s URL, or turn PAR off in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of the %1 %2 has no &quot;request_uri&quot; (RFC 9126 §2.2). Check the endpoint&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateGauge</name>
    <message>
        <source>No rate-limit headers in the last response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last response&apos;s rate-limit headers:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group (host)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429: retry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLimits::RetryingRequest</name>
    <message>
        <source>The HTTP client was closed before the request could be sent. Send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled. Send it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLimitsPage</name>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every group&apos;s readings; the next responses fill the gauges again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response has carried rate-limit headers yet. Call an API (get a token, discover a connection, use the local sandbox) and a gauge appears here for each host and API group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit gauges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message numerus="yes">
        <source>‹binary data, %n byte(s)›</source>
        <translation>
            <numerusform>‹binary data, %n byte›</numerusform>
            <numerusform>‹binary data, %n bytes›</numerusform>
        </translation>
    </message>
    <message>
        <source>‹redacted, length %1›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;your key file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets were left out of this command (shown as ‹redacted›): it fails until you put them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &lt;your key file&gt; with the path of the TLS client certificate&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base}/api/admin/{tid}/servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL variables of the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries after 429 Too Many Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times a request the server rejected with 429 is sent again after the wait it asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tries on 429:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, or any text with a Content-Type header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format the JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token from the Tokens page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Authorization header is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toke&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this session only: never stored, not in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heade&amp;rs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request history of the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to load a request into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected history entry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the history of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection on the Connections page to send requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has no ID token: get a token on the Tokens page first (with the openid scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has no access token: get a token on the Tokens page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the token the Tokens page got at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the connection&apos;s API token from the keychain in the %1 header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the connection&apos;s API token from the keychain in the %1 header, after &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1). Fix it, or set a Content-Type header for another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection first: add one on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method: use letters such as GET or POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token on the Tokens page first: this connection has no ID token yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token on the Tokens page first: this connection has no access token yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available for the API token: choose another authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API token from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is stored for %1: add it in the connection&apos;s settings on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the TLS client key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS client key is stored for %1: add it in the connection&apos;s settings on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: retrying in %1 s (retry %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again (retry %1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be saved (%1); it is kept until Tokenscope quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the request from the history. Secrets are not kept there: header values shown as [redacted] need their value again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n request(s) from the history of %1? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the %n request from the history of %1? This cannot be undone.</numerusform>
            <numerusform>Remove all %n requests from the history of %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file could not be removed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Response body, formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body, as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command, secrets left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl with secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command with its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
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
        <source>Response body and headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hea&amp;ders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet: write a request and press Send (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the response body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets left out: put them back before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command will contain this request&apos;s secrets (tokens, API token, password) in plain text, and anything that reads the clipboard can see them. Clear the clipboard once you have pasted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Authoritative Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy Authentication Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precondition Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Too Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI Too Long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported Media Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range Not Satisfiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misdirected Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprocessable Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precondition Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Header Fields Too Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Version Not Supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::GrantStore</name>
    <message>
        <source>The sandbox&apos;s grants file %1 cannot be read (%2) nor moved aside; grants are kept in memory only. Move the file away and restart the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s grants file could not be read (%1); it was moved aside to %2. Earlier refresh tokens and codes are no longer valid.</source>
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
    <name>Sandbox::LocalSandbox</name>
    <message>
        <source>Admin API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 and OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limits could not be saved to %1: %2. Check free space and permissions.</source>
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
    <name>SandboxDialog</name>
    <message>
        <source>Local Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1 (tenant &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the Connections page uses the sandbox&apos;s admin workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each API group has a token bucket: it holds at most &quot;burst&quot; requests and refills at &quot;per minute&quot;. Lower them to see X-RateLimit-* headers, 429 answers and Retry-After in action; changes apply at once and are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits per API group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the default rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in the rate-limits file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied and saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the value; a stored value is read from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1 from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the value from a file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain; Show reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no value to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored for this profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 KiB; choose the key file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1; saved to the keychain when you save the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup::Checks</name>
    <message>
        <source>Enter an id: letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the id to at most 64 characters (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a duration such as &quot;1h&quot;, &quot;30m&quot; or &quot;1h30m&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a duration greater than zero, such as &quot;30m&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: use a number with a unit (h, m, s, ms), e.g. &quot;1h30m&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a shorter duration (at most about 290 years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the colour as #RRGGBB, e.g. #1f6feb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup::ClientPage</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application client to sign in with. Its id and secret become a connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URI a line. The console&apos;s loopback URI comes first: the sign-in returns there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated scopes the application may ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;eate Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; is created; its connection is &quot;%2&quot;. Continue with Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable at least one grant type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a redirect URI: the authorization-code grant returns there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application &quot;%1&quot; was created, but its connection could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s secret could not be stored in the keychain: %1 Rotate the secret in the admin browser, then enter it in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup::ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tenant to set up. The local sandbox needs nothing typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloudentity tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudentity tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s address; or leave it empty and give the tenant id and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin client i&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client of the tenant&apos;s admin workspace with access to the admin API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain only, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant URL is not a URL: enter it as https://TENANT.REGION.authz.cloudentity.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tenant and region from %1: enter the tenant id and region instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant URL, or the tenant id and its region (e.g. &quot;us&quot;, &quot;eu&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the admin client&apos;s id and secret (a client of the tenant&apos;s admin workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudentity admin (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudentity admin (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is not running: see View &gt; Local Sandbox, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin client secret could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API answered %1: check the tenant and the admin client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n workspace(s).</source>
        <translation>
            <numerusform>Connected to %1: %n workspace.</numerusform>
            <numerusform>Connected to %1: %n workspaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bul&amp;k Apply a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk apply a file of workspaces, IDPs and clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates many workspaces, IDPs and clients from a JSON file, paced to the rate limit, instead of one by one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup::CreateRequest</name>
    <message>
        <source>Correct the fields marked in red, then create again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup::IdpPage</name>
    <message>
        <source>Identity Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A static identity provider with mock users to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication context (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional attributes (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or typing edits a cell. The JSON columns take an object, e.g. {&quot;name&quot;: &quot;Alice&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Use&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users from a CSV file (a header row: username,password,email,…) or a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;eate Identity Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider &quot;%1&quot; is created. Continue with Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON (%1 at character %2): enter an object such as {&quot;name&quot;: &quot;Alice&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON object, such as {&quot;name&quot;: &quot;Alice&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file needs a header row with a &quot;username&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the %2 column must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the users as a JSON array, or an object with &quot;users&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user needs to be an object with a &quot;username&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n user imported.</numerusform>
            <numerusform>%n users imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one user to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating identity provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup::TryPage</name>
    <message>
        <source>Try It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the new workspace in the browser with one of the mock users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In in the Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decoded tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with one of the identity provider&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &quot;%1&quot; with the password you gave in the users table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s connection is gone: go back and create the application again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: the workspace works. The tokens are on the Tokens page too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the workspace (authorization server) to create. The defaults give a working sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-64 letters, digits, &quot;-&quot; and &quot;_&quot;; part of every URL of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other types (admin, developer, system) are the tenant&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token endpoint authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint authentication methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;D token lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authori&amp;zation code lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration: &quot;1h&quot;, &quot;30m&quot;, &quot;1h30m&quot;, &quot;90s&quot;, &quot;2d&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require PKCE f&amp;or every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require PKCE for every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require PKCE for p&amp;ublic clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require PKCE for public clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject identifiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject identifier type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject identifier types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;eate Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is created. Continue with Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable at least one grant type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow at least one authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one subject identifier type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set Up a Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace setup wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an item in the admin browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start O&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this wizard&apos;s progress for the connection; created items are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the admin browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(not a JWT: an opaque token of %n character(s))</source>
        <translation>
            <numerusform>(not a JWT: an opaque token of %n character)</numerusform>
            <numerusform>(not a JWT: an opaque token of %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemBrowserLauncher</name>
    <message>
        <source>The system browser could not be opened. Copy the authorization URL into a browser, or set a browser command.</source>
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
    <name>TokenRequest</name>
    <message>
        <source>The stored private key cannot be used: %1 Store it again as an unencrypted PEM private key or a private JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key for private_key_jwt has no usable private key (an encrypted PEM key, a public key or a certificate cannot sign). Store the unencrypted private key as PEM or as a JWK with its private members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is of a type that cannot sign a client assertion (RSA, EC P-256/384/521 and Ed25519/Ed448 can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and secret. If they are right, the server may expect client_secret_post instead of client_secret_basic, or the Basic credentials without form-encoding (the profile&apos;s raw Basic switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and secret. If they are right, the server may expect client_secret_basic instead of client_secret_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants this client to authenticate: choose the client authentication method it was registered with and store its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and the key or secret; the server may expect another client authentication method (client_secret_basic or client_secret_post), or the assertion&apos;s audience to be the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is empty; client_secret_jwt needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client assertions are only made for client_secret_jwt and private_key_jwt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client assertion could not be signed with the stored key or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no token endpoint. Fill the endpoints from the issuer (discovery) or set the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client id; set it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to read the %1 of the profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is stored in the keychain for the profile &quot;%2&quot;. Store it first (for example with &quot;tokenscope profile add ... --client-secret-stdin&quot; or in the profile editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; cannot be read: no keychain is available. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; cannot be read from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and that the server registered this client certificate (its subject or subject alternative name) for tls_client_auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no %2. Fill the endpoints from the issuer (discovery) or set it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses tls_client_auth but names no client certificate. Set the client certificate (a PEM file) in the profile&apos;s TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS client key of the profile &quot;%1&quot; is empty. Store the certificate&apos;s private key (unencrypted PEM) for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS client key is stored in the keychain for the profile &quot;%1&quot;. Paste the client certificate&apos;s private key (unencrypted PEM) into the profile&apos;s TLS client key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion could not be signed with the private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>No answer from the token endpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 with an HTML page instead of JSON. Check the token endpoint URL (and a proxy or login page in between).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 with a body that is not a JSON object. Check the token endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 without an OAuth error document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 without an access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of the token endpoint %1 (HTTP %2) did not arrive whole: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSetView</name>
    <message>
        <source>Refresh automatically before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected token in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspect the selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call userinfo with the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the refresh token at 75% of the access token&apos;s lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the token action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection, revocation and userinfo results show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens yet: choose a connection and a grant, then Get Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · obtained %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was rotated: the server issued a new one and the old one no longer works. The new one is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
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
    <name>TokensPage</name>
    <message>
        <source>Get a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (sent once, not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the authorization URL instead of opening a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the user code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Verification Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the verification page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated scopes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting tokens is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection on the Connections page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection sends a stored API token instead of OAuth; choose another connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no token endpoint. Run Discover in its editor or enter the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no authorization endpoint. Run Discover in its editor or enter the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no device authorization endpoint: the server may not offer the device grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error_description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error_uri: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: the server accepts this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active: the server no longer accepts this token (expired, revoked or unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: the server answered HTTP %1. %2 should no longer be accepted; Introspect to see what the server says now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userinfo request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking userinfo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userinfo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try: the access token expired or was revoked; get a new one or refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try: ask for the openid scope (and the claims&apos; scopes such as email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userinfo answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo response is encrypted (a JWE); only the client&apos;s key can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer %1; RFC 9207 iss %2; jwks_uri %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery failed; going on with the connection&apos;s endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password grant for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL copied; open it in a browser and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser opened; sign in there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback rejected; still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user code on the verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2; polling every %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device grant ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the refresh token from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token is stored for %1. Get one with another grant first (the server may want the offline_access scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh_token grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new tokens; the refresh token was rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token could not be stored in the keychain, so Refresh cannot use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hybrid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (implicit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out at the provider in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the provider&apos;s end-session page with this ID token as id_token_hint, then clears the token set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Sign-out URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-out URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The implicit flow is discouraged by the OAuth 2.0 Security Best Current Practice: tokens travel in the browser&apos;s URL. Use code unless you test an old client; the client must be allowed the implicit grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid: the ID token comes through the browser and is verified against the server&apos;s keys; the client must be allowed this response type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the subject token, or choose a token of the current set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token set has no ID token: get one with the openid scope, or paste the subject token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token set yet: get one first, or paste the subject token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key (PEM or JWK) that signs the assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed authorization request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed authorization request answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request_uri %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-channel tokens verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token set&apos;s access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token set&apos;s ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pasted token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted subject token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the subject token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the acting party&apos;s access token (delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: space-separated audiences (client ids or URIs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token exchange: subject %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with an actor token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, audience %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said (RFC 8693 §2.2.1 requires issued_token_type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out URL copied; open it in the browser where you signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The sign-out URL was copied instead: open it in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out page opened in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out URL copied; the token set was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out page opened; the token set was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM or JWK private key that signs the assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer (iss):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (sub):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key for the JWT bearer assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.jwk *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read (%2). Choose a PEM or JWK file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion could not be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss %1, sub %2, aud %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT bearer grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that opens a URL, e.g. firefox --private-window. The URL is added as its last argument. Empty: TOKENSCOPE_BROWSER when set, else the system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKENSCOPE_BROWSER: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser command has an unterminated quote.</source>
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
