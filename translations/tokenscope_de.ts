<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tokenscope</source>
        <translation>Über Tokenscope</translation>
    </message>
    <message>
        <source>Tokenscope %1</source>
        <translation>Tokenscope %1</translation>
    </message>
    <message>
        <source>A native console for developers integrating with OAuth 2.0 and OpenID Connect: decode and verify tokens, run flows, watch rate limits.</source>
        <translation>Eine native Konsole für Entwickler, die OAuth 2.0 und OpenID Connect integrieren: Tokens dekodieren und verifizieren, Flows ausführen, Rate Limits beobachten.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Tokenscope: %1</source>
        <translation>Tokenscope: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>qtkeychain: %1</source>
        <translation>qtkeychain: %1</translation>
    </message>
</context>
<context>
    <name>Admin::BulkApply</name>
    <message>
        <source>Cancelled before it was applied.</source>
        <translation>Abgebrochen, bevor es angewendet wurde.</translation>
    </message>
    <message>
        <source>The admin connection is gone.</source>
        <translation>Die Admin-Verbindung besteht nicht mehr.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete %1.</translation>
    </message>
    <message>
        <source>Not applied: its workspace &quot;%1&quot; failed.</source>
        <translation>Nicht angewendet: sein Workspace &quot;%1&quot; ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Already as the file says.</source>
        <translation>Bereits so, wie es in der Datei steht.</translation>
    </message>
    <message>
        <source>Created (the server replayed an earlier identical request).</source>
        <translation>Angelegt (der Server hat eine frühere identische Anfrage wiederholt).</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Angelegt.</translation>
    </message>
    <message>
        <source>Updated: %1.</source>
        <translation>Aktualisiert: %1.</translation>
    </message>
</context>
<context>
    <name>Admin::BulkFile</name>
    <message>
        <source>%1 must be an array.</source>
        <translation>%1 muss ein Array sein.</translation>
    </message>
    <message>
        <source>%1: %2 must be a string.</source>
        <translation>%1: %2 muss ein String sein.</translation>
    </message>
    <message>
        <source>%1: %2 is required (a non-empty string).</source>
        <translation>%1: %2 ist erforderlich (ein nicht leerer String).</translation>
    </message>
</context>
<context>
    <name>AdminBrowserPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Workspace…</translation>
    </message>
    <message>
        <source>Admin connection</source>
        <translation>Admin-Verbindung</translation>
    </message>
    <message>
        <source>A Cloudentity or sandbox connection with the admin workspace&apos;s client</source>
        <translation>Eine Cloudentity- oder Sandbox-Verbindung mit dem Client des Admin-Workspaces</translation>
    </message>
    <message>
        <source>Admin &amp;connection:</source>
        <translation>Admin-&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Refresh the workspaces</source>
        <translation>Die Workspaces aktualisieren</translation>
    </message>
    <message>
        <source>Refresh (%1)</source>
        <translation>Aktualisieren (%1)</translation>
    </message>
    <message>
        <source>New workspace with the setup wizard</source>
        <translation>Neuer Workspace mit dem Einrichtungsassistenten</translation>
    </message>
    <message>
        <source>Workspaces status</source>
        <translation>Status der Workspaces</translation>
    </message>
    <message>
        <source>Workspaces, identity providers and clients</source>
        <translation>Workspaces, Identity Provider und Clients</translation>
    </message>
    <message>
        <source>No admin connection yet. Start the local sandbox, or add a Cloudentity connection for the admin workspace&apos;s client on the Connections page (or with New Workspace…).</source>
        <translation>Noch keine Admin-Verbindung. Starten Sie die lokale Sandbox, oder fügen Sie auf der Seite Verbindungen eine Cloudentity-Verbindung für den Client des Admin-Workspaces hinzu (oder mit Neuer Workspace…).</translation>
    </message>
    <message>
        <source>%1 is not on the server (any more): it may have been deleted. Refresh to see the current state.</source>
        <translation>%1 ist nicht (mehr) auf dem Server vorhanden: möglicherweise wurde es gelöscht. Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Select an item of the group to see it here.</source>
        <translation>Wählen Sie ein Element der Gruppe aus, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Laden von %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Workspace löschen</translation>
    </message>
    <message>
        <source>Delete the workspace %1 with all its identity providers, users and clients? This cannot be undone.</source>
        <translation>Den Workspace %1 mit allen seinen Identity Providern, Benutzern und Clients löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Identity Provider</source>
        <translation>Identity Provider löschen</translation>
    </message>
    <message>
        <source>Delete the identity provider %1 of %2 (its users too)? This cannot be undone.</source>
        <translation>Den Identity Provider %1 von %2 (samt seinen Benutzern) löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Client löschen</translation>
    </message>
    <message>
        <source>Delete the client %1 of %2? Applications using it can no longer get tokens. This cannot be undone.</source>
        <translation>Den Client %1 von %2 löschen? Anwendungen, die ihn verwenden, können keine Tokens mehr erhalten. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 failed: it was changed on the server since you loaded it. Reload it, then make your change again.</source>
        <translation>%1 fehlgeschlagen: das Element wurde seit dem Laden auf dem Server geändert. Laden Sie es neu und nehmen Sie Ihre Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Bulk Apply…</source>
        <translation>&amp;Bulk-Anwenden…</translation>
    </message>
    <message>
        <source>Bulk apply a file of workspaces, IDPs and clients</source>
        <translation>Eine Bulk-Datei mit Workspaces, IDPs und Clients anwenden</translation>
    </message>
</context>
<context>
    <name>AdminClient</name>
    <message>
        <source>The connection &quot;%1&quot; is not an admin connection. Use a Cloudentity or local sandbox connection whose workspace is &quot;admin&quot; and whose client is that workspace&apos;s client.</source>
        <translation>Die Verbindung &quot;%1&quot; ist keine Admin-Verbindung. Verwenden Sie eine Cloudentity- oder lokale Sandbox-Verbindung, deren Workspace &quot;admin&quot; ist und deren Client der Client dieses Workspaces ist.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; has no usable issuer URL, so the admin API&apos;s address is unknown. Set the tenant and region (or the sandbox address) in the connection.</source>
        <translation>Die Verbindung &quot;%1&quot; hat keine verwendbare Aussteller-URL, daher ist die Adresse der Admin-API unbekannt. Legen Sie Tenant und Region (bzw. die Adresse der Sandbox) in der Verbindung fest.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; names no tenant id. Set the tenant id in the connection.</source>
        <translation>Die Verbindung &quot;%1&quot; nennt keine Tenant-ID. Legen Sie die Tenant-ID in der Verbindung fest.</translation>
    </message>
    <message>
        <source>The admin connection changed while the request waited for an admin token. Send it again.</source>
        <translation>Die Admin-Verbindung hat sich geändert, während die Anfrage auf ein Admin-Token wartete. Senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>No admin token could be obtained for &quot;%1&quot;: %2 Check the admin client&apos;s id and secret, and that the client belongs to the admin workspace.</source>
        <translation>Für &quot;%1&quot; konnte kein Admin-Token abgerufen werden: %2 Prüfen Sie ID und Secret des Admin-Clients und ob der Client zum Admin-Workspace gehört.</translation>
    </message>
    <message>
        <source>The idempotency key must be 32 to 255 characters long; this one has %1. Use AdminClient::newIdempotencyKey().</source>
        <translation>Der Idempotenzschlüssel muss 32 bis 255 Zeichen lang sein; dieser hat %1. Verwenden Sie AdminClient::newIdempotencyKey().</translation>
    </message>
    <message>
        <source>The HTTP client was closed before the admin request could be sent. Send it again.</source>
        <translation>Der HTTP-Client wurde geschlossen, bevor die Admin-Anfrage gesendet werden konnte. Senden Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>AdminErrors</name>
    <message>
        <source> Field: %1.</source>
        <translation> Feld: %1.</translation>
    </message>
    <message>
        <source>The admin API did not answer %1. Check the connection&apos;s address and try again.</source>
        <translation>Die Admin-API hat auf %1 nicht geantwortet. Prüfen Sie die Adresse der Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>keine Erklärung angegeben</translation>
    </message>
    <message>
        <source>The admin API refused %1 as malformed (400): %2.%3 Correct the request and send it again.</source>
        <translation>Die Admin-API hat %1 als fehlerhaft abgelehnt (400): %2.%3 Korrigieren Sie die Anfrage und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The admin API could not accept a value in %1 (422): %2.%3 Correct the value and send it again.</source>
        <translation>Die Admin-API konnte einen Wert in %1 nicht annehmen (422): %2.%3 Korrigieren Sie den Wert und senden Sie die Anfrage erneut.</translation>
    </message>
    <message>
        <source>The admin API refused even a freshly fetched admin token for %1 (401): %2. Check the admin client&apos;s secret and its access to the admin workspace.</source>
        <translation>Die Admin-API hat selbst ein frisch abgerufenes Admin-Token für %1 abgelehnt (401): %2. Prüfen Sie das Secret des Admin-Clients und seinen Zugriff auf den Admin-Workspace.</translation>
    </message>
    <message>
        <source>The admin API refused the admin token for %1 (401): %2. Check the admin client&apos;s secret and its access to the admin workspace.</source>
        <translation>Die Admin-API hat das Admin-Token für %1 abgelehnt (401): %2. Prüfen Sie das Secret des Admin-Clients und seinen Zugriff auf den Admin-Workspace.</translation>
    </message>
    <message>
        <source>The admin client may not do %1 (403): %2. Grant it access to the admin API in the admin workspace, or use another admin client.</source>
        <translation>Der Admin-Client darf %1 nicht ausführen (403): %2. Gewähren Sie ihm im Admin-Workspace Zugriff auf die Admin-API, oder verwenden Sie einen anderen Admin-Client.</translation>
    </message>
    <message>
        <source>Not found: %1 (404): %2. Check the id and the tenant; it may have been deleted.</source>
        <translation>Nicht gefunden: %1 (404): %2. Prüfen Sie die ID und den Tenant; möglicherweise wurde das Element gelöscht.</translation>
    </message>
    <message>
        <source>The id is taken: %1 (409): %2.%3 Choose another id, or update the existing one instead.</source>
        <translation>Die ID ist vergeben: %1 (409): %2.%3 Wählen Sie eine andere ID, oder aktualisieren Sie stattdessen das vorhandene Element.</translation>
    </message>
    <message>
        <source>%1 changed on the server since it was read (412): %2. Read it again and reapply your change.</source>
        <translation>Die Ressource von %1 wurde seit dem Lesen auf dem Server geändert (412): %2. Lesen Sie sie erneut und wenden Sie Ihre Änderung noch einmal an.</translation>
    </message>
    <message numerus="yes">
        <source>The admin API is still rate limiting %1 after %n retries (429): %2. Wait a minute and try again, or lower the pace.</source>
        <translation>
            <numerusform>Die Admin-API begrenzt %1 nach %n Wiederholung noch immer (429): %2. Warten Sie eine Minute und versuchen Sie es erneut, oder verringern Sie das Tempo.</numerusform>
            <numerusform>Die Admin-API begrenzt %1 nach %n Wiederholungen noch immer (429): %2. Warten Sie eine Minute und versuchen Sie es erneut, oder verringern Sie das Tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin API failed on %1 (HTTP %2): %3. Try again later; if it persists, check the tenant&apos;s status.</source>
        <translation>Die Admin-API ist bei %1 fehlgeschlagen (HTTP %2): %3. Versuchen Sie es später erneut; falls es anhält, prüfen Sie den Status des Tenants.</translation>
    </message>
    <message>
        <source>The admin API answered %1 with HTTP %2: %3. Check the request and the admin connection.</source>
        <translation>Die Admin-API hat %1 mit HTTP %2 beantwortet: %3. Prüfen Sie die Anfrage und die Admin-Verbindung.</translation>
    </message>
</context>
<context>
    <name>AdminItemEditor</name>
    <message>
        <source>&amp;Add User</source>
        <translation>Benutzer hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move User</source>
        <translation>Benutzer ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>N&amp;eu laden</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Ausgewähltes Element</translation>
    </message>
    <message>
        <source>Status of the selected item</source>
        <translation>Status des ausgewählten Elements</translation>
    </message>
    <message>
        <source>Document as JSON</source>
        <translation>Dokument als JSON</translation>
    </message>
    <message>
        <source>Document (&amp;JSON):</source>
        <translation>Dokument (&amp;JSON):</translation>
    </message>
    <message>
        <source>Users of the static identity provider</source>
        <translation>Benutzer des statischen Identity Providers</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Authentication context (JSON)</source>
        <translation>Authentifizierungskontext (JSON)</translation>
    </message>
    <message>
        <source>Leave a password empty to keep the user&apos;s current password.</source>
        <translation>Lassen Sie ein Passwort leer, um das aktuelle Passwort des Benutzers zu behalten.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected users</source>
        <translation>Ausgewählte Benutzer entfernen</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Das Element speichern</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Das Element löschen</translation>
    </message>
    <message>
        <source>Reload the item from the server</source>
        <translation>Das Element neu vom Server laden</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>Select a workspace, identity provider or client to see it here.</source>
        <translation>Wählen Sie einen Workspace, einen Identity Provider oder einen Client aus, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Workspace %1</translation>
    </message>
    <message>
        <source>Static identity provider %1 in %2</source>
        <translation>Statischer Identity Provider %1 in %2</translation>
    </message>
    <message>
        <source>Identity provider %1 in %2</source>
        <translation>Identity Provider %1 in %2</translation>
    </message>
    <message>
        <source>Client %1 in %2</source>
        <translation>Client %1 in %2</translation>
    </message>
    <message>
        <source>The admin API offers no update for this kind of identity provider here: it can be viewed and deleted.</source>
        <translation>Die Admin-API bietet hier keine Aktualisierung für diese Art von Identity Provider: er kann angezeigt und gelöscht werden.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Leer lassen, um das aktuelle Passwort zu behalten.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2. Correct it to save.</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2. Korrigieren Sie es, um zu speichern.</translation>
    </message>
    <message>
        <source>The document must be a JSON object ({…}).</source>
        <translation>Das Dokument muss ein JSON-Objekt sein ({…}).</translation>
    </message>
    <message>
        <source>Enter a username, or remove the row.</source>
        <translation>Geben Sie einen Benutzernamen ein, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Enter a password for the new user.</source>
        <translation>Geben Sie ein Passwort für den neuen Benutzer ein.</translation>
    </message>
    <message>
        <source>Enter a JSON object, e.g. {&quot;name&quot;: &quot;Alice&quot;}, or leave it empty.</source>
        <translation>Geben Sie ein JSON-Objekt ein, z. B. {&quot;name&quot;: &quot;Alice&quot;}, oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>Some users need correcting: see the marked cells.</source>
        <translation>Einige Benutzer müssen korrigiert werden: siehe die markierten Zellen.</translation>
    </message>
</context>
<context>
    <name>AdminTreeModel</name>
    <message>
        <source>Identity providers</source>
        <translation>Identity Provider</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Loading the identity providers and clients of %1…</source>
        <translation>Identity Provider und Clients von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Identity provider %1 (method: %2)</source>
        <translation>Identity Provider %1 (Methode: %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ApiGroupsEditor</name>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>API groups</source>
        <translation>API-Gruppen</translation>
    </message>
    <message>
        <source>Requests whose path starts with a prefix count against that group on the Rate limits page</source>
        <translation>Anfragen, deren Pfad mit einem Präfix beginnt, zählen auf der Seite Rate Limits für diese Gruppe</translation>
    </message>
    <message>
        <source>Requests whose path starts with the prefix (e.g. /api/orders) count against the group on the Rate limits page; the longest matching prefix wins.</source>
        <translation>Anfragen, deren Pfad mit dem Präfix beginnt (z. B. /api/orders), zählen auf der Seite Rate Limits für die Gruppe; das längste passende Präfix gewinnt.</translation>
    </message>
    <message>
        <source>Path prefix</source>
        <translation>Pfadpräfix</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Add an API group</source>
        <translation>Eine API-Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected API group</source>
        <translation>Die ausgewählte API-Gruppe entfernen</translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeResult</name>
    <message>
        <source>The authorization response has no &quot;iss&quot; parameter although the server advertises authorization_response_iss_parameter_supported (RFC 9207). The response was refused and no token was requested: it may come from another server (a mix-up attack).</source>
        <translation>Die Autorisierungsantwort hat keinen Parameter &quot;iss&quot;, obwohl der Server authorization_response_iss_parameter_supported ankündigt (RFC 9207). Die Antwort wurde abgelehnt und kein Token angefordert: sie kann von einem anderen Server stammen (ein Mix-up-Angriff).</translation>
    </message>
    <message>
        <source>The authorization response names the issuer &quot;%1&quot;, but the profile has no issuer to compare it with (RFC 9207). Set the profile&apos;s issuer and try again.</source>
        <translation>Die Autorisierungsantwort nennt den Aussteller &quot;%1&quot;, aber das Profil hat keinen Aussteller, mit dem er verglichen werden kann (RFC 9207). Legen Sie den Aussteller des Profils fest und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The authorization response came from the issuer &quot;%1&quot;, not from &quot;%2&quot; (RFC 9207). The response was refused and no token was requested: check the profile&apos;s issuer, or suspect a mix-up attack.</source>
        <translation>Die Autorisierungsantwort kam vom Aussteller &quot;%1&quot;, nicht von &quot;%2&quot; (RFC 9207). Die Antwort wurde abgelehnt und kein Token angefordert: prüfen Sie den Aussteller des Profils, oder rechnen Sie mit einem Mix-up-Angriff.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no authorization endpoint. Run discovery, or enter the authorization endpoint.</source>
        <translation>Das Profil &quot;%1&quot; hat keinen Autorisierungs-Endpunkt. Führen Sie die Discovery aus oder geben Sie den Autorisierungs-Endpunkt ein.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no token endpoint. Run discovery, or enter the token endpoint.</source>
        <translation>Das Profil &quot;%1&quot; hat keinen Token-Endpunkt. Führen Sie die Discovery aus oder geben Sie den Token-Endpunkt ein.</translation>
    </message>
    <message numerus="yes">
        <source>No authorization response arrived within %n second(s). Sign in in the browser sooner, or check that the browser reached the authorization URL.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde ist keine Autorisierungsantwort eingegangen. Melden Sie sich früher im Browser an, oder prüfen Sie, ob der Browser die Autorisierungs-URL erreicht hat.</numerusform>
            <numerusform>Innerhalb von %n Sekunden ist keine Autorisierungsantwort eingegangen. Melden Sie sich früher im Browser an, oder prüfen Sie, ob der Browser die Autorisierungs-URL erreicht hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token endpoint did not answer within the %n second(s) of the flow.</source>
        <translation>
            <numerusform>Der Token-Endpunkt hat nicht innerhalb der %n Sekunde des Ablaufs geantwortet.</numerusform>
            <numerusform>Der Token-Endpunkt hat nicht innerhalb der %n Sekunden des Ablaufs geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser is set up. Copy the authorization URL into a browser.</source>
        <translation>Es ist kein Browser eingerichtet. Kopieren Sie die Autorisierungs-URL in einen Browser.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The authorization response carries another state than the request. It was refused; start the sign-in again.</source>
        <translation>Die Autorisierungsantwort enthält einen anderen state als die Anfrage. Sie wurde abgelehnt; starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The authorization server answered %1</source>
        <translation>Der Autorisierungsserver antwortete mit %1</translation>
    </message>
    <message>
        <source>The user or the server declined the sign-in.</source>
        <translation>Der Benutzer oder der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the client&apos;s settings at the server (redirect URI, scopes, response type).</source>
        <translation>Prüfen Sie die Einstellungen des Clients auf dem Server (Redirect-URI, Scopes, Response Type).</translation>
    </message>
    <message>
        <source>The authorization response has neither a code nor an error. Check the response type and response mode of the request.</source>
        <translation>Die Autorisierungsantwort enthält weder einen Code noch einen Fehler. Prüfen Sie Response Type und Response Mode der Anfrage.</translation>
    </message>
    <message>
        <source>The token response has no access token.</source>
        <translation>Die Token-Antwort enthält kein Access Token.</translation>
    </message>
    <message>
        <source>The ID token cannot be decoded, so its nonce cannot be checked. Open it in the inspector to see why.</source>
        <translation>Das ID-Token kann nicht dekodiert werden, daher kann seine nonce nicht geprüft werden. Öffnen Sie es im Inspektor, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The ID token has no nonce although one was sent (OpenID Connect Core §3.1.3.7). Do not use these tokens; check the server.</source>
        <translation>Das ID-Token hat keine nonce, obwohl eine gesendet wurde (OpenID Connect Core §3.1.3.7). Verwenden Sie diese Tokens nicht; prüfen Sie den Server.</translation>
    </message>
    <message>
        <source>The ID token&apos;s nonce is not the one sent with the request (OpenID Connect Core §3.1.3.7): it may be replayed. Do not use these tokens.</source>
        <translation>Die nonce des ID-Tokens ist nicht die mit der Anfrage gesendete (OpenID Connect Core §3.1.3.7): es kann sich um ein Replay handeln. Verwenden Sie diese Tokens nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a response type. Use code, token, id_token, &quot;id_token token&quot;, &quot;code id_token&quot;, &quot;code token&quot; or &quot;code id_token token&quot;.</source>
        <translation>&quot;%1&quot; ist kein Response Type. Verwenden Sie code, token, id_token, &quot;id_token token&quot;, &quot;code id_token&quot;, &quot;code token&quot; oder &quot;code id_token token&quot;.</translation>
    </message>
    <message>
        <source>The response type &quot;%1&quot; returns an ID token, which needs the openid scope. Add openid to the scopes.</source>
        <translation>Der Response Type &quot;%1&quot; liefert ein ID-Token, das den Scope openid erfordert. Fügen Sie openid zu den Scopes hinzu.</translation>
    </message>
    <message>
        <source>The response type &quot;%1&quot; cannot use response_mode query: tokens never travel in a URL&apos;s query. Use fragment or form_post.</source>
        <translation>Der Response Type &quot;%1&quot; kann response_mode query nicht verwenden: Tokens werden nie im Query-Teil einer URL übertragen. Verwenden Sie fragment oder form_post.</translation>
    </message>
    <message>
        <source>The JWKS at %1 could not be fetched: %2</source>
        <translation>Das JWKS unter %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The JWKS at %1 answered HTTP %2.</source>
        <translation>Das JWKS unter %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>The JWKS at %1 has no usable key: %2</source>
        <translation>Das JWKS unter %1 enthält keinen verwendbaren Schlüssel: %2</translation>
    </message>
    <message>
        <source>The ID token from the token endpoint names another &quot;%1&quot; than the one from the authorization endpoint (OpenID Connect Core §3.3.3.6). Do not use these tokens; check the server.</source>
        <translation>Das ID-Token vom Token-Endpunkt nennt einen anderen Wert für &quot;%1&quot; als das vom Autorisierungs-Endpunkt (OpenID Connect Core §3.3.3.6). Verwenden Sie diese Tokens nicht; prüfen Sie den Server.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser command has an unterminated quote or a trailing backslash: %1. Fix the browser command (or TOKENSCOPE_BROWSER).</source>
        <translation>Der Browser-Befehl hat ein nicht geschlossenes Anführungszeichen oder einen abschließenden Backslash: %1. Korrigieren Sie den Browser-Befehl (oder TOKENSCOPE_BROWSER).</translation>
    </message>
    <message>
        <source>The browser command is empty. Set a browser command (or TOKENSCOPE_BROWSER), or copy the authorization URL into a browser.</source>
        <translation>Der Browser-Befehl ist leer. Legen Sie einen Browser-Befehl fest (oder TOKENSCOPE_BROWSER), oder kopieren Sie die Autorisierungs-URL in einen Browser.</translation>
    </message>
    <message>
        <source>Could not start the browser command &quot;%1&quot;. Check that the program exists and is executable, or copy the authorization URL into a browser.</source>
        <translation>Der Browser-Befehl &quot;%1&quot; konnte nicht gestartet werden. Prüfen Sie, ob das Programm existiert und ausführbar ist, oder kopieren Sie die Autorisierungs-URL in einen Browser.</translation>
    </message>
</context>
<context>
    <name>BulkApplyDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation>Ergebnisse &amp;speichern…</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Bulk Apply</source>
        <translation>Bulk-Anwenden</translation>
    </message>
    <message>
        <source>Bulk apply</source>
        <translation>Bulk-Anwenden</translation>
    </message>
    <message>
        <source>Bulk file problem</source>
        <translation>Problem mit der Bulk-Datei</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Bulk file path</source>
        <translation>Pfad der Bulk-Datei</translation>
    </message>
    <message>
        <source>Choose a JSON file with workspaces, idps and clients</source>
        <translation>Wählen Sie eine JSON-Datei mit Workspaces, IDPs und Clients</translation>
    </message>
    <message>
        <source>Choose the bulk file</source>
        <translation>Die Bulk-Datei wählen</translation>
    </message>
    <message>
        <source>What the file describes</source>
        <translation>Was die Datei beschreibt</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Pace in requests per minute</source>
        <translation>Tempo in Anfragen pro Minute</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> Anfragen/min</translation>
    </message>
    <message>
        <source>As the server&apos;s rate limit allows</source>
        <translation>So schnell, wie das Rate Limit des Servers erlaubt</translation>
    </message>
    <message>
        <source>At most this many admin API requests per minute, on top of the server&apos;s rate-limit headers. 0: as fast as the headers allow.</source>
        <translation>Höchstens so viele Anfragen an die Admin-API pro Minute, zusätzlich zu den Rate-Limit-Headern des Servers. 0: so schnell, wie die Header erlauben.</translation>
    </message>
    <message>
        <source>Dry run: show what would be done</source>
        <translation>Probelauf: zeigen, was getan würde</translation>
    </message>
    <message>
        <source>Reads what exists and shows what Apply would create or update. Nothing is written.</source>
        <translation>Liest, was vorhanden ist, und zeigt, was Anwenden anlegen oder aktualisieren würde. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Apply the file</source>
        <translation>Die Datei anwenden</translation>
    </message>
    <message>
        <source>Creates or updates each item. After a cancel or a failure, Apply again resumes: what exists already is skipped.</source>
        <translation>Legt jedes Element an oder aktualisiert es. Nach einem Abbruch oder Fehler setzt erneutes Anwenden den Lauf fort: bereits Vorhandenes wird übersprungen.</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stops before the next item; the item in flight finishes.</source>
        <translation>Hält vor dem nächsten Element an; das laufende Element wird noch abgeschlossen.</translation>
    </message>
    <message>
        <source>Bulk apply progress</source>
        <translation>Fortschritt des Bulk-Anwendens</translation>
    </message>
    <message>
        <source>Rate-limit wait</source>
        <translation>Wartezeit wegen Rate Limit</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Ergebnisse:</translation>
    </message>
    <message>
        <source>Bulk apply results</source>
        <translation>Ergebnisse des Bulk-Anwendens</translation>
    </message>
    <message>
        <source>Bulk apply summary</source>
        <translation>Zusammenfassung des Bulk-Anwendens</translation>
    </message>
    <message>
        <source>Save the results as JSON</source>
        <translation>Die Ergebnisse als JSON speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a Bulk File</source>
        <translation>Bulk-Datei wählen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose a file you can read.</source>
        <translation>%1 kann nicht gelesen werden: %2. Wählen Sie eine Datei, die Sie lesen können.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: split it into smaller bulk files.</source>
        <translation>%1 ist größer als %2 MiB: teilen Sie die Datei in kleinere Bulk-Dateien auf.</translation>
    </message>
    <message>
        <source>%1 is not a bulk file: %2. Correct it and choose it again.</source>
        <translation>%1 ist keine Bulk-Datei: %2. Korrigieren Sie die Datei und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file describes %1, %2 and %3.</source>
        <translation>Die Datei beschreibt %1, %2 und %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Workspace</numerusform>
            <numerusform>%n Workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity provider(s)</source>
        <translation>
            <numerusform>%n Identity Provider</numerusform>
            <numerusform>%n Identity Provider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Client</numerusform>
            <numerusform>%n Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>The file describes nothing to apply.</source>
        <translation>Die Datei beschreibt nichts, was anzuwenden wäre.</translation>
    </message>
    <message>
        <source>The admin connection is gone: close this dialog and open it again.</source>
        <translation>Die Admin-Verbindung besteht nicht mehr: schließen Sie diesen Dialog und öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Stopping after the item in flight…</source>
        <translation>Anhalten nach dem laufenden Element…</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 to update, %3 already as described.</source>
        <translation>Probelauf: %1 anzulegen, %2 zu aktualisieren, %3 bereits wie beschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be read: see their messages.</source>
        <translation>Nicht lesbar: %1 (siehe deren Meldungen).</translation>
    </message>
    <message>
        <source>%1 cancelled before they were read.</source>
        <translation>Vor dem Lesen abgebrochen: %1.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 updated, %3 unchanged, %4 failed.</source>
        <translation>Fertig: %1 angelegt, %2 aktualisiert, %3 unverändert, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <source>Apply again to resume: what exists already is found and skipped.</source>
        <translation>Wenden Sie die Datei erneut an, um fortzusetzen: bereits Vorhandenes wird erkannt und übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the admin API&apos;s rate limit…</source>
        <translation>
            <numerusform>Es wird %n s auf das Rate Limit der Admin-API gewartet…</numerusform>
            <numerusform>Es wird %n s auf das Rate Limit der Admin-API gewartet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another place.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Ergebnisse in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Stop the Bulk Apply?</source>
        <translation>Das Bulk-Anwenden anhalten?</translation>
    </message>
    <message>
        <source>The item in flight finishes; the rest are not applied. Apply the same file again later to resume.</source>
        <translation>Das laufende Element wird noch abgeschlossen; die übrigen werden nicht angewendet. Wenden Sie dieselbe Datei später erneut an, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
</context>
<context>
    <name>BulkFile</name>
    <message>
        <source>line %1, column %2: not valid JSON (%3).</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON (%3).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object with &quot;workspaces&quot;, &quot;idps&quot; and/or &quot;clients&quot; arrays.</source>
        <translation>Die Datei muss ein JSON-Objekt mit den Arrays &quot;workspaces&quot;, &quot;idps&quot; und/oder &quot;clients&quot; enthalten.</translation>
    </message>
    <message>
        <source>%1: unknown member; a bulk file has only &quot;workspaces&quot;, &quot;idps&quot; and &quot;clients&quot;.</source>
        <translation>%1: unbekanntes Element; eine Bulk-Datei hat nur &quot;workspaces&quot;, &quot;idps&quot; und &quot;clients&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; appears twice in the file.</source>
        <translation>%1: &quot;%2&quot; kommt in der Datei zweimal vor.</translation>
    </message>
    <message>
        <source>%1: must be an object (an admin.json Server).</source>
        <translation>%1: muss ein Objekt sein (ein admin.json-Server).</translation>
    </message>
    <message>
        <source>%1: must be an object (an admin.json StaticIDP with &quot;workspace&quot;).</source>
        <translation>%1: muss ein Objekt sein (ein admin.json-StaticIDP mit &quot;workspace&quot;).</translation>
    </message>
    <message>
        <source>%1: method must be &quot;static&quot; (bulk apply creates static IDPs only).</source>
        <translation>%1: method muss &quot;static&quot; sein (Bulk-Anwenden legt nur statische IDPs an).</translation>
    </message>
    <message>
        <source>%1: credentials must be an object with a &quot;users&quot; array.</source>
        <translation>%1: credentials muss ein Objekt mit einem Array &quot;users&quot; sein.</translation>
    </message>
    <message>
        <source>%1: must be an object (an admin.json CreateClient).</source>
        <translation>%1: muss ein Objekt sein (ein admin.json-CreateClient).</translation>
    </message>
    <message>
        <source>%1: workspace and authorization_server_id name different workspaces.</source>
        <translation>%1: workspace und authorization_server_id nennen verschiedene Workspaces.</translation>
    </message>
    <message>
        <source>%1: authorization_server_id (the client&apos;s workspace) is required.</source>
        <translation>%1: authorization_server_id (der Workspace des Clients) ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>BulkResultsModel</name>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identity Provider</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Weicht ab: %1</translation>
    </message>
    <message>
        <source>Already as the file says.</source>
        <translation>Bereits so, wie es in der Datei steht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>ID / name</source>
        <translation>ID / Name</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Geplante Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message or differing fields</source>
        <translation>Meldung oder abweichende Felder</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>Prüfung %1: %2</translation>
    </message>
    <message>
        <source>Check %1: %2, %3</source>
        <translation>Prüfung %1: %2, %3</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Not a NumericDate: expected a number of seconds since 1970-01-01 UTC</source>
        <translation>Kein NumericDate: erwartet wird eine Anzahl Sekunden seit 1970-01-01 UTC</translation>
    </message>
    <message>
        <source>%1 UTC · %2 local · %3</source>
        <translation>%1 UTC · %2 lokal · %3</translation>
    </message>
    <message>
        <source>Bound to a DPoP key (RFC 9449)</source>
        <translation>An einen DPoP-Schlüssel gebunden (RFC 9449)</translation>
    </message>
    <message>
        <source>Bound to a client certificate (RFC 8705)</source>
        <translation>An ein Client-Zertifikat gebunden (RFC 8705)</translation>
    </message>
    <message>
        <source>Bound to a proof-of-possession key (RFC 7800)</source>
        <translation>An einen Proof-of-Possession-Schlüssel gebunden (RFC 7800)</translation>
    </message>
    <message>
        <source>Not a registered header parameter</source>
        <translation>Kein registrierter Header-Parameter</translation>
    </message>
    <message>
        <source>Not a registered claim</source>
        <translation>Kein registrierter Claim</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n Scope</numerusform>
            <numerusform>%n Scopes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audience(s)</source>
        <translation>
            <numerusform>%n Audience</numerusform>
            <numerusform>%n Audiences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>Führen Sie &quot;%1 --help&quot; aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>The input is larger than %1 bytes; that is not a token.</source>
        <translation>Die Eingabe ist größer als %1 Bytes; das ist kein Token.</translation>
    </message>
    <message>
        <source>Cannot read the standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei &quot;%1&quot; existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>&quot;%1&quot; ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than %2 bytes.</source>
        <translation>Die Datei &quot;%1&quot; ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <source>Decode a token and print its parts as JSON</source>
        <translation>Ein Token dekodieren und seine Teile als JSON ausgeben</translation>
    </message>
    <message>
        <source>Verify a token&apos;s signature and claims; print the checks as JSON</source>
        <translation>Signatur und Claims eines Tokens verifizieren; die Prüfungen als JSON ausgeben</translation>
    </message>
    <message>
        <source>Inspect and verify OAuth 2.0 and OpenID Connect tokens.
Without arguments, the window opens.</source>
        <translation>OAuth-2.0- und OpenID-Connect-Tokens untersuchen und verifizieren.
Ohne Argumente öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Führen Sie &quot;%1 BEFEHL --help&quot; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Einer der obigen Befehle.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Führen Sie &quot;%1 --help&quot; aus, um die Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] [COMMAND]</source>
        <translation>Aufruf: %1 [Optionen] [BEFEHL]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the commands.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. Führen Sie &quot;%2 --help&quot; aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Nothing to do. Run &quot;%1 --help&quot; for the commands.</source>
        <translation>Nichts zu tun. Führen Sie &quot;%1 --help&quot; aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Decode a token and print one JSON object: kind (jws, jwe, unsecured,
opaque, malformed), header, payload, signature_bytes and problems.
The token may be bare, a &quot;Bearer&quot; value, an &quot;Authorization:&quot; header
line or a redirect URL. Nothing is verified: use &quot;verify&quot; for that.
Exit status: 0 decoded, 2 the input is not a token.</source>
        <translation>Dekodiert ein Token und gibt ein JSON-Objekt aus: kind (jws, jwe, unsecured,
opaque, malformed), header, payload, signature_bytes und problems.
Das Token darf nackt, ein &quot;Bearer&quot;-Wert, eine &quot;Authorization:&quot;-Header-Zeile
oder eine Redirect-URL sein. Nichts wird verifiziert: dafür gibt es &quot;verify&quot;.
Exit-Status: 0 dekodiert, 2 die Eingabe ist kein Token.</translation>
    </message>
    <message>
        <source>The token; &quot;-&quot; or nothing reads it from the standard input.</source>
        <translation>Das Token; &quot;-&quot; oder nichts liest es von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] [TOKEN|-]</source>
        <translation>Aufruf: %1 [Optionen] [TOKEN|-]</translation>
    </message>
    <message>
        <source>Give one token (or &quot;-&quot; for the standard input), not %1 arguments.</source>
        <translation>Geben Sie ein Token an (oder &quot;-&quot; für die Standardeingabe), nicht %1 Argumente.</translation>
    </message>
    <message>
        <source>No token found in the input.</source>
        <translation>Kein Token in der Eingabe gefunden.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>Cannot fetch the keys from %1: %2</source>
        <translation>Die Schlüssel können nicht von %1 abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Cannot fetch the keys from %1: the server answered HTTP %2.</source>
        <translation>Die Schlüssel können nicht von %1 abgerufen werden: der Server antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No usable key in %1: %2</source>
        <translation>Kein verwendbarer Schlüssel in %1: %2</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>keine Schlüssel</translation>
    </message>
    <message>
        <source>--role must be auto, id or access, not &quot;%1&quot;.</source>
        <translation>--role muss auto, id oder access sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Verification keys: a JWKS, JWK, PEM public key or certificate file, or an http(s) URL of a JWKS (fetched, 15 s timeout). May be repeated.</source>
        <translation>Verifikationsschlüssel: eine JWKS-, JWK-, PEM-Public-Key- oder Zertifikatsdatei oder eine http(s)-URL eines JWKS (wird abgerufen, 15 s Timeout). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>A PEM public key or certificate (or a JWK / JWKS) file. May be repeated.</source>
        <translation>Eine PEM-Public-Key- oder Zertifikatsdatei (oder eine JWK-/JWKS-Datei). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>The HMAC secret for HS256/384/512. Other users can see it in &quot;ps&quot;: prefer --secret-file.</source>
        <translation>Das HMAC-Secret für HS256/384/512. Andere Benutzer können es in &quot;ps&quot; sehen: verwenden Sie besser --secret-file.</translation>
    </message>
    <message>
        <source>Read the HMAC secret from a file (one trailing line break is ignored).</source>
        <translation>Das HMAC-Secret aus einer Datei lesen (ein abschließender Zeilenumbruch wird ignoriert).</translation>
    </message>
    <message>
        <source>The expected issuer (&quot;iss&quot;), compared exactly.</source>
        <translation>Der erwartete Aussteller (&quot;iss&quot;), exakt verglichen.</translation>
    </message>
    <message>
        <source>The expected audience: one of &quot;aud&quot; must equal it.</source>
        <translation>Die erwartete Audience: ein Wert von &quot;aud&quot; muss ihr gleichen.</translation>
    </message>
    <message>
        <source>The expected &quot;nonce&quot; of an ID token.</source>
        <translation>Die erwartete &quot;nonce&quot; eines ID-Tokens.</translation>
    </message>
    <message>
        <source>Allowed clock skew for exp, nbf and iat, in seconds (default 60).</source>
        <translation>Erlaubte Uhrenabweichung für exp, nbf und iat, in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <source>Judge the time claims at this instant (seconds since 1970) instead of now.</source>
        <translation>Die Zeit-Claims zu diesem Zeitpunkt beurteilen (Sekunden seit 1970) statt jetzt.</translation>
    </message>
    <message>
        <source>The access token issued with this ID token, to check &quot;at_hash&quot;.</source>
        <translation>Das mit diesem ID-Token ausgestellte Access Token, um &quot;at_hash&quot; zu prüfen.</translation>
    </message>
    <message>
        <source>The authorization code issued with this ID token, to check &quot;c_hash&quot;.</source>
        <translation>Der mit diesem ID-Token ausgestellte Autorisierungscode, um &quot;c_hash&quot; zu prüfen.</translation>
    </message>
    <message>
        <source>What the token is: auto (guess), id (an ID token) or access (an RFC 9068 access token).</source>
        <translation>Was das Token ist: auto (raten), id (ein ID-Token) oder access (ein Access Token nach RFC 9068).</translation>
    </message>
    <message>
        <source>--skew must be a whole number of seconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--skew muss eine ganze Zahl von Sekunden zwischen 0 und %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--at must be a Unix time (whole seconds since 1970-01-01 UTC), not &quot;%1&quot;.</source>
        <translation>--at muss eine Unix-Zeit sein (ganze Sekunden seit 1970-01-01 UTC), nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --secret or --secret-file, not both.</source>
        <translation>Geben Sie --secret oder --secret-file an, nicht beides.</translation>
    </message>
    <message>
        <source>Give either an HMAC secret (--secret, --secret-file) or public keys (--jwks, --key), not both.</source>
        <translation>Geben Sie entweder ein HMAC-Secret (--secret, --secret-file) oder Public Keys (--jwks, --key) an, nicht beides.</translation>
    </message>
    <message>
        <source>Give one secret.</source>
        <translation>Geben Sie ein Secret an.</translation>
    </message>
    <message>
        <source>The HMAC secret is empty.</source>
        <translation>Das HMAC-Secret ist leer.</translation>
    </message>
    <message>
        <source>Verify a token&apos;s signature and claims and print one JSON object:
kind, header, payload, checks [{name, status, detail}] and valid.
Without keys the signature check is skipped.
Exit status: 0 no check failed (passes, warnings and skips), 1 a check
failed, 2 unusable input or arguments (a message on stderr, no JSON).</source>
        <translation>Verifiziert Signatur und Claims eines Tokens und gibt ein JSON-Objekt aus:
kind, header, payload, checks [{name, status, detail}] und valid.
Ohne Schlüssel wird die Signaturprüfung übersprungen.
Exit-Status: 0 keine Prüfung fehlgeschlagen (bestanden, Warnungen und
übersprungen), 1 eine Prüfung fehlgeschlagen, 2 unbrauchbare Eingabe oder
Argumente (eine Meldung auf stderr, kein JSON).</translation>
    </message>
    <message>
        <source>The token; &quot;-&quot; reads it from the standard input.</source>
        <translation>Das Token; &quot;-&quot; liest es von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] TOKEN|-</source>
        <translation>Aufruf: %1 [Optionen] TOKEN|-</translation>
    </message>
    <message>
        <source>The input is not a token.</source>
        <translation>Die Eingabe ist kein Token.</translation>
    </message>
    <message>
        <source>The input is not a token: %1</source>
        <translation>Die Eingabe ist kein Token: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the input; this is the first, %1. Not decoded: %2.</source>
        <translation>
            <numerusform>%n Token in der Eingabe; dies ist das erste, %1. Nicht dekodiert: %2.</numerusform>
            <numerusform>%n Tokens in der Eingabe; dies ist das erste, %1. Nicht dekodiert: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the input; verifying the first.</source>
        <translation>
            <numerusform>%n Token in der Eingabe; das erste wird verifiziert.</numerusform>
            <numerusform>%n Tokens in der Eingabe; das erste wird verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the local sandbox tenant on a loopback port until stopped</source>
        <translation>Den lokalen Sandbox-Tenant auf einem Loopback-Port ausführen, bis er beendet wird</translation>
    </message>
    <message>
        <source>Run the local sandbox tenant: a small Cloudentity-compatible authorization server
(admin API, OAuth 2.0 and OpenID Connect endpoints) on a loopback port.
When it is ready it prints one JSON line: base_url, tenant_id, admin_client_id,
admin_client_secret. It serves until SIGINT or SIGTERM, then exits 0.
Exit status: 0 stopped by a signal, 2 it could not start.</source>
        <translation>Führt den lokalen Sandbox-Tenant aus: einen kleinen Cloudentity-kompatiblen
Autorisierungsserver (Admin-API, OAuth-2.0- und OpenID-Connect-Endpunkte)
auf einem Loopback-Port. Sobald er bereit ist, gibt er eine JSON-Zeile aus:
base_url, tenant_id, admin_client_id, admin_client_secret. Er bedient Anfragen
bis SIGINT oder SIGTERM und beendet sich dann mit 0.
Exit-Status: 0 durch ein Signal beendet, 2 konnte nicht starten.</translation>
    </message>
    <message>
        <source>Listen on this port (default: any free port).</source>
        <translation>Auf diesem Port lauschen (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Keep the tenant&apos;s state in this directory.</source>
        <translation>Den Zustand des Tenants in diesem Verzeichnis ablegen.</translation>
    </message>
    <message>
        <source>Keep the state in memory only; it is gone when the sandbox stops.</source>
        <translation>Den Zustand nur im Speicher halten; er geht verloren, wenn die Sandbox endet.</translation>
    </message>
    <message>
        <source>The tenant id in every URL (default: &quot;default&quot;).</source>
        <translation>Die Tenant-ID in jeder URL (Standard: &quot;default&quot;).</translation>
    </message>
    <message>
        <source>Per-API-group rate limits from a JSON file, like
{&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}.</source>
        <translation>Rate Limits je API-Gruppe aus einer JSON-Datei wie
{&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}.</translation>
    </message>
    <message>
        <source>Listen on this address instead of 127.0.0.1. Development only: no TLS, mock users.</source>
        <translation>Auf dieser Adresse statt auf 127.0.0.1 lauschen. Nur für die Entwicklung: kein TLS, Test-Benutzer.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>Der Port muss eine Zahl zwischen 0 und 65535 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either --data or --ephemeral, not both.</source>
        <translation>Geben Sie entweder --data oder --ephemeral an, nicht beides.</translation>
    </message>
    <message>
        <source>--data needs a directory.</source>
        <translation>--data braucht ein Verzeichnis.</translation>
    </message>
    <message>
        <source>There is no application data directory; give --data DIR or --ephemeral.</source>
        <translation>Es gibt kein Datenverzeichnis für die Anwendung; geben Sie --data DIR oder --ephemeral an.</translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; is not usable in URLs: use letters, digits, &quot;-&quot; and &quot;_&quot; (at most 64).</source>
        <translation>Die Tenant-ID &quot;%1&quot; ist in URLs nicht verwendbar: verwenden Sie Buchstaben, Ziffern, &quot;-&quot; und &quot;_&quot; (höchstens 64).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Warning: listening on %1 as asked. The sandbox is for development only: it has no TLS (tokens, secrets and passwords cross the network in clear text), its users are mock users and its admin credentials are printed here. Do not expose it to a network you do not control.</source>
        <translation>Warnung: Die Sandbox lauscht wie angefordert auf %1. Sie ist nur für die Entwicklung gedacht: sie hat kein TLS (Tokens, Secrets und Passwörter gehen im Klartext über das Netzwerk), ihre Benutzer sind Test-Benutzer, und ihre Admin-Zugangsdaten werden hier ausgegeben. Machen Sie sie nicht in einem Netzwerk erreichbar, das Sie nicht kontrollieren.</translation>
    </message>
    <message>
        <source>Cannot install the signal handlers: %1</source>
        <translation>Die Signal-Handler können nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>List, show, add, remove, export and import connection profiles</source>
        <translation>Verbindungsprofile auflisten, anzeigen, hinzufügen, entfernen, exportieren und importieren</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Run &quot;%2 profile list&quot; for the profiles.</source>
        <translation>Es gibt kein Profil &quot;%1&quot;. Führen Sie &quot;%2 profile list&quot; aus, um die Profile zu sehen.</translation>
    </message>
    <message>
        <source>List the connection profiles: name, preset, issuer.</source>
        <translation>Die Verbindungsprofile auflisten: Name, Vorlage, Aussteller.</translation>
    </message>
    <message>
        <source>Print one JSON object {&quot;profiles&quot;: [...]}.</source>
        <translation>Ein JSON-Objekt {&quot;profiles&quot;: [...]} ausgeben.</translation>
    </message>
    <message>
        <source>Usage: %1 [--json]</source>
        <translation>Aufruf: %1 [--json]</translation>
    </message>
    <message>
        <source>&quot;profile list&quot; takes no arguments.</source>
        <translation>&quot;profile list&quot; nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source> (raw Basic credentials)</source>
        <translation> (Basic-Zugangsdaten unkodiert)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect-URI</translation>
    </message>
    <message>
        <source> (port chosen when the listener starts)</source>
        <translation> (Port wird beim Start des Listeners gewählt)</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>INSECURE: certificates are not verified</source>
        <translation>UNSICHER: Zertifikate werden nicht verifiziert</translation>
    </message>
    <message>
        <source>Secrets in the keychain:</source>
        <translation>Secrets im Schlüsselbund:</translation>
    </message>
    <message>
        <source>Show a profile and which of its secrets the keychain holds (never a secret).</source>
        <translation>Ein Profil anzeigen und welche seiner Secrets der Schlüsselbund enthält (nie ein Secret selbst).</translation>
    </message>
    <message>
        <source>Print one JSON object: the profile and &quot;secrets&quot;: {kind: stored|absent|unknown ...}.</source>
        <translation>Ein JSON-Objekt ausgeben: das Profil und &quot;secrets&quot;: {kind: stored|absent|unknown ...}.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>Usage: %1 [--json] NAME</source>
        <translation>Aufruf: %1 [--json] NAME</translation>
    </message>
    <message>
        <source>Give the name of one profile.</source>
        <translation>Geben Sie den Namen eines Profils an.</translation>
    </message>
    <message>
        <source>The provider preset: cloudentity, cognito, userclouds, duende, sensedia, oidc, sandbox.</source>
        <translation>Die Anbietervorlage: cloudentity, cognito, userclouds, duende, sensedia, oidc, sandbox.</translation>
    </message>
    <message>
        <source>A preset field, e.g. tenant_id=acme, region=us, workspace_id=demo, base_url=URL. May be repeated.</source>
        <translation>Ein Feld der Vorlage, z. B. tenant_id=acme, region=us, workspace_id=demo, base_url=URL. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>The issuer URL (http or https).</source>
        <translation>Die URL des Ausstellers (http oder https).</translation>
    </message>
    <message>
        <source>The client id.</source>
        <translation>Die Client-ID.</translation>
    </message>
    <message>
        <source>Client authentication: none, client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt (default: the preset&apos;s).</source>
        <translation>Client-Authentifizierung: none, client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt (Standard: die der Vorlage).</translation>
    </message>
    <message>
        <source>client_secret_basic without the RFC 6749 form-encoding of id and secret, for servers that want them as they are.</source>
        <translation>client_secret_basic ohne die Form-Kodierung von ID und Secret nach RFC 6749, für Server, die sie unverändert erwarten.</translation>
    </message>
    <message>
        <source>A scope (or several, space-separated). May be repeated.</source>
        <translation>Ein Scope (oder mehrere, durch Leerzeichen getrennt). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>A fixed loopback redirect URI, e.g. http://127.0.0.1:8765/callback (default: 127.0.0.1 on an ephemeral port).</source>
        <translation>Eine feste Loopback-Redirect-URI, z. B. http://127.0.0.1:8765/callback (Standard: 127.0.0.1 auf einem kurzlebigen Port).</translation>
    </message>
    <message>
        <source>An extra authorization and token parameter. May be repeated.</source>
        <translation>Ein zusätzlicher Parameter für Autorisierungs- und Token-Anfrage. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Set an endpoint by its metadata name, e.g. token_endpoint=URL. May be repeated.</source>
        <translation>Einen Endpunkt über seinen Metadaten-Namen setzen, z. B. token_endpoint=URL. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (a PEM file).</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (eine PEM-Datei).</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (for test servers only).</source>
        <translation>TLS-Zertifikate nicht verifizieren (nur für Testserver).</translation>
    </message>
    <message>
        <source>Fill the endpoints from the issuer&apos;s discovery document; findings go to stderr.</source>
        <translation>Die Endpunkte aus dem Discovery-Dokument des Ausstellers füllen; Befunde gehen auf stderr.</translation>
    </message>
    <message>
        <source>Read the client secret (for private_key_jwt: the private key, PEM or JWK) from the standard input straight into the keychain. One trailing line break is dropped.</source>
        <translation>Das Client Secret (bei private_key_jwt: den privaten Schlüssel, PEM oder JWK) von der Standardeingabe direkt in den Schlüsselbund lesen. Ein abschließender Zeilenumbruch wird entfernt.</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>Der Profilname ist leer.</translation>
    </message>
    <message>
        <source>Give --preset: one of %1.</source>
        <translation>Geben Sie --preset an: eines von %1.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannte Vorlage &quot;%1&quot;. Verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>--field wants KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--field erwartet KEY=VALUE, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no field &quot;%2&quot;; its fields are: %3.</source>
        <translation>Die Vorlage &quot;%1&quot; hat kein Feld &quot;%2&quot;; ihre Felder sind: %3.</translation>
    </message>
    <message>
        <source>--issuer must be an http or https URL, not &quot;%1&quot;.</source>
        <translation>--issuer muss eine http- oder https-URL sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; cannot compute the endpoints: %2 (give its fields with --field KEY=VALUE)</source>
        <translation>Die Vorlage &quot;%1&quot; kann die Endpunkte nicht berechnen: %2 (geben Sie ihre Felder mit --field KEY=VALUE an)</translation>
    </message>
    <message>
        <source>Unknown client authentication method &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannte Client-Authentifizierungsmethode &quot;%1&quot;. Verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>--redirect-uri must be an http loopback URI (127.0.0.1, localhost or [::1]), not &quot;%1&quot;.</source>
        <translation>--redirect-uri muss eine http-Loopback-URI sein (127.0.0.1, localhost oder [::1]), nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--param wants K=V, not &quot;%1&quot;.</source>
        <translation>--param erwartet K=V, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--endpoint wants NAME=URL with an http(s) URL and NAME one of %1; not &quot;%2&quot;.</source>
        <translation>--endpoint erwartet NAME=URL mit einer http(s)-URL und NAME aus %1; nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The standard input is larger than %1 bytes; that is not a secret.</source>
        <translation>Die Standardeingabe ist größer als %1 Bytes; das ist kein Secret.</translation>
    </message>
    <message>
        <source>The standard input is empty: pipe the secret into --client-secret-stdin.</source>
        <translation>Die Standardeingabe ist leer: leiten Sie das Secret per Pipe an --client-secret-stdin.</translation>
    </message>
    <message>
        <source>--discover needs an issuer: give --issuer URL or the preset&apos;s fields.</source>
        <translation>--discover braucht einen Aussteller: geben Sie --issuer URL oder die Felder der Vorlage an.</translation>
    </message>
    <message>
        <source>Discovery at %1 did not finish in time.</source>
        <translation>Die Discovery bei %1 wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>discovery %1 [%2]: %3</source>
        <translation>Discovery %1 [%2]: %3</translation>
    </message>
    <message>
        <source>Discovery failed: %1 (tried %2)</source>
        <translation>Discovery fehlgeschlagen: %1 (versucht: %2)</translation>
    </message>
    <message>
        <source>Add a connection profile. The preset (and --discover) fill the issuer and endpoints;
a secret given with --client-secret-stdin goes straight into the keychain.
Exit status: 0 added, 1 failed (discovery, writing), 2 unusable arguments or a
duplicate name, 3 no keychain to store the secret in (nothing was written).</source>
        <translation>Fügt ein Verbindungsprofil hinzu. Die Vorlage (und --discover) füllen Aussteller und
Endpunkte; ein mit --client-secret-stdin übergebenes Secret geht direkt in den Schlüsselbund.
Exit-Status: 0 hinzugefügt, 1 fehlgeschlagen (Discovery, Schreiben), 2 unbrauchbare
Argumente oder doppelter Name, 3 kein Schlüsselbund für das Secret (nichts geschrieben).</translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation>Der Name des neuen Profils.</translation>
    </message>
    <message>
        <source>Usage: %1 NAME --preset PRESET [options]</source>
        <translation>Aufruf: %1 NAME --preset PRESET [Optionen]</translation>
    </message>
    <message>
        <source>Give the name of the new profile (quote it when it has spaces).</source>
        <translation>Geben Sie den Namen des neuen Profils an (in Anführungszeichen, wenn er Leerzeichen enthält).</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name or remove it first.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits. Wählen Sie einen anderen Namen oder entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>The client authentication method %1 takes no secret; leave out --client-secret-stdin.</source>
        <translation>Die Client-Authentifizierungsmethode %1 verwendet kein Secret; lassen Sie --client-secret-stdin weg.</translation>
    </message>
    <message>
        <source>The profile is not usable:
%1</source>
        <translation>Das Profil ist nicht verwendbar:
%1</translation>
    </message>
    <message>
        <source>No keychain is available to store the %1, so nothing was written: neither the secret (it is never written anywhere else) nor the profile. %2</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um das Secret &quot;%1&quot; zu speichern, daher wurde nichts geschrieben: weder das Secret (es wird nirgendwo anders gespeichert) noch das Profil. %2</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The %1 could not be stored in the keychain, so the profile was not added: %2</source>
        <translation>Das Secret &quot;%1&quot; konnte nicht im Schlüsselbund gespeichert werden, daher wurde das Profil nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Added the profile &quot;%1&quot;.</source>
        <translation>Das Profil &quot;%1&quot; wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Usage: %1 NAME</source>
        <translation>Aufruf: %1 NAME</translation>
    </message>
    <message>
        <source>No keychain is available to remove the secrets of &quot;%1&quot;, so the profile was kept (removing it would leave its secrets behind). %2</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um die Secrets von &quot;%1&quot; zu entfernen, daher wurde das Profil behalten (es zu entfernen würde seine Secrets zurücklassen). %2</translation>
    </message>
    <message>
        <source>The keychain entries of &quot;%1&quot; could not be removed, so the profile was kept: %2</source>
        <translation>Die Schlüsselbund-Einträge von &quot;%1&quot; konnten nicht entfernt werden, daher wurde das Profil behalten: %2</translation>
    </message>
    <message>
        <source>Write every profile to a JSON file, never with secrets.</source>
        <translation>Alle Profile in eine JSON-Datei schreiben, nie mit Secrets.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Usage: %1 FILE</source>
        <translation>Aufruf: %1 DATEI</translation>
    </message>
    <message>
        <source>Give one file to write.</source>
        <translation>Geben Sie eine zu schreibende Datei an.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) (without secrets).</source>
        <translation>
            <numerusform>%n Profil exportiert (ohne Secrets).</numerusform>
            <numerusform>%n Profile exportiert (ohne Secrets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the profiles of an exported file (with new ids; a name that exists gets &quot; (2)&quot;). Secrets are not in exports: store them again.</source>
        <translation>Die Profile einer exportierten Datei hinzufügen (mit neuen IDs; ein bereits vorhandener Name erhält &quot; (2)&quot;). Secrets sind nicht im Export enthalten: speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <source>Give one file to read.</source>
        <translation>Geben Sie eine zu lesende Datei an.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; importiert.</translation>
    </message>
    <message>
        <source>List the profiles</source>
        <translation>Die Profile auflisten</translation>
    </message>
    <message>
        <source>Show a profile and which secrets are stored (never a secret)</source>
        <translation>Ein Profil anzeigen und welche Secrets gespeichert sind (nie ein Secret selbst)</translation>
    </message>
    <message>
        <source>Add a profile from a preset; the secret from stdin into the keychain</source>
        <translation>Ein Profil aus einer Vorlage hinzufügen; das Secret von stdin in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Write the profiles to a file (no secrets)</source>
        <translation>Die Profile in eine Datei schreiben (ohne Secrets)</translation>
    </message>
    <message>
        <source>Add the profiles of an exported file</source>
        <translation>Die Profile einer exportierten Datei hinzufügen</translation>
    </message>
    <message>
        <source>Usage: %1 SUBCOMMAND [options]</source>
        <translation>Aufruf: %1 UNTERBEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Connection profiles. Secrets live in the OS keychain, never in files.</source>
        <translation>Verbindungsprofile. Secrets liegen im Schlüsselbund des Betriebssystems, nie in Dateien.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Exit status: 0 ok, 1 the operation failed, 2 unusable arguments (unknown preset or
method, bad URL, no such profile, duplicate name), 3 no keychain for a needed secret.</source>
        <translation>Exit-Status: 0 ok, 1 der Vorgang ist fehlgeschlagen, 2 unbrauchbare Argumente (unbekannte
Vorlage oder Methode, fehlerhafte URL, Profil nicht vorhanden, doppelter Name),
3 kein Schlüsselbund für ein benötigtes Secret.</translation>
    </message>
    <message>
        <source>Run &quot;%1 SUBCOMMAND --help&quot; for its options.</source>
        <translation>Führen Sie &quot;%1 UNTERBEFEHL --help&quot; aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Give a subcommand: list, show, add, remove, export or import. Run &quot;%1 --help&quot; for more.</source>
        <translation>Geben Sie einen Unterbefehl an: list, show, add, remove, export oder import. Führen Sie &quot;%1 --help&quot; aus, um mehr zu erfahren.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Run &quot;%2 --help&quot; for the subcommands.</source>
        <translation>Unbekannter Unterbefehl &quot;%1&quot;. Führen Sie &quot;%2 --help&quot; aus, um die Unterbefehle zu sehen.</translation>
    </message>
    <message>
        <source>The profile to use.</source>
        <translation>Das zu verwendende Profil.</translation>
    </message>
    <message>
        <source>Ask for this scope instead of the profile&apos;s (or several, space-separated). May be repeated.</source>
        <translation>Diesen Scope statt der Scopes des Profils anfordern (oder mehrere, durch Leerzeichen getrennt). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Print the whole token response as JSON.</source>
        <translation>Die ganze Token-Antwort als JSON ausgeben.</translation>
    </message>
    <message>
        <source>&quot;token&quot; takes no arguments besides its options; give the profile with --profile NAME.</source>
        <translation>&quot;token&quot; nimmt außer seinen Optionen keine Argumente an; geben Sie das Profil mit --profile NAME an.</translation>
    </message>
    <message>
        <source>Give the profile with --profile NAME (&quot;%1 profile list&quot; shows them).</source>
        <translation>Geben Sie das Profil mit --profile NAME an (&quot;%1 profile list&quot; zeigt sie an).</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no token endpoint. Add the profile again with --discover or --endpoint token_endpoint=URL.</source>
        <translation>Das Profil &quot;%1&quot; hat keinen Token-Endpunkt. Fügen Sie das Profil erneut mit --discover oder --endpoint token_endpoint=URL hinzu.</translation>
    </message>
    <message>
        <source>tls_client_auth (a client certificate, RFC 8705) is not supported yet; the profile &quot;%1&quot; cannot get a token from the command line.</source>
        <translation>tls_client_auth (ein Client-Zertifikat, RFC 8705) wird noch nicht unterstützt; das Profil &quot;%1&quot; kann auf der Kommandozeile kein Token abrufen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no authorization endpoint. Add the profile again with --discover or --endpoint authorization_endpoint=URL.</source>
        <translation>Das Profil &quot;%1&quot; hat keinen Autorisierungs-Endpunkt. Fügen Sie das Profil erneut mit --discover oder --endpoint authorization_endpoint=URL hinzu.</translation>
    </message>
    <message>
        <source>Open this URL in a browser and sign in (no browser command is set: use --browser-command or TOKENSCOPE_BROWSER to open it for you):
%1</source>
        <translation>Öffnen Sie diese URL in einem Browser und melden Sie sich an (es ist kein Browser-Befehl festgelegt: mit --browser-command oder TOKENSCOPE_BROWSER wird sie für Sie geöffnet):
%1</translation>
    </message>
    <message>
        <source>authorization_code: give up after this many seconds (default %1).</source>
        <translation>authorization_code: nach so vielen Sekunden aufgeben (Standard %1).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden zwischen 1 und 3600, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The browser command has an unterminated quote or a trailing backslash: %1</source>
        <translation>Der Browser-Befehl hat ein nicht geschlossenes Anführungszeichen oder einen abschließenden Backslash: %1</translation>
    </message>
    <message>
        <source>Get a token for a profile (any of its grants) and print it</source>
        <translation>Ein Token für ein Profil abrufen (mit einem beliebigen seiner Grants) und ausgeben</translation>
    </message>
    <message>
        <source>The standard input is not a console; pipe the password into --password-stdin.</source>
        <translation>Die Standardeingabe ist keine Konsole; leiten Sie das Passwort per Pipe an --password-stdin.</translation>
    </message>
    <message>
        <source>Cannot turn off the console&apos;s echo; pipe the password into --password-stdin.</source>
        <translation>Das Echo der Konsole kann nicht ausgeschaltet werden; leiten Sie das Passwort per Pipe an --password-stdin.</translation>
    </message>
    <message>
        <source>The input ended before a password was typed.</source>
        <translation>Die Eingabe endete, bevor ein Passwort eingegeben wurde.</translation>
    </message>
    <message>
        <source>The standard input is not a terminal; pipe the password into --password-stdin.</source>
        <translation>Die Standardeingabe ist kein Terminal; leiten Sie das Passwort per Pipe an --password-stdin.</translation>
    </message>
    <message>
        <source>Cannot turn off the terminal&apos;s echo; pipe the password into --password-stdin.</source>
        <translation>Das Echo des Terminals kann nicht ausgeschaltet werden; leiten Sie das Passwort per Pipe an --password-stdin.</translation>
    </message>
    <message>
        <source>The standard input is larger than %1 bytes; %2 takes one line.</source>
        <translation>Die Standardeingabe ist größer als %1 Bytes; %2 nimmt eine Zeile entgegen.</translation>
    </message>
    <message>
        <source>The standard input is empty: pipe one line into %1.</source>
        <translation>Die Standardeingabe ist leer: leiten Sie eine Zeile per Pipe an %1.</translation>
    </message>
    <message>
        <source>The standard input has more than one line: %1 takes one line.</source>
        <translation>Die Standardeingabe hat mehr als eine Zeile: %1 nimmt eine Zeile entgegen.</translation>
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
        <translation>Ruft ein Token für ein Profil ab und gibt das Access Token aus (mit --json die ganze
Token-Antwort). Grants:
  client_credentials  der Standard
  authorization_code  öffnet den Browser-Befehl mit der Autorisierungs-URL (oder
                      gibt sie auf stderr aus), wartet auf den Loopback-Redirect
  password            --username; das Passwort aus --password-stdin oder im
                      Terminal eingegeben (ohne Echo)
  refresh_token       das von einem früheren Grant im Schlüsselbund gespeicherte
                      oder eines aus --refresh-token-stdin
  device_code         gibt User Code und Verifikations-URI auf stderr aus, pollt
Ein Refresh Token in einer Antwort wird im Schlüsselbund gespeichert (nie ausgegeben,
außer in der Token-Antwort von --json).
Exit-Status: 0 ein Token wurde ausgestellt, 1 Server oder Netzwerk lehnten ab (der
Fehler auf stderr), 2 unbrauchbare Argumente (kein solches Profil, ein Grant noch
nicht verfügbar), 3 kein Schlüsselbund, aus dem ein benötigtes Secret gelesen wird.</translation>
    </message>
    <message>
        <source>The grant: client_credentials (the default), authorization_code, password, refresh_token or device_code.</source>
        <translation>Der Grant: client_credentials (der Standard), authorization_code, password, refresh_token oder device_code.</translation>
    </message>
    <message>
        <source>password: the resource owner&apos;s user name.</source>
        <translation>password: der Benutzername des Resource Owners.</translation>
    </message>
    <message>
        <source>password: read the password from the standard input (one line). Without it the password is asked for on the terminal.</source>
        <translation>password: das Passwort von der Standardeingabe lesen (eine Zeile). Ohne diese Option wird das Passwort im Terminal abgefragt.</translation>
    </message>
    <message>
        <source>refresh_token: read the refresh token from the standard input (one line) instead of the keychain.</source>
        <translation>refresh_token: das Refresh Token von der Standardeingabe lesen (eine Zeile) statt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>authorization_code, device_code: the browser to run, split like a shell would, with the authorization (or verification) URL appended (default: the TOKENSCOPE_BROWSER environment variable; without either the URL is printed on stderr).</source>
        <translation>authorization_code, device_code: der auszuführende Browser, aufgeteilt wie von einer Shell, mit angehängter Autorisierungs- (bzw. Verifikations-)URL (Standard: die Umgebungsvariable TOKENSCOPE_BROWSER; ohne beides wird die URL auf stderr ausgegeben).</translation>
    </message>
    <message>
        <source>Usage: %1 --profile NAME [--grant client_credentials|authorization_code|password|refresh_token|device_code] [--scope S]... [--username U] [--password-stdin] [--refresh-token-stdin] [--browser-command COMMAND] [--timeout SECONDS] [--json]</source>
        <translation>Aufruf: %1 --profile NAME [--grant client_credentials|authorization_code|password|refresh_token|device_code] [--scope S]... [--username U] [--password-stdin] [--refresh-token-stdin] [--browser-command BEFEHL] [--timeout SEKUNDEN] [--json]</translation>
    </message>
    <message>
        <source>The grant &quot;%1&quot; is not available yet on the command line; use client_credentials, authorization_code, password, refresh_token or device_code.</source>
        <translation>Der Grant &quot;%1&quot; ist auf der Kommandozeile noch nicht verfügbar; verwenden Sie client_credentials, authorization_code, password, refresh_token oder device_code.</translation>
    </message>
    <message>
        <source>Unknown grant &quot;%1&quot;; use client_credentials, authorization_code, password, refresh_token or device_code.</source>
        <translation>Unbekannter Grant &quot;%1&quot;; verwenden Sie client_credentials, authorization_code, password, refresh_token oder device_code.</translation>
    </message>
    <message>
        <source>--%1 belongs to --grant %2.</source>
        <translation>--%1 gehört zu --grant %2.</translation>
    </message>
    <message>
        <source>The password grant needs --username U (the resource owner&apos;s user name).</source>
        <translation>Der Password Grant benötigt --username U (den Benutzernamen des Resource Owners).</translation>
    </message>
    <message>
        <source>The standard input is not a terminal to type the password on: pipe the password into --password-stdin.</source>
        <translation>Die Standardeingabe ist kein Terminal, in dem das Passwort eingegeben werden kann: leiten Sie das Passwort per Pipe an --password-stdin.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Warning: the keychain did not answer within %1 seconds; the refresh token was not stored.</source>
        <translation>Warnung: Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet; das Refresh Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Warning: no keychain is available, so the refresh token was not stored. %1</source>
        <translation>Warnung: Es ist kein Schlüsselbund verfügbar, daher wurde das Refresh Token nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Warning: the refresh token was not stored in the keychain: %1</source>
        <translation>Warnung: Das Refresh Token wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>The refresh token is stored in the keychain for the profile &quot;%1&quot;; --grant refresh_token uses it.</source>
        <translation>Das Refresh Token ist für das Profil &quot;%1&quot; im Schlüsselbund gespeichert; --grant refresh_token verwendet es.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. Unlock it and try again, or pipe the refresh token into --refresh-token-stdin.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet. Entsperren Sie ihn und versuchen Sie es erneut, oder leiten Sie das Refresh Token per Pipe an --refresh-token-stdin.</translation>
    </message>
    <message>
        <source>No refresh token is stored for the profile &quot;%1&quot;. Get one first with --grant authorization_code, password or device_code (the server may want the offline_access scope), or pipe one into --refresh-token-stdin.</source>
        <translation>Für das Profil &quot;%1&quot; ist kein Refresh Token gespeichert. Rufen Sie zuerst eines mit --grant authorization_code, password oder device_code ab (der Server verlangt eventuell den Scope offline_access), oder leiten Sie eines per Pipe an --refresh-token-stdin.</translation>
    </message>
    <message>
        <source>The stored refresh token cannot be read: %1 Or pipe the refresh token into --refresh-token-stdin.</source>
        <translation>Das gespeicherte Refresh Token kann nicht gelesen werden: %1 Oder leiten Sie das Refresh Token per Pipe an --refresh-token-stdin.</translation>
    </message>
    <message>
        <source>The server issued a new refresh token: the refresh token was rotated, and the previous one must not be used again.</source>
        <translation>Der Server hat ein neues Refresh Token ausgestellt: das Refresh Token wurde rotiert, und das vorherige darf nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no device authorization endpoint. Add the profile again with --discover or --endpoint device_authorization_endpoint=URL.</source>
        <translation>Das Profil &quot;%1&quot; hat keinen Device-Authorization-Endpunkt. Fügen Sie das Profil erneut mit --discover oder --endpoint device_authorization_endpoint=URL hinzu.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2</source>
        <translation>Öffnen Sie zum Anmelden %1 in einem Browser und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <source>Or open %1 (the code is filled in there).</source>
        <translation>Oder öffnen Sie %1 (dort ist der Code bereits ausgefüllt).</translation>
    </message>
    <message>
        <source>Waiting for the approval; the code expires in %1 seconds.</source>
        <translation>Warten auf die Bestätigung; der Code läuft in %1 Sekunden ab.</translation>
    </message>
    <message>
        <source>%1 Open the address above yourself.</source>
        <translation>%1 Öffnen Sie die obige Adresse selbst.</translation>
    </message>
    <message>
        <source>The server asked to poll more slowly: every %1 seconds now.</source>
        <translation>Der Server hat um langsameres Polling gebeten: jetzt alle %1 Sekunden.</translation>
    </message>
    <message>
        <source>The device authorization did not end; giving up.</source>
        <translation>Die Device Authorization wurde nicht beendet; Abbruch.</translation>
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
        <translation>Aufruf: %1 list servers|idps|clients --profile NAME [--workspace WID] [--json]
       %1 apply DATEI --profile NAME [--dry-run] [--json]

Die Admin-API über ein Admin-Profil (Vorlage cloudentity oder sandbox, Workspace
&quot;admin&quot;, der Client des Admin-Workspaces und sein Secret im Schlüsselbund).
  list    Workspaces (servers), IDPs oder Clients als Tabelle; mit --json das Array.
          IDPs und Clients eines Workspaces mit --workspace, sonst aller.
  apply   eine Bulk-Datei umsetzen: {&quot;workspaces&quot;: [...], &quot;idps&quot;: [{&quot;workspace&quot;:
          WID, ...}], &quot;clients&quot;: [...]}. Jedes Element wird angelegt, aktualisiert (nur
          die Felder, die die Datei angibt) oder unverändert gelassen; ein erneuter
          Lauf ist gefahrlos. Fortschritt auf stderr, eine Zeile pro Element auf
          stdout (--json: ein JSON-Objekt pro Zeile). --dry-run zeigt, was getan
          würde. Strg-C hält nach dem laufenden Element an.
Exit-Status: 0 alles in Ordnung, 1 ein Element ist fehlgeschlagen oder die API hat
abgelehnt, 2 unbrauchbare Argumente oder Datei, 3 kein Schlüsselbund, aus dem das
Secret des Admin-Clients gelesen werden kann.
</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not an admin profile%2. Use a profile with the preset cloudentity or sandbox, --field workspace_id=admin and the admin workspace&apos;s client (&quot;%3 profile add NAME --preset sandbox --field workspace_id=admin --client-id ID --client-secret-stdin&quot;).</source>
        <translation>Das Profil &quot;%1&quot; ist kein Admin-Profil%2. Verwenden Sie ein Profil mit der Vorlage cloudentity oder sandbox, --field workspace_id=admin und dem Client des Admin-Workspaces (&quot;%3 profile add NAME --preset sandbox --field workspace_id=admin --client-id ID --client-secret-stdin&quot;).</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete %1.</translation>
    </message>
    <message>
        <source>No answer from the admin API within %1 seconds.</source>
        <translation>Keine Antwort der Admin-API innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>List workspaces (servers), IDPs or clients of the admin API.</source>
        <translation>Workspaces (servers), IDPs oder Clients der Admin-API auflisten.</translation>
    </message>
    <message>
        <source>The admin profile.</source>
        <translation>Das Admin-Profil.</translation>
    </message>
    <message>
        <source>idps, clients: only this workspace&apos;s (default: every workspace&apos;s).</source>
        <translation>idps, clients: nur die dieses Workspaces (Standard: die aller Workspaces).</translation>
    </message>
    <message>
        <source>Print the JSON array.</source>
        <translation>Das JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>servers, idps or clients</source>
        <translation>servers, idps oder clients</translation>
    </message>
    <message>
        <source>Usage: %1 servers|idps|clients --profile NAME [--workspace WID] [--json]</source>
        <translation>Aufruf: %1 servers|idps|clients --profile NAME [--workspace WID] [--json]</translation>
    </message>
    <message>
        <source>Say what to list: servers, idps or clients.</source>
        <translation>Geben Sie an, was aufgelistet werden soll: servers, idps oder clients.</translation>
    </message>
    <message>
        <source>Give the admin profile with --profile NAME (&quot;%1 profile list&quot; shows them).</source>
        <translation>Geben Sie das Admin-Profil mit --profile NAME an (&quot;%1 profile list&quot; zeigt die Profile).</translation>
    </message>
    <message>
        <source>--workspace belongs to &quot;list idps&quot; and &quot;list clients&quot;.</source>
        <translation>--workspace gehört zu &quot;list idps&quot; und &quot;list clients&quot;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <source>GRANT TYPES</source>
        <translation>GRANT TYPES</translation>
    </message>
    <message>
        <source>Interrupted: stopping after the item in flight (Ctrl-C again to quit at once).</source>
        <translation>Unterbrochen: Anhalten nach dem laufenden Element (erneut Strg-C, um sofort zu beenden).</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Create or update the workspaces, static IDPs and clients of a bulk file; unchanged items are left alone.</source>
        <translation>Die Workspaces, statischen IDPs und Clients einer Bulk-Datei anlegen oder aktualisieren; unveränderte Elemente bleiben unberührt.</translation>
    </message>
    <message>
        <source>Only read what exists and print what would be done.</source>
        <translation>Nur lesen, was vorhanden ist, und ausgeben, was getan würde.</translation>
    </message>
    <message>
        <source>One JSON object per item (kind, index, id, name, action, outcome, status, message).</source>
        <translation>Ein JSON-Objekt pro Element (kind, index, id, name, action, outcome, status, message).</translation>
    </message>
    <message>
        <source>The bulk file (JSON).</source>
        <translation>Die Bulk-Datei (JSON).</translation>
    </message>
    <message>
        <source>Usage: %1 FILE --profile NAME [--dry-run] [--json]</source>
        <translation>Aufruf: %1 DATEI --profile NAME [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Give one bulk file.</source>
        <translation>Geben Sie eine Bulk-Datei an.</translation>
    </message>
    <message>
        <source>Waiting %1 s for the admin API&apos;s rate limit.</source>
        <translation>Es wird %1 s auf das Rate Limit der Admin-API gewartet.</translation>
    </message>
    <message>
        <source>Gave up waiting for the admin API.</source>
        <translation>Warten auf die Admin-API aufgegeben.</translation>
    </message>
    <message>
        <source>Give a subcommand: list or apply. Run &quot;%1 --help&quot; for more.</source>
        <translation>Geben Sie einen Unterbefehl an: list oder apply. Führen Sie &quot;%1 --help&quot; aus, um mehr zu erfahren.</translation>
    </message>
    <message>
        <source>List workspaces, IDPs and clients, or apply a bulk file, through an admin profile</source>
        <translation>Workspaces, IDPs und Clients auflisten oder eine Bulk-Datei anwenden, über ein Admin-Profil</translation>
    </message>
    <message>
        <source>API groups (path prefix: rate-limit group):</source>
        <translation>API-Gruppen (Pfadpräfix: Rate-Limit-Gruppe):</translation>
    </message>
    <message>
        <source>Remove a profile, its keychain entries and its request history.</source>
        <translation>Ein Profil, seine Schlüsselbund-Einträge und seinen Anfrageverlauf entfernen.</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;, its keychain entries and its request history.</source>
        <translation>Das Profil &quot;%1&quot;, seine Schlüsselbund-Einträge und sein Anfrageverlauf wurden entfernt.</translation>
    </message>
    <message>
        <source>Remove a profile, its keychain entries and its request history</source>
        <translation>Ein Profil, seine Schlüsselbund-Einträge und seinen Anfrageverlauf entfernen</translation>
    </message>
</context>
<context>
    <name>Console::RequestHistory</name>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The request history could not be saved to %1 (%2). Free disk space or make the folder writable; the history is kept until Tokenscope quits.</source>
        <translation>Der Anfrageverlauf konnte nicht in %1 gespeichert werden (%2). Geben Sie Speicherplatz frei oder machen Sie den Ordner beschreibbar; der Verlauf bleibt erhalten, bis Tokenscope beendet wird.</translation>
    </message>
    <message>
        <source>The request history file %1 could not be removed: check the folder&apos;s permissions.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht entfernt werden: prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>ConsoleRequest</name>
    <message>
        <source>The URL uses %1, which is not a variable: use {base}, {tid}, {wid} or {issuer}, or remove the braces.</source>
        <translation>Die URL verwendet %1, das keine Variable ist: verwenden Sie {base}, {tid}, {wid} oder {issuer}, oder entfernen Sie die geschweiften Klammern.</translation>
    </message>
    <message>
        <source>The URL uses %1, but the connection &quot;%2&quot; has no value for it: set it in the connection, or write the URL out.</source>
        <translation>Die URL verwendet %1, aber die Verbindung &quot;%2&quot; hat dafür keinen Wert: legen Sie ihn in der Verbindung fest, oder schreiben Sie die URL aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host: start it with {base}, {issuer} or https://.</source>
        <translation>&quot;%1&quot; ist keine http://- oder https://-URL mit Host: beginnen Sie sie mit {base}, {issuer} oder https://.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method: use GET, POST, PUT, PATCH, DELETE or another single word.</source>
        <translation>&quot;%1&quot; ist keine HTTP-Methode: verwenden Sie GET, POST, PUT, PATCH, DELETE oder ein anderes einzelnes Wort.</translation>
    </message>
    <message>
        <source>There is no token for a Bearer authorization: get one on the Tokens page, or choose another authorization.</source>
        <translation>Es gibt kein Token für eine Bearer-Autorisierung: rufen Sie eines auf der Seite Tokens ab, oder wählen Sie eine andere Autorisierung.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; has no API token in the keychain: store it in the connection&apos;s API token field, or choose another authorization.</source>
        <translation>Die Verbindung &quot;%1&quot; hat kein API-Token im Schlüsselbund: speichern Sie es im Feld API-Token der Verbindung, oder wählen Sie eine andere Autorisierung.</translation>
    </message>
    <message>
        <source>The API token header name &quot;%1&quot; of the connection is not a valid header name: correct it in the connection.</source>
        <translation>Der Name des API-Token-Headers &quot;%1&quot; der Verbindung ist kein gültiger Header-Name: korrigieren Sie ihn in der Verbindung.</translation>
    </message>
    <message>
        <source>Enter the user name for Basic authorization.</source>
        <translation>Geben Sie den Benutzernamen für die Basic-Autorisierung ein.</translation>
    </message>
    <message>
        <source>The Basic user name must not contain &quot;:&quot; or control characters (RFC 7617): correct it, or use another authorization.</source>
        <translation>Der Basic-Benutzername darf weder &quot;:&quot; noch Steuerzeichen enthalten (RFC 7617): korrigieren Sie ihn, oder verwenden Sie eine andere Autorisierung.</translation>
    </message>
    <message>
        <source>Enter the password for Basic authorization.</source>
        <translation>Geben Sie das Passwort für die Basic-Autorisierung ein.</translation>
    </message>
    <message>
        <source>The credential for the %1 header contains a line break or control character: copy it again without them.</source>
        <translation>Die Zugangsdaten für den Header %1 enthalten einen Zeilenumbruch oder ein Steuerzeichen: kopieren Sie sie erneut ohne diese.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and - (for example X-Request-Id).</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name: verwenden Sie Buchstaben, Ziffern und - (zum Beispiel X-Request-Id).</translation>
    </message>
    <message>
        <source>The value of the header %1 contains a line break or control character: remove it.</source>
        <translation>Der Wert des Headers %1 enthält einen Zeilenumbruch oder ein Steuerzeichen: entfernen Sie das Zeichen.</translation>
    </message>
    <message>
        <source>The header %1 is also set by the chosen authorization: remove the header, or choose no authorization.</source>
        <translation>Der Header %1 wird auch von der gewählten Autorisierung gesetzt: entfernen Sie den Header, oder wählen Sie keine Autorisierung.</translation>
    </message>
</context>
<context>
    <name>DecodedToken</name>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>encrypted key</source>
        <translation>Verschlüsselter Schlüssel</translation>
    </message>
    <message>
        <source>initialization vector</source>
        <translation>Initialisierungsvektor</translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation>Chiffretext</translation>
    </message>
    <message>
        <source>authentication tag</source>
        <translation>Authentifizierungs-Tag</translation>
    </message>
    <message>
        <source>The token is larger than %1 MiB; refused.</source>
        <translation>Das Token ist größer als %1 MiB; abgelehnt.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>character U+%1 at offset %2: a token is plain ASCII</source>
        <translation>Zeichen U+%1 an Position %2: ein Token besteht nur aus ASCII</translation>
    </message>
    <message>
        <source>not a token: character &quot;%1&quot; at offset %2 is neither in a JWT nor in an opaque token (RFC 7235 §2.1 token68)</source>
        <translation>kein Token: das Zeichen &quot;%1&quot; an Position %2 kommt weder in einem JWT noch in einem opaken Token vor (RFC 7235 §2.1 token68)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a problem with one part of a token: the part&apos;s name, the problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>base64url padding (&quot;=&quot;) should be omitted (RFC 7515 §2)</source>
        <translation>Base64url-Padding (&quot;=&quot;) sollte weggelassen werden (RFC 7515 §2)</translation>
    </message>
    <message>
        <source>character &quot;%1&quot; at offset %2 is not base64url</source>
        <translation>das Zeichen &quot;%1&quot; an Position %2 ist kein Base64url</translation>
    </message>
    <message>
        <source>the last character at offset %1 has unused bits set; not canonical base64url (RFC 4648 §3.5)</source>
        <translation>das letzte Zeichen an Position %1 hat ungenutzte Bits gesetzt; kein kanonisches Base64url (RFC 4648 §3.5)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cannot be base64url (the length is never 4n+1, nor padded to a wrong length)</source>
        <translation>
            <numerusform>eine Länge von %n Zeichen ist kein gültiges Base64url (die Länge ist nie 4n+1, und auch nicht auf eine falsche Länge aufgefüllt)</numerusform>
            <numerusform>eine Länge von %n Zeichen ist kein gültiges Base64url (die Länge ist nie 4n+1, und auch nicht auf eine falsche Länge aufgefüllt)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>ungültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>no &quot;alg&quot; parameter (RFC 7515 §4.1.1)</source>
        <translation>kein &quot;alg&quot;-Parameter (RFC 7515 §4.1.1)</translation>
    </message>
    <message>
        <source>&quot;alg&quot; is not a string</source>
        <translation>&quot;alg&quot; ist kein String</translation>
    </message>
    <message>
        <source>not base64url-encoded (&quot;b64&quot;: false, RFC 7797)</source>
        <translation>nicht Base64url-kodiert (&quot;b64&quot;: false, RFC 7797)</translation>
    </message>
    <message>
        <source>empty, although &quot;alg&quot; is &quot;%1&quot;; the token is effectively unsigned</source>
        <translation>leer, obwohl &quot;alg&quot; &quot;%1&quot; ist; das Token ist faktisch unsigniert</translation>
    </message>
    <message>
        <source>an unsecured JWT must have an empty signature (RFC 7519 §6.1)</source>
        <translation>ein ungesichertes JWT muss eine leere Signatur haben (RFC 7519 §6.1)</translation>
    </message>
    <message>
        <source>a nested JWT (cty &quot;JWT&quot;, RFC 7519 §5.2); decode the payload as a token of its own</source>
        <translation>ein verschachteltes JWT (cty &quot;JWT&quot;, RFC 7519 §5.2); dekodieren Sie die Payload als eigenes Token</translation>
    </message>
    <message>
        <source>not JSON, invalid at offset %1 (%2)</source>
        <translation>kein JSON, ungültig an Position %1 (%2)</translation>
    </message>
    <message>
        <source>JSON, but not an object, so there are no claims</source>
        <translation>JSON, aber kein Objekt, daher gibt es keine Claims</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>the payload</comment>
        <translation>leer</translation>
    </message>
    <message>
        <source>no &quot;alg&quot; parameter (RFC 7516 §4.1.1)</source>
        <translation>kein &quot;alg&quot;-Parameter (RFC 7516 §4.1.1)</translation>
    </message>
    <message>
        <source>no &quot;enc&quot; parameter (RFC 7516 §4.1.2)</source>
        <translation>kein &quot;enc&quot;-Parameter (RFC 7516 §4.1.2)</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>the ciphertext</comment>
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s): a JWT has 3, a JWE 5</source>
        <translation>
            <numerusform>%n Teil: ein JWT hat 3, ein JWE 5</numerusform>
            <numerusform>%n Teile: ein JWT hat 3, ein JWE 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecodedTokenView</name>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Encrypted key</source>
        <translation>Verschlüsselter Schlüssel</translation>
    </message>
    <message>
        <source>Initialization vector</source>
        <translation>Initialisierungsvektor</translation>
    </message>
    <message>
        <source>Ciphertext</source>
        <translation>Chiffretext</translation>
    </message>
    <message>
        <source>Authentication tag</source>
        <translation>Authentifizierungs-Tag</translation>
    </message>
    <message>
        <source>Token summary</source>
        <translation>Token-Übersicht</translation>
    </message>
    <message>
        <source>Decoding problems</source>
        <translation>Dekodierungsprobleme</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Copy decoded token as JSON</source>
        <translation>Dekodiertes Token als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the decoded header, payload and problems as JSON (as `tokenscope decode` prints them)</source>
        <translation>Header, Payload und Probleme dekodiert als JSON kopieren (so wie `tokenscope decode` sie ausgibt)</translation>
    </message>
    <message>
        <source>Header parameters</source>
        <translation>Header-Parameter</translation>
    </message>
    <message>
        <source>Payload claims</source>
        <translation>Payload-Claims</translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation>Header-JSON</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>Payload-JSON</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Payload</translation>
    </message>
    <message>
        <source>Decoded token views</source>
        <translation>Ansichten des dekodierten Tokens</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>Paste a token above to see what it is and what it says.</source>
        <translation>Fügen Sie oben ein Token ein, um zu sehen, was es ist und was es aussagt.</translation>
    </message>
    <message>
        <source>Copied the decoded token as JSON</source>
        <translation>Dekodiertes Token als JSON kopiert</translation>
    </message>
    <message>
        <source>Expires at %1 UTC</source>
        <translation>Läuft ab am %1 UTC</translation>
    </message>
    <message>
        <source>no expiry (exp) claim</source>
        <translation>kein Ablauf-Claim (exp)</translation>
    </message>
    <message>
        <source>JWS: a signed JWT</source>
        <translation>JWS: ein signiertes JWT</translation>
    </message>
    <message>
        <source>JWE: an encrypted JWT</source>
        <translation>JWE: ein verschlüsseltes JWT</translation>
    </message>
    <message>
        <source>Unsecured JWT (alg &quot;none&quot;)</source>
        <translation>Ungesichertes JWT (alg &quot;none&quot;)</translation>
    </message>
    <message>
        <source>Opaque token</source>
        <translation>Opakes Token</translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation>Fehlerhaftes Token</translation>
    </message>
    <message>
        <source>alg %1</source>
        <translation>alg %1</translation>
    </message>
    <message>
        <source>kid %1</source>
        <translation>kid %1</translation>
    </message>
    <message>
        <source>typ %1</source>
        <translation>typ %1</translation>
    </message>
    <message>
        <source>payload is not a JSON object</source>
        <translation>Payload ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>enc %1</source>
        <translation>enc %1</translation>
    </message>
    <message>
        <source>cty %1</source>
        <translation>cty %1</translation>
    </message>
    <message>
        <source>payload encrypted: only the recipient&apos;s private key can read it</source>
        <translation>Payload verschlüsselt: nur der private Schlüssel des Empfängers kann sie lesen</translation>
    </message>
    <message>
        <source>no signature: anyone could have written it, never accept it</source>
        <translation>keine Signatur: jeder könnte es geschrieben haben, akzeptieren Sie es nie</translation>
    </message>
    <message>
        <source>length %1</source>
        <translation>Länge %1</translation>
    </message>
    <message>
        <source>character set %1</source>
        <translation>Zeichensatz %1</translation>
    </message>
    <message>
        <source>not a JWT: ask the authorization server&apos;s introspection endpoint (RFC 7662) what it stands for</source>
        <translation>kein JWT: fragen Sie den Introspection-Endpunkt des Autorisierungsservers (RFC 7662), wofür es steht</translation>
    </message>
    <message>
        <source>cannot be decoded: see the problems below</source>
        <translation>kann nicht dekodiert werden: siehe die Probleme unten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(verschlüsselt)</translation>
    </message>
    <message numerus="yes">
        <source>(binary payload, %n byte(s))</source>
        <translation>
            <numerusform>(binäre Payload, %n Byte)</numerusform>
            <numerusform>(binäre Payload, %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cop&amp;y as JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>He&amp;ader</source>
        <translation>Head&amp;er</translation>
    </message>
    <message>
        <source>Clai&amp;ms</source>
        <translation>Clai&amp;ms</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JS&amp;ON</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is %3, not a URL string. The server&apos;s metadata is broken: report it to its operator, or enter the endpoints by hand.</source>
        <translation>Das Element &quot;%1&quot; des Dokuments unter %2 ist %3, kein URL-String. Die Metadaten des Servers sind fehlerhaft: melden Sie das dem Betreiber oder geben Sie die Endpunkte von Hand ein.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is &quot;%3&quot;, not an absolute http(s) URL. The server&apos;s metadata is broken: report it to its operator, or enter the endpoints by hand.</source>
        <translation>Das Element &quot;%1&quot; des Dokuments unter %2 ist &quot;%3&quot;, keine absolute http(s)-URL. Die Metadaten des Servers sind fehlerhaft: melden Sie das dem Betreiber oder geben Sie die Endpunkte von Hand ein.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is %3, not an array of strings. The server&apos;s metadata is broken: report it to its operator.</source>
        <translation>Das Element &quot;%1&quot; des Dokuments unter %2 ist %3, kein Array von Strings. Die Metadaten des Servers sind fehlerhaft: melden Sie das dem Betreiber.</translation>
    </message>
    <message>
        <source>an array holding a non-string</source>
        <translation>ein Array, das etwas anderes als Strings enthält</translation>
    </message>
    <message>
        <source>The answer from %1 is not JSON (%2 at byte %3). Check that the issuer URL is right and that the server publishes its metadata there.</source>
        <translation>Die Antwort von %1 ist kein JSON (%2 bei Byte %3). Prüfen Sie, ob die URL des Ausstellers stimmt und ob der Server seine Metadaten dort veröffentlicht.</translation>
    </message>
    <message>
        <source>The answer from %1 is a JSON %2, not the object a metadata document is. Check that the issuer URL is right.</source>
        <translation>Die Antwort von %1 ist ein JSON-%2, nicht das Objekt, das ein Metadatendokument ist. Prüfen Sie, ob die URL des Ausstellers stimmt.</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The document at %1 has no &quot;issuer&quot; member, so it is not authorization server metadata. Check the issuer URL.</source>
        <translation>Das Dokument unter %1 hat kein Element &quot;issuer&quot; und ist daher keine Metadaten eines Autorisierungsservers. Prüfen Sie die URL des Ausstellers.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is %3, not true or false. The server&apos;s metadata is broken: report it to its operator.</source>
        <translation>Das Element &quot;%1&quot; des Dokuments unter %2 ist %3, nicht true oder false. Die Metadaten des Servers sind fehlerhaft: melden Sie das dem Betreiber.</translation>
    </message>
    <message>
        <source>The document&apos;s issuer &quot;%1&quot; differs from &quot;%2&quot; only by a trailing slash. Tokens carry the document&apos;s form: use it as the profile&apos;s issuer.</source>
        <translation>Der Aussteller des Dokuments &quot;%1&quot; unterscheidet sich von &quot;%2&quot; nur durch einen abschließenden Schrägstrich. Tokens tragen die Form des Dokuments: verwenden Sie diese als Aussteller des Profils.</translation>
    </message>
    <message>
        <source>The document&apos;s issuer &quot;%1&quot; is not the issuer &quot;%2&quot; it was fetched for; a client must reject such metadata (OpenID Connect Discovery §4.3, RFC 8414 §3.3). Check the issuer URL, or the server&apos;s public URL setting.</source>
        <translation>Der Aussteller des Dokuments &quot;%1&quot; ist nicht der Aussteller &quot;%2&quot;, für den es abgerufen wurde; ein Client muss solche Metadaten ablehnen (OpenID Connect Discovery §4.3, RFC 8414 §3.3). Prüfen Sie die URL des Ausstellers oder die Einstellung der öffentlichen URL des Servers.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a query or fragment, which an issuer must not have.</source>
        <translation>Der Aussteller &quot;%1&quot; hat eine Query oder ein Fragment, was ein Aussteller nicht haben darf.</translation>
    </message>
    <message>
        <source>The document has no &quot;token_endpoint&quot;: no token can be requested. Enter the token endpoint by hand.</source>
        <translation>Das Dokument hat keinen &quot;token_endpoint&quot;: es kann kein Token angefordert werden. Geben Sie den Token-Endpunkt von Hand ein.</translation>
    </message>
    <message>
        <source>The document has no &quot;jwks_uri&quot;: signed tokens from this server cannot be verified with its published keys. Enter a JWKS URL or a key by hand.</source>
        <translation>Das Dokument hat keine &quot;jwks_uri&quot;: signierte Tokens dieses Servers können nicht mit seinen veröffentlichten Schlüsseln verifiziert werden. Geben Sie eine JWKS-URL oder einen Schlüssel von Hand ein.</translation>
    </message>
    <message>
        <source>&quot;code_challenge_methods_supported&quot; offers only &quot;plain&quot; PKCE, which does not protect a stolen code (RFC 7636 §7.2). Enable S256 on the server.</source>
        <translation>&quot;code_challenge_methods_supported&quot; bietet nur PKCE mit &quot;plain&quot;, was einen gestohlenen Code nicht schützt (RFC 7636 §7.2). Aktivieren Sie S256 auf dem Server.</translation>
    </message>
    <message>
        <source>The document does not list &quot;code_challenge_methods_supported&quot;, so PKCE with S256 may be unsupported (RFC 8414 §2). Tokenscope still sends S256; check the server.</source>
        <translation>Das Dokument führt &quot;code_challenge_methods_supported&quot; nicht auf, daher wird PKCE mit S256 eventuell nicht unterstützt (RFC 8414 §2). Tokenscope sendet trotzdem S256; prüfen Sie den Server.</translation>
    </message>
    <message>
        <source>&quot;code_challenge_methods_supported&quot; is [%1] and lacks &quot;S256&quot;. Enable S256 PKCE on the server.</source>
        <translation>&quot;code_challenge_methods_supported&quot; ist [%1], ohne &quot;S256&quot;. Aktivieren Sie PKCE mit S256 auf dem Server.</translation>
    </message>
    <message>
        <source>&quot;grant_types_supported&quot; lists &quot;implicit&quot;: access tokens travel in the browser&apos;s URL. Disable the implicit grant and use the code flow with PKCE (RFC 9700 §2.1.2).</source>
        <translation>&quot;grant_types_supported&quot; führt &quot;implicit&quot; auf: Access Tokens werden in der URL des Browsers übertragen. Deaktivieren Sie den Implicit Grant und verwenden Sie den Code Flow mit PKCE (RFC 9700 §2.1.2).</translation>
    </message>
    <message>
        <source>The implicit grant is enabled (response types %1): access tokens travel in the browser&apos;s URL. Disable it and use the code flow with PKCE (RFC 9700 §2.1.2).</source>
        <translation>Der Implicit Grant ist aktiviert (Response Types %1): Access Tokens werden in der URL des Browsers übertragen. Deaktivieren Sie ihn und verwenden Sie den Code Flow mit PKCE (RFC 9700 §2.1.2).</translation>
    </message>
    <message>
        <source>&quot;grant_types_supported&quot; lists &quot;password&quot;: clients see users&apos; passwords. Disable the password grant unless a legacy client needs it (RFC 9700 §2.4).</source>
        <translation>&quot;grant_types_supported&quot; führt &quot;password&quot; auf: Clients sehen die Passwörter der Benutzer. Deaktivieren Sie den Password Grant, sofern ihn kein Legacy-Client braucht (RFC 9700 §2.4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 over plain http: tokens and secrets would travel unencrypted. Use https.</source>
        <translation>&quot;%1&quot; ist %2 über einfaches http: Tokens und Secrets würden unverschlüsselt übertragen. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>The server does not announce the &quot;iss&quot; authorization response parameter (RFC 9207); with more than one server, mix-up attacks go unnoticed.</source>
        <translation>Der Server kündigt den Parameter &quot;iss&quot; in der Autorisierungsantwort nicht an (RFC 9207); bei mehr als einem Server bleiben Mix-up-Angriffe unbemerkt.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a document. Check the issuer URL.</source>
        <translation>%1 antwortete mit HTTP %2 ohne Dokument. Prüfen Sie die URL des Ausstellers.</translation>
    </message>
    <message>
        <source>No metadata document was found for the issuer %1. Tried:
%2
Check the issuer URL, or enter the endpoints by hand.</source>
        <translation>Für den Aussteller %1 wurde kein Metadatendokument gefunden. Versucht:
%2
Prüfen Sie die URL des Ausstellers oder geben Sie die Endpunkte von Hand ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http(s) URL. Enter the issuer like https://id.example.com.</source>
        <translation>&quot;%1&quot; ist keine absolute http(s)-URL. Geben Sie den Aussteller wie https://id.example.com ein.</translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message>
        <source>Apply checked changes</source>
        <translation>Ausgewählte Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Discovery status</source>
        <translation>Discovery-Status</translation>
    </message>
    <message>
        <source>Endpoint changes found by discovery</source>
        <translation>Von der Discovery gefundene Endpunkt-Änderungen</translation>
    </message>
    <message>
        <source>Findings about the discovery document</source>
        <translation>Befunde zum Discovery-Dokument</translation>
    </message>
    <message>
        <source>Apply the checked endpoint changes</source>
        <translation>Die ausgewählten Endpunkt-Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Endpoints that differ (checked ones are applied):</source>
        <translation>Abweichende Endpunkte (ausgewählte werden übernommen):</translation>
    </message>
    <message>
        <source>About the document:</source>
        <translation>Zum Dokument:</translation>
    </message>
    <message>
        <source>Enter the issuer URL first, then Discover.</source>
        <translation>Geben Sie zuerst die URL des Ausstellers ein, dann Ermitteln.</translation>
    </message>
    <message>
        <source>Reading the discovery document of %1…</source>
        <translation>Discovery-Dokument von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found in the document.</source>
        <translation>Keine Probleme im Dokument gefunden.</translation>
    </message>
    <message>
        <source>Read %1: the endpoints match.</source>
        <translation>%1 gelesen: die Endpunkte stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %n endpoint(s) differ.</source>
        <translation>
            <numerusform>%1 gelesen: %n Endpunkt weicht ab.</numerusform>
            <numerusform>%1 gelesen: %n Endpunkte weichen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) updated from discovery; save to keep them.</source>
        <translation>
            <numerusform>%n Endpunkt aus der Discovery aktualisiert; speichern Sie, um ihn zu behalten.</numerusform>
            <numerusform>%n Endpunkte aus der Discovery aktualisiert; speichern Sie, um sie zu behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>ExchangeDetailView</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
    <message>
        <source>This entry has left the log (it keeps the latest %1).</source>
        <translation>Dieser Eintrag ist nicht mehr im Log (es behält die letzten %1).</translation>
    </message>
    <message>
        <source>Select an entry to see its request and response.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Step: %1 (%2)</source>
        <translation>Schritt: %1 (%2)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Exchange #%1 (%2), secrets shown</source>
        <translation>Austausch Nr. %1 (%2), Secrets sichtbar</translation>
    </message>
    <message>
        <source>Exchange #%1 (%2)</source>
        <translation>Austausch Nr. %1 (%2)</translation>
    </message>
    <message>
        <source>(The log kept the first %1 of the body&apos;s %2 bytes.)</source>
        <translation>(Das Log hat die ersten %1 der %2 Bytes des Bodys behalten.)</translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message numerus="yes">
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n weiteres Byte nicht angezeigt</numerusform>
            <numerusform>… %n weitere Bytes nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>extra CA bundle %1</source>
        <translation>zusätzliches CA-Bundle %1</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>Client-Zertifikat %1</translation>
    </message>
    <message>
        <source>certificate verification OFF</source>
        <translation>Zertifikatsprüfung AUS</translation>
    </message>
    <message>
        <source>(TLS: %1)</source>
        <translation>(TLS: %1)</translation>
    </message>
    <message>
        <source>HTTP %1 (%2 ms)</source>
        <translation>HTTP %1 (%2 ms)</translation>
    </message>
    <message>
        <source>No response (%1 ms)</source>
        <translation>Keine Antwort (%1 ms)</translation>
    </message>
    <message>
        <source>(final URL after redirects: %1)</source>
        <translation>(endgültige URL nach Weiterleitungen: %1)</translation>
    </message>
</context>
<context>
    <name>ExchangeLogModel</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>ExchangeLogPage</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Das Log leeren</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Secrets anzeigen</translation>
    </message>
    <message>
        <source>Reveal the secrets of the selected entry</source>
        <translation>Die Secrets des ausgewählten Eintrags anzeigen</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command, secrets left out</source>
        <translation>Die ausgewählte Anfrage als curl-Befehl kopieren, ohne Secrets</translation>
    </message>
    <message>
        <source>Copy as curl with secrets…</source>
        <translation>Als curl mit Secrets kopieren…</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command with its secrets</source>
        <translation>Die ausgewählte Anfrage als curl-Befehl mit ihren Secrets kopieren</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Das Log filtern</translation>
    </message>
    <message>
        <source>Filter by source, method, URL or status</source>
        <translation>Nach Quelle, Methode, URL oder Status filtern</translation>
    </message>
    <message>
        <source>HTTP exchanges and steps</source>
        <translation>HTTP-Austausche und Schritte</translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation>Secrets verbergen</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Log-Status</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets left out: put them back before running it.</source>
        <translation>Der curl-Befehl wurde ohne Secrets kopiert: setzen Sie sie vor dem Ausführen wieder ein.</translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation>Mit Secrets kopieren</translation>
    </message>
    <message>
        <source>The curl command will contain this request&apos;s secrets (client secret, tokens, codes) in plain text, and anything that reads the clipboard can see them. Clear the clipboard once you have pasted it.</source>
        <translation>Der curl-Befehl enthält die Secrets dieser Anfrage (Client Secret, Tokens, Codes) im Klartext, und alles, was die Zwischenablage liest, kann sie sehen. Leeren Sie die Zwischenablage, sobald Sie den Befehl eingefügt haben.</translation>
    </message>
    <message>
        <source>That entry has left the log; nothing was copied.</source>
        <translation>Dieser Eintrag ist nicht mehr im Log; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets.</source>
        <translation>Der curl-Befehl wurde mit seinen Secrets kopiert.</translation>
    </message>
</context>
<context>
    <name>ExtraParametersEditor</name>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Zusätzliche Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sent with</source>
        <translation>Gesendet mit</translation>
    </message>
    <message>
        <source>Add an extra parameter</source>
        <translation>Einen zusätzlichen Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected extra parameter</source>
        <translation>Den ausgewählten zusätzlichen Parameter entfernen</translation>
    </message>
    <message>
        <source>Where parameter %1 is sent</source>
        <translation>Wohin Parameter %1 gesendet wird</translation>
    </message>
    <message>
        <source>Both requests</source>
        <translation>Beide Anfragen</translation>
    </message>
    <message>
        <source>Authorization request</source>
        <translation>Autorisierungsanfrage</translation>
    </message>
    <message>
        <source>Token request</source>
        <translation>Token-Anfrage</translation>
    </message>
</context>
<context>
    <name>FrontChannelResult</name>
    <message>
        <source>The authorization response has no &quot;%1&quot; although the response type &quot;%2&quot; asks for it. It was refused; check the response types the client may use at the server.</source>
        <translation>Die Autorisierungsantwort enthält kein &quot;%1&quot;, obwohl der Response Type &quot;%2&quot; es verlangt. Sie wurde abgelehnt; prüfen Sie auf dem Server, welche Response Types der Client verwenden darf.</translation>
    </message>
    <message>
        <source>The ID token from the authorization endpoint is encrypted; Tokenscope cannot decrypt it, so its signature, nonce and hashes cannot be checked. It was refused. Use the code flow, or turn off ID token encryption for this client.</source>
        <translation>Das ID-Token vom Autorisierungs-Endpunkt ist verschlüsselt; Tokenscope kann es nicht entschlüsseln, daher können Signatur, nonce und Hashes nicht geprüft werden. Es wurde abgelehnt. Verwenden Sie den Code Flow oder schalten Sie die ID-Token-Verschlüsselung für diesen Client aus.</translation>
    </message>
    <message>
        <source>The ID token from the authorization endpoint is not a signed JWT. It was refused; open it in the inspector to see why.</source>
        <translation>Das ID-Token vom Autorisierungs-Endpunkt ist kein signiertes JWT. Es wurde abgelehnt; öffnen Sie es im Inspektor, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The server&apos;s keys (JWKS) are not available, so the signature of the ID token from the authorization endpoint cannot be checked. It was refused; set the profile&apos;s JWKS URI or run discovery.</source>
        <translation>Die Schlüssel des Servers (JWKS) sind nicht verfügbar, daher kann die Signatur des ID-Tokens vom Autorisierungs-Endpunkt nicht geprüft werden. Es wurde abgelehnt; legen Sie die JWKS-URI des Profils fest oder führen Sie die Discovery aus.</translation>
    </message>
    <message>
        <source>The profile has no issuer to compare the ID token&apos;s &quot;iss&quot; with. Set the profile&apos;s issuer and try again.</source>
        <translation>Das Profil hat keinen Aussteller, mit dem das &quot;iss&quot; des ID-Tokens verglichen werden kann. Legen Sie den Aussteller des Profils fest und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The ID token from the authorization endpoint failed the &quot;%1&quot; check: %2. The response was refused and no token was requested; do not use these tokens.</source>
        <translation>Das ID-Token vom Autorisierungs-Endpunkt hat die Prüfung &quot;%1&quot; nicht bestanden: %2. Die Antwort wurde abgelehnt und kein Token angefordert; verwenden Sie diese Tokens nicht.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>the ID token has no exp (OpenID Connect Core §2)</source>
        <translation>das ID-Token hat kein exp (OpenID Connect Core §2)</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The response from %1 is larger than the limit of %2 bytes and was cut off. Check that the URL points to the intended document.</source>
        <translation>Die Antwort von %1 ist größer als das Limit von %2 Bytes und wurde abgeschnitten. Prüfen Sie, ob die URL auf das gewünschte Dokument zeigt.</translation>
    </message>
    <message>
        <source>Connection to %1 was refused. Check that the server is running and that the host and port in the URL are right.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt. Prüfen Sie, ob der Server läuft und ob Host und Port in der URL stimmen.</translation>
    </message>
    <message>
        <source>Host %1 was not found. Check the spelling of the URL and your DNS or proxy settings.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Schreibweise der URL und Ihre DNS- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The request to %1 timed out: no data for %2 ms. Check that the server is reachable and responding, or raise the timeout.</source>
        <translation>Die Anfrage an %1 hat das Zeitlimit überschritten: %2 ms lang keine Daten. Prüfen Sie, ob der Server erreichbar ist und antwortet, oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. Check that the server speaks HTTPS on that port, its certificate chain and host name, and the certificates this system trusts.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie, ob der Server auf diesem Port HTTPS spricht, seine Zertifikatskette und seinen Hostnamen sowie die Zertifikate, denen dieses System vertraut.</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to plain HTTP, which is refused. Use the final HTTPS URL directly or fix the server&apos;s redirect.</source>
        <translation>%1 hat von HTTPS auf einfaches HTTP umgeleitet, was abgelehnt wird. Verwenden Sie direkt die endgültige HTTPS-URL oder korrigieren Sie die Umleitung des Servers.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times. Check the URL for a redirect loop.</source>
        <translation>%1 hat mehr als %2-mal umgeleitet. Prüfen Sie die URL auf eine Umleitungsschleife.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Check that the server speaks %2 on that port.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Prüfen Sie, ob der Server auf diesem Port %2 spricht.</translation>
    </message>
    <message>
        <source>The proxy for %1 failed: %2. Check your proxy settings.</source>
        <translation>Der Proxy für %1 ist fehlgeschlagen: %2. Prüfen Sie Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: the server failed. Check the server&apos;s logs or try again later.</source>
        <translation>%1 antwortete mit HTTP %2: ein Serverfehler. Prüfen Sie die Logs des Servers oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2. Check the URL, the credentials and the request parameters.</source>
        <translation>%1 antwortete mit HTTP %2. Prüfen Sie die URL, die Zugangsdaten und die Anfrageparameter.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 could not be read: %2. Check the path in the connection&apos;s TLS settings.</source>
        <translation>Das CA-Bundle %1 konnte nicht gelesen werden: %2. Prüfen Sie den Pfad in den TLS-Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate. Use a file with one or more &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat. Verwenden Sie eine Datei mit einem oder mehreren &quot;-----BEGIN CERTIFICATE-----&quot;-Blöcken.</translation>
    </message>
    <message>
        <source>A TLS client certificate needs both the certificate file and its private key. Set the client certificate in the connection&apos;s TLS settings and store its key.</source>
        <translation>Ein TLS-Client-Zertifikat braucht sowohl die Zertifikatsdatei als auch ihren privaten Schlüssel. Legen Sie das Client-Zertifikat in den TLS-Einstellungen der Verbindung fest und speichern Sie seinen Schlüssel.</translation>
    </message>
    <message>
        <source>The client certificate %1 could not be read: %2. Check the path in the connection&apos;s TLS settings.</source>
        <translation>Das Client-Zertifikat %1 konnte nicht gelesen werden: %2. Prüfen Sie den Pfad in den TLS-Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate. Use a file that starts with &quot;-----BEGIN CERTIFICATE-----&quot;.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält kein PEM-Zertifikat. Verwenden Sie eine Datei, die mit &quot;-----BEGIN CERTIFICATE-----&quot; beginnt.</translation>
    </message>
    <message>
        <source>The TLS client key is not a usable private key. Store the certificate&apos;s private key as unencrypted PEM (RSA or EC).</source>
        <translation>Der TLS-Client-Schlüssel ist kein verwendbarer privater Schlüssel. Speichern Sie den privaten Schlüssel des Zertifikats als unverschlüsseltes PEM (RSA oder EC).</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled because the part of Tokenscope that made it was closed. Send it again if you still need the answer.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen, weil der Teil von Tokenscope, der sie gestellt hat, geschlossen wurde. Senden Sie sie erneut, wenn Sie die Antwort noch brauchen.</translation>
    </message>
</context>
<context>
    <name>Jose</name>
    <message>
        <source>The member &quot;%1&quot; is missing.</source>
        <translation>Das Element &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not a string.</source>
        <translation>Das Element &quot;%1&quot; ist kein String.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is empty.</source>
        <translation>Das Element &quot;%1&quot; ist leer.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not valid base64url.</source>
        <translation>Das Element &quot;%1&quot; ist kein gültiges Base64url.</translation>
    </message>
    <message>
        <source>The RSA modulus has %1 bytes, which is not a sane size.</source>
        <translation>Der RSA-Modulus hat %1 Bytes, was keine vernünftige Größe ist.</translation>
    </message>
    <message>
        <source>The RSA public exponent is too large.</source>
        <translation>Der öffentliche RSA-Exponent ist zu groß.</translation>
    </message>
    <message>
        <source>OpenSSL could not build the RSA key.</source>
        <translation>OpenSSL konnte den RSA-Schlüssel nicht erzeugen.</translation>
    </message>
    <message>
        <source>The EC key has no &quot;crv&quot;.</source>
        <translation>Der EC-Schlüssel hat kein &quot;crv&quot;.</translation>
    </message>
    <message>
        <source>The EC curve &quot;%1&quot; is not supported.</source>
        <translation>Die EC-Kurve &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The coordinates have %1 and %2 bytes; %3 needs %4 each.</source>
        <translation>Die Koordinaten haben %1 und %2 Bytes; %3 benötigt jeweils %4.</translation>
    </message>
    <message>
        <source>OpenSSL could not build the EC key.</source>
        <translation>OpenSSL konnte den EC-Schlüssel nicht erzeugen.</translation>
    </message>
    <message>
        <source>The point (x, y) is not on the curve %1.</source>
        <translation>Der Punkt (x, y) liegt nicht auf der Kurve %1.</translation>
    </message>
    <message>
        <source>The curve %1 is for key agreement, not signatures.</source>
        <translation>Die Kurve %1 dient der Schlüsselvereinbarung, nicht Signaturen.</translation>
    </message>
    <message>
        <source>The OKP curve &quot;%1&quot; is not supported.</source>
        <translation>Die OKP-Kurve &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The public key has %1 bytes; %2 needs %3.</source>
        <translation>Der Public Key hat %1 Bytes; %2 benötigt %3.</translation>
    </message>
    <message>
        <source>OpenSSL could not build the %1 key.</source>
        <translation>OpenSSL konnte den %1-Schlüssel nicht erzeugen.</translation>
    </message>
    <message>
        <source>The key has no &quot;kty&quot;.</source>
        <translation>Der Schlüssel hat kein &quot;kty&quot;.</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported.</source>
        <translation>Der Schlüsseltyp &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>key %1 (kid &quot;%2&quot;)</source>
        <translation>Schlüssel %1 (kid &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>key %1: not a JSON object, skipped.</source>
        <translation>Schlüssel %1: kein JSON-Objekt, übersprungen.</translation>
    </message>
    <message>
        <source>%1: %2 Skipped.</source>
        <translation>%1: %2 Übersprungen.</translation>
    </message>
    <message>
        <source>A symmetric key (kid &quot;%1&quot;) in a set of public keys was ignored.</source>
        <translation>Ein symmetrischer Schlüssel (kid &quot;%1&quot;) in einer Menge von Public Keys wurde ignoriert.</translation>
    </message>
    <message>
        <source>The key set has no keys.</source>
        <translation>Das Key Set enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>The key set has no usable key: %1</source>
        <translation>Das Key Set enthält keinen verwendbaren Schlüssel: %1</translation>
    </message>
    <message>
        <source>The key is not valid JSON: %1 at offset %2.</source>
        <translation>Der Schlüssel ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The JSON is not an object, so it is neither a JWK nor a JWK Set.</source>
        <translation>Das JSON ist kein Objekt, also weder ein JWK noch ein JWK Set.</translation>
    </message>
    <message>
        <source>The member &quot;keys&quot; of the JWK Set is not an array.</source>
        <translation>Das Element &quot;keys&quot; des JWK Sets ist kein Array.</translation>
    </message>
    <message>
        <source>The JSON object has neither &quot;keys&quot; (a JWK Set) nor &quot;kty&quot; (a JWK).</source>
        <translation>Das JSON-Objekt hat weder &quot;keys&quot; (ein JWK Set) noch &quot;kty&quot; (ein JWK).</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>The key input is larger than %1 KiB.</source>
        <translation>Die Schlüsseleingabe ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>Es wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>PEM block %1: %2</source>
        <translation>PEM-Block %1: %2</translation>
    </message>
    <message>
        <source>No usable key in the PEM text.</source>
        <translation>Kein verwendbarer Schlüssel im PEM-Text.</translation>
    </message>
    <message>
        <source>The key is not recognised: expected a JWK Set, a JWK, a PEM public key or certificate, or a DER certificate.</source>
        <translation>Der Schlüssel wird nicht erkannt: erwartet wird ein JWK Set, ein JWK, ein PEM-Public-Key oder -Zertifikat oder ein DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The algorithm &quot;none&quot; is never accepted.</source>
        <translation>Der Algorithmus &quot;none&quot; wird nie akzeptiert.</translation>
    </message>
    <message>
        <source>The key has no key material.</source>
        <translation>Der Schlüssel hat kein Schlüsselmaterial.</translation>
    </message>
    <message>
        <source>The key is for &quot;%1&quot;, not for signatures.</source>
        <translation>Der Schlüssel ist für &quot;%1&quot; bestimmt, nicht für Signaturen.</translation>
    </message>
    <message>
        <source>The key&apos;s &quot;key_ops&quot; do not include &quot;verify&quot;.</source>
        <translation>Die &quot;key_ops&quot; des Schlüssels enthalten kein &quot;verify&quot;.</translation>
    </message>
    <message>
        <source>The key is for %1, the token uses %2.</source>
        <translation>Der Schlüssel ist für %1, das Token verwendet %2.</translation>
    </message>
    <message>
        <source>%1 needs a shared secret, not a %2 public key (algorithm confusion).</source>
        <translation>%1 benötigt ein gemeinsames Secret, keinen %2-Public-Key (Algorithm Confusion).</translation>
    </message>
    <message>
        <source>The secret has %1 bytes; %2 needs at least %3.</source>
        <translation>Das Secret hat %1 Bytes; %2 benötigt mindestens %3.</translation>
    </message>
    <message>
        <source>%1 needs an RSA key, not %2.</source>
        <translation>%1 benötigt einen RSA-Schlüssel, nicht %2.</translation>
    </message>
    <message>
        <source>%1 needs an EC key, not %2.</source>
        <translation>%1 benötigt einen EC-Schlüssel, nicht %2.</translation>
    </message>
    <message>
        <source>%1 needs the curve %2, the key is on %3.</source>
        <translation>%1 benötigt die Kurve %2, der Schlüssel liegt auf %3.</translation>
    </message>
    <message>
        <source>EdDSA needs an OKP key (Ed25519 or Ed448), not %1.</source>
        <translation>EdDSA benötigt einen OKP-Schlüssel (Ed25519 oder Ed448), nicht %1.</translation>
    </message>
    <message>
        <source>The algorithm is not supported.</source>
        <translation>Der Algorithmus wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>No key can verify the algorithm &quot;%1&quot;.</source>
        <translation>Kein Schlüssel kann den Algorithmus &quot;%1&quot; verifizieren.</translation>
    </message>
    <message>
        <source>Key selected by kid &quot;%1&quot;.</source>
        <translation>Schlüssel über kid &quot;%1&quot; ausgewählt.</translation>
    </message>
    <message>
        <source>%1 keys share the kid &quot;%2&quot;; the choice is ambiguous, none is used.</source>
        <translation>%1 Schlüssel teilen sich die kid &quot;%2&quot;; die Wahl ist mehrdeutig, keiner wird verwendet.</translation>
    </message>
    <message>
        <source>The key with kid &quot;%1&quot; cannot verify %2: %3</source>
        <translation>Der Schlüssel mit kid &quot;%1&quot; kann %2 nicht verifizieren: %3</translation>
    </message>
    <message numerus="yes">
        <source>The token has no kid; %n key(s) fit %1.</source>
        <translation>
            <numerusform>Das Token hat keine kid; %n Schlüssel passt zu %1.</numerusform>
            <numerusform>Das Token hat keine kid; %n Schlüssel passen zu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PEM certificate could not be decoded.</source>
        <translation>Das PEM-Zertifikat konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The PEM public key &quot;%1&quot; could not be decoded.</source>
        <translation>Der PEM-Public-Key &quot;%1&quot; konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The private key is encrypted; give its public key or certificate instead.</source>
        <translation>Der private Schlüssel ist verschlüsselt; geben Sie stattdessen seinen Public Key oder sein Zertifikat an.</translation>
    </message>
    <message>
        <source>The PEM private key &quot;%1&quot; could not be decoded.</source>
        <translation>Der PEM-Private-Key &quot;%1&quot; konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; is neither a key nor a certificate.</source>
        <translation>Der PEM-Block &quot;%1&quot; ist weder ein Schlüssel noch ein Zertifikat.</translation>
    </message>
    <message>
        <source>No key material.</source>
        <translation>Kein Schlüsselmaterial.</translation>
    </message>
    <message>
        <source>The RSA key has no modulus or exponent.</source>
        <translation>Der RSA-Schlüssel hat keinen Modulus oder Exponenten.</translation>
    </message>
    <message>
        <source>The RSA modulus has %1 bits; only %2 to %3 bits are accepted.</source>
        <translation>Der RSA-Modulus hat %1 Bit; nur %2 bis %3 Bit werden akzeptiert.</translation>
    </message>
    <message>
        <source>The RSA modulus is even, so it is not a valid RSA modulus.</source>
        <translation>Der RSA-Modulus ist gerade und damit kein gültiger RSA-Modulus.</translation>
    </message>
    <message>
        <source>The RSA public exponent is not usable (it must be odd, greater than 1 and at most 64 bits).</source>
        <translation>Der öffentliche RSA-Exponent ist unbrauchbar (er muss ungerade, größer als 1 und höchstens 64 Bit lang sein).</translation>
    </message>
    <message>
        <source>The RSA key was generated by a vulnerable library (ROCA, CVE-2017-15361) and must not be trusted.</source>
        <translation>Der RSA-Schlüssel wurde von einer verwundbaren Bibliothek erzeugt (ROCA, CVE-2017-15361) und darf nicht als vertrauenswürdig gelten.</translation>
    </message>
    <message>
        <source>The EC key has no named curve.</source>
        <translation>Der EC-Schlüssel hat keine benannte Kurve.</translation>
    </message>
    <message>
        <source>The EC curve &quot;%1&quot; is not used by JOSE (P-256, P-384 and P-521 are).</source>
        <translation>Die EC-Kurve &quot;%1&quot; wird von JOSE nicht verwendet (P-256, P-384 und P-521 schon).</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; cannot verify JOSE signatures.</source>
        <translation>Der Schlüsseltyp &quot;%1&quot; kann keine JOSE-Signaturen verifizieren.</translation>
    </message>
    <message>
        <source>The public key could not be read back from OpenSSL.</source>
        <translation>Der Public Key konnte nicht aus OpenSSL zurückgelesen werden.</translation>
    </message>
    <message>
        <source>The PEM text is truncated: a BEGIN line is incomplete.</source>
        <translation>Der PEM-Text ist abgeschnitten: eine BEGIN-Zeile ist unvollständig.</translation>
    </message>
    <message>
        <source>The PEM text is truncated: there is no END line for &quot;%1&quot;.</source>
        <translation>Der PEM-Text ist abgeschnitten: zu &quot;%1&quot; gibt es keine END-Zeile.</translation>
    </message>
    <message>
        <source>The DER certificate has no usable public key.</source>
        <translation>Das DER-Zertifikat hat keinen verwendbaren Public Key.</translation>
    </message>
    <message>
        <source>The algorithm &quot;none&quot; has no signature and is refused.</source>
        <translation>Der Algorithmus &quot;none&quot; hat keine Signatur und wird abgelehnt.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 with this key needs %3.</source>
        <translation>Die Signatur hat %1 Bytes; %2 benötigt mit diesem Schlüssel %3.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation>OpenSSL konnte den HMAC nicht berechnen.</translation>
    </message>
    <message>
        <source>The HMAC does not match: the secret is wrong or the token was changed.</source>
        <translation>Der HMAC stimmt nicht überein: das Secret ist falsch oder das Token wurde verändert.</translation>
    </message>
    <message>
        <source>Verified with the shared secret %1.</source>
        <translation>Verifiziert mit dem gemeinsamen Secret %1.</translation>
    </message>
    <message>
        <source>The ECDSA signature could not be decoded.</source>
        <translation>Die ECDSA-Signatur konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification with this key.</source>
        <translation>OpenSSL konnte die %1-Verifikation mit diesem Schlüssel nicht einrichten.</translation>
    </message>
    <message>
        <source>The signature does not match key %1: the token was changed or signed with another key.</source>
        <translation>Die Signatur passt nicht zu Schlüssel %1: das Token wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Verified with %1.</source>
        <translation>Verifiziert mit %1.</translation>
    </message>
    <message numerus="yes">
        <source>No key has the kid &quot;%1&quot;; %n key(s) fit %2.</source>
        <translation>
            <numerusform>Kein Schlüssel hat die kid &quot;%1&quot;; %n Schlüssel passt zu %2.</numerusform>
            <numerusform>Kein Schlüssel hat die kid &quot;%1&quot;; %n Schlüssel passen zu %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jose::ClaimCatalogue</name>
    <message>
        <source>Algorithm: how the token is signed (JWS) or how the content key is encrypted (JWE)</source>
        <translation>Algorithm: wie das Token signiert (JWS) bzw. wie der Content Key verschlüsselt ist (JWE)</translation>
    </message>
    <message>
        <source>JWK Set URL: where the signer&apos;s key set can be fetched</source>
        <translation>JWK Set URL: wo das Key Set des Signierenden abgerufen werden kann</translation>
    </message>
    <message>
        <source>JSON Web Key: the public key embedded in the header (trust it only if you pinned it)</source>
        <translation>JSON Web Key: der im Header eingebettete Public Key (vertrauen Sie ihm nur, wenn Sie ihn gepinnt haben)</translation>
    </message>
    <message>
        <source>Key ID: which key of the issuer&apos;s key set was used</source>
        <translation>Key ID: welcher Schlüssel aus dem Key Set des Ausstellers verwendet wurde</translation>
    </message>
    <message>
        <source>X.509 URL: where the signer&apos;s certificate chain can be fetched</source>
        <translation>X.509 URL: wo die Zertifikatskette des Signierenden abgerufen werden kann</translation>
    </message>
    <message>
        <source>X.509 certificate chain of the signing key, base64 DER</source>
        <translation>X.509-Zertifikatskette des Signaturschlüssels, Base64-DER</translation>
    </message>
    <message>
        <source>X.509 certificate SHA-1 thumbprint of the signing key</source>
        <translation>SHA-1-Fingerabdruck des X.509-Zertifikats des Signaturschlüssels</translation>
    </message>
    <message>
        <source>X.509 certificate SHA-256 thumbprint of the signing key</source>
        <translation>SHA-256-Fingerabdruck des X.509-Zertifikats des Signaturschlüssels</translation>
    </message>
    <message>
        <source>Type of the whole token, e.g. &quot;JWT&quot;, &quot;at+jwt&quot; (access token), &quot;dpop+jwt&quot;</source>
        <translation>Typ des gesamten Tokens, z. B. &quot;JWT&quot;, &quot;at+jwt&quot; (Access Token), &quot;dpop+jwt&quot;</translation>
    </message>
    <message>
        <source>Content type of the payload; &quot;JWT&quot; means a nested token</source>
        <translation>Content Type der Payload; &quot;JWT&quot; bedeutet ein verschachteltes Token</translation>
    </message>
    <message>
        <source>Critical: header extensions the recipient must understand or reject the token</source>
        <translation>Critical: Header-Erweiterungen, die der Empfänger verstehen muss, sonst muss er das Token ablehnen</translation>
    </message>
    <message>
        <source>Encryption algorithm: how the payload is encrypted with the content key (JWE)</source>
        <translation>Encryption Algorithm: wie die Payload mit dem Content Key verschlüsselt ist (JWE)</translation>
    </message>
    <message>
        <source>Compression applied to the payload before encryption (&quot;DEF&quot; = DEFLATE)</source>
        <translation>Kompression der Payload vor der Verschlüsselung (&quot;DEF&quot; = DEFLATE)</translation>
    </message>
    <message>
        <source>Ephemeral public key of the sender for ECDH key agreement</source>
        <translation>Ephemerer Public Key des Senders für die ECDH-Schlüsselvereinbarung</translation>
    </message>
    <message>
        <source>Agreement PartyUInfo: information about the producer for ECDH key derivation</source>
        <translation>Agreement PartyUInfo: Informationen über den Erzeuger für die ECDH-Schlüsselableitung</translation>
    </message>
    <message>
        <source>Agreement PartyVInfo: information about the recipient for ECDH key derivation</source>
        <translation>Agreement PartyVInfo: Informationen über den Empfänger für die ECDH-Schlüsselableitung</translation>
    </message>
    <message>
        <source>Initialization vector for AES-GCM key wrapping</source>
        <translation>Initialisierungsvektor für AES-GCM Key Wrapping</translation>
    </message>
    <message>
        <source>Authentication tag of AES-GCM key wrapping</source>
        <translation>Authentifizierungs-Tag des AES-GCM Key Wrappings</translation>
    </message>
    <message>
        <source>PBES2 salt input for password-based key derivation</source>
        <translation>PBES2-Salt für die passwortbasierte Schlüsselableitung</translation>
    </message>
    <message>
        <source>PBES2 iteration count for password-based key derivation</source>
        <translation>PBES2-Iterationszahl für die passwortbasierte Schlüsselableitung</translation>
    </message>
    <message>
        <source>Whether the payload is base64url-encoded; false means an unencoded (detached) payload</source>
        <translation>Ob die Payload Base64url-kodiert ist; false bedeutet eine unkodierte (detached) Payload</translation>
    </message>
    <message>
        <source>Anti-replay nonce supplied by the server (ACME, DPoP)</source>
        <translation>Vom Server gelieferte Anti-Replay-Nonce (ACME, DPoP)</translation>
    </message>
    <message>
        <source>The URL the signed request is addressed to (ACME)</source>
        <translation>Die URL, an die die signierte Anfrage gerichtet ist (ACME)</translation>
    </message>
    <message>
        <source>Issuer: who created and signed the token</source>
        <translation>Issuer: wer das Token erstellt und signiert hat</translation>
    </message>
    <message>
        <source>Subject: whom the token is about (user or client), unique within the issuer</source>
        <translation>Subject: wen das Token betrifft (Benutzer oder Client), eindeutig innerhalb des Ausstellers</translation>
    </message>
    <message>
        <source>Audience: who the token is intended for; recipients must find themselves in it</source>
        <translation>Audience: für wen das Token bestimmt ist; Empfänger müssen sich darin wiederfinden</translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted on or after it</source>
        <translation>Expiration Time: das Token darf ab diesem Zeitpunkt nicht mehr akzeptiert werden</translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before it</source>
        <translation>Not Before: das Token darf vor diesem Zeitpunkt nicht akzeptiert werden</translation>
    </message>
    <message>
        <source>Issued at: when the token was created</source>
        <translation>Issued At: wann das Token erstellt wurde</translation>
    </message>
    <message>
        <source>JWT ID: unique identifier of this token, for replay detection and revocation</source>
        <translation>JWT ID: eindeutige Kennung dieses Tokens, für Replay-Erkennung und Widerruf</translation>
    </message>
    <message>
        <source>Authentication time: when the user last actively authenticated</source>
        <translation>Authentication Time: wann sich der Benutzer zuletzt aktiv authentifiziert hat</translation>
    </message>
    <message>
        <source>Nonce: the value the client sent in the authentication request, echoed back against replay</source>
        <translation>Nonce: der Wert, den der Client in der Authentifizierungsanfrage gesendet hat, gegen Replay zurückgegeben</translation>
    </message>
    <message>
        <source>Authentication context class reference: the assurance level of the authentication</source>
        <translation>Authentication Context Class Reference: das Vertrauensniveau der Authentifizierung</translation>
    </message>
    <message>
        <source>Authentication methods references: how the user authenticated (pwd, otp, mfa, ...)</source>
        <translation>Authentication Methods References: wie sich der Benutzer authentifiziert hat (pwd, otp, mfa, ...)</translation>
    </message>
    <message>
        <source>Authorized party: the client the ID token was issued to</source>
        <translation>Authorized Party: der Client, für den das ID-Token ausgestellt wurde</translation>
    </message>
    <message>
        <source>Access token hash: left half of the hash of the access token issued with this ID token</source>
        <translation>Access Token Hash: linke Hälfte des Hashs des mit diesem ID-Token ausgestellten Access Tokens</translation>
    </message>
    <message>
        <source>Code hash: left half of the hash of the authorization code issued with this ID token</source>
        <translation>Code Hash: linke Hälfte des Hashs des mit diesem ID-Token ausgestellten Autorisierungscodes</translation>
    </message>
    <message>
        <source>State hash: left half of the hash of the state value, ID token as detached signature</source>
        <translation>State Hash: linke Hälfte des Hashs des state-Werts, ID-Token als Detached Signature</translation>
    </message>
    <message>
        <source>Session ID: the session at the provider, used for front- and back-channel logout</source>
        <translation>Session ID: die Sitzung beim Provider, verwendet für Front- und Back-Channel-Logout</translation>
    </message>
    <message>
        <source>Events: the security events this token reports, e.g. a back-channel logout</source>
        <translation>Events: die Sicherheitsereignisse, die dieses Token meldet, z. B. ein Back-Channel-Logout</translation>
    </message>
    <message>
        <source>Full name of the user, for display</source>
        <translation>Vollständiger Name des Benutzers, zur Anzeige</translation>
    </message>
    <message>
        <source>Given name(s) or first name(s) of the user</source>
        <translation>Vorname(n) des Benutzers</translation>
    </message>
    <message>
        <source>Surname(s) or last name(s) of the user</source>
        <translation>Nachname(n) des Benutzers</translation>
    </message>
    <message>
        <source>Middle name(s) of the user</source>
        <translation>Zweite(r) Vorname(n) des Benutzers</translation>
    </message>
    <message>
        <source>Casual name of the user</source>
        <translation>Rufname des Benutzers</translation>
    </message>
    <message>
        <source>Short name the user wants to be called by; not unique, not a key</source>
        <translation>Kurzname, mit dem der Benutzer angesprochen werden möchte; nicht eindeutig, kein Schlüssel</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile page</source>
        <translation>URL der Profilseite des Benutzers</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile picture</source>
        <translation>URL des Profilbilds des Benutzers</translation>
    </message>
    <message>
        <source>URL of the user&apos;s web page or blog</source>
        <translation>URL der Website oder des Blogs des Benutzers</translation>
    </message>
    <message>
        <source>Preferred e-mail address of the user; not unique, not a key</source>
        <translation>Bevorzugte E-Mail-Adresse des Benutzers; nicht eindeutig, kein Schlüssel</translation>
    </message>
    <message>
        <source>Whether the provider verified that the user controls the e-mail address</source>
        <translation>Ob der Provider geprüft hat, dass der Benutzer die E-Mail-Adresse kontrolliert</translation>
    </message>
    <message>
        <source>Gender of the user</source>
        <translation>Geschlecht des Benutzers</translation>
    </message>
    <message>
        <source>Birthday of the user, YYYY-MM-DD (or YYYY, or 0000-MM-DD)</source>
        <translation>Geburtstag des Benutzers, YYYY-MM-DD (oder YYYY oder 0000-MM-DD)</translation>
    </message>
    <message>
        <source>Time zone of the user, e.g. Europe/Paris</source>
        <translation>Zeitzone des Benutzers, z. B. Europe/Paris</translation>
    </message>
    <message>
        <source>Locale of the user, a BCP 47 language tag such as en-US</source>
        <translation>Locale des Benutzers, ein BCP-47-Sprach-Tag wie en-US</translation>
    </message>
    <message>
        <source>Preferred telephone number of the user, ideally E.164</source>
        <translation>Bevorzugte Telefonnummer des Benutzers, idealerweise E.164</translation>
    </message>
    <message>
        <source>Whether the provider verified the telephone number</source>
        <translation>Ob der Provider die Telefonnummer geprüft hat</translation>
    </message>
    <message>
        <source>Preferred postal address of the user (a JSON object)</source>
        <translation>Bevorzugte Postanschrift des Benutzers (ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>When the user&apos;s information was last updated</source>
        <translation>Wann die Informationen des Benutzers zuletzt aktualisiert wurden</translation>
    </message>
    <message>
        <source>Client ID: the OAuth client the token was issued to</source>
        <translation>Client ID: der OAuth-Client, für den das Token ausgestellt wurde</translation>
    </message>
    <message>
        <source>Scope: the space-separated permissions granted to the client</source>
        <translation>Scope: die durch Leerzeichen getrennten Berechtigungen, die dem Client gewährt wurden</translation>
    </message>
    <message>
        <source>Groups the user belongs to</source>
        <translation>Gruppen, denen der Benutzer angehört</translation>
    </message>
    <message>
        <source>Roles of the user</source>
        <translation>Rollen des Benutzers</translation>
    </message>
    <message>
        <source>Entitlements of the user</source>
        <translation>Berechtigungen (Entitlements) des Benutzers</translation>
    </message>
    <message>
        <source>Actor: the party acting on behalf of the subject (delegation)</source>
        <translation>Actor: die Partei, die im Namen des Subjects handelt (Delegation)</translation>
    </message>
    <message>
        <source>May act: who is allowed to act on behalf of the subject</source>
        <translation>May Act: wer im Namen des Subjects handeln darf</translation>
    </message>
    <message>
        <source>Confirmation: the key the presenter must prove possession of (jkt: DPoP key thumbprint, x5t#S256: client certificate thumbprint)</source>
        <translation>Confirmation: der Schlüssel, dessen Besitz der Vorzeigende nachweisen muss (jkt: Fingerabdruck des DPoP-Schlüssels, x5t#S256: Fingerabdruck des Client-Zertifikats)</translation>
    </message>
    <message>
        <source>HTTP method of the request this DPoP proof is for</source>
        <translation>HTTP-Methode der Anfrage, für die dieser DPoP-Proof gilt</translation>
    </message>
    <message>
        <source>HTTP URL (without query and fragment) of the request this DPoP proof is for</source>
        <translation>HTTP-URL (ohne Query und Fragment) der Anfrage, für die dieser DPoP-Proof gilt</translation>
    </message>
    <message>
        <source>Access token hash: base64url SHA-256 of the access token presented with this DPoP proof</source>
        <translation>Access Token Hash: Base64url-SHA-256 des mit diesem DPoP-Proof vorgelegten Access Tokens</translation>
    </message>
    <message>
        <source>Tenant ID (Cloudentity)</source>
        <translation>Tenant-ID (Cloudentity)</translation>
    </message>
    <message>
        <source>Authorization server (workspace) ID that issued the token (Cloudentity)</source>
        <translation>ID des Autorisierungsservers (Workspace), der das Token ausgestellt hat (Cloudentity)</translation>
    </message>
    <message>
        <source>Scopes granted, as an array (Cloudentity)</source>
        <translation>Gewährte Scopes, als Array (Cloudentity)</translation>
    </message>
    <message>
        <source>Subject type of the sub claim, e.g. public or pairwise (Cloudentity)</source>
        <translation>Subject-Typ des sub-Claims, z. B. public oder pairwise (Cloudentity)</translation>
    </message>
    <message>
        <source>Identity provider the user authenticated with</source>
        <translation>Identity Provider, bei dem sich der Benutzer authentifiziert hat</translation>
    </message>
    <message>
        <source>Token use: &quot;id&quot; for an ID token, &quot;access&quot; for an access token (AWS Cognito)</source>
        <translation>Token-Verwendung: &quot;id&quot; für ein ID-Token, &quot;access&quot; für ein Access Token (AWS Cognito)</translation>
    </message>
    <message>
        <source>User pool groups the user belongs to (AWS Cognito)</source>
        <translation>Gruppen des User Pools, denen der Benutzer angehört (AWS Cognito)</translation>
    </message>
    <message>
        <source>User name in the user pool (AWS Cognito)</source>
        <translation>Benutzername im User Pool (AWS Cognito)</translation>
    </message>
    <message>
        <source>IAM roles associated with the user&apos;s groups (AWS Cognito)</source>
        <translation>IAM-Rollen, die den Gruppen des Benutzers zugeordnet sind (AWS Cognito)</translation>
    </message>
    <message>
        <source>IAM role of the user&apos;s highest-priority group (AWS Cognito)</source>
        <translation>IAM-Rolle der Gruppe des Benutzers mit der höchsten Priorität (AWS Cognito)</translation>
    </message>
    <message>
        <source>Token-revocation identifier shared by the tokens of one authentication (AWS Cognito)</source>
        <translation>Kennung für den Widerruf, gemeinsam für die Tokens einer Authentifizierung (AWS Cognito)</translation>
    </message>
    <message>
        <source>Identifier of the authentication event (AWS Cognito)</source>
        <translation>Kennung des Authentifizierungsereignisses (AWS Cognito)</translation>
    </message>
    <message>
        <source>User name of the user (AWS Cognito access token)</source>
        <translation>Benutzername des Benutzers (AWS-Cognito-Access-Token)</translation>
    </message>
    <message>
        <source>Federated identity providers linked to the user (AWS Cognito)</source>
        <translation>Mit dem Benutzer verknüpfte föderierte Identity Provider (AWS Cognito)</translation>
    </message>
    <message>
        <source>Extra information attached to the access token by the API platform (Sensedia)</source>
        <translation>Zusatzinformationen, die die API-Plattform an das Access Token angehängt hat (Sensedia)</translation>
    </message>
    <message>
        <source>Realm roles of the user (Keycloak)</source>
        <translation>Realm-Rollen des Benutzers (Keycloak)</translation>
    </message>
    <message>
        <source>Client roles of the user, per client (Keycloak)</source>
        <translation>Client-Rollen des Benutzers, je Client (Keycloak)</translation>
    </message>
    <message>
        <source>Web origins allowed for CORS with this token (Keycloak)</source>
        <translation>Für CORS mit diesem Token erlaubte Web-Origins (Keycloak)</translation>
    </message>
    <message>
        <source>Session identifier at the provider (Keycloak)</source>
        <translation>Sitzungskennung beim Provider (Keycloak)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
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
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft %1 ab</translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>läuft jetzt ab</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>becomes valid %1</source>
        <translation>wird %1 gültig</translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation>%1 gültig geworden</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>%1 ausgestellt</translation>
    </message>
    <message>
        <source>authenticated %1</source>
        <translation>%1 authentifiziert</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySourceWidget</name>
    <message>
        <source>Key source</source>
        <translation>Schlüsselquelle</translation>
    </message>
    <message>
        <source>Public keys: JWKS, JWK, PEM or certificate</source>
        <translation>Public Keys: JWKS, JWK, PEM oder Zertifikat</translation>
    </message>
    <message>
        <source>Shared secret (HMAC)</source>
        <translation>Gemeinsames Secret (HMAC)</translation>
    </message>
    <message>
        <source>Verification keys</source>
        <translation>Verifikationsschlüssel</translation>
    </message>
    <message>
        <source>Paste a JWKS ({&quot;keys&quot;: [...]}), a JWK, a PEM public key or a certificate</source>
        <translation>Fügen Sie ein JWKS ({&quot;keys&quot;: [...]}), ein JWK, einen PEM-Public-Key oder ein Zertifikat ein</translation>
    </message>
    <message>
        <source>Load key file</source>
        <translation>Schlüsseldatei laden</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>JWKS-URL</translation>
    </message>
    <message>
        <source>https://issuer.example/.well-known/jwks.json</source>
        <translation>https://issuer.example/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>Fetch keys from URL</source>
        <translation>Schlüssel von URL abrufen</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Gemeinsames Secret</translation>
    </message>
    <message>
        <source>The client secret or shared HMAC key</source>
        <translation>Das Client Secret oder der gemeinsame HMAC-Schlüssel</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <source>The secret stays in memory only; it is never saved or logged.</source>
        <translation>Das Secret bleibt nur im Speicher; es wird nie gespeichert oder protokolliert.</translation>
    </message>
    <message>
        <source>&amp;Key source:</source>
        <translation>Schlüssel&amp;quelle:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Secret verbergen</translation>
    </message>
    <message>
        <source>Fetching is not available here</source>
        <translation>Abrufen ist hier nicht verfügbar</translation>
    </message>
    <message>
        <source>Open Key File</source>
        <translation>Schlüsseldatei öffnen</translation>
    </message>
    <message>
        <source>Keys and certificates (*.json *.jwks *.jwk *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Schlüssel und Zertifikate (*.json *.jwks *.jwk *.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>%1 kann nicht geöffnet werden: es ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB and was not loaded.</source>
        <translation>%1 ist größer als 1 MiB und wurde nicht geladen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>(binary key file %1, %n byte(s))</source>
        <translation>
            <numerusform>(binäre Schlüsseldatei %1, %n Byte)</numerusform>
            <numerusform>(binäre Schlüsseldatei %1, %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded keys from %1</source>
        <translation>Schlüssel aus %1 geladen</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL of a JWKS.</source>
        <translation>Geben Sie eine http://- oder https://-URL eines JWKS ein.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Could not fetch the keys: %1</source>
        <translation>Die Schlüssel konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Could not fetch the keys: the server answered HTTP %1.</source>
        <translation>Die Schlüssel konnten nicht abgerufen werden: der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Fetched keys from %1</source>
        <translation>Schlüssel von %1 abgerufen</translation>
    </message>
    <message>
        <source>No secret: the signature is not checked.</source>
        <translation>Kein Secret: die Signatur wird nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>Shared secret of %n byte(s).</source>
        <translation>
            <numerusform>Gemeinsames Secret mit %n Byte.</numerusform>
            <numerusform>Gemeinsames Secret mit %n Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keys: the signature is not checked.</source>
        <translation>Keine Schlüssel: die Signatur wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Keys not loaded: %1</source>
        <translation>Schlüssel nicht geladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded:</source>
        <translation>
            <numerusform>%n Schlüssel geladen:</numerusform>
            <numerusform>%n Schlüssel geladen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Schlüsseldatei laden…</translation>
    </message>
    <message>
        <source>&amp;Get keys</source>
        <translation>A&amp;brufen</translation>
    </message>
    <message>
        <source>Load keys from a file: JWKS, JWK, PEM public key or certificate</source>
        <translation>Schlüssel aus einer Datei laden: JWKS, JWK, PEM-Public-Key oder Zertifikat</translation>
    </message>
    <message>
        <source>Fetch the key set (JWKS) from the URL</source>
        <translation>Das Key Set (JWKS) von der URL abrufen</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Sec&amp;ret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Die ausgewählte Zeile aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tokenscope</source>
        <translation>Tokenscope</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Rate Limits</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Token File…</source>
        <translation>Token-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tokenscope</source>
        <translation>Ü&amp;ber Tokenscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Local Sandbox…</source>
        <translation>&amp;Lokale Sandbox…</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>The local sandbox tenant runs on %1 (View &gt; Local Sandbox).</source>
        <translation>Der lokale Sandbox-Tenant läuft auf %1 (Ansicht &gt; Lokale Sandbox).</translation>
    </message>
    <message>
        <source>Sandbox: not running</source>
        <translation>Sandbox: läuft nicht</translation>
    </message>
    <message>
        <source>Get tokens</source>
        <translation>Tokens abrufen</translation>
    </message>
    <message>
        <source>&amp;Set Up a Workspace…</source>
        <translation>Workspace &amp;einrichten…</translation>
    </message>
</context>
<context>
    <name>OAuth::DeviceFlow</name>
    <message>
        <source>No answer from the device authorization endpoint %1: %2</source>
        <translation>Keine Antwort vom Device-Authorization-Endpunkt %1: %2</translation>
    </message>
    <message>
        <source>The device authorization endpoint refused the request (HTTP %1): %2</source>
        <translation>Der Device-Authorization-Endpunkt hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>. Check that the client is allowed the device code grant and its authentication.</source>
        <translation>. Prüfen Sie, ob der Client den Device Code Grant verwenden darf und ob seine Authentifizierung stimmt.</translation>
    </message>
    <message>
        <source>The device authorization endpoint %1 answered HTTP %2 without a JSON object. Check the device authorization endpoint URL.</source>
        <translation>Der Device-Authorization-Endpunkt %1 antwortete mit HTTP %2 ohne JSON-Objekt. Prüfen Sie die URL des Device-Authorization-Endpunkts.</translation>
    </message>
    <message>
        <source>The device authorization endpoint %1 answered without device_code, user_code, verification_uri or expires_in (RFC 8628 §3.2).</source>
        <translation>Der Device-Authorization-Endpunkt %1 antwortete ohne device_code, user_code, verification_uri oder expires_in (RFC 8628 §3.2).</translation>
    </message>
    <message>
        <source>The device authorization was cancelled.</source>
        <translation>Die Device Authorization wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The user code expired before the user approved it. Start the device authorization again.</source>
        <translation>Der User Code ist abgelaufen, bevor der Benutzer ihn bestätigt hat. Starten Sie die Device Authorization erneut.</translation>
    </message>
    <message>
        <source>The user denied the device authorization.</source>
        <translation>Der Benutzer hat die Device Authorization abgelehnt.</translation>
    </message>
</context>
<context>
    <name>OAuth::LoopbackListener</name>
    <message>
        <source>Bad request.</source>
        <translation>Ungültige Anfrage.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>Die Header der Anfrage sind zu groß.</translation>
    </message>
    <message>
        <source>The request has too many headers.</source>
        <translation>Die Anfrage hat zu viele Header.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Der Body der Anfrage ist zu groß.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>en</source>
        <comment>the lang attribute of the pages shown in the browser</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>No authorization response arrived within %1. Start the sign-in again and finish it in the browser before the time runs out.</source>
        <translation>Innerhalb von %1 ist keine Autorisierungsantwort eingegangen. Starten Sie die Anmeldung erneut und schließen Sie sie im Browser ab, bevor die Zeit abläuft.</translation>
    </message>
    <message>
        <source>This redirect listener has already been used. Start the sign-in again.</source>
        <translation>Dieser Redirect-Listener wurde bereits verwendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>This computer has no IPv6 loopback address (::1). Use 127.0.0.1 as the redirect host in the connection&apos;s settings (and register that redirect URI with the server).</source>
        <translation>Dieser Computer hat keine IPv6-Loopback-Adresse (::1). Verwenden Sie 127.0.0.1 als Redirect-Host in den Einstellungen der Verbindung (und registrieren Sie diese Redirect-URI beim Server).</translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use by another program. Close it, or choose another redirect port (0 picks a free one) in the connection&apos;s settings.</source>
        <translation>Port %1 auf %2 wird von einem anderen Programm verwendet. Schließen Sie es, oder wählen Sie in den Einstellungen der Verbindung einen anderen Redirect-Port (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Cannot listen for the redirect on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht auf die Umleitung gewartet werden: %3</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Bad request: this server only answers to 127.0.0.1, localhost and [::1].</source>
        <translation>Ungültige Anfrage: dieser Server antwortet nur auf 127.0.0.1, localhost und [::1].</translation>
    </message>
    <message>
        <source>Not found. Tokenscope is waiting for the authorization response at %1.</source>
        <translation>Nicht gefunden. Tokenscope wartet unter %1 auf die Autorisierungsantwort.</translation>
    </message>
    <message>
        <source>This sign-in has already finished. Go back to Tokenscope.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen. Kehren Sie zu Tokenscope zurück.</translation>
    </message>
    <message>
        <source>Tokenscope sign-in</source>
        <translation>Tokenscope-Anmeldung</translation>
    </message>
    <message>
        <source>Passing the response to Tokenscope…</source>
        <translation>Die Antwort wird an Tokenscope übergeben…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Einen Moment, bitte.</translation>
    </message>
    <message>
        <source>No authorization response arrived on this page. Start the sign-in again from Tokenscope.</source>
        <translation>Auf dieser Seite ist keine Autorisierungsantwort eingegangen. Starten Sie die Anmeldung erneut aus Tokenscope.</translation>
    </message>
    <message>
        <source>This page needs JavaScript to pass the response (it came in the URL fragment) to Tokenscope. Enable JavaScript, or use response mode query or form_post.</source>
        <translation>Diese Seite braucht JavaScript, um die Antwort (sie kam im URL-Fragment) an Tokenscope zu übergeben. Aktivieren Sie JavaScript, oder verwenden Sie den Response Mode query oder form_post.</translation>
    </message>
    <message>
        <source>Send the authorization response as an application/x-www-form-urlencoded form.</source>
        <translation>Senden Sie die Autorisierungsantwort als application/x-www-form-urlencoded-Formular.</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>Methode nicht erlaubt.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Tokenscope.</source>
        <translation>Sie können diesen Tab schließen und zu Tokenscope zurückkehren.</translation>
    </message>
    <message>
        <source>A redirect arrived without a state parameter and was ignored. If you started this sign-in, start it again from Tokenscope.</source>
        <translation>Eine Umleitung ohne Parameter state ist eingegangen und wurde ignoriert. Wenn Sie diese Anmeldung gestartet haben, starten Sie sie erneut aus Tokenscope.</translation>
    </message>
    <message>
        <source>A redirect arrived with a parameter sent more than once and was ignored (RFC 6749 §3.1). If you started this sign-in, start it again from Tokenscope.</source>
        <translation>Eine Umleitung mit einem mehrfach gesendeten Parameter ist eingegangen und wurde ignoriert (RFC 6749 §3.1). Wenn Sie diese Anmeldung gestartet haben, starten Sie sie erneut aus Tokenscope.</translation>
    </message>
    <message>
        <source>A redirect arrived with a state that does not match the sign-in Tokenscope started, and was ignored. It may belong to an older sign-in, or to someone else&apos;s.</source>
        <translation>Eine Umleitung mit einem state, der nicht zu der von Tokenscope gestarteten Anmeldung passt, ist eingegangen und wurde ignoriert. Sie kann zu einer älteren Anmeldung gehören oder zur Anmeldung einer anderen Person.</translation>
    </message>
    <message>
        <source>Tokenscope: response not accepted</source>
        <translation>Tokenscope: Antwort nicht angenommen</translation>
    </message>
    <message>
        <source>This response was not accepted</source>
        <translation>Diese Antwort wurde nicht angenommen</translation>
    </message>
    <message>
        <source>Tokenscope is still waiting for the response to the sign-in it started.</source>
        <translation>Tokenscope wartet noch auf die Antwort zu der von ihm gestarteten Anmeldung.</translation>
    </message>
    <message>
        <source>Tokenscope: authorization failed</source>
        <translation>Tokenscope: Autorisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation>Autorisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The authorization server answered with an error:</source>
        <translation>Der Autorisierungsserver antwortete mit einem Fehler:</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Tokenscope for the details.</source>
        <translation>Sie können diesen Tab schließen und in Tokenscope die Details ansehen.</translation>
    </message>
    <message>
        <source>Tokenscope: response received</source>
        <translation>Tokenscope: Antwort empfangen</translation>
    </message>
    <message>
        <source>Authorization response received</source>
        <translation>Autorisierungsantwort empfangen</translation>
    </message>
    <message>
        <source>Tokenscope continues the sign-in on its own.</source>
        <translation>Tokenscope setzt die Anmeldung selbstständig fort.</translation>
    </message>
</context>
<context>
    <name>OAuth::TokenOperations</name>
    <message>
        <source>The %1 refused the request (HTTP %2): %3</source>
        <translation>Der %1 hat die Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>. Check the client id, its authentication method and secret or key.</source>
        <translation>. Prüfen Sie die Client-ID, die Authentifizierungsmethode des Clients und das Secret oder den Schlüssel.</translation>
    </message>
    <message>
        <source>No answer from the %1 %2: %3</source>
        <translation>Keine Antwort vom %1 %2: %3</translation>
    </message>
    <message>
        <source>the request failed.</source>
        <translation>die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no end_session_endpoint: the provider does not advertise RP-initiated logout. Set the end session endpoint or discover it from the issuer.</source>
        <translation>Das Profil &quot;%1&quot; hat keinen end_session_endpoint: der Anbieter kündigt kein RP-initiiertes Logout an. Legen Sie den End-Session-Endpunkt fest oder ermitteln Sie ihn per Discovery vom Aussteller.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no userinfo endpoint. Fill the endpoints from the issuer (discovery) or set it in the profile.</source>
        <translation>Das Profil &quot;%1&quot; hat keinen Userinfo-Endpunkt. Füllen Sie die Endpunkte vom Aussteller (Discovery) oder legen Sie ihn im Profil fest.</translation>
    </message>
    <message>
        <source>introspection endpoint</source>
        <translation>Introspection-Endpunkt</translation>
    </message>
    <message>
        <source>The introspection endpoint %1 answered HTTP %2. %3</source>
        <translation>Der Introspection-Endpunkt %1 antwortete mit HTTP %2. %3</translation>
    </message>
    <message>
        <source>The introspection endpoint %1 did not answer with a JSON object holding a boolean &quot;active&quot; (RFC 7662). Check the introspection endpoint URL.</source>
        <translation>Der Introspection-Endpunkt %1 hat nicht mit einem JSON-Objekt mit einem booleschen &quot;active&quot; geantwortet (RFC 7662). Prüfen Sie die URL des Introspection-Endpunkts.</translation>
    </message>
    <message>
        <source>revocation endpoint</source>
        <translation>Revocation-Endpunkt</translation>
    </message>
    <message>
        <source>. The server does not revoke this kind of token; try the other token_type_hint or revoke the refresh token.</source>
        <translation>. Der Server widerruft diese Art von Token nicht; versuchen Sie den anderen token_type_hint oder widerrufen Sie das Refresh Token.</translation>
    </message>
    <message>
        <source>The revocation endpoint %1 is unavailable (HTTP 503): try again later.</source>
        <translation>Der Revocation-Endpunkt %1 ist nicht verfügbar (HTTP 503): versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The revocation endpoint %1 answered HTTP %2. %3</source>
        <translation>Der Revocation-Endpunkt %1 antwortete mit HTTP %2. %3</translation>
    </message>
    <message>
        <source>userinfo endpoint</source>
        <translation>Userinfo-Endpunkt</translation>
    </message>
    <message>
        <source>The userinfo endpoint %1 answered HTTP %2. %3</source>
        <translation>Der Userinfo-Endpunkt %1 antwortete mit HTTP %2. %3</translation>
    </message>
    <message>
        <source>The userinfo endpoint refused the access token (HTTP %1): %2</source>
        <translation>Der Userinfo-Endpunkt hat das Access Token abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>. The token is expired, revoked or not for this server: get a new one.</source>
        <translation>. Das Token ist abgelaufen, widerrufen oder nicht für diesen Server bestimmt: rufen Sie ein neues ab.</translation>
    </message>
    <message>
        <source>. Request the openid scope (and the scopes of the claims you want) with a user&apos;s grant.</source>
        <translation>. Fordern Sie den Scope openid (und die Scopes der gewünschten Claims) mit einem Grant eines Benutzers an.</translation>
    </message>
    <message>
        <source>The userinfo endpoint %1 answered with a JWT whose claims cannot be decoded.</source>
        <translation>Der Userinfo-Endpunkt %1 antwortete mit einem JWT, dessen Claims nicht dekodiert werden können.</translation>
    </message>
    <message>
        <source>The userinfo endpoint %1 answered with neither a JSON object nor a JWT. Check the userinfo endpoint URL.</source>
        <translation>Der Userinfo-Endpunkt %1 antwortete weder mit einem JSON-Objekt noch mit einem JWT. Prüfen Sie die URL des Userinfo-Endpunkts.</translation>
    </message>
    <message>
        <source>The userinfo response of %1 has no &quot;sub&quot; claim, which OpenID Connect requires.</source>
        <translation>Die Userinfo-Antwort von %1 hat keinen Claim &quot;sub&quot;, den OpenID Connect verlangt.</translation>
    </message>
    <message>
        <source>Give the subject token to exchange (RFC 8693 §2.1).</source>
        <translation>Geben Sie das zu tauschende Subject Token an (RFC 8693 §2.1).</translation>
    </message>
    <message>
        <source>Give the subject token&apos;s type, e.g. %1.</source>
        <translation>Geben Sie den Typ des Subject Tokens an, z. B. %1.</translation>
    </message>
    <message>
        <source>Give the actor token&apos;s type, e.g. %1 (RFC 8693 §2.1).</source>
        <translation>Geben Sie den Typ des Actor Tokens an, z. B. %1 (RFC 8693 §2.1).</translation>
    </message>
    <message>
        <source>An actor token type was given without an actor token: give the actor token or clear its type.</source>
        <translation>Ein Actor-Token-Typ wurde ohne Actor Token angegeben: geben Sie das Actor Token an oder leeren Sie seinen Typ.</translation>
    </message>
    <message>
        <source>An assertion needs an issuer, a subject and an audience (RFC 7523 §3): fill all three.</source>
        <translation>Eine Assertion braucht einen Aussteller, ein Subject und eine Audience (RFC 7523 §3): füllen Sie alle drei aus.</translation>
    </message>
    <message>
        <source>The assertion&apos;s lifetime must be at least one second.</source>
        <translation>Die Lebensdauer der Assertion muss mindestens eine Sekunde betragen.</translation>
    </message>
    <message>
        <source>Give the assertion (a signed JWT) for the JWT bearer grant, or build one from a private key.</source>
        <translation>Geben Sie die Assertion (ein signiertes JWT) für den JWT Bearer Grant an, oder erstellen Sie eine aus einem privaten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>OAuthHints</name>
    <message>
        <source>Client credentials</source>
        <translation>Client Credentials</translation>
    </message>
    <message>
        <source>Authorization code (PKCE)</source>
        <translation>Authorization Code (PKCE)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Device Code</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s credentials. Check the client id and secret; then try the form-encoded Basic credentials of RFC 6749 §2.3.1 (turn off &quot;raw Basic credentials&quot; in the connection), or client_secret_post.</source>
        <translation>Der Server hat die Zugangsdaten des Clients nicht akzeptiert. Prüfen Sie Client-ID und Secret; versuchen Sie dann die form-kodierten Basic-Zugangsdaten nach RFC 6749 §2.3.1 (schalten Sie &quot;Rohe Basic-Zugangsdaten&quot; in der Verbindung aus) oder client_secret_post.</translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s credentials. Check the client id and secret; then try raw Basic credentials (some servers do not decode the RFC 6749 §2.3.1 form-encoding: turn on &quot;raw Basic credentials&quot; in the connection), or client_secret_post.</source>
        <translation>Der Server hat die Zugangsdaten des Clients nicht akzeptiert. Prüfen Sie Client-ID und Secret; versuchen Sie dann rohe Basic-Zugangsdaten (manche Server dekodieren die Form-Kodierung nach RFC 6749 §2.3.1 nicht: schalten Sie &quot;Rohe Basic-Zugangsdaten&quot; in der Verbindung ein) oder client_secret_post.</translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s credentials. Check the client id and secret; then try client_secret_basic: the client may be registered for that method.</source>
        <translation>Der Server hat die Zugangsdaten des Clients nicht akzeptiert. Prüfen Sie Client-ID und Secret; versuchen Sie dann client_secret_basic: der Client ist eventuell für diese Methode registriert.</translation>
    </message>
    <message>
        <source>The server wants this client to authenticate. Store its secret and choose client_secret_basic or client_secret_post in the connection, or register the client as a public client (token_endpoint_auth_method &quot;none&quot;).</source>
        <translation>Der Server verlangt, dass sich dieser Client authentifiziert. Speichern Sie sein Secret und wählen Sie client_secret_basic oder client_secret_post in der Verbindung, oder registrieren Sie den Client als Public Client (token_endpoint_auth_method &quot;none&quot;).</translation>
    </message>
    <message>
        <source>The server did not accept the client assertion. Check the client id, the key or secret, the key&apos;s algorithm and kid, the clock of this machine (iat, exp), and that the client is registered for this authentication method.</source>
        <translation>Der Server hat die Client Assertion nicht akzeptiert. Prüfen Sie die Client-ID, den Schlüssel bzw. das Secret, Algorithmus und kid des Schlüssels, die Uhr dieses Rechners (iat, exp) und ob der Client für diese Authentifizierungsmethode registriert ist.</translation>
    </message>
    <message>
        <source>The server did not accept the client certificate. Check that the certificate matches the one registered for the client (subject DN or SAN) and that its key is stored.</source>
        <translation>Der Server hat das Client-Zertifikat nicht akzeptiert. Prüfen Sie, ob das Zertifikat dem für den Client registrierten entspricht (Subject-DN oder SAN) und ob sein Schlüssel gespeichert ist.</translation>
    </message>
    <message>
        <source>The authorization code was refused: a code works once and only for a short time, and the redirect_uri and PKCE code_verifier must match the authorization request. Start the flow again; if it keeps failing, check the client&apos;s registered redirect URIs.</source>
        <translation>Der Autorisierungscode wurde abgelehnt: ein Code funktioniert nur einmal und nur kurze Zeit, und redirect_uri und PKCE-code_verifier müssen zur Autorisierungsanfrage passen. Starten Sie den Flow erneut; wenn es weiterhin fehlschlägt, prüfen Sie die registrierten Redirect-URIs des Clients.</translation>
    </message>
    <message>
        <source>The refresh token was refused: it expired, was revoked, or was rotated (the server issued a newer one and the old one no longer works). Get a new token set with another grant.</source>
        <translation>Das Refresh Token wurde abgelehnt: es ist abgelaufen, wurde widerrufen oder rotiert (der Server hat ein neueres ausgestellt, und das alte funktioniert nicht mehr). Rufen Sie mit einem anderen Grant einen neuen Token-Satz ab.</translation>
    </message>
    <message>
        <source>The username or password is wrong, or the user cannot sign in with the password grant (disabled for the user or the identity provider). Check the credentials.</source>
        <translation>Benutzername oder Passwort sind falsch, oder der Benutzer kann sich nicht mit dem Password Grant anmelden (für den Benutzer oder den Identity Provider deaktiviert). Prüfen Sie die Zugangsdaten.</translation>
    </message>
    <message>
        <source>The device code was refused: it expired or was already used. Start again.</source>
        <translation>Der Device Code wurde abgelehnt: er ist abgelaufen oder wurde bereits verwendet. Starten Sie erneut.</translation>
    </message>
    <message>
        <source>The server refused the grant. Check the client&apos;s settings on the server.</source>
        <translation>Der Server hat den Grant abgelehnt. Prüfen Sie die Einstellungen des Clients auf dem Server.</translation>
    </message>
    <message>
        <source>The client may not use the %1 grant. Enable &quot;%2&quot; in the client&apos;s grant types on the server.</source>
        <translation>Der Client darf den Grant %1 nicht verwenden. Aktivieren Sie &quot;%2&quot; in den Grant Types des Clients auf dem Server.</translation>
    </message>
    <message>
        <source>The server does not offer the %1 grant (&quot;%2&quot;). Check the server&apos;s grant_types_supported, or enable it for the workspace.</source>
        <translation>Der Server bietet den Grant %1 (&quot;%2&quot;) nicht an. Prüfen Sie grant_types_supported des Servers, oder aktivieren Sie ihn für den Workspace.</translation>
    </message>
    <message>
        <source>A requested scope is unknown or not allowed for this client. Remove it from the scope field or the connection, or assign it to the client on the server.</source>
        <translation>Ein angeforderter Scope ist unbekannt oder für diesen Client nicht erlaubt. Entfernen Sie ihn aus dem Scope-Feld oder der Verbindung, oder weisen Sie ihn dem Client auf dem Server zu.</translation>
    </message>
    <message>
        <source>The user declined on the other device. Start again to ask once more.</source>
        <translation>Der Benutzer hat auf dem anderen Gerät abgelehnt. Starten Sie erneut, um noch einmal zu fragen.</translation>
    </message>
    <message>
        <source>The user or the server declined the request (cancelled at sign-in or consent, or a policy refused it). Start again and approve, or check the server&apos;s policies.</source>
        <translation>Der Benutzer oder der Server hat die Anfrage abgelehnt (bei Anmeldung oder Zustimmung abgebrochen, oder eine Richtlinie hat sie abgelehnt). Starten Sie erneut und stimmen Sie zu, oder prüfen Sie die Richtlinien des Servers.</translation>
    </message>
    <message>
        <source>The device code expired before the user approved. Start again and approve sooner.</source>
        <translation>Der Device Code ist abgelaufen, bevor der Benutzer bestätigt hat. Starten Sie erneut und bestätigen Sie früher.</translation>
    </message>
    <message>
        <source>The user has not approved yet; polling goes on.</source>
        <translation>Der Benutzer hat noch nicht bestätigt; das Polling läuft weiter.</translation>
    </message>
    <message>
        <source>The server asked to poll less often; the interval grows by 5 seconds (RFC 8628 §3.5).</source>
        <translation>Der Server hat um selteneres Polling gebeten; das Intervall wächst um 5 Sekunden (RFC 8628 §3.5).</translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance. Try again in a moment.</source>
        <translation>Der Server ist überlastet oder wird gewartet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server failed on its side. Try again; if it persists, check the server&apos;s logs.</source>
        <translation>Auf der Seite des Servers ist ein Fehler aufgetreten. Versuchen Sie es erneut; wenn er bestehen bleibt, prüfen Sie die Logs des Servers.</translation>
    </message>
    <message>
        <source>The server needs the user to sign in, but prompt=none was asked. Remove prompt=none from the extra parameters and start again.</source>
        <translation>Der Server verlangt, dass sich der Benutzer anmeldet, aber prompt=none wurde angefordert. Entfernen Sie prompt=none aus den zusätzlichen Parametern und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The user has not granted consent for these scopes yet. Start again without prompt=none so the consent page can show.</source>
        <translation>Der Benutzer hat diesen Scopes noch nicht zugestimmt. Starten Sie erneut ohne prompt=none, damit die Zustimmungsseite erscheinen kann.</translation>
    </message>
    <message>
        <source>The server needs the user to interact (sign-in, consent or another step). Start again without prompt=none.</source>
        <translation>Der Server verlangt eine Interaktion des Benutzers (Anmeldung, Zustimmung oder ein anderer Schritt). Starten Sie erneut ohne prompt=none.</translation>
    </message>
    <message>
        <source>A parameter is missing, repeated or malformed: check the redirect URI registered for the client, the extra parameters and PKCE (the server may require S256).</source>
        <translation>Ein Parameter fehlt, ist wiederholt oder fehlerhaft: prüfen Sie die für den Client registrierte Redirect-URI, die zusätzlichen Parameter und PKCE (der Server verlangt eventuell S256).</translation>
    </message>
    <message>
        <source>A parameter is missing, repeated or malformed: check the extra parameters of the connection and the error description.</source>
        <translation>Ein Parameter fehlt, ist wiederholt oder fehlerhaft: prüfen Sie die zusätzlichen Parameter der Verbindung und die Fehlerbeschreibung.</translation>
    </message>
    <message>
        <source>A requested resource or audience is unknown or not allowed (RFC 8707). Check the connection&apos;s resources and audiences.</source>
        <translation>Eine angeforderte Ressource oder Audience ist unbekannt oder nicht erlaubt (RFC 8707). Prüfen Sie die Ressourcen und Audiences der Verbindung.</translation>
    </message>
    <message>
        <source>The server does not allow response_type=code for this client. Enable the authorization code grant for the client.</source>
        <translation>Der Server erlaubt response_type=code für diesen Client nicht. Aktivieren Sie den Authorization Code Grant für den Client.</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Token Exchange</translation>
    </message>
    <message>
        <source>JWT bearer</source>
        <translation>JWT Bearer</translation>
    </message>
    <message>
        <source>The subject or actor token was refused: it expired, was revoked, or its type does not match the token type sent (RFC 8693 §2.2.2). Get a fresh token set, or choose the right token type.</source>
        <translation>Das Subject Token oder Actor Token wurde abgelehnt: es ist abgelaufen, wurde widerrufen, oder sein Typ passt nicht zum gesendeten Token-Typ (RFC 8693 §2.2.2). Rufen Sie einen neuen Token-Satz ab, oder wählen Sie den richtigen Token-Typ.</translation>
    </message>
    <message>
        <source>The assertion was refused (RFC 7523 §3.1): check its issuer and subject, that its audience is the token endpoint or the issuer, that it has not expired, and that the server knows the public key of the private key that signed it.</source>
        <translation>Die Assertion wurde abgelehnt (RFC 7523 §3.1): prüfen Sie ihren Aussteller und ihr Subject, ob ihre Audience der Token-Endpunkt oder der Aussteller ist, ob sie noch nicht abgelaufen ist und ob der Server den Public Key zu dem privaten Schlüssel kennt, mit dem sie signiert wurde.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Enter the %1: the %2 preset needs it.</source>
        <translation>Geben Sie einen Wert für &quot;%1&quot; ein: die Vorlage %2 benötigt ihn.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an absolute http(s) URL. Enter it like %3, without a query or fragment.</source>
        <translation>&quot;%2&quot; (%1) ist keine absolute http(s)-URL. Geben Sie sie wie %3 ein, ohne Query oder Fragment.</translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; can only hold letters, digits and hyphens. Copy it from the tenant&apos;s URL.</source>
        <translation>Die Tenant-ID &quot;%1&quot; darf nur Buchstaben, Ziffern und Bindestriche enthalten. Kopieren Sie sie aus der URL des Tenants.</translation>
    </message>
    <message>
        <source>The workspace id &quot;%1&quot; can only hold letters, digits, &apos;_&apos; and &apos;-&apos;. Copy it from the workspace&apos;s URL.</source>
        <translation>Die Workspace-ID &quot;%1&quot; darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten. Kopieren Sie sie aus der URL des Workspaces.</translation>
    </message>
    <message>
        <source>The vanity host &quot;%1&quot; is not a host name. Enter only the host, like auth.example.com.</source>
        <translation>Der Vanity-Host &quot;%1&quot; ist kein Hostname. Geben Sie nur den Host ein, etwa auth.example.com.</translation>
    </message>
    <message>
        <source>Enter the region of the tenant (the part after the tenant id in its host name, like &quot;us&quot; or &quot;eu&quot;), or a vanity host.</source>
        <translation>Geben Sie die Region des Tenants ein (der Teil nach der Tenant-ID in seinem Hostnamen, etwa &quot;us&quot; oder &quot;eu&quot;) oder einen Vanity-Host.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a host name label. Enter it like &quot;us&quot; or &quot;eu&quot;.</source>
        <translation>Die Region &quot;%1&quot; ist kein gültiger Teil eines Hostnamens. Geben Sie sie wie &quot;us&quot; oder &quot;eu&quot; ein.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not an AWS region name. Enter it like &quot;us-east-1&quot;.</source>
        <translation>Die Region &quot;%1&quot; ist kein AWS-Regionsname. Geben Sie sie wie &quot;us-east-1&quot; ein.</translation>
    </message>
    <message>
        <source>The user pool id &quot;%1&quot; is not of the form REGION_ID, like &quot;us-east-1_AbCdEf123&quot;. Copy it from the user pool&apos;s overview.</source>
        <translation>Die User-Pool-ID &quot;%1&quot; hat nicht die Form REGION_ID, etwa &quot;us-east-1_AbCdEf123&quot;. Kopieren Sie sie aus der Übersicht des User Pools.</translation>
    </message>
    <message>
        <source>The user pool id &quot;%1&quot; belongs to region %2, not %3. Check the region.</source>
        <translation>Die User-Pool-ID &quot;%1&quot; gehört zur Region %2, nicht %3. Prüfen Sie die Region.</translation>
    </message>
    <message>
        <source>The custom domain &quot;%1&quot; is not a host name. Enter only the host, like auth.example.com.</source>
        <translation>Die eigene Domain &quot;%1&quot; ist kein Hostname. Geben Sie nur den Host ein, etwa auth.example.com.</translation>
    </message>
    <message>
        <source>Enter the user pool&apos;s domain prefix (App integration &gt; Domain) or its custom domain: the OAuth endpoints live there.</source>
        <translation>Geben Sie das Domain-Präfix des User Pools (App integration &gt; Domain) oder seine eigene Domain ein: dort liegen die OAuth-Endpunkte.</translation>
    </message>
    <message>
        <source>The domain prefix &quot;%1&quot; can only hold lowercase letters, digits and hyphens.</source>
        <translation>Das Domain-Präfix &quot;%1&quot; darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; can only hold letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Die Tenant-ID &quot;%1&quot; darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <source>The workspace id &quot;%1&quot; can only hold letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Die Workspace-ID &quot;%1&quot; darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <source>The sandbox only listens on loopback: use the URL `tokenscope sandbox` prints, like http://127.0.0.1:8080.</source>
        <translation>Die Sandbox lauscht nur auf Loopback: verwenden Sie die URL, die `tokenscope sandbox` ausgibt, etwa http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Cloudentity</source>
        <translation>Cloudentity</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Tenant-ID</translation>
    </message>
    <message>
        <source>The first label of the tenant&apos;s host name, and the first path segment.</source>
        <translation>Der erste Teil des Hostnamens des Tenants und das erste Pfadsegment.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The label after the tenant id in the host name ({tenant}.{region}.authz.cloudentity.io).</source>
        <translation>Der Teil nach der Tenant-ID im Hostnamen ({tenant}.{region}.authz.cloudentity.io).</translation>
    </message>
    <message>
        <source>Vanity host</source>
        <translation>Vanity-Host</translation>
    </message>
    <message>
        <source>A custom domain for the tenant; used instead of the region when set.</source>
        <translation>Eine eigene Domain für den Tenant; wird, falls gesetzt, statt der Region verwendet.</translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation>Workspace-ID</translation>
    </message>
    <message>
        <source>The workspace (authorization server) id; &quot;admin&quot; for admin API tokens.</source>
        <translation>Die ID des Workspaces (Autorisierungsservers); &quot;admin&quot; für Tokens der Admin-API.</translation>
    </message>
    <message>
        <source>Every workspace is its own authorization server under /{tenant}/{workspace}. Tokens for Cloudentity&apos;s admin APIs come from the &quot;admin&quot; workspace with a client_credentials client created there (the &quot;system&quot; workspace for system APIs). A vanity domain replaces {tenant}.{region}.authz.cloudentity.io and keeps the /{tenant}/{workspace} path.</source>
        <translation>Jeder Workspace ist ein eigener Autorisierungsserver unter /{tenant}/{workspace}. Tokens für die Admin-APIs von Cloudentity kommen aus dem Workspace &quot;admin&quot; mit einem dort angelegten client_credentials-Client (aus dem Workspace &quot;system&quot; für die System-APIs). Eine Vanity-Domain ersetzt {tenant}.{region}.authz.cloudentity.io und behält den Pfad /{tenant}/{workspace} bei.</translation>
    </message>
    <message>
        <source>AWS Cognito</source>
        <translation>AWS Cognito</translation>
    </message>
    <message>
        <source>The AWS region of the user pool.</source>
        <translation>Die AWS-Region des User Pools.</translation>
    </message>
    <message>
        <source>User pool id</source>
        <translation>User-Pool-ID</translation>
    </message>
    <message>
        <source>From the user pool&apos;s overview; it starts with the region.</source>
        <translation>Aus der Übersicht des User Pools; sie beginnt mit der Region.</translation>
    </message>
    <message>
        <source>Domain prefix</source>
        <translation>Domain-Präfix</translation>
    </message>
    <message>
        <source>The prefix of the user pool domain {prefix}.auth.{region}.amazoncognito.com.</source>
        <translation>Das Präfix der User-Pool-Domain {prefix}.auth.{region}.amazoncognito.com.</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Eigene Domain</translation>
    </message>
    <message>
        <source>The user pool&apos;s custom domain; used instead of the prefix when set.</source>
        <translation>Die eigene Domain des User Pools; wird, falls gesetzt, statt des Präfixes verwendet.</translation>
    </message>
    <message>
        <source>The issuer and the JWKS are on cognito-idp.{region}.amazonaws.com/{userPoolId}, the OAuth endpoints on the user pool domain (managed login). Callback URLs must match exactly, and plain http is accepted only for localhost: register http://localhost:PORT/callback and fix the port. Confidential app clients authenticate with HTTP Basic. There is no introspection endpoint; /oauth2/revoke revokes refresh tokens, and /logout takes client_id and logout_uri instead of OpenID Connect&apos;s logout parameters.</source>
        <translation>Aussteller und JWKS liegen unter cognito-idp.{region}.amazonaws.com/{userPoolId}, die OAuth-Endpunkte auf der User-Pool-Domain (Managed Login). Callback-URLs müssen exakt übereinstimmen, und einfaches http wird nur für localhost akzeptiert: registrieren Sie http://localhost:PORT/callback und legen Sie den Port fest. Vertrauliche App-Clients authentifizieren sich mit HTTP Basic. Es gibt keinen Introspection-Endpunkt; /oauth2/revoke widerruft Refresh Tokens, und /logout nimmt client_id und logout_uri statt der Logout-Parameter von OpenID Connect.</translation>
    </message>
    <message>
        <source>UserClouds</source>
        <translation>UserClouds</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Tenant-URL</translation>
    </message>
    <message>
        <source>The tenant URL from the UserClouds console; it is also the issuer.</source>
        <translation>Die Tenant-URL aus der UserClouds-Konsole; sie ist auch der Aussteller.</translation>
    </message>
    <message>
        <source>The tenant URL is the issuer; the OpenID Connect endpoints are under /oidc/ and logout is /logout. The authorization request must ask for the openid scope and carry a state. HTTP Basic client credentials are form-decoded (RFC 6749 §2.3.1). Use Discover for the JWKS URI.</source>
        <translation>Die Tenant-URL ist der Aussteller; die OpenID-Connect-Endpunkte liegen unter /oidc/, der Logout unter /logout. Die Autorisierungsanfrage muss den Scope openid anfordern und einen state mitführen. HTTP-Basic-Client-Zugangsdaten werden form-dekodiert (RFC 6749 §2.3.1). Verwenden Sie Ermitteln für die JWKS-URI.</translation>
    </message>
    <message>
        <source>Duende IdentityServer</source>
        <translation>Duende IdentityServer</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>The IdentityServer&apos;s base address, including a path base if it has one.</source>
        <translation>Die Basisadresse des IdentityServers, einschließlich einer Path Base, falls vorhanden.</translation>
    </message>
    <message>
        <source>The authority is the issuer (with the ASP.NET Core path base, if any); endpoints are under /connect/ and the JWKS is /.well-known/openid-configuration/jwks. Revocation works for refresh tokens and reference access tokens, not JWT access tokens. Introspection is usually authenticated as an API resource (its name and secret) rather than as a client.</source>
        <translation>Die Authority ist der Aussteller (mit der Path Base von ASP.NET Core, falls vorhanden); die Endpunkte liegen unter /connect/ und das JWKS unter /.well-known/openid-configuration/jwks. Revocation funktioniert für Refresh Tokens und Reference Access Tokens, nicht für JWT Access Tokens. Introspection wird meist als API-Ressource (mit deren Name und Secret) authentifiziert statt als Client.</translation>
    </message>
    <message>
        <source>Sensedia</source>
        <translation>Sensedia</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The API gateway&apos;s base URL; the token endpoint is {base}/oauth/access-token.</source>
        <translation>Die Basis-URL des API-Gateways; der Token-Endpunkt ist {base}/oauth/access-token.</translation>
    </message>
    <message>
        <source>No discovery document: the token endpoint is {base}/oauth/access-token. The client authenticates with HTTP Basic (client id and secret), and the resource owner password grant is the usual flow. Enter the authorization endpoint by hand if you use the code flow.</source>
        <translation>Kein Discovery-Dokument: der Token-Endpunkt ist {base}/oauth/access-token. Der Client authentifiziert sich mit HTTP Basic (Client-ID und Secret), und der Resource Owner Password Grant ist der übliche Flow. Geben Sie den Autorisierungs-Endpunkt von Hand ein, wenn Sie den Code Flow verwenden.</translation>
    </message>
    <message>
        <source>Generic OpenID Connect</source>
        <translation>Generisches OpenID Connect</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>The issuer URL exactly as the provider&apos;s tokens carry it.</source>
        <translation>Die URL des Ausstellers, genau so, wie die Tokens des Anbieters sie tragen.</translation>
    </message>
    <message>
        <source>Only the issuer is needed: press Discover to fill the endpoints from {issuer}/.well-known/openid-configuration (or RFC 8414 metadata).</source>
        <translation>Nur der Aussteller wird benötigt: klicken Sie auf Ermitteln, um die Endpunkte aus {issuer}/.well-known/openid-configuration (oder aus Metadaten nach RFC 8414) zu füllen.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>The sandbox&apos;s address: View &gt; Local Sandbox shows the one the console runs; `tokenscope sandbox` prints its own when it starts.</source>
        <translation>Die Adresse der Sandbox: Ansicht &gt; Lokale Sandbox zeigt die der Sandbox, die die Konsole ausführt; `tokenscope sandbox` gibt beim Start seine eigene aus.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s tenant; &quot;default&quot; unless started with another.</source>
        <translation>Der Tenant der Sandbox; &quot;default&quot;, sofern sie nicht mit einem anderen gestartet wurde.</translation>
    </message>
    <message>
        <source>A workspace created in the sandbox; &quot;admin&quot; for admin API tokens.</source>
        <translation>Ein in der Sandbox angelegter Workspace; &quot;admin&quot; für Tokens der Admin-API.</translation>
    </message>
    <message>
        <source>A Cloudentity-compatible tenant on loopback over plain http, with Cloudentity&apos;s paths under /{tenant}/{workspace}. The console runs one and keeps the &quot;Local sandbox&quot; connection pointing at it; `tokenscope sandbox` runs another for scripts. Its &quot;admin&quot; workspace issues tokens for its admin API.</source>
        <translation>Ein Cloudentity-kompatibler Tenant auf Loopback über einfaches http, mit den Pfaden von Cloudentity unter /{tenant}/{workspace}. Die Konsole führt einen aus und lässt die Verbindung &quot;Lokale Sandbox&quot; auf ihn zeigen; `tokenscope sandbox` führt einen weiteren für Skripte aus. Sein Workspace &quot;admin&quot; stellt Tokens für seine Admin-API aus.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannte Vorlage &quot;%1&quot;. Verwenden Sie eine von: %2.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The member &quot;%1&quot; must be a string.</source>
        <translation>Das Element &quot;%1&quot; muss ein String sein.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be true or false.</source>
        <translation>Das Element &quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be a JSON object.</source>
        <translation>Das Element &quot;%1&quot; muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be a JSON array.</source>
        <translation>Das Element &quot;%1&quot; muss ein JSON-Array sein.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be an array of strings.</source>
        <translation>Das Element &quot;%1&quot; muss ein Array von Strings sein.</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Autorisierungs-Endpunkt</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>JWKS URI</source>
        <translation>JWKS-URI</translation>
    </message>
    <message>
        <source>Userinfo endpoint</source>
        <translation>Userinfo-Endpunkt</translation>
    </message>
    <message>
        <source>Introspection endpoint</source>
        <translation>Introspection-Endpunkt</translation>
    </message>
    <message>
        <source>Revocation endpoint</source>
        <translation>Revocation-Endpunkt</translation>
    </message>
    <message>
        <source>Device authorization endpoint</source>
        <translation>Device-Authorization-Endpunkt</translation>
    </message>
    <message>
        <source>Pushed authorization request endpoint</source>
        <translation>Pushed-Authorization-Request-Endpunkt</translation>
    </message>
    <message>
        <source>End session endpoint</source>
        <translation>End-Session-Endpunkt</translation>
    </message>
    <message>
        <source>The profile has no &quot;schema_version&quot;; it was not written by this version of Tokenscope.</source>
        <translation>Das Profil hat keine &quot;schema_version&quot;; es wurde nicht von dieser Version von Tokenscope geschrieben.</translation>
    </message>
    <message>
        <source>The profile has schema version %1; this version of Tokenscope reads version %2. Update Tokenscope or re-create the profile.</source>
        <translation>Das Profil hat die Schema-Version %1; diese Version von Tokenscope liest Version %2. Aktualisieren Sie Tokenscope oder legen Sie das Profil neu an.</translation>
    </message>
    <message>
        <source>The member &quot;auth_method&quot; has the unknown value &quot;%1&quot;; use one of: %2.</source>
        <translation>Das Element &quot;auth_method&quot; hat den unbekannten Wert &quot;%1&quot;; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; has the unknown value &quot;%2&quot;; use authorization, token or both.</source>
        <translation>Das Element &quot;%1&quot; hat den unbekannten Wert &quot;%2&quot;; verwenden Sie authorization, token oder both.</translation>
    </message>
    <message>
        <source>The member &quot;redirect.host&quot; has the value &quot;%1&quot;; use 127.0.0.1, localhost or [::1].</source>
        <translation>Das Element &quot;redirect.host&quot; hat den Wert &quot;%1&quot;; verwenden Sie 127.0.0.1, localhost oder [::1].</translation>
    </message>
    <message>
        <source>The member &quot;redirect.port&quot; must be a port number from 0 to 65535.</source>
        <translation>Das Element &quot;redirect.port&quot; muss eine Portnummer von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>%1: enter an http:// or https:// URL with a host.</source>
        <translation>%1: geben Sie eine http://- oder https://-URL mit Host ein.</translation>
    </message>
    <message>
        <source>%1: remove the fragment (&quot;#…&quot;); it is not allowed here.</source>
        <translation>%1: entfernen Sie das Fragment (&quot;#…&quot;); es ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Enter the issuer (to discover the endpoints) or at least the token endpoint.</source>
        <translation>Geben Sie den Aussteller ein (um die Endpunkte zu ermitteln) oder zumindest den Token-Endpunkt.</translation>
    </message>
    <message>
        <source>Enter the client id registered with the authorization server.</source>
        <translation>Geben Sie die beim Autorisierungsserver registrierte Client-ID ein.</translation>
    </message>
    <message>
        <source>tls_client_auth needs a client certificate: choose the certificate file (PEM); its key goes to the keychain.</source>
        <translation>tls_client_auth benötigt ein Client-Zertifikat: wählen Sie die Zertifikatsdatei (PEM); ihr Schlüssel kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The redirect path must start with &quot;/&quot;, for example /callback.</source>
        <translation>Der Redirect-Pfad muss mit &quot;/&quot; beginnen, zum Beispiel /callback.</translation>
    </message>
    <message>
        <source>The redirect path must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Der Redirect-Pfad darf weder &quot;?&quot; noch &quot;#&quot; enthalten.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP header name; use letters, digits and - (for example Authorization or X-Api-Key).</source>
        <translation>Der Header-Name &quot;%1&quot; ist kein gültiger HTTP-Header-Name; verwenden Sie Buchstaben, Ziffern und - (zum Beispiel Authorization oder X-Api-Key).</translation>
    </message>
    <message>
        <source>The token prefix must not contain line breaks or control characters.</source>
        <translation>Das Token-Präfix darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter a name for extra parameter %1, or remove it.</source>
        <translation>Geben Sie einen Namen für den zusätzlichen Parameter %1 ein oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is set by Tokenscope itself; remove it from the extra parameters.</source>
        <translation>Der Parameter &quot;%1&quot; wird von Tokenscope selbst gesetzt; entfernen Sie ihn aus den zusätzlichen Parametern.</translation>
    </message>
    <message>
        <source>The path prefix of API group override %1 must start with &quot;/&quot;, for example /api/admin.</source>
        <translation>Das Pfadpräfix der API-Gruppen-Zuordnung %1 muss mit &quot;/&quot; beginnen, zum Beispiel /api/admin.</translation>
    </message>
    <message>
        <source>The path prefix of API group override %1 must be a path only: remove spaces, &quot;?&quot; and &quot;#&quot;.</source>
        <translation>Das Pfadpräfix der API-Gruppen-Zuordnung %1 darf nur ein Pfad sein: entfernen Sie Leerzeichen, &quot;?&quot; und &quot;#&quot;.</translation>
    </message>
    <message>
        <source>Enter a group name for API group override %1, or remove it.</source>
        <translation>Geben Sie einen Gruppennamen für die API-Gruppen-Zuordnung %1 ein, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The group name of API group override %1 must not contain line breaks or control characters.</source>
        <translation>Der Gruppenname der API-Gruppen-Zuordnung %1 darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Certificate checks are off for this profile: anyone on the network path can read and change its traffic, tokens and secrets included. Turn &quot;Skip certificate verification&quot; off as soon as you can.</source>
        <translation>Die Zertifikatsprüfung ist für dieses Profil ausgeschaltet: jeder auf dem Netzwerkpfad kann den Datenverkehr lesen und verändern, Tokens und Secrets eingeschlossen. Schalten Sie &quot;Zertifikatsprüfung überspringen&quot; so bald wie möglich aus.</translation>
    </message>
    <message>
        <source>Insecure TLS warning</source>
        <translation>Warnung vor unsicherem TLS</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Acme staging</source>
        <translation>Acme Staging</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Anbietervorlage</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>About this provider</source>
        <translation>Über diesen Anbieter</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>https://login.example.com/tenant</source>
        <translation>https://login.example.com/tenant</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Ermitteln</translation>
    </message>
    <message>
        <source>Discover endpoints</source>
        <translation>Endpunkte ermitteln</translation>
    </message>
    <message>
        <source>Read the issuer&apos;s discovery document (OpenID Connect, then RFC 8414) and compare its endpoints with these</source>
        <translation>Das Discovery-Dokument des Ausstellers lesen (OpenID Connect, dann RFC 8414) und seine Endpunkte mit diesen vergleichen</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Show or hide the endpoints</source>
        <translation>Die Endpunkte ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client authentication method</source>
        <translation>Client-Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>None: public client (PKCE)</source>
        <translation>Keine: öffentlicher Client (PKCE)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>Secret in the body (client_secret_post)</source>
        <translation>Secret im Body (client_secret_post)</translation>
    </message>
    <message>
        <source>HS256 assertion (client_secret_jwt)</source>
        <translation>HS256-Assertion (client_secret_jwt)</translation>
    </message>
    <message>
        <source>Signed assertion (private_key_jwt)</source>
        <translation>Signierte Assertion (private_key_jwt)</translation>
    </message>
    <message>
        <source>Mutual TLS (tls_client_auth)</source>
        <translation>Mutual TLS (tls_client_auth)</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Send id and secret without form-encoding (raw Basic)</source>
        <translation>ID und Secret ohne Form-Kodierung senden (unkodiertes Basic)</translation>
    </message>
    <message>
        <source>Raw Basic credentials</source>
        <translation>Unkodierte Basic-Zugangsdaten</translation>
    </message>
    <message>
        <source>RFC 6749 §2.3.1 form-encodes the id and secret before Basic; some servers want them as they are</source>
        <translation>RFC 6749 §2.3.1 kodiert ID und Secret vor Basic im Form-Format; manche Server erwarten sie unverändert</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>/path/to/client.pem</source>
        <translation>/pfad/zu/client.pem</translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation>Die Client-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate key:</source>
        <translation>Zertifikatsschlüssel:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>openid profile email</source>
        <translation>openid profile email</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Space-separated</source>
        <translation>Durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Resource indicators</source>
        <translation>Resource Indicators</translation>
    </message>
    <message>
        <source>https://api.example.com (RFC 8707), space-separated</source>
        <translation>https://api.example.com (RFC 8707), durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>Use pushed authorization requests (PAR) when the server has them</source>
        <translation>Pushed Authorization Requests (PAR) verwenden, wenn der Server sie anbietet</translation>
    </message>
    <message>
        <source>Use pushed authorization requests</source>
        <translation>Pushed Authorization Requests verwenden</translation>
    </message>
    <message>
        <source>Extra parameters:</source>
        <translation>Zusätzliche Parameter:</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirect</translation>
    </message>
    <message>
        <source>Redirect host</source>
        <translation>Redirect-Host</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Redirect-Port</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>0: a free port is chosen for each sign-in; set one when the server matches redirect URIs exactly</source>
        <translation>0: für jede Anmeldung wird ein freier Port gewählt; legen Sie einen fest, wenn der Server Redirect-URIs exakt vergleicht</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Redirect path</source>
        <translation>Redirect-Pfad</translation>
    </message>
    <message>
        <source>/callback</source>
        <translation>/callback</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA-Bundle-Datei</translation>
    </message>
    <message>
        <source>Extra trusted CAs (PEM), added to the system&apos;s</source>
        <translation>Zusätzliche vertrauenswürdige CAs (PEM), ergänzend zu denen des Systems</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Die CA-Bundle-Datei auswählen</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>CA-Bundle:</translation>
    </message>
    <message>
        <source>Skip certificate verification (insecure)</source>
        <translation>Zertifikatsprüfung überspringen (unsicher)</translation>
    </message>
    <message>
        <source>Skip certificate verification</source>
        <translation>Zertifikatsprüfung überspringen</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Send a stored API token in a header instead of OAuth</source>
        <translation>Ein gespeichertes API-Token in einem Header statt OAuth senden</translation>
    </message>
    <message>
        <source>API-token mode</source>
        <translation>API-Token-Modus</translation>
    </message>
    <message>
        <source>API token header</source>
        <translation>API-Token-Header</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>API token prefix</source>
        <translation>API-Token-Präfix</translation>
    </message>
    <message>
        <source>Empty for none, or e.g. &quot;Bearer &quot;</source>
        <translation>Leer für keines, oder z. B. &quot;Bearer &quot;</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the CA bundle</source>
        <translation>Das CA-Bundle auswählen</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Das Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Das Profil speichern</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S); changed secrets go to the keychain</source>
        <translation>Das Profil speichern (Strg+S); geänderte Secrets kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>Die Änderungen verwerfen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then save.</source>
        <translation>Korrigieren Sie die rot markierten Felder und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved; writing secrets to the keychain…</source>
        <translation>Gespeichert; Secrets werden in den Schlüsselbund geschrieben…</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved, secrets in the keychain.</source>
        <translation>Gespeichert, Secrets im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved; secrets kept in memory for this session only.</source>
        <translation>Gespeichert; Secrets werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Rate Limits</translation>
    </message>
    <message>
        <source>API groups:</source>
        <translation>API-Gruppen:</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <source>Cannot create the profile directory %1. Check that its parent folder is writable.</source>
        <translation>Das Profilverzeichnis %1 kann nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full (%2). Free some space and try again.</source>
        <translation>%1 kann nicht geschrieben werden: der Datenträger ist voll (%2). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check that the folder exists and is writable.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the JSON document is not an object</source>
        <translation>das JSON-Dokument ist kein Objekt</translation>
    </message>
    <message>
        <source>Cannot read the profile directory %1. Check its permissions.</source>
        <translation>Das Profilverzeichnis %1 kann nicht gelesen werden. Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>the file name is not a profile id</source>
        <translation>der Dateiname ist keine Profil-ID</translation>
    </message>
    <message>
        <source>The profile file %1 could not be read (%2); it was moved aside to %3. Fix or delete that file, or import it again.</source>
        <translation>Die Profildatei %1 konnte nicht gelesen werden (%2); sie wurde nach %3 verschoben. Korrigieren oder löschen Sie diese Datei oder importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The profile file %1 could not be read (%2) and could not be moved aside; it was left as it is. Move it away by hand.</source>
        <translation>Die Profildatei %1 konnte nicht gelesen (%2) und nicht beiseitegelegt werden; sie bleibt unverändert. Verschieben Sie sie von Hand.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was converted from an older format but could not be saved in the new one: %2</source>
        <translation>Das Profil &quot;%1&quot; wurde aus einem älteren Format konvertiert, konnte aber nicht im neuen Format gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; cannot be used; leave it empty to get a new one.</source>
        <translation>Die Profil-ID &quot;%1&quot; kann nicht verwendet werden; lassen Sie sie leer, um eine neue zu erhalten.</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists; leave the id empty to get a new one.</source>
        <translation>Ein Profil mit der ID %1 existiert bereits; lassen Sie die ID leer, um eine neue zu erhalten.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be saved: %2</source>
        <translation>Das Profil &quot;%1&quot; kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved. %2</source>
        <translation>Das Profil &quot;%1&quot; wurde nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>There is no profile with the id %1; it may have been removed. Add it again.</source>
        <translation>Es gibt kein Profil mit der ID %1; es wurde eventuell entfernt. Fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; were not saved. %2</source>
        <translation>Die Änderungen an &quot;%1&quot; wurden nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Es gibt kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be removed: cannot delete %2 (%3). Check that the folder is writable.</source>
        <translation>Das Profil &quot;%1&quot; konnte nicht entfernt werden: %2 kann nicht gelöscht werden (%3). Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1; nothing was exported.</source>
        <translation>Es gibt kein Profil mit der ID %1; nichts wurde exportiert.</translation>
    </message>
    <message>
        <source>The profiles were not exported. %1</source>
        <translation>Die Profile wurden nicht exportiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>%n Profil nach %1 exportiert (ohne Secrets).</numerusform>
            <numerusform>%n Profile nach %1 exportiert (ohne Secrets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); nothing was imported.</source>
        <translation>%1 kann nicht gelesen werden (%2); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is not a profile export (%2); nothing was imported.</source>
        <translation>%1 ist kein Profilexport (%2); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 was exported by another version of Tokenscope (format %2); nothing was imported. Update Tokenscope.</source>
        <translation>%1 wurde von einer anderen Version von Tokenscope exportiert (Format %2); nichts wurde importiert. Aktualisieren Sie Tokenscope.</translation>
    </message>
    <message>
        <source>%1 has no &quot;profiles&quot; array; nothing was imported.</source>
        <translation>%1 hat kein Array &quot;profiles&quot;; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is not a Tokenscope profile export; nothing was imported.</source>
        <translation>%1 ist kein Profilexport von Tokenscope; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>In %1, %2 is not a JSON object; nothing was imported.</source>
        <translation>In %1 ist %2 kein JSON-Objekt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>In %1, %2 cannot be read: %3 Nothing was imported.</source>
        <translation>In %1 kann %2 nicht gelesen werden: %3 Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>In %1, %2 (&quot;%3&quot;) is not usable: %4 Nothing was imported.</source>
        <translation>In %1 ist %2 (&quot;%3&quot;) nicht verwendbar: %4 Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The import was undone: %1</source>
        <translation>Der Import wurde rückgängig gemacht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n Profil importiert.</numerusform>
            <numerusform>%n Profile importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile is not in the version 1 format (its &quot;version&quot; is not 1).</source>
        <translation>Das Profil liegt nicht im Format der Version 1 vor (seine &quot;version&quot; ist nicht 1).</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the version 1 profile must be a string.</source>
        <translation>Das Element &quot;%1&quot; des Profils der Version 1 muss ein String sein.</translation>
    </message>
    <message>
        <source>The version 1 profile has the unknown &quot;auth_method&quot; &quot;%1&quot;.</source>
        <translation>Das Profil der Version 1 hat die unbekannte &quot;auth_method&quot; &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The version 1 profile&apos;s &quot;redirect_uri&quot; %1 is not an http loopback URI.</source>
        <translation>Die &quot;redirect_uri&quot; %1 des Profils der Version 1 ist keine http-Loopback-URI.</translation>
    </message>
    <message>
        <source>The member &quot;insecure_tls&quot; of the version 1 profile must be true or false.</source>
        <translation>Das Element &quot;insecure_tls&quot; des Profils der Version 1 muss true oder false sein.</translation>
    </message>
</context>
<context>
    <name>Profiles::SecretStore</name>
    <message>
        <source>client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>TLS client key</source>
        <translation>TLS-Client-Schlüssel</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh Token</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>or, in the window, choose “Keep in memory for this session only”.</source>
        <translation>oder wählen Sie im Fenster „Secrets nur für diese Sitzung im Speicher halten“.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret (%1). Try again, or delete the entry with your keychain&apos;s own tool.</source>
        <translation>Der Schlüsselbund konnte das Secret nicht löschen (%1). Versuchen Sie es erneut oder löschen Sie den Eintrag mit dem Werkzeug Ihres Schlüsselbunds.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and allow Tokenscope to use it, %2</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und erlauben Sie Tokenscope, ihn zu verwenden, %2</translation>
    </message>
    <message>
        <source>The system keychain is not usable (%1). Check that you are logged in and the keychain is unlocked, %2</source>
        <translation>Der System-Schlüsselbund ist nicht verwendbar (%1). Prüfen Sie, ob Sie angemeldet sind und der Schlüsselbund entsperrt ist, %2</translation>
    </message>
    <message>
        <source>No usable system keychain (%1). Start or unlock a Secret Service such as GNOME Keyring or KWallet and try again, %2</source>
        <translation>Kein verwendbarer System-Schlüsselbund (%1). Starten oder entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet und versuchen Sie es erneut, %2</translation>
    </message>
    <message>
        <source>The stored %1 is damaged: its parts in the keychain do not fit together. Enter it again to replace it.</source>
        <translation>Das gespeicherte Secret &quot;%1&quot; ist beschädigt: seine Teile im Schlüsselbund passen nicht zusammen. Geben Sie es erneut ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Part %1 of %2 of the stored %3 is missing from the keychain. Enter it again to replace it.</source>
        <translation>Teil %1 von %2 des gespeicherten Secrets &quot;%3&quot; fehlt im Schlüsselbund. Geben Sie es erneut ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>it returned different data than was stored</source>
        <translation>er lieferte andere Daten, als gespeichert wurden</translation>
    </message>
    <message>
        <source>The keychain entry for the %1 is not in Tokenscope&apos;s format. Enter the %1 again to replace it.</source>
        <translation>Der Schlüsselbund-Eintrag für das Secret &quot;%1&quot; hat nicht das Format von Tokenscope. Geben Sie das Secret &quot;%1&quot; erneut ein, um es zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Keychain problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>Den Schlüsselbund erneut prüfen</translation>
    </message>
    <message>
        <source>Keep secrets in memory for this session only</source>
        <translation>Secrets nur für diese Sitzung im Speicher halten</translation>
    </message>
    <message>
        <source>Secrets for this session only</source>
        <translation>Secrets nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Profile storage problem</source>
        <translation>Problem beim Speichern der Profile</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the profile storage message</source>
        <translation>Die Meldung zum Profilspeicher ausblenden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>Ask the keychain again, for example after starting or unlocking it</source>
        <translation>Den Schlüsselbund erneut abfragen, zum Beispiel nachdem er gestartet oder entsperrt wurde</translation>
    </message>
    <message>
        <source>Secrets you enter stay in this process and are gone when Tokenscope quits; nothing is written to disk</source>
        <translation>Eingegebene Secrets bleiben in diesem Prozess und sind weg, wenn Tokenscope beendet wird; nichts wird auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: they are gone when Tokenscope quits. Start or unlock a keychain to keep them.</source>
        <translation>Secrets werden nur für diese Sitzung im Speicher gehalten: sie sind weg, wenn Tokenscope beendet wird. Starten oder entsperren Sie einen Schlüsselbund, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>Profile filtern</translation>
    </message>
    <message>
        <source>Filter by name, provider, issuer or client id</source>
        <translation>Nach Name, Anbieter, Aussteller oder Client-ID filtern</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>New profile (Ctrl+N)</source>
        <translation>Neues Profil (Strg+N)</translation>
    </message>
    <message>
        <source>Add profiles from a Tokenscope export file</source>
        <translation>Profile aus einer Tokenscope-Exportdatei hinzufügen</translation>
    </message>
    <message>
        <source>Write every profile to a file, without secrets</source>
        <translation>Alle Profile in eine Datei schreiben, ohne Secrets</translation>
    </message>
    <message>
        <source>Select a profile to edit it, or create one with New: a profile describes one tenant and client once, with its secrets in the system keychain.</source>
        <translation>Wählen Sie ein Profil aus, um es zu bearbeiten, oder legen Sie mit Neu eines an: ein Profil beschreibt einmalig einen Tenant und Client, mit seinen Secrets im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile you are editing has unsaved changes. Save them?</source>
        <translation>Das Profil, das Sie bearbeiten, hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Das Profil &quot;%1&quot; hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Choose a provider and fill in its fields; Save when no field is marked.</source>
        <translation>Wählen Sie einen Anbieter und füllen Sie seine Felder aus; speichern Sie, wenn kein Feld mehr markiert ist.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Secrets are not copied: enter them in the copy before you use it.</source>
        <translation>Secrets werden nicht kopiert: geben Sie sie in der Kopie ein, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain? This cannot be undone.</source>
        <translation>Das Profil &quot;%1&quot; und seine Secrets im Schlüsselbund löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its secrets.</source>
        <translation>&quot;%1&quot; und seine Secrets wurden gelöscht.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;, but its secrets could not be removed from the keychain: %2</source>
        <translation>&quot;%1&quot; wurde gelöscht, aber seine Secrets konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; wurde gelöscht.</translation>
    </message>
    <message>
        <source>Tokenscope profiles (*.json);;All files (*)</source>
        <translation>Tokenscope-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1. Exports hold no secrets: enter them before you use the profiles.</source>
        <translation>
            <numerusform>%n Profil importiert: %1. Exporte enthalten keine Secrets: geben Sie sie ein, bevor Sie das Profil verwenden.</numerusform>
            <numerusform>%n Profile importiert: %1. Exporte enthalten keine Secrets: geben Sie sie ein, bevor Sie die Profile verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokenscope profiles (*.json)</source>
        <translation>Tokenscope-Profile (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without secrets.</source>
        <translation>
            <numerusform>%n Profil nach %1 exportiert, ohne Secrets.</numerusform>
            <numerusform>%n Profile nach %1 exportiert, ohne Secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain for secrets: %1</source>
        <translation>Kein Schlüsselbund für Secrets: %1</translation>
    </message>
</context>
<context>
    <name>PushedAuthorizationResponse</name>
    <message>
        <source>No answer from the %1 %2: %3</source>
        <translation>Keine Antwort vom %1 %2: %3</translation>
    </message>
    <message>
        <source>the request failed.</source>
        <translation>die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The %1 refused the request (HTTP %2): %3</source>
        <translation>Der %1 hat die Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Check the client id, its authentication method and secret or key.</source>
        <translation>Prüfen Sie die Client-ID, ihre Authentifizierungsmethode und das Secret bzw. den Schlüssel.</translation>
    </message>
    <message>
        <source>Check the client&apos;s settings at the server (redirect URI, scopes, response type), or turn PAR off in the profile.</source>
        <translation>Prüfen Sie die Einstellungen des Clients auf dem Server (Redirect-URI, Scopes, Response Type), oder schalten Sie PAR im Profil aus.</translation>
    </message>
    <message>
        <source>The %1 %2 answered HTTP %3. Check the endpoint&apos;s URL, or turn PAR off in the profile.</source>
        <translation>Der %1 %2 antwortete mit HTTP %3. Prüfen Sie die URL des Endpunkts, oder schalten Sie PAR im Profil aus.</translation>
    </message>
    <message>
        <source>The answer of the %1 %2 has no &quot;request_uri&quot; (RFC 9126 §2.2). Check the endpoint&apos;s URL.</source>
        <translation>Die Antwort des %1 %2 enthält kein &quot;request_uri&quot; (RFC 9126 §2.2). Prüfen Sie die URL des Endpunkts.</translation>
    </message>
</context>
<context>
    <name>RateGauge</name>
    <message>
        <source>No rate-limit headers in the last response.</source>
        <translation>Keine Rate-Limit-Header in der letzten Antwort.</translation>
    </message>
    <message>
        <source>Last response&apos;s rate-limit headers:
%1</source>
        <translation>Rate-Limit-Header der letzten Antwort:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group (host)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>budget not reported</source>
        <translation>Kontingent nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 übrig</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 von %2 übrig</translation>
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
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation>Zurücksetzen in %1</translation>
    </message>
    <message>
        <source>reset due</source>
        <translation>Zurücksetzen fällig</translation>
    </message>
    <message>
        <source>429: retry in %1</source>
        <translation>429: neuer Versuch in %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RateLimits::RetryingRequest</name>
    <message>
        <source>The HTTP client was closed before the request could be sent. Send it again.</source>
        <translation>Der HTTP-Client wurde geschlossen, bevor die Anfrage gesendet werden konnte. Senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The request was canceled. Send it again when ready.</source>
        <translation>Die Anfrage wurde abgebrochen. Senden Sie sie erneut, sobald Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>RateLimitsPage</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Rate Limits</translation>
    </message>
    <message>
        <source>Clear rate limits</source>
        <translation>Rate Limits leeren</translation>
    </message>
    <message>
        <source>Forget every group&apos;s readings; the next responses fill the gauges again.</source>
        <translation>Die Messwerte aller Gruppen verwerfen; die nächsten Antworten füllen die Anzeigen wieder.</translation>
    </message>
    <message>
        <source>No response has carried rate-limit headers yet. Call an API (get a token, discover a connection, use the local sandbox) and a gauge appears here for each host and API group.</source>
        <translation>Bisher enthielt keine Antwort Rate-Limit-Header. Rufen Sie eine API auf (ein Token abrufen, eine Verbindung ermitteln, die lokale Sandbox verwenden), dann erscheint hier eine Anzeige für jeden Host und jede API-Gruppe.</translation>
    </message>
    <message>
        <source>Rate-limit gauges</source>
        <translation>Rate-Limit-Anzeigen</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message numerus="yes">
        <source>‹binary data, %n byte(s)›</source>
        <translation>
            <numerusform>‹Binärdaten, %n Byte›</numerusform>
            <numerusform>‹Binärdaten, %n Bytes›</numerusform>
        </translation>
    </message>
    <message>
        <source>‹redacted, length %1›</source>
        <translation>‹geschwärzt, Länge %1›</translation>
    </message>
    <message>
        <source>&lt;your key file&gt;</source>
        <translation>&lt;Ihre Schlüsseldatei&gt;</translation>
    </message>
    <message>
        <source>Secrets were left out of this command (shown as ‹redacted›): it fails until you put them back.</source>
        <translation>Secrets wurden aus diesem Befehl weggelassen (als ‹geschwärzt› angezeigt): er schlägt fehl, bis Sie sie wieder einsetzen.</translation>
    </message>
    <message>
        <source>Replace &lt;your key file&gt; with the path of the TLS client certificate&apos;s private key.</source>
        <translation>Ersetzen Sie &lt;Ihre Schlüsseldatei&gt; durch den Pfad des privaten Schlüssels des TLS-Client-Zertifikats.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <source>{base}/api/admin/{tid}/servers</source>
        <translation>{base}/api/admin/{tid}/servers</translation>
    </message>
    <message>
        <source>URL variables of the connection</source>
        <translation>URL-Variablen der Verbindung</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Die Anfrage senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Die Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Retries after 429 Too Many Requests</source>
        <translation>Wiederholungen nach 429 Too Many Requests</translation>
    </message>
    <message>
        <source>How many times a request the server rejected with 429 is sent again after the wait it asks for</source>
        <translation>Wie oft eine Anfrage, die der Server mit 429 abgelehnt hat, nach der von ihm verlangten Wartezeit erneut gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Re&amp;tries on 429:</source>
        <translation>&amp;Wiederholungen bei 429:</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Header der Anfrage</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Body der Anfrage</translation>
    </message>
    <message>
        <source>JSON, or any text with a Content-Type header</source>
        <translation>JSON, oder beliebiger Text mit einem Content-Type-Header</translation>
    </message>
    <message>
        <source>Body problem</source>
        <translation>Problem im Body</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>Format the JSON body</source>
        <translation>Den JSON-Body formatieren</translation>
    </message>
    <message>
        <source>Authorization kind</source>
        <translation>Art der Autorisierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bearer token from the Tokens page</source>
        <translation>Bearer-Token von der Seite Tokens</translation>
    </message>
    <message>
        <source>API token from the keychain</source>
        <translation>API-Token aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <source>No Authorization header is added.</source>
        <translation>Es wird kein Authorization-Header hinzugefügt.</translation>
    </message>
    <message>
        <source>Token to send</source>
        <translation>Zu sendendes Token</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>Token-Status</translation>
    </message>
    <message>
        <source>Toke&amp;n:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>API token header</source>
        <translation>API-Token-Header</translation>
    </message>
    <message>
        <source>Basic user name</source>
        <translation>Basic-Benutzername</translation>
    </message>
    <message>
        <source>Basic password</source>
        <translation>Basic-Passwort</translation>
    </message>
    <message>
        <source>Used for this session only: never stored, not in the history</source>
        <translation>Nur für diese Sitzung verwendet: nie gespeichert, nicht im Verlauf</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Benut&amp;zer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Request parts</source>
        <translation>Teile der Anfrage</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <source>Heade&amp;rs</source>
        <translation>H&amp;eader</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>&amp;Authorization</source>
        <translation>Autor&amp;isierung</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Status der Anfrage</translation>
    </message>
    <message>
        <source>Request history of the connection</source>
        <translation>Anfrageverlauf der Verbindung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Double-click or press Enter to load a request into the editor</source>
        <translation>Doppelklicken oder Eingabe drücken, um eine Anfrage in den Editor zu laden</translation>
    </message>
    <message>
        <source>Run a&amp;gain</source>
        <translation>Er&amp;neut senden</translation>
    </message>
    <message>
        <source>Send the selected history entry again</source>
        <translation>Den ausgewählten Verlaufseintrag erneut senden</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>Verlauf &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the history of this connection</source>
        <translation>Den Verlauf dieser Verbindung leeren</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>Verbindun&amp;g:</translation>
    </message>
    <message>
        <source>Add a connection on the Connections page to send requests.</source>
        <translation>Fügen Sie auf der Seite Verbindungen eine Verbindung hinzu, um Anfragen zu senden.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variablen: %1</translation>
    </message>
    <message>
        <source>This connection has no ID token: get a token on the Tokens page first (with the openid scope).</source>
        <translation>Diese Verbindung hat kein ID-Token: rufen Sie zuerst auf der Seite Tokens ein Token ab (mit dem Scope openid).</translation>
    </message>
    <message>
        <source>This connection has no access token: get a token on the Tokens page first.</source>
        <translation>Diese Verbindung hat kein Access Token: rufen Sie zuerst auf der Seite Tokens ein Token ab.</translation>
    </message>
    <message>
        <source>Sends the token the Tokens page got at %1 (%2).</source>
        <translation>Sendet das Token, das die Seite Tokens um %1 abgerufen hat (%2).</translation>
    </message>
    <message>
        <source>Sends the connection&apos;s API token from the keychain in the %1 header.</source>
        <translation>Sendet das API-Token der Verbindung aus dem Schlüsselbund im Header %1.</translation>
    </message>
    <message>
        <source>Sends the connection&apos;s API token from the keychain in the %1 header, after &quot;%2&quot;.</source>
        <translation>Sendet das API-Token der Verbindung aus dem Schlüsselbund im Header %1, nach &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1). Fix it, or set a Content-Type header for another format.</source>
        <translation>Der Body ist kein gültiges JSON (%1). Korrigieren Sie ihn, oder setzen Sie einen Content-Type-Header für ein anderes Format.</translation>
    </message>
    <message>
        <source>Choose a connection first: add one on the Connections page.</source>
        <translation>Wählen Sie zuerst eine Verbindung: fügen Sie eine auf der Seite Verbindungen hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method: use letters such as GET or POST.</source>
        <translation>&quot;%1&quot; ist keine HTTP-Methode: verwenden Sie Buchstaben wie GET oder POST.</translation>
    </message>
    <message>
        <source>Get a token on the Tokens page first: this connection has no ID token yet.</source>
        <translation>Rufen Sie zuerst auf der Seite Tokens ein Token ab: diese Verbindung hat noch kein ID-Token.</translation>
    </message>
    <message>
        <source>Get a token on the Tokens page first: this connection has no access token yet.</source>
        <translation>Rufen Sie zuerst auf der Seite Tokens ein Token ab: diese Verbindung hat noch kein Access Token.</translation>
    </message>
    <message>
        <source>No keychain is available for the API token: choose another authorization.</source>
        <translation>Für das API-Token ist kein Schlüsselbund verfügbar: wählen Sie eine andere Autorisierung.</translation>
    </message>
    <message>
        <source>Reading the API token from the keychain…</source>
        <translation>Das API-Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No API token is stored for %1: add it in the connection&apos;s settings on the Connections page.</source>
        <translation>Für %1 ist kein API-Token gespeichert: fügen Sie es in den Einstellungen der Verbindung auf der Seite Verbindungen hinzu.</translation>
    </message>
    <message>
        <source>Reading the TLS client key from the keychain…</source>
        <translation>Der TLS-Client-Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No TLS client key is stored for %1: add it in the connection&apos;s settings on the Connections page.</source>
        <translation>Für %1 ist kein TLS-Client-Schlüssel gespeichert: fügen Sie ihn in den Einstellungen der Verbindung auf der Seite Verbindungen hinzu.</translation>
    </message>
    <message>
        <source>Rate limited: retrying in %1 s (retry %2 of %3)</source>
        <translation>Rate Limit erreicht: neuer Versuch in %1 s (Wiederholung %2 von %3)</translation>
    </message>
    <message>
        <source>Sending again (retry %1 of %2)…</source>
        <translation>Wird erneut gesendet (Wiederholung %1 von %2)…</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 in %2 ms.</source>
        <translation>%1 in %2 ms.</translation>
    </message>
    <message>
        <source>The history could not be saved (%1); it is kept until Tokenscope quits.</source>
        <translation>Der Verlauf konnte nicht gespeichert werden (%1); er bleibt erhalten, bis Tokenscope beendet wird.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <source>Loaded the request from the history. Secrets are not kept there: header values shown as [redacted] need their value again.</source>
        <translation>Die Anfrage wurde aus dem Verlauf geladen. Secrets werden dort nicht aufbewahrt: Header-Werte, die als [redacted] angezeigt werden, brauchen ihren Wert erneut.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n request(s) from the history of %1? This cannot be undone.</source>
        <translation>
            <numerusform>Die %n Anfrage aus dem Verlauf von %1 entfernen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n Anfragen aus dem Verlauf von %1 entfernen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file could not be removed (%1).</source>
        <translation>Die Verlaufsdatei konnte nicht entfernt werden (%1).</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Response body, formatted</source>
        <translation>Body der Antwort, formatiert</translation>
    </message>
    <message>
        <source>Response body, as received</source>
        <translation>Body der Antwort, wie empfangen</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Body kopieren</translation>
    </message>
    <message>
        <source>Copy the response body</source>
        <translation>Den Body der Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command, secrets left out</source>
        <translation>Die Anfrage als curl-Befehl kopieren, ohne Secrets</translation>
    </message>
    <message>
        <source>Copy as curl with secrets…</source>
        <translation>Als curl mit Secrets kopieren…</translation>
    </message>
    <message>
        <source>Copy the request as a curl command with its secrets</source>
        <translation>Die Anfrage als curl-Befehl mit ihren Secrets kopieren</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Status der Antwort</translation>
    </message>
    <message>
        <source>Response time and size</source>
        <translation>Zeit und Größe der Antwort</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Response body and headers</source>
        <translation>Body und Header der Antwort</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>Forma&amp;tiert</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>R&amp;oh</translation>
    </message>
    <message>
        <source>Hea&amp;ders</source>
        <translation>Heade&amp;r</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <source>No response yet: write a request and press Send (Ctrl+Return).</source>
        <translation>Noch keine Antwort: schreiben Sie eine Anfrage und drücken Sie Senden (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Copied the response body.</source>
        <translation>Der Body der Antwort wurde kopiert.</translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets left out: put them back before running it.</source>
        <translation>Der curl-Befehl wurde ohne Secrets kopiert: setzen Sie sie vor dem Ausführen wieder ein.</translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation>Mit Secrets kopieren</translation>
    </message>
    <message>
        <source>The curl command will contain this request&apos;s secrets (tokens, API token, password) in plain text, and anything that reads the clipboard can see them. Clear the clipboard once you have pasted it.</source>
        <translation>Der curl-Befehl enthält die Secrets dieser Anfrage (Tokens, API-Token, Passwort) im Klartext, und alles, was die Zwischenablage liest, kann sie sehen. Leeren Sie die Zwischenablage, sobald Sie ihn eingefügt haben.</translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets.</source>
        <translation>Der curl-Befehl wurde mit seinen Secrets kopiert.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Switching Protocols</source>
        <translation>Protokollwechsel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Non-Authoritative Information</source>
        <translation>Nicht maßgebliche Information</translation>
    </message>
    <message>
        <source>No Content</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <source>Reset Content</source>
        <translation>Inhalt zurücksetzen</translation>
    </message>
    <message>
        <source>Partial Content</source>
        <translation>Teilinhalt</translation>
    </message>
    <message>
        <source>Multiple Choices</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation>Dauerhaft verschoben</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>See Other</source>
        <translation>Siehe andere Ressource</translation>
    </message>
    <message>
        <source>Not Modified</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Temporary Redirect</source>
        <translation>Vorübergehende Umleitung</translation>
    </message>
    <message>
        <source>Permanent Redirect</source>
        <translation>Dauerhafte Umleitung</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Payment Required</source>
        <translation>Zahlung erforderlich</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Not Acceptable</source>
        <translation>Nicht annehmbar</translation>
    </message>
    <message>
        <source>Proxy Authentication Required</source>
        <translation>Proxy-Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Length Required</source>
        <translation>Länge erforderlich</translation>
    </message>
    <message>
        <source>Precondition Failed</source>
        <translation>Vorbedingung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Content Too Large</source>
        <translation>Inhalt zu groß</translation>
    </message>
    <message>
        <source>URI Too Long</source>
        <translation>URI zu lang</translation>
    </message>
    <message>
        <source>Unsupported Media Type</source>
        <translation>Nicht unterstützter Medientyp</translation>
    </message>
    <message>
        <source>Range Not Satisfiable</source>
        <translation>Bereich nicht erfüllbar</translation>
    </message>
    <message>
        <source>Expectation Failed</source>
        <translation>Erwartung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Misdirected Request</source>
        <translation>Fehlgeleitete Anfrage</translation>
    </message>
    <message>
        <source>Unprocessable Content</source>
        <translation>Nicht verarbeitbarer Inhalt</translation>
    </message>
    <message>
        <source>Too Early</source>
        <translation>Zu früh</translation>
    </message>
    <message>
        <source>Upgrade Required</source>
        <translation>Upgrade erforderlich</translation>
    </message>
    <message>
        <source>Precondition Required</source>
        <translation>Vorbedingung erforderlich</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Request Header Fields Too Large</source>
        <translation>Header-Felder der Anfrage zu groß</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Not Implemented</source>
        <translation>Nicht implementiert</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>HTTP Version Not Supported</source>
        <translation>HTTP-Version nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Sandbox::GrantStore</name>
    <message>
        <source>The sandbox&apos;s grants file %1 cannot be read (%2) nor moved aside; grants are kept in memory only. Move the file away and restart the sandbox.</source>
        <translation>Die Grant-Datei %1 der Sandbox kann weder gelesen (%2) noch beiseitegelegt werden; Grants werden nur im Speicher gehalten. Verschieben Sie die Datei und starten Sie die Sandbox neu.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s grants file could not be read (%1); it was moved aside to %2. Earlier refresh tokens and codes are no longer valid.</source>
        <translation>Die Grant-Datei der Sandbox konnte nicht gelesen werden (%1); sie wurde nach %2 verschoben. Frühere Refresh Tokens und Codes sind nicht mehr gültig.</translation>
    </message>
</context>
<context>
    <name>Sandbox::HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>Sandbox::LocalSandbox</name>
    <message>
        <source>Admin API</source>
        <translation>Admin-API</translation>
    </message>
    <message>
        <source>Developer API</source>
        <translation>Developer-API</translation>
    </message>
    <message>
        <source>Public API</source>
        <translation>Öffentliche API</translation>
    </message>
    <message>
        <source>OAuth 2.0 and OpenID Connect</source>
        <translation>OAuth 2.0 und OpenID Connect</translation>
    </message>
    <message>
        <source>Open Banking</source>
        <translation>Open Banking</translation>
    </message>
    <message>
        <source>Web pages (login)</source>
        <translation>Webseiten (Login)</translation>
    </message>
    <message>
        <source>System API</source>
        <translation>System-API</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Identity admin</source>
        <translation>Identity-Verwaltung</translation>
    </message>
    <message>
        <source>Identity self-service</source>
        <translation>Identity-Self-Service</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>Die lokale Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Local sandbox (%1)</source>
        <translation>Lokale Sandbox (%1)</translation>
    </message>
    <message>
        <source>The rate limits could not be saved to %1: %2. Check free space and permissions.</source>
        <translation>Die Rate Limits konnten nicht in %1 gespeichert werden: %2. Prüfen Sie freien Speicherplatz und Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>Sandbox::RateLimiter</name>
    <message>
        <source>Cannot read the rate-limits file %1: %2</source>
        <translation>Die Rate-Limit-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The rate-limits file %1 is larger than 1 MiB.</source>
        <translation>Die Rate-Limit-Datei %1 ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>Rate-limits file %1: %2</source>
        <translation>Rate-Limit-Datei %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object of API groups, like {&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}</source>
        <translation>erwartet wird ein JSON-Objekt mit API-Gruppen, etwa {&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}</translation>
    </message>
    <message>
        <source>unknown API group &quot;%1&quot;; known groups: %2</source>
        <translation>unbekannte API-Gruppe &quot;%1&quot;; bekannte Gruppen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;per_minute&quot; and &quot;burst&quot;</source>
        <translation>&quot;%1&quot; muss ein Objekt mit &quot;per_minute&quot; und &quot;burst&quot; sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown member &quot;%2&quot;; expected &quot;per_minute&quot; and &quot;burst&quot;</source>
        <translation>&quot;%1&quot; hat ein unbekanntes Element &quot;%2&quot;; erwartet werden &quot;per_minute&quot; und &quot;burst&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; must be a whole number from 1 to %3</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; muss eine ganze Zahl von 1 bis %3 sein</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxServer</name>
    <message>
        <source>No address to listen on.</source>
        <translation>Keine Adresse, auf der gelauscht werden kann.</translation>
    </message>
    <message>
        <source>The sandbox listens on loopback addresses only; %1 is not one. It has no TLS and mock users: use --allow-remote only if you really need it.</source>
        <translation>Die Sandbox lauscht nur auf Loopback-Adressen; %1 ist keine. Sie hat kein TLS und nur Test-Benutzer: Verwenden Sie --allow-remote nur, wenn Sie es wirklich brauchen.</translation>
    </message>
</context>
<context>
    <name>Sandbox::TenantState</name>
    <message>
        <source>Cannot create the sandbox data directory %1.</source>
        <translation>Das Datenverzeichnis %1 der Sandbox kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The sandbox state file %1 cannot be read (%2) and cannot be moved aside; it was left untouched and nothing will be saved. Move it away and start again.</source>
        <translation>Die Zustandsdatei %1 der Sandbox kann nicht gelesen (%2) und nicht beiseitegelegt werden; sie bleibt unverändert, und nichts wird gespeichert. Verschieben Sie sie und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The sandbox state file could not be read (%1); it was moved aside to %2 and a fresh state was created.</source>
        <translation>Die Zustandsdatei der Sandbox konnte nicht gelesen werden (%1); sie wurde nach %2 verschoben, und ein neuer Zustand wurde angelegt.</translation>
    </message>
    <message>
        <source>Cannot write the sandbox state file %1.</source>
        <translation>Die Zustandsdatei %1 der Sandbox kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Another sandbox (process %1) is using the data directory %2; this one keeps its state in memory only.</source>
        <translation>Eine andere Sandbox (Prozess %1) verwendet das Datenverzeichnis %2; diese hier hält ihren Zustand nur im Speicher.</translation>
    </message>
</context>
<context>
    <name>SandboxDialog</name>
    <message>
        <source>Local Sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Running on %1 (tenant &quot;%2&quot;)</source>
        <translation>Läuft auf %1 (Tenant &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>Sandbox state</source>
        <translation>Sandbox-Zustand</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the Connections page uses the sandbox&apos;s admin workspace.</source>
        <translation>&quot;%1&quot; auf der Seite Verbindungen verwendet den Admin-Workspace der Sandbox.</translation>
    </message>
    <message>
        <source>Sandbox connection</source>
        <translation>Sandbox-Verbindung</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Each API group has a token bucket: it holds at most &quot;burst&quot; requests and refills at &quot;per minute&quot;. Lower them to see X-RateLimit-* headers, 429 answers and Retry-After in action; changes apply at once and are kept.</source>
        <translation>Jede API-Gruppe hat einen Token Bucket: er fasst höchstens &quot;Burst&quot; Anfragen und füllt sich mit &quot;Pro Minute&quot; wieder auf. Senken Sie die Werte, um X-RateLimit-*-Header, 429-Antworten und Retry-After in Aktion zu sehen; Änderungen gelten sofort und bleiben erhalten.</translation>
    </message>
    <message>
        <source>Rate limits per API group</source>
        <translation>Rate Limits je API-Gruppe</translation>
    </message>
    <message>
        <source>API group</source>
        <translation>API-Gruppe</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Pro Minute</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply rate limits</source>
        <translation>Rate Limits übernehmen</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <source>Fill in the default rate limits</source>
        <translation>Die Standard-Rate-Limits eintragen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Key in the rate-limits file: %1</source>
        <translation>Schlüssel in der Rate-Limit-Datei: %1</translation>
    </message>
    <message>
        <source>%1: requests per minute</source>
        <translation>%1: Anfragen pro Minute</translation>
    </message>
    <message>
        <source>%1: burst</source>
        <translation>%1: Burst</translation>
    </message>
    <message>
        <source>Applied and saved.</source>
        <translation>Übernommen und gespeichert.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the value; a stored value is read from the keychain</source>
        <translation>Den Wert anzeigen oder verbergen; ein gespeicherter Wert wird aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Den Wert in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Load %1 from a file</source>
        <translation>%1 aus einer Datei laden</translation>
    </message>
    <message>
        <source>Read the value from a file (PEM)</source>
        <translation>Den Wert aus einer Datei lesen (PEM)</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Kept in the keychain; Show reads it</source>
        <translation>Im Schlüsselbund gespeichert; &quot;Anzeigen&quot; liest es aus</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>There is no value to copy.</source>
        <translation>Es gibt keinen Wert zum Kopieren.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Nothing is stored for this profile yet.</source>
        <translation>Für dieses Profil ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 KiB; choose the key file itself.</source>
        <translation>%1 ist größer als 64 KiB; wählen Sie die Schlüsseldatei selbst.</translation>
    </message>
    <message>
        <source>Read from %1; saved to the keychain when you save the profile.</source>
        <translation>Aus %1 gelesen; wird beim Speichern des Profils im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>Setup::Checks</name>
    <message>
        <source>Enter an id: letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Geben Sie eine ID ein: Buchstaben, Ziffern, &quot;-&quot; und &quot;_&quot;.</translation>
    </message>
    <message>
        <source>Shorten the id to at most 64 characters (it has %1).</source>
        <translation>Kürzen Sie die ID auf höchstens 64 Zeichen (sie hat %1).</translation>
    </message>
    <message>
        <source>Use only letters, digits, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, &quot;-&quot; und &quot;_&quot;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken: choose another.</source>
        <translation>Die ID &quot;%1&quot; ist vergeben: wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Enter a duration such as &quot;1h&quot;, &quot;30m&quot; or &quot;1h30m&quot;.</source>
        <translation>Geben Sie eine Dauer wie &quot;1h&quot;, &quot;30m&quot; oder &quot;1h30m&quot; ein.</translation>
    </message>
    <message>
        <source>Enter a duration greater than zero, such as &quot;30m&quot;.</source>
        <translation>Geben Sie eine Dauer größer als null ein, etwa &quot;30m&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: use a number with a unit (h, m, s, ms), e.g. &quot;1h30m&quot;.</source>
        <translation>&quot;%1&quot; ist keine Dauer: verwenden Sie eine Zahl mit Einheit (h, m, s, ms), z. B. &quot;1h30m&quot;.</translation>
    </message>
    <message>
        <source>Enter a shorter duration (at most about 290 years).</source>
        <translation>Geben Sie eine kürzere Dauer ein (höchstens etwa 290 Jahre).</translation>
    </message>
    <message>
        <source>Enter the colour as #RRGGBB, e.g. #1f6feb.</source>
        <translation>Geben Sie die Farbe als #RRGGBB ein, z. B. #1f6feb.</translation>
    </message>
</context>
<context>
    <name>Setup::ClientPage</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>The application client to sign in with. Its id and secret become a connection profile.</source>
        <translation>Der Anwendungs-Client, mit dem Sie sich anmelden. Seine ID und sein Secret werden zu einem Verbindungsprofil.</translation>
    </message>
    <message>
        <source>My application</source>
        <translation>Meine Anwendung</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <source>&amp;Grant types:</source>
        <translation>&amp;Grant Types:</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant Types</translation>
    </message>
    <message>
        <source>One URI a line. The console&apos;s loopback URI comes first: the sign-in returns there.</source>
        <translation>Eine URI pro Zeile. Die Loopback-URI der Konsole steht an erster Stelle: die Anmeldung kehrt dorthin zurück.</translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation>&amp;Redirect-URIs:</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Redirect-URIs</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Token endpoint authentication method</source>
        <translation>Authentifizierungsmethode am Token-Endpunkt</translation>
    </message>
    <message>
        <source>Space-separated scopes the application may ask for.</source>
        <translation>Durch Leerzeichen getrennte Scopes, die die Anwendung anfordern darf.</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Cr&amp;eate Application</source>
        <translation>Anwendung an&amp;legen</translation>
    </message>
    <message>
        <source>Create application</source>
        <translation>Anwendung anlegen</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; is created; its connection is &quot;%2&quot;. Continue with Next.</source>
        <translation>Die Anwendung &quot;%1&quot; ist angelegt; ihre Verbindung ist &quot;%2&quot;. Fahren Sie mit Weiter fort.</translation>
    </message>
    <message>
        <source>Enter a name for the application.</source>
        <translation>Geben Sie einen Namen für die Anwendung ein.</translation>
    </message>
    <message>
        <source>Enable at least one grant type.</source>
        <translation>Aktivieren Sie mindestens einen Grant Type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI.</source>
        <translation>&quot;%1&quot; ist keine absolute URI.</translation>
    </message>
    <message>
        <source>Enter a redirect URI: the authorization-code grant returns there.</source>
        <translation>Geben Sie eine Redirect-URI ein: der Authorization-Code-Grant kehrt dorthin zurück.</translation>
    </message>
    <message>
        <source>Creating application…</source>
        <translation>Anwendung wird angelegt…</translation>
    </message>
    <message>
        <source>The application was not created.</source>
        <translation>Die Anwendung wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>The application &quot;%1&quot; was created, but its connection could not be saved: %2</source>
        <translation>Die Anwendung &quot;%1&quot; wurde angelegt, aber ihre Verbindung konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The application&apos;s secret could not be stored in the keychain: %1 Rotate the secret in the admin browser, then enter it in the connection.</source>
        <translation>Das Secret der Anwendung konnte nicht im Schlüsselbund gespeichert werden: %1 Erneuern Sie das Secret im Admin-Browser und geben Sie es dann in der Verbindung ein.</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Grant Type</translation>
    </message>
</context>
<context>
    <name>Setup::ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Choose the tenant to set up. The local sandbox needs nothing typed.</source>
        <translation>Wählen Sie den einzurichtenden Tenant. Die lokale Sandbox braucht keine Eingaben.</translation>
    </message>
    <message>
        <source>&amp;Local sandbox</source>
        <translation>&amp;Lokale Sandbox</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>&amp;Cloudentity tenant</source>
        <translation>&amp;Cloudentity-Tenant</translation>
    </message>
    <message>
        <source>Cloudentity tenant</source>
        <translation>Cloudentity-Tenant</translation>
    </message>
    <message>
        <source>Tenant &amp;URL:</source>
        <translation>Tenant-&amp;URL:</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>Tenant-URL</translation>
    </message>
    <message>
        <source>The tenant&apos;s address; or leave it empty and give the tenant id and region.</source>
        <translation>Die Adresse des Tenants; oder lassen Sie sie leer und geben Sie Tenant-ID und Region an.</translation>
    </message>
    <message>
        <source>Tenant &amp;id:</source>
        <translation>Tenant-&amp;ID:</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Tenant-ID</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Admin client i&amp;d:</source>
        <translation>Admin-Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Admin client id</source>
        <translation>Admin-Client-ID</translation>
    </message>
    <message>
        <source>A client of the tenant&apos;s admin workspace with access to the admin API.</source>
        <translation>Ein Client des Admin-Workspaces des Tenants mit Zugriff auf die Admin-API.</translation>
    </message>
    <message>
        <source>Admin client &amp;secret:</source>
        <translation>Admin-Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Admin client secret</source>
        <translation>Admin-Client-Secret</translation>
    </message>
    <message>
        <source>Stored in the system keychain only, never in a file.</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>The tenant URL is not a URL: enter it as https://TENANT.REGION.authz.cloudentity.io.</source>
        <translation>Die Tenant-URL ist keine URL: geben Sie sie als https://TENANT.REGION.authz.cloudentity.io ein.</translation>
    </message>
    <message>
        <source>Cannot read the tenant and region from %1: enter the tenant id and region instead.</source>
        <translation>Tenant und Region lassen sich nicht aus %1 lesen: geben Sie stattdessen Tenant-ID und Region ein.</translation>
    </message>
    <message>
        <source>Enter the tenant URL, or the tenant id and its region (e.g. &quot;us&quot;, &quot;eu&quot;).</source>
        <translation>Geben Sie die Tenant-URL ein, oder die Tenant-ID und ihre Region (z. B. &quot;us&quot;, &quot;eu&quot;).</translation>
    </message>
    <message>
        <source>Enter the admin client&apos;s id and secret (a client of the tenant&apos;s admin workspace).</source>
        <translation>Geben Sie ID und Secret des Admin-Clients ein (ein Client des Admin-Workspaces des Tenants).</translation>
    </message>
    <message>
        <source>Cloudentity admin (%1)</source>
        <translation>Cloudentity-Admin (%1)</translation>
    </message>
    <message>
        <source>Cloudentity admin (%1, %2)</source>
        <translation>Cloudentity-Admin (%1, %2)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>The local sandbox is not running: see View &gt; Local Sandbox, then test again.</source>
        <translation>Die lokale Sandbox läuft nicht: siehe Ansicht &gt; Lokale Sandbox, dann erneut testen.</translation>
    </message>
    <message>
        <source>The admin client secret could not be stored in the keychain: %1</source>
        <translation>Das Secret des Admin-Clients konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The admin API answered %1: check the tenant and the admin client.</source>
        <translation>Die Admin-API antwortete %1: prüfen Sie den Tenant und den Admin-Client.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n workspace(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Workspace.</numerusform>
            <numerusform>Verbunden mit %1: %n Workspaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bul&amp;k Apply a File…</source>
        <translation>Bul&amp;k-Datei anwenden…</translation>
    </message>
    <message>
        <source>Bulk apply a file of workspaces, IDPs and clients</source>
        <translation>Eine Bulk-Datei mit Workspaces, IDPs und Clients anwenden</translation>
    </message>
    <message>
        <source>Creates many workspaces, IDPs and clients from a JSON file, paced to the rate limit, instead of one by one.</source>
        <translation>Legt viele Workspaces, IDPs und Clients aus einer JSON-Datei an, im Tempo des Rate Limits, statt jedes einzeln.</translation>
    </message>
</context>
<context>
    <name>Setup::CreateRequest</name>
    <message>
        <source>Correct the fields marked in red, then create again.</source>
        <translation>Korrigieren Sie die rot markierten Felder und legen Sie sie dann erneut an.</translation>
    </message>
</context>
<context>
    <name>Setup::IdpPage</name>
    <message>
        <source>Identity Provider</source>
        <translation>Identity Provider</translation>
    </message>
    <message>
        <source>A static identity provider with mock users to sign in with.</source>
        <translation>Ein statischer Identity Provider mit Test-Benutzern zum Anmelden.</translation>
    </message>
    <message>
        <source>Identity provider id</source>
        <translation>ID des Identity Providers</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Identity provider name</source>
        <translation>Name des Identity Providers</translation>
    </message>
    <message>
        <source>Mock users</source>
        <translation>Test-Benutzer</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Authentication context (JSON)</source>
        <translation>Authentifizierungskontext (JSON)</translation>
    </message>
    <message>
        <source>Additional attributes (JSON)</source>
        <translation>Zusätzliche Attribute (JSON)</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell. The JSON columns take an object, e.g. {&quot;name&quot;: &quot;Alice&quot;}.</source>
        <translation>F2 oder Tippen bearbeitet eine Zelle. Die JSON-Spalten nehmen ein Objekt auf, z. B. {&quot;name&quot;: &quot;Alice&quot;}.</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Remove Use&amp;r</source>
        <translation>Benutzer en&amp;tfernen</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Im&amp;port Users…</source>
        <translation>Benutzer im&amp;portieren…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Add users from a CSV file (a header row: username,password,email,…) or a JSON file.</source>
        <translation>Benutzer aus einer CSV-Datei (mit Kopfzeile: username,password,email,…) oder einer JSON-Datei hinzufügen.</translation>
    </message>
    <message>
        <source>Cr&amp;eate Identity Provider</source>
        <translation>Identity Provider an&amp;legen</translation>
    </message>
    <message>
        <source>Create identity provider</source>
        <translation>Identity Provider anlegen</translation>
    </message>
    <message>
        <source>Identity provider &quot;%1&quot; is created. Continue with Next.</source>
        <translation>Der Identity Provider &quot;%1&quot; ist angelegt. Fahren Sie mit Weiter fort.</translation>
    </message>
    <message>
        <source>Not JSON (%1 at character %2): enter an object such as {&quot;name&quot;: &quot;Alice&quot;}.</source>
        <translation>Kein JSON (%1 bei Zeichen %2): geben Sie ein Objekt wie {&quot;name&quot;: &quot;Alice&quot;} ein.</translation>
    </message>
    <message>
        <source>Enter a JSON object, such as {&quot;name&quot;: &quot;Alice&quot;}.</source>
        <translation>Geben Sie ein JSON-Objekt ein, etwa {&quot;name&quot;: &quot;Alice&quot;}.</translation>
    </message>
    <message>
        <source>The CSV file needs a header row with a &quot;username&quot; column.</source>
        <translation>Die CSV-Datei braucht eine Kopfzeile mit einer Spalte &quot;username&quot;.</translation>
    </message>
    <message>
        <source>Line %1: the %2 column must hold a JSON object.</source>
        <translation>Zeile %1: die Spalte %2 muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at character %2).</source>
        <translation>Die Datei ist kein JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Give the users as a JSON array, or an object with &quot;users&quot;.</source>
        <translation>Geben Sie die Benutzer als JSON-Array an, oder als Objekt mit &quot;users&quot;.</translation>
    </message>
    <message>
        <source>Every user needs to be an object with a &quot;username&quot;.</source>
        <translation>Jeder Benutzer muss ein Objekt mit einem &quot;username&quot; sein.</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Users (*.csv *.json);;All files (*)</source>
        <translation>Benutzer (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n Benutzer importiert.</numerusform>
            <numerusform>%n Benutzer importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row %1: enter a username.</source>
        <translation>Zeile %1: geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Row %1: enter a password.</source>
        <translation>Zeile %1: geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>Add at least one user to sign in with.</source>
        <translation>Fügen Sie mindestens einen Benutzer zum Anmelden hinzu.</translation>
    </message>
    <message>
        <source>Creating identity provider…</source>
        <translation>Identity Provider wird angelegt…</translation>
    </message>
    <message>
        <source>The identity provider was not created.</source>
        <translation>Der Identity Provider wurde nicht angelegt.</translation>
    </message>
</context>
<context>
    <name>Setup::TryPage</name>
    <message>
        <source>Try It</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Sign in to the new workspace in the browser with one of the mock users.</source>
        <translation>Melden Sie sich im Browser mit einem der Test-Benutzer beim neuen Workspace an.</translation>
    </message>
    <message>
        <source>&amp;Sign In in the Browser</source>
        <translation>Im Browser &amp;anmelden</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-in</source>
        <translation>Anmeldung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>&amp;Decoded tokens:</source>
        <translation>&amp;Dekodierte Tokens:</translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation>Dekodierte Tokens</translation>
    </message>
    <message>
        <source>Sign in with one of the identity provider&apos;s users.</source>
        <translation>Melden Sie sich mit einem der Benutzer des Identity Providers an.</translation>
    </message>
    <message>
        <source>Sign in as &quot;%1&quot; with the password you gave in the users table.</source>
        <translation>Melden Sie sich als &quot;%1&quot; mit dem Passwort an, das Sie in der Benutzertabelle angegeben haben.</translation>
    </message>
    <message>
        <source>The application&apos;s connection is gone: go back and create the application again.</source>
        <translation>Die Verbindung der Anwendung besteht nicht mehr: gehen Sie zurück und legen Sie die Anwendung erneut an.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Warten auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation>Der Code wird gegen Tokens eingetauscht…</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Browser wird geöffnet…</translation>
    </message>
    <message>
        <source>The sign-in did not complete: try again.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Signed in: the workspace works. The tokens are on the Tokens page too.</source>
        <translation>Angemeldet: der Workspace funktioniert. Die Tokens stehen auch auf der Seite Tokens.</translation>
    </message>
</context>
<context>
    <name>Setup::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Describe the workspace (authorization server) to create. The defaults give a working sign-in.</source>
        <translation>Beschreiben Sie den anzulegenden Workspace (Autorisierungsserver). Die Standardwerte ergeben eine funktionierende Anmeldung.</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &quot;-&quot; and &quot;_&quot;; part of every URL of the workspace.</source>
        <translation>1–64 Buchstaben, Ziffern, &quot;-&quot; und &quot;_&quot;; Teil jeder URL des Workspaces.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation>Workspace-ID</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mein Workspace</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Workspaces</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Workspace profile</source>
        <translation>Workspace-Profil</translation>
    </message>
    <message>
        <source>The other types (admin, developer, system) are the tenant&apos;s own.</source>
        <translation>Die anderen Typen (admin, developer, system) gehören dem Tenant selbst.</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Workspace type</source>
        <translation>Workspace-Typ</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>Fa&amp;rbe:</translation>
    </message>
    <message>
        <source>Workspace colour</source>
        <translation>Workspace-Farbe</translation>
    </message>
    <message>
        <source>&amp;Grant types:</source>
        <translation>&amp;Grant Types:</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Grant Type</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant Types</translation>
    </message>
    <message>
        <source>&amp;Token endpoint authentication:</source>
        <translation>&amp;Token-Endpunkt-Authentifizierung:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Token endpoint authentication methods</source>
        <translation>Authentifizierungsmethoden am Token-Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Access token format:</source>
        <translation>&amp;Access-Token-Format:</translation>
    </message>
    <message>
        <source>Access token strategy</source>
        <translation>Access-Token-Strategie</translation>
    </message>
    <message>
        <source>Signing &amp;key type:</source>
        <translation>Signat&amp;urschlüsseltyp:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Access token &amp;lifetime:</source>
        <translation>&amp;Lebensdauer des Access Tokens:</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Lebensdauer des Access Tokens</translation>
    </message>
    <message>
        <source>I&amp;D token lifetime:</source>
        <translation>Lebensdauer des I&amp;D-Tokens:</translation>
    </message>
    <message>
        <source>ID token lifetime</source>
        <translation>Lebensdauer des ID-Tokens</translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation>Lebensdauer des Refres&amp;h Tokens:</translation>
    </message>
    <message>
        <source>Refresh token lifetime</source>
        <translation>Lebensdauer des Refresh Tokens</translation>
    </message>
    <message>
        <source>Authori&amp;zation code lifetime:</source>
        <translation>Lebensdauer des Aut&amp;orisierungscodes:</translation>
    </message>
    <message>
        <source>Authorization code lifetime</source>
        <translation>Lebensdauer des Autorisierungscodes</translation>
    </message>
    <message>
        <source>A duration: &quot;1h&quot;, &quot;30m&quot;, &quot;1h30m&quot;, &quot;90s&quot;, &quot;2d&quot;.</source>
        <translation>Eine Dauer: &quot;1h&quot;, &quot;30m&quot;, &quot;1h30m&quot;, &quot;90s&quot;, &quot;2d&quot;.</translation>
    </message>
    <message>
        <source>Require PKCE f&amp;or every client</source>
        <translation>PKCE für &amp;jeden Client verlangen</translation>
    </message>
    <message>
        <source>Require PKCE for every client</source>
        <translation>PKCE für jeden Client verlangen</translation>
    </message>
    <message>
        <source>Require PKCE for p&amp;ublic clients</source>
        <translation>PKCE für &amp;öffentliche Clients verlangen</translation>
    </message>
    <message>
        <source>Require PKCE for public clients</source>
        <translation>PKCE für öffentliche Clients verlangen</translation>
    </message>
    <message>
        <source>&amp;Subject identifiers:</source>
        <translation>&amp;Subject Identifier:</translation>
    </message>
    <message>
        <source>Subject identifier type</source>
        <translation>Subject-Identifier-Typ</translation>
    </message>
    <message>
        <source>Subject identifier types</source>
        <translation>Subject-Identifier-Typen</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>A&amp;nfrage:</translation>
    </message>
    <message>
        <source>Workspace request preview</source>
        <translation>Vorschau der Workspace-Anfrage</translation>
    </message>
    <message>
        <source>Cr&amp;eate Workspace</source>
        <translation>Wor&amp;kspace anlegen</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Workspace anlegen</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is created. Continue with Next.</source>
        <translation>Der Workspace &quot;%1&quot; ist angelegt. Fahren Sie mit Weiter fort.</translation>
    </message>
    <message>
        <source>Enable at least one grant type.</source>
        <translation>Aktivieren Sie mindestens einen Grant Type.</translation>
    </message>
    <message>
        <source>Allow at least one authentication method.</source>
        <translation>Erlauben Sie mindestens eine Authentifizierungsmethode.</translation>
    </message>
    <message>
        <source>Choose at least one subject identifier type.</source>
        <translation>Wählen Sie mindestens einen Subject-Identifier-Typ.</translation>
    </message>
    <message>
        <source>Creating workspace…</source>
        <translation>Workspace wird angelegt…</translation>
    </message>
    <message>
        <source>The workspace was not created.</source>
        <translation>Der Workspace wurde nicht angelegt.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set Up a Workspace</source>
        <translation>Workspace einrichten</translation>
    </message>
    <message>
        <source>Workspace setup wizard</source>
        <translation>Assistent zum Einrichten eines Workspaces</translation>
    </message>
    <message>
        <source>&amp;What was created:</source>
        <translation>Ang&amp;elegt:</translation>
    </message>
    <message>
        <source>Created items</source>
        <translation>Angelegte Elemente</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an item in the admin browser.</source>
        <translation>Doppelklicken oder Eingabe drücken, um ein Element im Admin-Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Start O&amp;ver</source>
        <translation>&amp;Von vorn beginnen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <source>Forget this wizard&apos;s progress for the connection; created items are kept.</source>
        <translation>Den Fortschritt dieses Assistenten für die Verbindung vergessen; angelegte Elemente bleiben erhalten.</translation>
    </message>
    <message>
        <source>Open in the admin browser</source>
        <translation>Im Admin-Browser öffnen</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Workspace %1</translation>
    </message>
    <message>
        <source>Identity provider %1</source>
        <translation>Identity Provider %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message numerus="yes">
        <source>(not a JWT: an opaque token of %n character(s))</source>
        <translation>
            <numerusform>(kein JWT: ein opakes Token mit %n Zeichen)</numerusform>
            <numerusform>(kein JWT: ein opakes Token mit %n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemBrowserLauncher</name>
    <message>
        <source>The system browser could not be opened. Copy the authorization URL into a browser, or set a browser command.</source>
        <translation>Der Systembrowser konnte nicht geöffnet werden. Kopieren Sie die Autorisierungs-URL in einen Browser, oder legen Sie einen Browser-Befehl fest.</translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>The redirect carries an error instead of a token: %1</source>
        <translation>Die Umleitung enthält einen Fehler statt eines Tokens: %1</translation>
    </message>
    <message>
        <source>The redirect carries an error instead of a token: %1 (%2)</source>
        <translation>Die Umleitung enthält einen Fehler statt eines Tokens: %1 (%2)</translation>
    </message>
    <message>
        <source>The URL has no access_token, id_token, refresh_token or code parameter in its query or fragment.</source>
        <translation>Die URL hat keinen Parameter access_token, id_token, refresh_token oder code in Query oder Fragment.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB; a token is never that large.</source>
        <translation>Die Eingabe ist größer als %1 MiB; ein Token ist nie so groß.</translation>
    </message>
    <message>
        <source>Nothing to inspect: paste a token, an Authorization header or a redirect URL.</source>
        <translation>Nichts zu untersuchen: fügen Sie ein Token, einen Authorization-Header oder eine Redirect-URL ein.</translation>
    </message>
    <message>
        <source>The Authorization header has no value.</source>
        <translation>Der Authorization-Header hat keinen Wert.</translation>
    </message>
    <message>
        <source>&quot;Bearer&quot; is followed by no token.</source>
        <translation>Auf &quot;Bearer&quot; folgt kein Token.</translation>
    </message>
</context>
<context>
    <name>TokenInputPanel</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Token input</source>
        <translation>Token-Eingabe</translation>
    </message>
    <message>
        <source>Paste a JWT, a Bearer header or a redirect URL; it is decoded as you type</source>
        <translation>Fügen Sie ein JWT, einen Bearer-Header oder eine Redirect-URL ein; es wird beim Tippen dekodiert</translation>
    </message>
    <message>
        <source>Paste a JWT, &quot;Authorization: Bearer …&quot; or a redirect URL with id_token / access_token, or drop a file here</source>
        <translation>Fügen Sie ein JWT, &quot;Authorization: Bearer …&quot; oder eine Redirect-URL mit id_token / access_token ein, oder legen Sie hier eine Datei ab</translation>
    </message>
    <message>
        <source>Open token file</source>
        <translation>Token-Datei öffnen</translation>
    </message>
    <message>
        <source>Read a token from a file (at most 1 MiB), %1</source>
        <translation>Ein Token aus einer Datei lesen (höchstens 1 MiB), %1</translation>
    </message>
    <message>
        <source>Clear token input</source>
        <translation>Token-Eingabe leeren</translation>
    </message>
    <message>
        <source>Token to show</source>
        <translation>Anzuzeigendes Token</translation>
    </message>
    <message>
        <source>The input holds several tokens: choose the one to inspect</source>
        <translation>Die Eingabe enthält mehrere Tokens: wählen Sie das zu untersuchende</translation>
    </message>
    <message>
        <source>Input message</source>
        <translation>Eingabemeldung</translation>
    </message>
    <message>
        <source>Open Token File</source>
        <translation>Token-Datei öffnen</translation>
    </message>
    <message>
        <source>Token files (*.jwt *.txt *.token);;All files (*)</source>
        <translation>Token-Dateien (*.jwt *.txt *.token);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>%1 kann nicht geöffnet werden: es ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB and was not loaded: a token file is much smaller.</source>
        <translation>%1 ist größer als 1 MiB und wurde nicht geladen: eine Token-Datei ist viel kleiner.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>No token found in the input.</source>
        <translation>Kein Token in der Eingabe gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n token(s) in the input.</source>
        <translation>
            <numerusform>%n Token in der Eingabe gefunden.</numerusform>
            <numerusform>%n Tokens in der Eingabe gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>URL query</source>
        <translation>URL-Query</translation>
    </message>
    <message>
        <source>URL fragment</source>
        <translation>URL-Fragment</translation>
    </message>
    <message>
        <source>Bearer value</source>
        <translation>Bearer-Wert</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Token, Authori&amp;zation header or redirect URL:</source>
        <translation>&amp;Token, Authorization-Header oder Redirect-URL:</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>The stored private key cannot be used: %1 Store it again as an unencrypted PEM private key or a private JWK.</source>
        <translation>Der gespeicherte private Schlüssel kann nicht verwendet werden: %1 Speichern Sie ihn erneut als unverschlüsselten PEM-Private-Key oder als privaten JWK.</translation>
    </message>
    <message>
        <source>no key in it.</source>
        <translation>er enthält keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The stored key for private_key_jwt has no usable private key (an encrypted PEM key, a public key or a certificate cannot sign). Store the unencrypted private key as PEM or as a JWK with its private members.</source>
        <translation>Der gespeicherte Schlüssel für private_key_jwt enthält keinen verwendbaren privaten Schlüssel (ein verschlüsselter PEM-Schlüssel, ein Public Key oder ein Zertifikat kann nicht signieren). Speichern Sie den unverschlüsselten privaten Schlüssel als PEM oder als JWK mit seinen privaten Elementen.</translation>
    </message>
    <message>
        <source>The private key is of a type that cannot sign a client assertion (RSA, EC P-256/384/521 and Ed25519/Ed448 can).</source>
        <translation>Der private Schlüssel hat einen Typ, der keine Client Assertion signieren kann (RSA, EC P-256/384/521 und Ed25519/Ed448 können es).</translation>
    </message>
    <message>
        <source>Check the client id and secret. If they are right, the server may expect client_secret_post instead of client_secret_basic, or the Basic credentials without form-encoding (the profile&apos;s raw Basic switch).</source>
        <translation>Prüfen Sie Client-ID und Secret. Wenn sie stimmen, erwartet der Server eventuell client_secret_post statt client_secret_basic oder die Basic-Zugangsdaten ohne Form-Kodierung (die Option für unkodiertes Basic im Profil).</translation>
    </message>
    <message>
        <source>Check the client id and secret. If they are right, the server may expect client_secret_basic instead of client_secret_post.</source>
        <translation>Prüfen Sie Client-ID und Secret. Wenn sie stimmen, erwartet der Server eventuell client_secret_basic statt client_secret_post.</translation>
    </message>
    <message>
        <source>The server wants this client to authenticate: choose the client authentication method it was registered with and store its secret.</source>
        <translation>Der Server verlangt, dass sich dieser Client authentifiziert: wählen Sie die Client-Authentifizierungsmethode, mit der er registriert wurde, und speichern Sie sein Secret.</translation>
    </message>
    <message>
        <source>Check the client id and the key or secret; the server may expect another client authentication method (client_secret_basic or client_secret_post), or the assertion&apos;s audience to be the issuer.</source>
        <translation>Prüfen Sie die Client-ID und den Schlüssel bzw. das Secret; der Server erwartet eventuell eine andere Client-Authentifizierungsmethode (client_secret_basic oder client_secret_post) oder den Aussteller als Audience der Assertion.</translation>
    </message>
    <message>
        <source>The client secret is empty; client_secret_jwt needs one.</source>
        <translation>Das Client Secret ist leer; client_secret_jwt benötigt eines.</translation>
    </message>
    <message>
        <source>Client assertions are only made for client_secret_jwt and private_key_jwt.</source>
        <translation>Client Assertions werden nur für client_secret_jwt und private_key_jwt erstellt.</translation>
    </message>
    <message>
        <source>The client assertion could not be signed with the stored key or secret.</source>
        <translation>Die Client Assertion konnte mit dem gespeicherten Schlüssel oder Secret nicht signiert werden.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no token endpoint. Fill the endpoints from the issuer (discovery) or set the token endpoint.</source>
        <translation>Das Profil &quot;%1&quot; hat keinen Token-Endpunkt. Füllen Sie die Endpunkte vom Aussteller aus (Discovery) oder setzen Sie den Token-Endpunkt.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client id; set it first.</source>
        <translation>Das Profil &quot;%1&quot; hat keine Client-ID; setzen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>No keychain is available to read the %1 of the profile &quot;%2&quot;.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um das Secret &quot;%1&quot; des Profils &quot;%2&quot; zu lesen.</translation>
    </message>
    <message>
        <source>No %1 is stored in the keychain for the profile &quot;%2&quot;. Store it first (for example with &quot;tokenscope profile add ... --client-secret-stdin&quot; or in the profile editor).</source>
        <translation>Für das Profil &quot;%2&quot; ist kein Secret &quot;%1&quot; im Schlüsselbund gespeichert. Speichern Sie es zuerst (zum Beispiel mit &quot;tokenscope profile add ... --client-secret-stdin&quot; oder im Profil-Editor).</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; cannot be read: no keychain is available. %3</source>
        <translation>Das Secret &quot;%1&quot; des Profils &quot;%2&quot; kann nicht gelesen werden: es ist kein Schlüsselbund verfügbar. %3</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; cannot be read from the keychain: %3</source>
        <translation>Das Secret &quot;%1&quot; des Profils &quot;%2&quot; kann nicht aus dem Schlüsselbund gelesen werden: %3</translation>
    </message>
    <message>
        <source>Check the client id and that the server registered this client certificate (its subject or subject alternative name) for tls_client_auth.</source>
        <translation>Prüfen Sie die Client-ID und ob der Server dieses Client-Zertifikat (seinen Subject oder Subject Alternative Name) für tls_client_auth registriert hat.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no %2. Fill the endpoints from the issuer (discovery) or set it in the profile.</source>
        <translation>Das Profil &quot;%1&quot; hat keinen %2. Füllen Sie die Endpunkte vom Aussteller (Discovery) oder legen Sie ihn im Profil fest.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses tls_client_auth but names no client certificate. Set the client certificate (a PEM file) in the profile&apos;s TLS settings.</source>
        <translation>Das Profil &quot;%1&quot; verwendet tls_client_auth, nennt aber kein Client-Zertifikat. Legen Sie das Client-Zertifikat (eine PEM-Datei) in den TLS-Einstellungen des Profils fest.</translation>
    </message>
    <message>
        <source>The TLS client key of the profile &quot;%1&quot; is empty. Store the certificate&apos;s private key (unencrypted PEM) for it.</source>
        <translation>Der TLS-Client-Schlüssel des Profils &quot;%1&quot; ist leer. Speichern Sie dafür den privaten Schlüssel des Zertifikats (unverschlüsseltes PEM).</translation>
    </message>
    <message>
        <source>No TLS client key is stored in the keychain for the profile &quot;%1&quot;. Paste the client certificate&apos;s private key (unencrypted PEM) into the profile&apos;s TLS client key field.</source>
        <translation>Im Schlüsselbund ist für das Profil &quot;%1&quot; kein TLS-Client-Schlüssel gespeichert. Fügen Sie den privaten Schlüssel des Client-Zertifikats (unverschlüsseltes PEM) in das Feld für den TLS-Client-Schlüssel des Profils ein.</translation>
    </message>
    <message>
        <source>The assertion could not be signed with the private key.</source>
        <translation>Die Assertion konnte nicht mit dem privaten Schlüssel signiert werden.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>No answer from the token endpoint %1: %2</source>
        <translation>Keine Antwort vom Token-Endpunkt %1: %2</translation>
    </message>
    <message>
        <source>the request failed.</source>
        <translation>die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 with an HTML page instead of JSON. Check the token endpoint URL (and a proxy or login page in between).</source>
        <translation>Der Token-Endpunkt %1 antwortete mit HTTP %2 und einer HTML-Seite statt JSON. Prüfen Sie die URL des Token-Endpunkts (und einen dazwischenliegenden Proxy oder eine Login-Seite).</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 with a body that is not a JSON object. Check the token endpoint URL.</source>
        <translation>Der Token-Endpunkt %1 antwortete mit HTTP %2 und einem Body, der kein JSON-Objekt ist. Prüfen Sie die URL des Token-Endpunkts.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request (HTTP %1): %2</source>
        <translation>Der Token-Endpunkt hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 without an OAuth error document.</source>
        <translation>Der Token-Endpunkt %1 antwortete mit HTTP %2 ohne OAuth-Fehlerdokument.</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 without an access_token.</source>
        <translation>Der Token-Endpunkt %1 antwortete mit HTTP %2 ohne access_token.</translation>
    </message>
    <message>
        <source>The answer of the token endpoint %1 (HTTP %2) did not arrive whole: %3</source>
        <translation>Die Antwort des Token-Endpunkts %1 (HTTP %2) ist nicht vollständig angekommen: %3</translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>opaque</source>
        <translation>opak</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>kein Ablauf angegeben</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh Token</translation>
    </message>
</context>
<context>
    <name>TokenSetView</name>
    <message>
        <source>Refresh automatically before expiry</source>
        <translation>Vor Ablauf automatisch erneuern</translation>
    </message>
    <message>
        <source>Open in Inspector</source>
        <translation>Im Inspektor öffnen</translation>
    </message>
    <message>
        <source>Open the selected token in the inspector</source>
        <translation>Das ausgewählte Token im Inspektor öffnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected token</source>
        <translation>Das ausgewählte Token kopieren</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>Introspection</translation>
    </message>
    <message>
        <source>Introspect the selected token</source>
        <translation>Introspection für das ausgewählte Token ausführen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Das ausgewählte Token widerrufen</translation>
    </message>
    <message>
        <source>Userinfo</source>
        <translation>Userinfo</translation>
    </message>
    <message>
        <source>Call userinfo with the access token</source>
        <translation>Userinfo mit dem Access Token aufrufen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Uses the refresh token at 75% of the access token&apos;s lifetime</source>
        <translation>Verwendet das Refresh Token nach 75 % der Lebensdauer des Access Tokens</translation>
    </message>
    <message>
        <source>Result of the token action</source>
        <translation>Ergebnis der Token-Aktion</translation>
    </message>
    <message>
        <source>Introspection, revocation and userinfo results show here.</source>
        <translation>Hier erscheinen die Ergebnisse von Introspection, Revocation und Userinfo.</translation>
    </message>
    <message>
        <source>No tokens yet: choose a connection and a grant, then Get Token.</source>
        <translation>Noch keine Tokens: wählen Sie eine Verbindung und einen Grant, dann Token abrufen.</translation>
    </message>
    <message>
        <source>%1 · %2 · obtained %3</source>
        <translation>%1 · %2 · abgerufen %3</translation>
    </message>
    <message>
        <source>The refresh token was rotated: the server issued a new one and the old one no longer works. The new one is stored.</source>
        <translation>Das Refresh Token wurde rotiert: der Server hat ein neues ausgestellt, und das alte funktioniert nicht mehr. Das neue ist gespeichert.</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>TokenVerifier</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>no &quot;alg&quot; in the header</source>
        <translation>kein &quot;alg&quot; im Header</translation>
    </message>
    <message>
        <source>JWE with RSA1_5 key encryption, enc %1: RSA1_5 is open to padding-oracle attacks; prefer RSA-OAEP</source>
        <translation>JWE mit RSA1_5-Schlüsselverschlüsselung, enc %1: RSA1_5 ist anfällig für Padding-Oracle-Angriffe; verwenden Sie besser RSA-OAEP</translation>
    </message>
    <message>
        <source>unknown JWE key management algorithm %1</source>
        <translation>unbekannter JWE-Key-Management-Algorithmus %1</translation>
    </message>
    <message>
        <source>unknown JWE content encryption %1</source>
        <translation>unbekannte JWE-Inhaltsverschlüsselung %1</translation>
    </message>
    <message>
        <source>JWE: key management %1, content encryption %2</source>
        <translation>JWE: Key Management %1, Inhaltsverschlüsselung %2</translation>
    </message>
    <message>
        <source>unknown algorithm %1 (alg names are case-sensitive, RFC 7515 §4.1.1)</source>
        <translation>unbekannter Algorithmus %1 (alg-Namen unterscheiden Groß- und Kleinschreibung, RFC 7515 §4.1.1)</translation>
    </message>
    <message>
        <source>&quot;none&quot;: the token is not signed (RFC 7519 §6); never accept it</source>
        <translation>&quot;none&quot;: das Token ist nicht signiert (RFC 7519 §6); akzeptieren Sie es nie</translation>
    </message>
    <message>
        <source>%1, an allowed algorithm</source>
        <translation>%1, ein erlaubter Algorithmus</translation>
    </message>
    <message>
        <source>%1, consistent with the key</source>
        <translation>%1, passend zum Schlüssel</translation>
    </message>
    <message>
        <source>%1 with public keys only: the algorithm-confusion attack (a public key used as an HMAC secret)</source>
        <translation>%1 mit ausschließlich Public Keys: der Algorithm-Confusion-Angriff (ein Public Key als HMAC-Secret verwendet)</translation>
    </message>
    <message>
        <source>%1 needs a public key, but only HMAC secrets were given</source>
        <translation>%1 benötigt einen Public Key, es wurden aber nur HMAC-Secrets angegeben</translation>
    </message>
    <message>
        <source>no key given fits %1</source>
        <translation>kein angegebener Schlüssel passt zu %1</translation>
    </message>
    <message>
        <source>no key given fits %1: %2</source>
        <translation>kein angegebener Schlüssel passt zu %1: %2</translation>
    </message>
    <message>
        <source>kid %1 names the recipient&apos;s decryption key (encrypted)</source>
        <translation>kid %1 benennt den Entschlüsselungsschlüssel des Empfängers (verschlüsselt)</translation>
    </message>
    <message>
        <source>encrypted: no signing key to look up</source>
        <translation>verschlüsselt: kein Signaturschlüssel nachzuschlagen</translation>
    </message>
    <message>
        <source>&quot;kid&quot; is not a string</source>
        <translation>&quot;kid&quot; ist kein String</translation>
    </message>
    <message>
        <source>no &quot;kid&quot; in the header</source>
        <translation>kein &quot;kid&quot; im Header</translation>
    </message>
    <message>
        <source>kid %1 (no keys given to look it up in)</source>
        <translation>kid %1 (keine Schlüssel angegeben, in denen sie gesucht werden könnte)</translation>
    </message>
    <message numerus="yes">
        <source>no &quot;kid&quot; in the header; trying the %n key(s) that fit</source>
        <translation>
            <numerusform>kein &quot;kid&quot; im Header; der %n passende Schlüssel wird probiert</numerusform>
            <numerusform>kein &quot;kid&quot; im Header; die %n passenden Schlüssel werden probiert</numerusform>
        </translation>
    </message>
    <message>
        <source>kid %1 found</source>
        <translation>kid %1 gefunden</translation>
    </message>
    <message>
        <source>kid %1 found, but that key cannot verify this token (see alg)</source>
        <translation>kid %1 gefunden, aber dieser Schlüssel kann dieses Token nicht verifizieren (siehe alg)</translation>
    </message>
    <message>
        <source>kid %1; the keys given have no kid, so every key that fits is tried</source>
        <translation>kid %1; die angegebenen Schlüssel haben keine kid, daher wird jeder passende Schlüssel probiert</translation>
    </message>
    <message numerus="yes">
        <source>kid %1 not found in the key set (%n key(s)); the keys may have rotated, or the token is from another issuer</source>
        <translation>
            <numerusform>kid %1 nicht im Key Set gefunden (%n Schlüssel); die Schlüssel wurden eventuell rotiert, oder das Token stammt von einem anderen Aussteller</numerusform>
            <numerusform>kid %1 nicht im Key Set gefunden (%n Schlüssel); die Schlüssel wurden eventuell rotiert, oder das Token stammt von einem anderen Aussteller</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted: a JWE has no signature to check here</source>
        <translation>verschlüsselt: ein JWE hat hier keine zu prüfende Signatur</translation>
    </message>
    <message>
        <source>no signature: alg &quot;none&quot;</source>
        <translation>keine Signatur: alg &quot;none&quot;</translation>
    </message>
    <message>
        <source>the signature is empty</source>
        <translation>die Signatur ist leer</translation>
    </message>
    <message>
        <source>no keys given: the signature was not checked</source>
        <translation>keine Schlüssel angegeben: die Signatur wurde nicht geprüft</translation>
    </message>
    <message>
        <source>cannot verify: the algorithm is unknown</source>
        <translation>Verifikation nicht möglich: der Algorithmus ist unbekannt</translation>
    </message>
    <message>
        <source>no key fits</source>
        <translation>kein Schlüssel passt</translation>
    </message>
    <message>
        <source>verified with %1</source>
        <translation>verifiziert mit %1</translation>
    </message>
    <message>
        <source>does not verify: %1</source>
        <translation>verifiziert nicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>does not verify with any of the %n key(s) that fit</source>
        <translation>
            <numerusform>verifiziert mit dem %n passenden Schlüssel nicht</numerusform>
            <numerusform>verifiziert mit keinem der %n passenden Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>no keys given</source>
        <translation>keine Schlüssel angegeben</translation>
    </message>
    <message>
        <source>no key fits the algorithm</source>
        <translation>kein Schlüssel passt zum Algorithmus</translation>
    </message>
    <message>
        <source>HMAC secret of %1 bytes, shorter than the %2-byte hash of %3: refused (RFC 7518 §3.2)</source>
        <translation>HMAC-Secret mit %1 Bytes, kürzer als der %2-Byte-Hash von %3: abgelehnt (RFC 7518 §3.2)</translation>
    </message>
    <message>
        <source>RSA key of %1 bits; use at least 2048 (RFC 7518 §3.3, §3.5)</source>
        <translation>RSA-Schlüssel mit %1 Bit; verwenden Sie mindestens 2048 (RFC 7518 §3.3, §3.5)</translation>
    </message>
    <message>
        <source>HMAC secret of %1 bytes, shorter than the %2-byte hash of %3 (RFC 7518 §3.2)</source>
        <translation>HMAC-Secret mit %1 Bytes, kürzer als der %2-Byte-Hash von %3 (RFC 7518 §3.2)</translation>
    </message>
    <message>
        <source>&quot;typ&quot; is not a string</source>
        <translation>&quot;typ&quot; ist kein String</translation>
    </message>
    <message>
        <source>%1: an RFC 9068 JWT access token</source>
        <translation>%1: ein JWT Access Token nach RFC 9068</translation>
    </message>
    <message>
        <source>no typ; an RFC 9068 access token has &quot;at+jwt&quot; (RFC 9068 §2.1)</source>
        <translation>kein typ; ein Access Token nach RFC 9068 hat &quot;at+jwt&quot; (RFC 9068 §2.1)</translation>
    </message>
    <message>
        <source>%1; an RFC 9068 access token has &quot;at+jwt&quot; (RFC 9068 §2.1)</source>
        <translation>%1; ein Access Token nach RFC 9068 hat &quot;at+jwt&quot; (RFC 9068 §2.1)</translation>
    </message>
    <message>
        <source>an ID token must not have typ %1: that marks an access token (RFC 9068 §4)</source>
        <translation>ein ID-Token darf nicht typ %1 haben: das kennzeichnet ein Access Token (RFC 9068 §4)</translation>
    </message>
    <message>
        <source>no typ (fine for an ID token)</source>
        <translation>kein typ (für ein ID-Token in Ordnung)</translation>
    </message>
    <message>
        <source>no typ</source>
        <translation>kein typ</translation>
    </message>
    <message>
        <source>no critical extensions</source>
        <translation>keine kritischen Erweiterungen</translation>
    </message>
    <message>
        <source>&quot;crit&quot; must be a non-empty array of names (RFC 7515 §4.1.11)</source>
        <translation>&quot;crit&quot; muss ein nicht leeres Array von Namen sein (RFC 7515 §4.1.11)</translation>
    </message>
    <message>
        <source>&quot;crit&quot; holds something that is not a name</source>
        <translation>&quot;crit&quot; enthält etwas, das kein Name ist</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists %1, a parameter defined by the JOSE specifications themselves (RFC 7515 §4.1.11)</source>
        <translation>&quot;crit&quot; führt %1 auf, einen Parameter, den die JOSE-Spezifikationen selbst definieren (RFC 7515 §4.1.11)</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists %1, but the header does not have it</source>
        <translation>&quot;crit&quot; führt %1 auf, aber der Header enthält ihn nicht</translation>
    </message>
    <message>
        <source>critical extensions not understood: %1; a recipient must reject the token (RFC 7515 §4.1.11)</source>
        <translation>nicht verstandene kritische Erweiterungen: %1; ein Empfänger muss das Token ablehnen (RFC 7515 §4.1.11)</translation>
    </message>
    <message>
        <source>only understood extensions: &quot;b64&quot; (RFC 7797)</source>
        <translation>nur verstandene Erweiterungen: &quot;b64&quot; (RFC 7797)</translation>
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
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>no exp: an ID token must have one (OpenID Connect Core §2)</source>
        <translation>kein exp: ein ID-Token muss eins haben (OpenID Connect Core §2)</translation>
    </message>
    <message>
        <source>no exp: an access token must have one (RFC 9068 §2.2); this one never expires</source>
        <translation>kein exp: ein Access Token muss eins haben (RFC 9068 §2.2); dieses läuft nie ab</translation>
    </message>
    <message>
        <source>no exp: the token never expires</source>
        <translation>kein exp: das Token läuft nie ab</translation>
    </message>
    <message>
        <source>exp is %1, not a NumericDate (RFC 7519 §2)</source>
        <translation>exp ist %1, kein NumericDate (RFC 7519 §2)</translation>
    </message>
    <message>
        <source>expired %1 ago (%2)</source>
        <translation>vor %1 abgelaufen (%2)</translation>
    </message>
    <message>
        <source>expired %1 ago (%2), within the allowed clock skew of %3</source>
        <translation>vor %1 abgelaufen (%2), innerhalb der erlaubten Uhrenabweichung von %3</translation>
    </message>
    <message>
        <source>expires in %1 (%2)</source>
        <translation>läuft in %1 ab (%2)</translation>
    </message>
    <message>
        <source>no nbf</source>
        <translation>kein nbf</translation>
    </message>
    <message>
        <source>nbf is %1, not a NumericDate (RFC 7519 §2)</source>
        <translation>nbf ist %1, kein NumericDate (RFC 7519 §2)</translation>
    </message>
    <message>
        <source>not valid yet: valid in %1 (%2)</source>
        <translation>noch nicht gültig: gültig in %1 (%2)</translation>
    </message>
    <message>
        <source>valid in %1 (%2), within the allowed clock skew of %3</source>
        <translation>gültig in %1 (%2), innerhalb der erlaubten Uhrenabweichung von %3</translation>
    </message>
    <message>
        <source>valid since %1 ago (%2)</source>
        <translation>gültig seit %1 (%2)</translation>
    </message>
    <message>
        <source>no iat: an ID token must have one (OpenID Connect Core §2)</source>
        <translation>kein iat: ein ID-Token muss eins haben (OpenID Connect Core §2)</translation>
    </message>
    <message>
        <source>no iat: an access token must have one (RFC 9068 §2.2)</source>
        <translation>kein iat: ein Access Token muss eins haben (RFC 9068 §2.2)</translation>
    </message>
    <message>
        <source>no iat</source>
        <translation>kein iat</translation>
    </message>
    <message>
        <source>iat is %1, not a NumericDate (RFC 7519 §2)</source>
        <translation>iat ist %1, kein NumericDate (RFC 7519 §2)</translation>
    </message>
    <message>
        <source>issued in the future: in %1 (%2); the issuer&apos;s clock or ours is wrong</source>
        <translation>in der Zukunft ausgestellt: in %1 (%2); die Uhr des Ausstellers oder unsere geht falsch</translation>
    </message>
    <message>
        <source>issued in %1 (%2), within the allowed clock skew</source>
        <translation>ausgestellt in %1 (%2), innerhalb der erlaubten Uhrenabweichung</translation>
    </message>
    <message>
        <source>issued %1 ago (%2)</source>
        <translation>vor %1 ausgestellt (%2)</translation>
    </message>
    <message>
        <source>no iss; expected %1</source>
        <translation>kein iss; erwartet: %1</translation>
    </message>
    <message>
        <source>no iss, although this kind of token must have one</source>
        <translation>kein iss, obwohl diese Art Token einen haben muss</translation>
    </message>
    <message>
        <source>no iss</source>
        <translation>kein iss</translation>
    </message>
    <message>
        <source>iss is %1, not a string</source>
        <translation>iss ist %1, kein String</translation>
    </message>
    <message>
        <source>%1 (no expected issuer given)</source>
        <translation>%1 (kein erwarteter Aussteller angegeben)</translation>
    </message>
    <message>
        <source>%1 differs from the expected %2 only by a trailing slash; issuers compare exactly</source>
        <translation>%1 unterscheidet sich vom erwarteten %2 nur durch einen abschließenden Schrägstrich; Aussteller werden exakt verglichen</translation>
    </message>
    <message>
        <source>%1, expected %2</source>
        <translation>%1, erwartet: %2</translation>
    </message>
    <message>
        <source>no aud; expected %1</source>
        <translation>kein aud; erwartet: %1</translation>
    </message>
    <message>
        <source>no aud, although this kind of token must have one</source>
        <translation>kein aud, obwohl diese Art Token einen haben muss</translation>
    </message>
    <message>
        <source>no aud</source>
        <translation>kein aud</translation>
    </message>
    <message>
        <source>aud must be a string or an array of strings (RFC 7519 §4.1.3)</source>
        <translation>aud muss ein String oder ein Array von Strings sein (RFC 7519 §4.1.3)</translation>
    </message>
    <message>
        <source>aud is an empty array</source>
        <translation>aud ist ein leeres Array</translation>
    </message>
    <message>
        <source>%1 (no expected audience given)</source>
        <translation>%1 (keine erwartete Audience angegeben)</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 does not include the expected %2</source>
        <translation>%1 enthält nicht die erwartete Audience %2</translation>
    </message>
    <message>
        <source>no nonce, but the request sent one</source>
        <translation>keine nonce, aber die Anfrage hat eine gesendet</translation>
    </message>
    <message>
        <source>%1 is not the nonce the request sent</source>
        <translation>%1 ist nicht die nonce, die die Anfrage gesendet hat</translation>
    </message>
    <message>
        <source>matches the request</source>
        <translation>stimmt mit der Anfrage überein</translation>
    </message>
    <message>
        <source>no nonce (none was sent)</source>
        <translation>keine nonce (es wurde keine gesendet)</translation>
    </message>
    <message>
        <source>no nonce</source>
        <translation>keine nonce</translation>
    </message>
    <message>
        <source>nonce is %1, not a string</source>
        <translation>nonce ist %1, kein String</translation>
    </message>
    <message>
        <source>present (no expected nonce given)</source>
        <translation>vorhanden (keine erwartete nonce angegeben)</translation>
    </message>
    <message>
        <source>%1 (checked for ID tokens only)</source>
        <translation>%1 (nur bei ID-Tokens geprüft)</translation>
    </message>
    <message>
        <source>checked for ID tokens only</source>
        <translation>nur bei ID-Tokens geprüft</translation>
    </message>
    <message>
        <source>no azp although aud has several values (OpenID Connect Core §2)</source>
        <translation>kein azp, obwohl aud mehrere Werte hat (OpenID Connect Core §2)</translation>
    </message>
    <message>
        <source>no azp</source>
        <translation>kein azp</translation>
    </message>
    <message>
        <source>azp is %1, not a string</source>
        <translation>azp ist %1, kein String</translation>
    </message>
    <message>
        <source>%1 (no expected client given)</source>
        <translation>%1 (kein erwarteter Client angegeben)</translation>
    </message>
    <message>
        <source>%1, the client</source>
        <translation>%1, der Client</translation>
    </message>
    <message>
        <source>%1 is not the expected client %2 (OpenID Connect Core §3.1.3.7)</source>
        <translation>%1 ist nicht der erwartete Client %2 (OpenID Connect Core §3.1.3.7)</translation>
    </message>
    <message>
        <source>no %1 claim</source>
        <translation>kein %1-Claim</translation>
    </message>
    <message>
        <source>no %1 claim to compare the %2 with (optional in the code flow)</source>
        <translation>kein %1-Claim zum Vergleich mit dem %2 (im Code Flow optional)</translation>
    </message>
    <message>
        <source>%1 is %2, not a string</source>
        <translation>%1 ist %2, kein String</translation>
    </message>
    <message>
        <source>present; give the %1 to check it</source>
        <translation>vorhanden; zum Prüfen %1 angeben</translation>
    </message>
    <message>
        <source>cannot compute: the algorithm %1 has no hash</source>
        <translation>Berechnung nicht möglich: der Algorithmus %1 hat keinen Hash</translation>
    </message>
    <message>
        <source>cannot compute the hash</source>
        <translation>der Hash kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>matches the %1</source>
        <translation>passt zum %1</translation>
    </message>
    <message>
        <source>does not match the %1 (expected %2)</source>
        <translation>passt nicht zum %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>not a JWT: an opaque token (%1 characters, %2); ask the authorization server (introspection, RFC 7662)</source>
        <translation>kein JWT: ein opakes Token (%1 Zeichen, %2); fragen Sie den Autorisierungsserver (Introspection, RFC 7662)</translation>
    </message>
    <message>
        <source>cannot be decoded</source>
        <translation>kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>encrypted: the claims cannot be read without the recipient&apos;s key</source>
        <translation>verschlüsselt: die Claims können ohne den Schlüssel des Empfängers nicht gelesen werden</translation>
    </message>
    <message>
        <source>payload is not JSON</source>
        <translation>Payload ist kein JSON</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Get a token</source>
        <translation>Ein Token abrufen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Scope override</source>
        <translation>Abweichender Scope</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password (sent once, not kept)</source>
        <translation>Passwort (einmal gesendet, nicht gespeichert)</translation>
    </message>
    <message>
        <source>Copy the authorization URL instead of opening a browser</source>
        <translation>Die Autorisierungs-URL kopieren, statt einen Browser zu öffnen</translation>
    </message>
    <message>
        <source>Get Token</source>
        <translation>Token abrufen</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Token abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running grant</source>
        <translation>Den laufenden Grant abbrechen</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Grant:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Approve on another device</source>
        <translation>Auf einem anderen Gerät bestätigen</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>User Code</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Verifikationsseite</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy the user code</source>
        <translation>Den User Code kopieren</translation>
    </message>
    <message>
        <source>Open Verification Page</source>
        <translation>Verifikationsseite öffnen</translation>
    </message>
    <message>
        <source>Open the verification page in the browser</source>
        <translation>Die Verifikationsseite im Browser öffnen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Steps of the grant</source>
        <translation>Schritte des Grants</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>Der Server hat abgelehnt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>Lösungsvorschlag</translation>
    </message>
    <message>
        <source>Token set</source>
        <translation>Token-Satz</translation>
    </message>
    <message>
        <source>User code copied to the clipboard.</source>
        <translation>User Code in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Space-separated scopes (optional)</source>
        <translation>Durch Leerzeichen getrennte Scopes (optional)</translation>
    </message>
    <message>
        <source>Getting tokens is not available in this window.</source>
        <translation>Das Abrufen von Tokens ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Add a connection on the Connections page first.</source>
        <translation>Fügen Sie zuerst auf der Seite Verbindungen eine Verbindung hinzu.</translation>
    </message>
    <message>
        <source>This connection sends a stored API token instead of OAuth; choose another connection.</source>
        <translation>Diese Verbindung sendet ein gespeichertes API-Token statt OAuth; wählen Sie eine andere Verbindung.</translation>
    </message>
    <message>
        <source>The connection has no token endpoint. Run Discover in its editor or enter the endpoint.</source>
        <translation>Die Verbindung hat keinen Token-Endpunkt. Führen Sie in ihrem Editor Ermitteln aus oder geben Sie den Endpunkt ein.</translation>
    </message>
    <message>
        <source>The connection has no authorization endpoint. Run Discover in its editor or enter the endpoint.</source>
        <translation>Die Verbindung hat keinen Autorisierungs-Endpunkt. Führen Sie in ihrem Editor Ermitteln aus oder geben Sie den Endpunkt ein.</translation>
    </message>
    <message>
        <source>The connection has no device authorization endpoint: the server may not offer the device grant.</source>
        <translation>Die Verbindung hat keinen Device-Authorization-Endpunkt: der Server bietet den Device Grant eventuell nicht an.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>error_description: %1</source>
        <translation>error_description: %1</translation>
    </message>
    <message>
        <source>error_uri: %1</source>
        <translation>error_uri: %1</translation>
    </message>
    <message>
        <source>The grant failed</source>
        <translation>Der Grant ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
    <message>
        <source>%1 opened in the inspector.</source>
        <translation>%1 im Inspektor geöffnet.</translation>
    </message>
    <message>
        <source>Introspection request sent</source>
        <translation>Introspection-Anfrage gesendet</translation>
    </message>
    <message>
        <source>Introspecting…</source>
        <translation>Introspection läuft…</translation>
    </message>
    <message>
        <source>Introspection failed</source>
        <translation>Introspection fehlgeschlagen</translation>
    </message>
    <message>
        <source>Introspection answered</source>
        <translation>Introspection beantwortet</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <source>Active: the server accepts this token.</source>
        <translation>Aktiv: der Server akzeptiert dieses Token.</translation>
    </message>
    <message>
        <source>Not active: the server no longer accepts this token (expired, revoked or unknown).</source>
        <translation>Nicht aktiv: der Server akzeptiert dieses Token nicht mehr (abgelaufen, widerrufen oder unbekannt).</translation>
    </message>
    <message>
        <source>Revocation request sent</source>
        <translation>Revocation-Anfrage gesendet</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Widerruf läuft…</translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation>Revocation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Revocation answered</source>
        <translation>Revocation beantwortet</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Revoked: the server answered HTTP %1. %2 should no longer be accepted; Introspect to see what the server says now.</source>
        <translation>Widerrufen: der Server antwortete mit HTTP %1. %2 sollte nicht mehr akzeptiert werden; führen Sie eine Introspection aus, um zu sehen, was der Server jetzt sagt.</translation>
    </message>
    <message>
        <source>Userinfo request sent</source>
        <translation>Userinfo-Anfrage gesendet</translation>
    </message>
    <message>
        <source>Asking userinfo…</source>
        <translation>Userinfo wird abgefragt…</translation>
    </message>
    <message>
        <source>Userinfo failed</source>
        <translation>Userinfo fehlgeschlagen</translation>
    </message>
    <message>
        <source>What to try: the access token expired or was revoked; get a new one or refresh.</source>
        <translation>Lösungsvorschlag: das Access Token ist abgelaufen oder wurde widerrufen; rufen Sie ein neues ab oder erneuern Sie es.</translation>
    </message>
    <message>
        <source>What to try: ask for the openid scope (and the claims&apos; scopes such as email).</source>
        <translation>Lösungsvorschlag: fordern Sie den Scope openid an (und die Scopes der Claims, etwa email).</translation>
    </message>
    <message>
        <source>Userinfo answered</source>
        <translation>Userinfo beantwortet</translation>
    </message>
    <message>
        <source>The userinfo response is encrypted (a JWE); only the client&apos;s key can read it.</source>
        <translation>Die Userinfo-Antwort ist verschlüsselt (ein JWE); nur der Schlüssel des Clients kann sie lesen.</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <source>Discovery answered</source>
        <translation>Discovery beantwortet</translation>
    </message>
    <message>
        <source>issuer %1; RFC 9207 iss %2; jwks_uri %3</source>
        <translation>Aussteller %1; RFC 9207 iss %2; jwks_uri %3</translation>
    </message>
    <message>
        <source>advertised</source>
        <translation>angekündigt</translation>
    </message>
    <message>
        <source>not advertised</source>
        <translation>nicht angekündigt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Discovery failed; going on with the connection&apos;s endpoints</source>
        <translation>Discovery fehlgeschlagen; es geht mit den Endpunkten der Verbindung weiter</translation>
    </message>
    <message>
        <source>Token request sent</source>
        <translation>Token-Anfrage gesendet</translation>
    </message>
    <message>
        <source>password grant for %1</source>
        <translation>Password Grant für %1</translation>
    </message>
    <message>
        <source>Authorization URL copied; open it in a browser and sign in</source>
        <translation>Autorisierungs-URL kopiert; öffnen Sie sie in einem Browser und melden Sie sich an</translation>
    </message>
    <message>
        <source>Browser opened; sign in there</source>
        <translation>Browser geöffnet; melden Sie sich dort an</translation>
    </message>
    <message>
        <source>Callback rejected; still waiting</source>
        <translation>Callback abgewiesen; es wird weiter gewartet</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>Callback empfangen</translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation>Autorisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server asked to slow down</source>
        <translation>Der Server hat um Verlangsamung gebeten</translation>
    </message>
    <message>
        <source>polling every %1 s</source>
        <translation>Polling alle %1 s</translation>
    </message>
    <message>
        <source>Device authorization request sent</source>
        <translation>Device-Authorization-Anfrage gesendet</translation>
    </message>
    <message>
        <source>Enter the user code on the verification page</source>
        <translation>Geben Sie den User Code auf der Verifikationsseite ein</translation>
    </message>
    <message>
        <source>%1 at %2; polling every %3 s</source>
        <translation>%1 auf %2; Polling alle %3 s</translation>
    </message>
    <message>
        <source>Device grant ended</source>
        <translation>Device Grant beendet</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Automatische Erneuerung</translation>
    </message>
    <message>
        <source>Reading the refresh token from the keychain</source>
        <translation>Refresh Token wird aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>No refresh token is stored for %1. Get one with another grant first (the server may want the offline_access scope).</source>
        <translation>Für %1 ist kein Refresh Token gespeichert. Rufen Sie zuerst eines mit einem anderen Grant ab (der Server verlangt eventuell den Scope offline_access).</translation>
    </message>
    <message>
        <source>No refresh token</source>
        <translation>Kein Refresh Token</translation>
    </message>
    <message>
        <source>refresh_token grant</source>
        <translation>refresh_token-Grant</translation>
    </message>
    <message>
        <source>Token response</source>
        <translation>Token-Antwort</translation>
    </message>
    <message>
        <source>new tokens; the refresh token was rotated</source>
        <translation>neue Tokens; das Refresh Token wurde rotiert</translation>
    </message>
    <message>
        <source>new tokens</source>
        <translation>neue Tokens</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error response</source>
        <translation>Fehlerantwort</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh Token</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Refresh token stored in the keychain</source>
        <translation>Refresh Token im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>The refresh token could not be stored in the keychain, so Refresh cannot use it</source>
        <translation>Das Refresh Token konnte nicht im Schlüsselbund gespeichert werden, daher kann Refresh es nicht verwenden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Response type</source>
        <translation>Response Type</translation>
    </message>
    <message>
        <source>code (recommended)</source>
        <translation>code (empfohlen)</translation>
    </message>
    <message>
        <source>%1 (hybrid)</source>
        <translation>%1 (hybrid)</translation>
    </message>
    <message>
        <source>%1 (implicit)</source>
        <translation>%1 (implizit)</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out at the provider in the browser</source>
        <translation>Im Browser beim Anbieter abmelden</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s end-session page with this ID token as id_token_hint, then clears the token set.</source>
        <translation>Öffnet die End-Session-Seite des Anbieters mit diesem ID-Token als id_token_hint und leert dann den Token-Satz.</translation>
    </message>
    <message>
        <source>Copy Sign-out URL</source>
        <translation>Abmelde-URL kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-out URL</source>
        <translation>Die Abmelde-URL kopieren</translation>
    </message>
    <message>
        <source>Sign-out URL</source>
        <translation>Abmelde-URL</translation>
    </message>
    <message>
        <source>The implicit flow is discouraged by the OAuth 2.0 Security Best Current Practice: tokens travel in the browser&apos;s URL. Use code unless you test an old client; the client must be allowed the implicit grant.</source>
        <translation>Die OAuth 2.0 Security Best Current Practice rät vom Implicit Flow ab: Tokens werden in der URL des Browsers übertragen. Verwenden Sie code, außer Sie testen einen alten Client; der Client muss den Implicit Grant verwenden dürfen.</translation>
    </message>
    <message>
        <source>Hybrid: the ID token comes through the browser and is verified against the server&apos;s keys; the client must be allowed this response type.</source>
        <translation>Hybrid: das ID-Token kommt über den Browser und wird mit den Schlüsseln des Servers verifiziert; der Client muss diesen Response Type verwenden dürfen.</translation>
    </message>
    <message>
        <source>Paste the subject token, or choose a token of the current set.</source>
        <translation>Fügen Sie das Subject Token ein, oder wählen Sie ein Token des aktuellen Token-Satzes.</translation>
    </message>
    <message>
        <source>The token set has no ID token: get one with the openid scope, or paste the subject token.</source>
        <translation>Der Token-Satz hat kein ID-Token: rufen Sie eines mit dem Scope openid ab, oder fügen Sie das Subject Token ein.</translation>
    </message>
    <message>
        <source>There is no token set yet: get one first, or paste the subject token.</source>
        <translation>Es gibt noch keinen Token-Satz: rufen Sie zuerst einen ab, oder fügen Sie das Subject Token ein.</translation>
    </message>
    <message>
        <source>Choose the private key (PEM or JWK) that signs the assertion.</source>
        <translation>Wählen Sie den privaten Schlüssel (PEM oder JWK), der die Assertion signiert.</translation>
    </message>
    <message>
        <source>Pushed authorization request sent</source>
        <translation>Pushed-Authorization-Anfrage gesendet</translation>
    </message>
    <message>
        <source>Pushed authorization request answered</source>
        <translation>Pushed-Authorization-Anfrage beantwortet</translation>
    </message>
    <message>
        <source>request_uri %1</source>
        <translation>request_uri %1</translation>
    </message>
    <message>
        <source>Front-channel tokens verified</source>
        <translation>Front-Channel-Tokens verifiziert</translation>
    </message>
    <message>
        <source>Subject token</source>
        <translation>Subject Token</translation>
    </message>
    <message>
        <source>The token set&apos;s access token</source>
        <translation>Das Access Token des Token-Satzes</translation>
    </message>
    <message>
        <source>The token set&apos;s ID token</source>
        <translation>Das ID-Token des Token-Satzes</translation>
    </message>
    <message>
        <source>A pasted token</source>
        <translation>Ein eingefügtes Token</translation>
    </message>
    <message>
        <source>Pasted subject token</source>
        <translation>Eingefügtes Subject Token</translation>
    </message>
    <message>
        <source>Paste the subject token</source>
        <translation>Fügen Sie das Subject Token ein</translation>
    </message>
    <message>
        <source>Subject token type</source>
        <translation>Typ des Subject Tokens</translation>
    </message>
    <message>
        <source>Requested token type</source>
        <translation>Angeforderter Token-Typ</translation>
    </message>
    <message>
        <source>The server&apos;s choice</source>
        <translation>Wahl des Servers</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh Token</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Actor token</source>
        <translation>Actor Token</translation>
    </message>
    <message>
        <source>Optional: the acting party&apos;s access token (delegation)</source>
        <translation>Optional: das Access Token der handelnden Partei (Delegation)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Optional: space-separated audiences (client ids or URIs)</source>
        <translation>Optional: durch Leerzeichen getrennte Audiences (Client-IDs oder URIs)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Subject type:</source>
        <translation>Subject-Typ:</translation>
    </message>
    <message>
        <source>Actor token:</source>
        <translation>Actor Token:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Requested type:</source>
        <translation>Angeforderter Typ:</translation>
    </message>
    <message>
        <source>token exchange: subject %1%2%3</source>
        <translation>Token Exchange: Subject %1%2%3</translation>
    </message>
    <message>
        <source>, with an actor token</source>
        <translation>, mit einem Actor Token</translation>
    </message>
    <message>
        <source>, audience %1</source>
        <translation>, Audience %1</translation>
    </message>
    <message>
        <source>Issued token type</source>
        <translation>Ausgestellter Token-Typ</translation>
    </message>
    <message>
        <source>not said (RFC 8693 §2.2.1 requires issued_token_type)</source>
        <translation>nicht angegeben (RFC 8693 §2.2.1 verlangt issued_token_type)</translation>
    </message>
    <message>
        <source>Sign-out URL copied; open it in the browser where you signed in</source>
        <translation>Abmelde-URL kopiert; öffnen Sie sie in dem Browser, in dem Sie sich angemeldet haben</translation>
    </message>
    <message>
        <source>%1 The sign-out URL was copied instead: open it in your browser.</source>
        <translation>%1 Stattdessen wurde die Abmelde-URL kopiert: öffnen Sie sie in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Sign-out page opened in the browser</source>
        <translation>Abmeldeseite im Browser geöffnet</translation>
    </message>
    <message>
        <source>Sign-out URL copied; the token set was cleared.</source>
        <translation>Abmelde-URL kopiert; der Token-Satz wurde geleert.</translation>
    </message>
    <message>
        <source>Sign-out page opened; the token set was cleared.</source>
        <translation>Abmeldeseite geöffnet; der Token-Satz wurde geleert.</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>PEM or JWK private key that signs the assertion</source>
        <translation>Privater Schlüssel (PEM oder JWK), der die Assertion signiert</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Die Datei mit dem privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Assertion issuer</source>
        <translation>Aussteller der Assertion</translation>
    </message>
    <message>
        <source>Default: the client id</source>
        <translation>Standard: die Client-ID</translation>
    </message>
    <message>
        <source>Assertion subject</source>
        <translation>Subject der Assertion</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Issuer (iss):</source>
        <translation>Aussteller (iss):</translation>
    </message>
    <message>
        <source>Subject (sub):</source>
        <translation>Subject (sub):</translation>
    </message>
    <message>
        <source>Private key for the JWT bearer assertion</source>
        <translation>Privater Schlüssel für die JWT-Bearer-Assertion</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.jwk *.json);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key *.jwk *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read (%2). Choose a PEM or JWK file.</source>
        <translation>Die Datei %1 mit dem privaten Schlüssel kann nicht gelesen werden (%2). Wählen Sie eine PEM- oder JWK-Datei.</translation>
    </message>
    <message>
        <source>No private key</source>
        <translation>Kein privater Schlüssel</translation>
    </message>
    <message>
        <source>The assertion could not be signed</source>
        <translation>Die Assertion konnte nicht signiert werden</translation>
    </message>
    <message>
        <source>Assertion signed</source>
        <translation>Assertion signiert</translation>
    </message>
    <message>
        <source>iss %1, sub %2, aud %3</source>
        <translation>iss %1, sub %2, aud %3</translation>
    </message>
    <message>
        <source>JWT bearer grant</source>
        <translation>JWT-Bearer-Grant</translation>
    </message>
    <message>
        <source>Browser command:</source>
        <translation>Browser-Befehl:</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Browser-Befehl</translation>
    </message>
    <message>
        <source>A command that opens a URL, e.g. firefox --private-window. The URL is added as its last argument. Empty: TOKENSCOPE_BROWSER when set, else the system browser.</source>
        <translation>Ein Befehl, der eine URL öffnet, z. B. firefox --private-window. Die URL wird als letztes Argument angehängt. Leer: TOKENSCOPE_BROWSER, wenn gesetzt, sonst der Systembrowser.</translation>
    </message>
    <message>
        <source>TOKENSCOPE_BROWSER: %1</source>
        <translation>TOKENSCOPE_BROWSER: %1</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Systembrowser</translation>
    </message>
    <message>
        <source>The browser command has an unterminated quote.</source>
        <translation>Im Browser-Befehl fehlt ein schließendes Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <source>Expected issuer</source>
        <translation>Erwarteter Aussteller</translation>
    </message>
    <message>
        <source>https://issuer.example (optional)</source>
        <translation>https://issuer.example (optional)</translation>
    </message>
    <message>
        <source>Expected audience</source>
        <translation>Erwartete Audience</translation>
    </message>
    <message>
        <source>client id or API (optional)</source>
        <translation>Client-ID oder API (optional)</translation>
    </message>
    <message>
        <source>Expected nonce</source>
        <translation>Erwartete Nonce</translation>
    </message>
    <message>
        <source>from the authorization request (optional)</source>
        <translation>aus der Autorisierungsanfrage (optional)</translation>
    </message>
    <message>
        <source>Access token for at_hash</source>
        <translation>Access Token für at_hash</translation>
    </message>
    <message>
        <source>checks the ID token&apos;s at_hash (optional)</source>
        <translation>prüft at_hash des ID-Tokens (optional)</translation>
    </message>
    <message>
        <source>Authorization code for c_hash</source>
        <translation>Autorisierungscode für c_hash</translation>
    </message>
    <message>
        <source>checks the ID token&apos;s c_hash (optional)</source>
        <translation>prüft c_hash des ID-Tokens (optional)</translation>
    </message>
    <message>
        <source>Clock skew in seconds</source>
        <translation>Uhrenabweichung in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far the clocks of issuer and this machine may disagree when judging exp, nbf and iat</source>
        <translation>Wie weit die Uhren des Ausstellers und dieses Rechners bei der Beurteilung von exp, nbf und iat voneinander abweichen dürfen</translation>
    </message>
    <message>
        <source>Token role</source>
        <translation>Token-Rolle</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>ID token (OpenID Connect)</source>
        <translation>ID-Token (OpenID Connect)</translation>
    </message>
    <message>
        <source>Access token (RFC 9068)</source>
        <translation>Access Token (RFC 9068)</translation>
    </message>
    <message>
        <source>Verification key</source>
        <translation>Verifikationsschlüssel</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>Ausstelle&amp;r (iss):</translation>
    </message>
    <message>
        <source>&amp;Nonce:</source>
        <translation>&amp;Nonce:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access To&amp;ken:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Verification inputs</source>
        <translation>Verifikationseingaben</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Verifikationsprüfungen</translation>
    </message>
    <message>
        <source>Paste a token to verify it.</source>
        <translation>Fügen Sie ein Token ein, um es zu verifizieren.</translation>
    </message>
    <message>
        <source>Opaque token: it cannot be verified here; the authorization server&apos;s introspection endpoint says whether it is active.</source>
        <translation>Opakes Token: es kann hier nicht verifiziert werden; der Introspection-Endpunkt des Autorisierungsservers sagt, ob es aktiv ist.</translation>
    </message>
    <message numerus="yes">
        <source>Invalid: %n check(s) failed</source>
        <translation>
            <numerusform>Ungültig: %n Prüfung fehlgeschlagen</numerusform>
            <numerusform>Ungültig: %n Prüfungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted: the header checks pass; the claims can only be checked by the recipient, who holds the decryption key.</source>
        <translation>Verschlüsselt: die Header-Prüfungen sind bestanden; die Claims kann nur der Empfänger prüfen, der den Entschlüsselungsschlüssel besitzt.</translation>
    </message>
    <message>
        <source>Not verified: the claims pass, but the signature was not checked. Add a key or secret.</source>
        <translation>Nicht verifiziert: die Claims sind bestanden, aber die Signatur wurde nicht geprüft. Fügen Sie einen Schlüssel oder ein Secret hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s)</source>
        <translation>
            <numerusform>Gültig, mit %n Warnung</numerusform>
            <numerusform>Gültig, mit %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>Aud&amp;ience (aud):</translation>
    </message>
    <message>
        <source>Clock ske&amp;w:</source>
        <translation>Zeit&amp;versatz:</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>Tokent&amp;yp:</translation>
    </message>
    <message>
        <source>Verdi&amp;ct</source>
        <translation>Be&amp;wertung</translation>
    </message>
</context>
</TS>
