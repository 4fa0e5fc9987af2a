<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tokenscope</source>
        <translation>Sobre o Tokenscope</translation>
    </message>
    <message>
        <source>Tokenscope %1</source>
        <translation>Tokenscope %1</translation>
    </message>
    <message>
        <source>A native console for developers integrating with OAuth 2.0 and OpenID Connect: decode and verify tokens, run flows, watch rate limits.</source>
        <translation>Um console nativo para desenvolvedores que integram com OAuth 2.0 e OpenID Connect: decodifique e verifique tokens, execute fluxos, acompanhe limites de taxa.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versões</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copiar versões</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Tokenscope: %1</source>
        <translation>Tokenscope: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (compilado com %2)</translation>
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
        <translation>Cancelado antes de ser aplicado.</translation>
    </message>
    <message>
        <source>The admin connection is gone.</source>
        <translation>A conexão de administração não existe mais.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>O servidor respondeu %1.</translation>
    </message>
    <message>
        <source>Not applied: its workspace &quot;%1&quot; failed.</source>
        <translation>Não aplicado: o workspace &quot;%1&quot; dele falhou.</translation>
    </message>
    <message>
        <source>Already as the file says.</source>
        <translation>Já está como o arquivo indica.</translation>
    </message>
    <message>
        <source>Created (the server replayed an earlier identical request).</source>
        <translation>Criado (o servidor repetiu uma requisição idêntica anterior).</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Criado.</translation>
    </message>
    <message>
        <source>Updated: %1.</source>
        <translation>Atualizado: %1.</translation>
    </message>
</context>
<context>
    <name>Admin::BulkFile</name>
    <message>
        <source>%1 must be an array.</source>
        <translation>%1 deve ser um array.</translation>
    </message>
    <message>
        <source>%1: %2 must be a string.</source>
        <translation>%1: %2 deve ser uma string.</translation>
    </message>
    <message>
        <source>%1: %2 is required (a non-empty string).</source>
        <translation>%1: %2 é obrigatório (uma string não vazia).</translation>
    </message>
</context>
<context>
    <name>AdminBrowserPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Novo workspace…</translation>
    </message>
    <message>
        <source>Admin connection</source>
        <translation>Conexão de administração</translation>
    </message>
    <message>
        <source>A Cloudentity or sandbox connection with the admin workspace&apos;s client</source>
        <translation>Uma conexão Cloudentity ou do sandbox com o cliente do workspace de administração</translation>
    </message>
    <message>
        <source>Admin &amp;connection:</source>
        <translation>&amp;Conexão de administração:</translation>
    </message>
    <message>
        <source>Refresh the workspaces</source>
        <translation>Atualizar os workspaces</translation>
    </message>
    <message>
        <source>Refresh (%1)</source>
        <translation>Atualizar (%1)</translation>
    </message>
    <message>
        <source>New workspace with the setup wizard</source>
        <translation>Novo workspace com o assistente de configuração</translation>
    </message>
    <message>
        <source>Workspaces status</source>
        <translation>Status dos workspaces</translation>
    </message>
    <message>
        <source>Workspaces, identity providers and clients</source>
        <translation>Workspaces, provedores de identidade e clientes</translation>
    </message>
    <message>
        <source>No admin connection yet. Start the local sandbox, or add a Cloudentity connection for the admin workspace&apos;s client on the Connections page (or with New Workspace…).</source>
        <translation>Ainda não há conexão de administração. Inicie o sandbox local ou adicione, na página Conexões, uma conexão Cloudentity para o cliente do workspace de administração (ou use Novo workspace…).</translation>
    </message>
    <message>
        <source>%1 is not on the server (any more): it may have been deleted. Refresh to see the current state.</source>
        <translation>%1 não está (mais) no servidor: pode ter sido excluído. Atualize para ver o estado atual.</translation>
    </message>
    <message>
        <source>Select an item of the group to see it here.</source>
        <translation>Selecione um item do grupo para vê-lo aqui.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>carregar %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Salvando %1…</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>salvar %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Excluir workspace</translation>
    </message>
    <message>
        <source>Delete the workspace %1 with all its identity providers, users and clients? This cannot be undone.</source>
        <translation>Excluir o workspace %1 com todos os seus provedores de identidade, usuários e clientes? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete Identity Provider</source>
        <translation>Excluir provedor de identidade</translation>
    </message>
    <message>
        <source>Delete the identity provider %1 of %2 (its users too)? This cannot be undone.</source>
        <translation>Excluir o provedor de identidade %1 de %2 (e também os usuários dele)? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Excluir cliente</translation>
    </message>
    <message>
        <source>Delete the client %1 of %2? Applications using it can no longer get tokens. This cannot be undone.</source>
        <translation>Excluir o cliente %1 de %2? As aplicações que o usam não poderão mais obter tokens. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Excluindo %1…</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>excluir %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 excluído.</translation>
    </message>
    <message>
        <source>%1 failed: it was changed on the server since you loaded it. Reload it, then make your change again.</source>
        <translation>Não foi possível %1: o item foi alterado no servidor desde que você o carregou. Recarregue-o e refaça sua alteração.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Não foi possível %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Bulk Apply…</source>
        <translation>Aplicar em &amp;lote…</translation>
    </message>
    <message>
        <source>Bulk apply a file of workspaces, IDPs and clients</source>
        <translation>Aplicar em lote um arquivo de workspaces, IDPs e clientes</translation>
    </message>
</context>
<context>
    <name>AdminClient</name>
    <message>
        <source>The connection &quot;%1&quot; is not an admin connection. Use a Cloudentity or local sandbox connection whose workspace is &quot;admin&quot; and whose client is that workspace&apos;s client.</source>
        <translation>A conexão &quot;%1&quot; não é uma conexão de administração. Use uma conexão Cloudentity ou do sandbox local cujo workspace seja &quot;admin&quot; e cujo cliente seja o cliente desse workspace.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; has no usable issuer URL, so the admin API&apos;s address is unknown. Set the tenant and region (or the sandbox address) in the connection.</source>
        <translation>A conexão &quot;%1&quot; não tem uma URL de emissor utilizável, então o endereço da API de administração é desconhecido. Defina o tenant e a região (ou o endereço do sandbox) na conexão.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; names no tenant id. Set the tenant id in the connection.</source>
        <translation>A conexão &quot;%1&quot; não informa um ID de tenant. Defina o ID do tenant na conexão.</translation>
    </message>
    <message>
        <source>The admin connection changed while the request waited for an admin token. Send it again.</source>
        <translation>A conexão de administração mudou enquanto a requisição aguardava um token de administração. Envie-a novamente.</translation>
    </message>
    <message>
        <source>No admin token could be obtained for &quot;%1&quot;: %2 Check the admin client&apos;s id and secret, and that the client belongs to the admin workspace.</source>
        <translation>Não foi possível obter um token de administração para &quot;%1&quot;: %2 Verifique o id e o segredo do cliente de administração e se o cliente pertence ao workspace de administração.</translation>
    </message>
    <message>
        <source>The idempotency key must be 32 to 255 characters long; this one has %1. Use AdminClient::newIdempotencyKey().</source>
        <translation>A chave de idempotência deve ter de 32 a 255 caracteres; esta tem %1. Use AdminClient::newIdempotencyKey().</translation>
    </message>
    <message>
        <source>The HTTP client was closed before the admin request could be sent. Send it again.</source>
        <translation>O cliente HTTP foi fechado antes que a requisição de administração pudesse ser enviada. Envie-a novamente.</translation>
    </message>
</context>
<context>
    <name>AdminErrors</name>
    <message>
        <source> Field: %1.</source>
        <translation> Campo: %1.</translation>
    </message>
    <message>
        <source>The admin API did not answer %1. Check the connection&apos;s address and try again.</source>
        <translation>A API de administração não respondeu a %1. Verifique o endereço da conexão e tente novamente.</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>nenhuma explicação fornecida</translation>
    </message>
    <message>
        <source>The admin API refused %1 as malformed (400): %2.%3 Correct the request and send it again.</source>
        <translation>A API de administração recusou %1 como malformada (400): %2.%3 Corrija a requisição e envie-a novamente.</translation>
    </message>
    <message>
        <source>The admin API could not accept a value in %1 (422): %2.%3 Correct the value and send it again.</source>
        <translation>A API de administração não pôde aceitar um valor em %1 (422): %2.%3 Corrija o valor e envie novamente.</translation>
    </message>
    <message>
        <source>The admin API refused even a freshly fetched admin token for %1 (401): %2. Check the admin client&apos;s secret and its access to the admin workspace.</source>
        <translation>A API de administração recusou até mesmo um token de administração recém-obtido para %1 (401): %2. Verifique o segredo do cliente de administração e o acesso dele ao workspace de administração.</translation>
    </message>
    <message>
        <source>The admin API refused the admin token for %1 (401): %2. Check the admin client&apos;s secret and its access to the admin workspace.</source>
        <translation>A API de administração recusou o token de administração para %1 (401): %2. Verifique o segredo do cliente de administração e o acesso dele ao workspace de administração.</translation>
    </message>
    <message>
        <source>The admin client may not do %1 (403): %2. Grant it access to the admin API in the admin workspace, or use another admin client.</source>
        <translation>O cliente de administração não tem permissão para %1 (403): %2. Conceda a ele acesso à API de administração no workspace de administração ou use outro cliente de administração.</translation>
    </message>
    <message>
        <source>Not found: %1 (404): %2. Check the id and the tenant; it may have been deleted.</source>
        <translation>Não encontrado: %1 (404): %2. Verifique o id e o tenant; o item pode ter sido excluído.</translation>
    </message>
    <message>
        <source>The id is taken: %1 (409): %2.%3 Choose another id, or update the existing one instead.</source>
        <translation>O id já está em uso: %1 (409): %2.%3 Escolha outro id ou atualize o existente.</translation>
    </message>
    <message>
        <source>%1 changed on the server since it was read (412): %2. Read it again and reapply your change.</source>
        <translation>%1 foi alterado no servidor desde que foi lido (412): %2. Leia-o novamente e reaplique sua alteração.</translation>
    </message>
    <message numerus="yes">
        <source>The admin API is still rate limiting %1 after %n retries (429): %2. Wait a minute and try again, or lower the pace.</source>
        <translation>
            <numerusform>A API de administração ainda está limitando a taxa de %1 após %n nova tentativa (429): %2. Aguarde um minuto e tente novamente, ou diminua o ritmo.</numerusform>
            <numerusform>A API de administração ainda está limitando a taxa de %1 após %n novas tentativas (429): %2. Aguarde um minuto e tente novamente, ou diminua o ritmo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin API failed on %1 (HTTP %2): %3. Try again later; if it persists, check the tenant&apos;s status.</source>
        <translation>A API de administração falhou em %1 (HTTP %2): %3. Tente novamente mais tarde; se persistir, verifique o status do tenant.</translation>
    </message>
    <message>
        <source>The admin API answered %1 with HTTP %2: %3. Check the request and the admin connection.</source>
        <translation>A API de administração respondeu a %1 com HTTP %2: %3. Verifique a requisição e a conexão de administração.</translation>
    </message>
</context>
<context>
    <name>AdminItemEditor</name>
    <message>
        <source>&amp;Add User</source>
        <translation>A&amp;dicionar usuário</translation>
    </message>
    <message>
        <source>Re&amp;move User</source>
        <translation>Re&amp;mover usuário</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Item selecionado</translation>
    </message>
    <message>
        <source>Status of the selected item</source>
        <translation>Status do item selecionado</translation>
    </message>
    <message>
        <source>Document as JSON</source>
        <translation>Documento como JSON</translation>
    </message>
    <message>
        <source>Document (&amp;JSON):</source>
        <translation>Documento (&amp;JSON):</translation>
    </message>
    <message>
        <source>Users of the static identity provider</source>
        <translation>Usuários do provedor de identidade estático</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Authentication context (JSON)</source>
        <translation>Contexto de autenticação (JSON)</translation>
    </message>
    <message>
        <source>Leave a password empty to keep the user&apos;s current password.</source>
        <translation>Deixe uma senha vazia para manter a senha atual do usuário.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Adicionar usuário</translation>
    </message>
    <message>
        <source>Remove selected users</source>
        <translation>Remover os usuários selecionados</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>Usuár&amp;ios:</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Salvar o item</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Excluir o item</translation>
    </message>
    <message>
        <source>Reload the item from the server</source>
        <translation>Recarregar o item do servidor</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Salvar (%1)</translation>
    </message>
    <message>
        <source>Select a workspace, identity provider or client to see it here.</source>
        <translation>Selecione um workspace, provedor de identidade ou cliente para vê-lo aqui.</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Workspace %1</translation>
    </message>
    <message>
        <source>Static identity provider %1 in %2</source>
        <translation>Provedor de identidade estático %1 em %2</translation>
    </message>
    <message>
        <source>Identity provider %1 in %2</source>
        <translation>Provedor de identidade %1 em %2</translation>
    </message>
    <message>
        <source>Client %1 in %2</source>
        <translation>Cliente %1 em %2</translation>
    </message>
    <message>
        <source>The admin API offers no update for this kind of identity provider here: it can be viewed and deleted.</source>
        <translation>A API de administração não oferece atualização para este tipo de provedor de identidade aqui: ele pode ser visualizado e excluído.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada selecionado</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Deixe vazio para manter a senha atual.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2. Correct it to save.</source>
        <translation>JSON inválido no caractere %1: %2. Corrija-o para salvar.</translation>
    </message>
    <message>
        <source>The document must be a JSON object ({…}).</source>
        <translation>O documento deve ser um objeto JSON ({…}).</translation>
    </message>
    <message>
        <source>Enter a username, or remove the row.</source>
        <translation>Informe um nome de usuário ou remova a linha.</translation>
    </message>
    <message>
        <source>Enter a password for the new user.</source>
        <translation>Informe uma senha para o novo usuário.</translation>
    </message>
    <message>
        <source>Enter a JSON object, e.g. {&quot;name&quot;: &quot;Alice&quot;}, or leave it empty.</source>
        <translation>Informe um objeto JSON, p. ex. {&quot;name&quot;: &quot;Alice&quot;}, ou deixe vazio.</translation>
    </message>
    <message>
        <source>Some users need correcting: see the marked cells.</source>
        <translation>Alguns usuários precisam de correção: veja as células marcadas.</translation>
    </message>
</context>
<context>
    <name>AdminTreeModel</name>
    <message>
        <source>Identity providers</source>
        <translation>Provedores de identidade</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Loading the identity providers and clients of %1…</source>
        <translation>Carregando os provedores de identidade e clientes de %1…</translation>
    </message>
    <message>
        <source>Identity provider %1 (method: %2)</source>
        <translation>Provedor de identidade %1 (método: %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Adicionar grupo</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Remover grupo</translation>
    </message>
    <message>
        <source>API groups</source>
        <translation>Grupos de API</translation>
    </message>
    <message>
        <source>Requests whose path starts with a prefix count against that group on the Rate limits page</source>
        <translation>Requisições cujo caminho começa com um prefixo contam para esse grupo na página Limites de taxa</translation>
    </message>
    <message>
        <source>Requests whose path starts with the prefix (e.g. /api/orders) count against the group on the Rate limits page; the longest matching prefix wins.</source>
        <translation>Requisições cujo caminho começa com o prefixo (p. ex. /api/orders) contam para o grupo na página Limites de taxa; vence o prefixo correspondente mais longo.</translation>
    </message>
    <message>
        <source>Path prefix</source>
        <translation>Prefixo do caminho</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Add an API group</source>
        <translation>Adicionar um grupo de API</translation>
    </message>
    <message>
        <source>Remove the selected API group</source>
        <translation>Remover o grupo de API selecionado</translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeResult</name>
    <message>
        <source>The authorization response has no &quot;iss&quot; parameter although the server advertises authorization_response_iss_parameter_supported (RFC 9207). The response was refused and no token was requested: it may come from another server (a mix-up attack).</source>
        <translation>A resposta de autorização não tem o parâmetro &quot;iss&quot;, embora o servidor anuncie authorization_response_iss_parameter_supported (RFC 9207). A resposta foi recusada e nenhum token foi solicitado: ela pode vir de outro servidor (um ataque de mix-up).</translation>
    </message>
    <message>
        <source>The authorization response names the issuer &quot;%1&quot;, but the profile has no issuer to compare it with (RFC 9207). Set the profile&apos;s issuer and try again.</source>
        <translation>A resposta de autorização indica o emissor &quot;%1&quot;, mas o perfil não tem emissor com o qual compará-lo (RFC 9207). Defina o emissor do perfil e tente novamente.</translation>
    </message>
    <message>
        <source>The authorization response came from the issuer &quot;%1&quot;, not from &quot;%2&quot; (RFC 9207). The response was refused and no token was requested: check the profile&apos;s issuer, or suspect a mix-up attack.</source>
        <translation>A resposta de autorização veio do emissor &quot;%1&quot;, não de &quot;%2&quot; (RFC 9207). A resposta foi recusada e nenhum token foi solicitado: verifique o emissor do perfil ou suspeite de um ataque de mix-up.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no authorization endpoint. Run discovery, or enter the authorization endpoint.</source>
        <translation>O perfil &quot;%1&quot; não tem endpoint de autorização. Execute a descoberta ou informe o endpoint de autorização.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no token endpoint. Run discovery, or enter the token endpoint.</source>
        <translation>O perfil &quot;%1&quot; não tem endpoint de token. Execute a descoberta ou informe o endpoint de token.</translation>
    </message>
    <message numerus="yes">
        <source>No authorization response arrived within %n second(s). Sign in in the browser sooner, or check that the browser reached the authorization URL.</source>
        <translation>
            <numerusform>Nenhuma resposta de autorização chegou em %n segundo. Faça login no navegador mais cedo ou verifique se o navegador chegou à URL de autorização.</numerusform>
            <numerusform>Nenhuma resposta de autorização chegou em %n segundos. Faça login no navegador mais cedo ou verifique se o navegador chegou à URL de autorização.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token endpoint did not answer within the %n second(s) of the flow.</source>
        <translation>
            <numerusform>O endpoint de token não respondeu no prazo de %n segundo do fluxo.</numerusform>
            <numerusform>O endpoint de token não respondeu no prazo de %n segundos do fluxo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser is set up. Copy the authorization URL into a browser.</source>
        <translation>Nenhum navegador está configurado. Copie a URL de autorização para um navegador.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>The authorization response carries another state than the request. It was refused; start the sign-in again.</source>
        <translation>A resposta de autorização traz um state diferente do da requisição. Ela foi recusada; inicie o login novamente.</translation>
    </message>
    <message>
        <source>The authorization server answered %1</source>
        <translation>O servidor de autorização respondeu %1</translation>
    </message>
    <message>
        <source>The user or the server declined the sign-in.</source>
        <translation>O usuário ou o servidor recusou o login.</translation>
    </message>
    <message>
        <source>Check the client&apos;s settings at the server (redirect URI, scopes, response type).</source>
        <translation>Verifique as configurações do cliente no servidor (URI de redirecionamento, escopos, response type).</translation>
    </message>
    <message>
        <source>The authorization response has neither a code nor an error. Check the response type and response mode of the request.</source>
        <translation>A resposta de autorização não tem nem um código nem um erro. Verifique o response type e o response mode da requisição.</translation>
    </message>
    <message>
        <source>The token response has no access token.</source>
        <translation>A resposta de token não tem access token.</translation>
    </message>
    <message>
        <source>The ID token cannot be decoded, so its nonce cannot be checked. Open it in the inspector to see why.</source>
        <translation>O ID token não pode ser decodificado, então seu nonce não pode ser verificado. Abra-o no inspetor para ver o motivo.</translation>
    </message>
    <message>
        <source>The ID token has no nonce although one was sent (OpenID Connect Core §3.1.3.7). Do not use these tokens; check the server.</source>
        <translation>O ID token não tem nonce, embora um tenha sido enviado (OpenID Connect Core §3.1.3.7). Não use estes tokens; verifique o servidor.</translation>
    </message>
    <message>
        <source>The ID token&apos;s nonce is not the one sent with the request (OpenID Connect Core §3.1.3.7): it may be replayed. Do not use these tokens.</source>
        <translation>O nonce do ID token não é o que foi enviado com a requisição (OpenID Connect Core §3.1.3.7): ele pode ser um replay. Não use estes tokens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a response type. Use code, token, id_token, &quot;id_token token&quot;, &quot;code id_token&quot;, &quot;code token&quot; or &quot;code id_token token&quot;.</source>
        <translation>&quot;%1&quot; não é um response type. Use code, token, id_token, &quot;id_token token&quot;, &quot;code id_token&quot;, &quot;code token&quot; ou &quot;code id_token token&quot;.</translation>
    </message>
    <message>
        <source>The response type &quot;%1&quot; returns an ID token, which needs the openid scope. Add openid to the scopes.</source>
        <translation>O response type &quot;%1&quot; retorna um ID token, que precisa do escopo openid. Adicione openid aos escopos.</translation>
    </message>
    <message>
        <source>The response type &quot;%1&quot; cannot use response_mode query: tokens never travel in a URL&apos;s query. Use fragment or form_post.</source>
        <translation>O response type &quot;%1&quot; não pode usar response_mode query: tokens nunca trafegam na query de uma URL. Use fragment ou form_post.</translation>
    </message>
    <message>
        <source>The JWKS at %1 could not be fetched: %2</source>
        <translation>Não foi possível buscar o JWKS em %1: %2</translation>
    </message>
    <message>
        <source>The JWKS at %1 answered HTTP %2.</source>
        <translation>O JWKS em %1 respondeu HTTP %2.</translation>
    </message>
    <message>
        <source>The JWKS at %1 has no usable key: %2</source>
        <translation>O JWKS em %1 não tem nenhuma chave utilizável: %2</translation>
    </message>
    <message>
        <source>The ID token from the token endpoint names another &quot;%1&quot; than the one from the authorization endpoint (OpenID Connect Core §3.3.3.6). Do not use these tokens; check the server.</source>
        <translation>O ID token do endpoint de token indica um &quot;%1&quot; diferente do ID token do endpoint de autorização (OpenID Connect Core §3.3.3.6). Não use esses tokens; verifique o servidor.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser command has an unterminated quote or a trailing backslash: %1. Fix the browser command (or TOKENSCOPE_BROWSER).</source>
        <translation>O comando do navegador tem uma aspa não fechada ou uma barra invertida no final: %1. Corrija o comando do navegador (ou TOKENSCOPE_BROWSER).</translation>
    </message>
    <message>
        <source>The browser command is empty. Set a browser command (or TOKENSCOPE_BROWSER), or copy the authorization URL into a browser.</source>
        <translation>O comando do navegador está vazio. Defina um comando de navegador (ou TOKENSCOPE_BROWSER) ou copie a URL de autorização para um navegador.</translation>
    </message>
    <message>
        <source>Could not start the browser command &quot;%1&quot;. Check that the program exists and is executable, or copy the authorization URL into a browser.</source>
        <translation>Não foi possível iniciar o comando do navegador &quot;%1&quot;. Verifique se o programa existe e é executável, ou copie a URL de autorização para um navegador.</translation>
    </message>
</context>
<context>
    <name>BulkApplyDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simular</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Run</source>
        <translation>Ca&amp;ncelar execução</translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation>Sal&amp;var resultados…</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Bulk Apply</source>
        <translation>Aplicação em lote</translation>
    </message>
    <message>
        <source>Bulk apply</source>
        <translation>Aplicação em lote</translation>
    </message>
    <message>
        <source>Bulk file problem</source>
        <translation>Problema no arquivo em lote</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Arq&amp;uivo:</translation>
    </message>
    <message>
        <source>Bulk file path</source>
        <translation>Caminho do arquivo em lote</translation>
    </message>
    <message>
        <source>Choose a JSON file with workspaces, idps and clients</source>
        <translation>Escolha um arquivo JSON com workspaces, idps e clients</translation>
    </message>
    <message>
        <source>Choose the bulk file</source>
        <translation>Escolher o arquivo em lote</translation>
    </message>
    <message>
        <source>What the file describes</source>
        <translation>O que o arquivo descreve</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Ritmo:</translation>
    </message>
    <message>
        <source>Pace in requests per minute</source>
        <translation>Ritmo em requisições por minuto</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> requisições/min</translation>
    </message>
    <message>
        <source>As the server&apos;s rate limit allows</source>
        <translation>Conforme o limite de taxa do servidor permitir</translation>
    </message>
    <message>
        <source>At most this many admin API requests per minute, on top of the server&apos;s rate-limit headers. 0: as fast as the headers allow.</source>
        <translation>No máximo este número de requisições à API de administração por minuto, além dos cabeçalhos de limite de taxa do servidor. 0: o mais rápido que os cabeçalhos permitirem.</translation>
    </message>
    <message>
        <source>Dry run: show what would be done</source>
        <translation>Simulação: mostrar o que seria feito</translation>
    </message>
    <message>
        <source>Reads what exists and shows what Apply would create or update. Nothing is written.</source>
        <translation>Lê o que existe e mostra o que Aplicar criaria ou atualizaria. Nada é gravado.</translation>
    </message>
    <message>
        <source>Apply the file</source>
        <translation>Aplicar o arquivo</translation>
    </message>
    <message>
        <source>Creates or updates each item. After a cancel or a failure, Apply again resumes: what exists already is skipped.</source>
        <translation>Cria ou atualiza cada item. Após um cancelamento ou uma falha, Aplicar de novo retoma: o que já existe é ignorado.</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancelar a execução</translation>
    </message>
    <message>
        <source>Stops before the next item; the item in flight finishes.</source>
        <translation>Para antes do próximo item; o item em andamento é concluído.</translation>
    </message>
    <message>
        <source>Bulk apply progress</source>
        <translation>Progresso da aplicação em lote</translation>
    </message>
    <message>
        <source>Rate-limit wait</source>
        <translation>Espera pelo limite de taxa</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>Resul&amp;tados:</translation>
    </message>
    <message>
        <source>Bulk apply results</source>
        <translation>Resultados da aplicação em lote</translation>
    </message>
    <message>
        <source>Bulk apply summary</source>
        <translation>Resumo da aplicação em lote</translation>
    </message>
    <message>
        <source>Save the results as JSON</source>
        <translation>Salvar os resultados como JSON</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Choose a Bulk File</source>
        <translation>Escolher um arquivo em lote</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose a file you can read.</source>
        <translation>Não é possível ler %1: %2. Escolha um arquivo que você possa ler.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: split it into smaller bulk files.</source>
        <translation>%1 tem mais de %2 MiB: divida-o em arquivos em lote menores.</translation>
    </message>
    <message>
        <source>%1 is not a bulk file: %2. Correct it and choose it again.</source>
        <translation>%1 não é um arquivo em lote: %2. Corrija-o e escolha-o novamente.</translation>
    </message>
    <message>
        <source>The file describes %1, %2 and %3.</source>
        <translation>O arquivo descreve %1, %2 e %3.</translation>
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
            <numerusform>%n provedor de identidade</numerusform>
            <numerusform>%n provedores de identidade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>The file describes nothing to apply.</source>
        <translation>O arquivo não descreve nada a aplicar.</translation>
    </message>
    <message>
        <source>The admin connection is gone: close this dialog and open it again.</source>
        <translation>A conexão de administração não existe mais: feche esta caixa de diálogo e abra-a novamente.</translation>
    </message>
    <message>
        <source>Stopping after the item in flight…</source>
        <translation>Parando após o item em andamento…</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 to update, %3 already as described.</source>
        <translation>Simulação: %1 a criar, %2 a atualizar, %3 já conforme descrito.</translation>
    </message>
    <message>
        <source>%1 could not be read: see their messages.</source>
        <translation>Itens que não puderam ser lidos: %1 (veja as mensagens deles).</translation>
    </message>
    <message>
        <source>%1 cancelled before they were read.</source>
        <translation>Itens cancelados antes de serem lidos: %1.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nada foi gravado.</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 updated, %3 unchanged, %4 failed.</source>
        <translation>Concluído: %1 criado(s), %2 atualizado(s), %3 inalterado(s), %4 com falha.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>Itens cancelados: %1.</translation>
    </message>
    <message>
        <source>Apply again to resume: what exists already is found and skipped.</source>
        <translation>Aplique de novo para retomar: o que já existe é encontrado e ignorado.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the admin API&apos;s rate limit…</source>
        <translation>
            <numerusform>Aguardando %n s pelo limite de taxa da API de administração…</numerusform>
            <numerusform>Aguardando %n s pelo limite de taxa da API de administração…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Results</source>
        <translation>Salvar resultados</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another place.</source>
        <translation>Não é possível gravar %1: %2. Escolha outro local.</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Resultados salvos em %1.</translation>
    </message>
    <message>
        <source>Stop the Bulk Apply?</source>
        <translation>Interromper a aplicação em lote?</translation>
    </message>
    <message>
        <source>The item in flight finishes; the rest are not applied. Apply the same file again later to resume.</source>
        <translation>O item em andamento é concluído; os demais não são aplicados. Aplique o mesmo arquivo de novo mais tarde para retomar.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Interromper e fechar</translation>
    </message>
</context>
<context>
    <name>BulkFile</name>
    <message>
        <source>line %1, column %2: not valid JSON (%3).</source>
        <translation>linha %1, coluna %2: JSON inválido (%3).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object with &quot;workspaces&quot;, &quot;idps&quot; and/or &quot;clients&quot; arrays.</source>
        <translation>O arquivo deve conter um objeto JSON com os arrays &quot;workspaces&quot;, &quot;idps&quot; e/ou &quot;clients&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown member; a bulk file has only &quot;workspaces&quot;, &quot;idps&quot; and &quot;clients&quot;.</source>
        <translation>%1: membro desconhecido; um arquivo em lote tem apenas &quot;workspaces&quot;, &quot;idps&quot; e &quot;clients&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; appears twice in the file.</source>
        <translation>%1: &quot;%2&quot; aparece duas vezes no arquivo.</translation>
    </message>
    <message>
        <source>%1: must be an object (an admin.json Server).</source>
        <translation>%1: deve ser um objeto (um Server de admin.json).</translation>
    </message>
    <message>
        <source>%1: must be an object (an admin.json StaticIDP with &quot;workspace&quot;).</source>
        <translation>%1: deve ser um objeto (um StaticIDP de admin.json com &quot;workspace&quot;).</translation>
    </message>
    <message>
        <source>%1: method must be &quot;static&quot; (bulk apply creates static IDPs only).</source>
        <translation>%1: method deve ser &quot;static&quot; (a aplicação em lote cria apenas IDPs estáticos).</translation>
    </message>
    <message>
        <source>%1: credentials must be an object with a &quot;users&quot; array.</source>
        <translation>%1: credentials deve ser um objeto com um array &quot;users&quot;.</translation>
    </message>
    <message>
        <source>%1: must be an object (an admin.json CreateClient).</source>
        <translation>%1: deve ser um objeto (um CreateClient de admin.json).</translation>
    </message>
    <message>
        <source>%1: workspace and authorization_server_id name different workspaces.</source>
        <translation>%1: workspace e authorization_server_id indicam workspaces diferentes.</translation>
    </message>
    <message>
        <source>%1: authorization_server_id (the client&apos;s workspace) is required.</source>
        <translation>%1: authorization_server_id (o workspace do cliente) é obrigatório.</translation>
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
        <translation>Provedor de identidade</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>create</source>
        <translation>criar</translation>
    </message>
    <message>
        <source>update</source>
        <translation>atualizar</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorar</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>não executado</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>em execução…</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planejado</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Difere: %1</translation>
    </message>
    <message>
        <source>Already as the file says.</source>
        <translation>Já está como o arquivo indica.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>ID / name</source>
        <translation>ID / nome</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Ação planejada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message or differing fields</source>
        <translation>Mensagem ou campos diferentes</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Pass</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>Verificação %1: %2</translation>
    </message>
    <message>
        <source>Check %1: %2, %3</source>
        <translation>Verificação %1: %2, %3</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Not a NumericDate: expected a number of seconds since 1970-01-01 UTC</source>
        <translation>Não é uma NumericDate: esperado um número de segundos desde 1970-01-01 UTC</translation>
    </message>
    <message>
        <source>%1 UTC · %2 local · %3</source>
        <translation>%1 UTC · %2 local · %3</translation>
    </message>
    <message>
        <source>Bound to a DPoP key (RFC 9449)</source>
        <translation>Vinculado a uma chave DPoP (RFC 9449)</translation>
    </message>
    <message>
        <source>Bound to a client certificate (RFC 8705)</source>
        <translation>Vinculado a um certificado de cliente (RFC 8705)</translation>
    </message>
    <message>
        <source>Bound to a proof-of-possession key (RFC 7800)</source>
        <translation>Vinculado a uma chave de prova de posse (RFC 7800)</translation>
    </message>
    <message>
        <source>Not a registered header parameter</source>
        <translation>Não é um parâmetro de cabeçalho registrado</translation>
    </message>
    <message>
        <source>Not a registered claim</source>
        <translation>Não é uma claim registrada</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: nenhum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretação</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n escopo</numerusform>
            <numerusform>%n escopos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audience(s)</source>
        <translation>
            <numerusform>%n audiência</numerusform>
            <numerusform>%n audiências</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>Execute &quot;%1 --help&quot; para ver as opções.</translation>
    </message>
    <message>
        <source>The input is larger than %1 bytes; that is not a token.</source>
        <translation>A entrada tem mais de %1 bytes; isso não é um token.</translation>
    </message>
    <message>
        <source>Cannot read the standard input: %1</source>
        <translation>Não é possível ler a entrada padrão: %1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>O arquivo &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>&quot;%1&quot; é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Não é possível ler &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than %2 bytes.</source>
        <translation>O arquivo &quot;%1&quot; tem mais de %2 bytes.</translation>
    </message>
    <message>
        <source>Decode a token and print its parts as JSON</source>
        <translation>Decodifica um token e imprime suas partes como JSON</translation>
    </message>
    <message>
        <source>Verify a token&apos;s signature and claims; print the checks as JSON</source>
        <translation>Verifica a assinatura e as claims de um token; imprime as verificações como JSON</translation>
    </message>
    <message>
        <source>Inspect and verify OAuth 2.0 and OpenID Connect tokens.
Without arguments, the window opens.</source>
        <translation>Inspeciona e verifica tokens OAuth 2.0 e OpenID Connect.
Sem argumentos, a janela é aberta.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Execute &quot;%1 COMANDO --help&quot; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Um dos comandos acima.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Execute &quot;%1 --help&quot; para ver os comandos e as opções.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] [COMMAND]</source>
        <translation>Uso: %1 [opções] [COMANDO]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the commands.</source>
        <translation>Comando desconhecido &quot;%1&quot;. Execute &quot;%2 --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>Nothing to do. Run &quot;%1 --help&quot; for the commands.</source>
        <translation>Nada a fazer. Execute &quot;%1 --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>Decode a token and print one JSON object: kind (jws, jwe, unsecured,
opaque, malformed), header, payload, signature_bytes and problems.
The token may be bare, a &quot;Bearer&quot; value, an &quot;Authorization:&quot; header
line or a redirect URL. Nothing is verified: use &quot;verify&quot; for that.
Exit status: 0 decoded, 2 the input is not a token.</source>
        <translation>Decodifica um token e imprime um objeto JSON: kind (jws, jwe, unsecured,
opaque, malformed), header, payload, signature_bytes e problems.
O token pode ser o valor puro, um valor &quot;Bearer&quot;, uma linha de cabeçalho
&quot;Authorization:&quot; ou uma URL de redirecionamento. Nada é verificado: use
&quot;verify&quot; para isso.
Status de saída: 0 decodificado, 2 a entrada não é um token.</translation>
    </message>
    <message>
        <source>The token; &quot;-&quot; or nothing reads it from the standard input.</source>
        <translation>O token; &quot;-&quot; ou nada o lê da entrada padrão.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] [TOKEN|-]</source>
        <translation>Uso: %1 [opções] [TOKEN|-]</translation>
    </message>
    <message>
        <source>Give one token (or &quot;-&quot; for the standard input), not %1 arguments.</source>
        <translation>Informe um token (ou &quot;-&quot; para a entrada padrão), não %1 argumentos.</translation>
    </message>
    <message>
        <source>No token found in the input.</source>
        <translation>Nenhum token encontrado na entrada.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Sem resposta em %1 segundos.</translation>
    </message>
    <message>
        <source>Cannot fetch the keys from %1: %2</source>
        <translation>Não é possível buscar as chaves de %1: %2</translation>
    </message>
    <message>
        <source>Cannot fetch the keys from %1: the server answered HTTP %2.</source>
        <translation>Não é possível buscar as chaves de %1: o servidor respondeu HTTP %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No usable key in %1: %2</source>
        <translation>Nenhuma chave utilizável em %1: %2</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>nenhuma chave</translation>
    </message>
    <message>
        <source>--role must be auto, id or access, not &quot;%1&quot;.</source>
        <translation>--role deve ser auto, id ou access, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Verification keys: a JWKS, JWK, PEM public key or certificate file, or an http(s) URL of a JWKS (fetched, 15 s timeout). May be repeated.</source>
        <translation>Chaves de verificação: um arquivo JWKS, JWK, chave pública PEM ou certificado, ou uma URL http(s) de um JWKS (buscada, tempo limite de 15&#xa0;s). Pode ser repetido.</translation>
    </message>
    <message>
        <source>A PEM public key or certificate (or a JWK / JWKS) file. May be repeated.</source>
        <translation>Um arquivo de chave pública PEM ou certificado (ou JWK / JWKS). Pode ser repetido.</translation>
    </message>
    <message>
        <source>The HMAC secret for HS256/384/512. Other users can see it in &quot;ps&quot;: prefer --secret-file.</source>
        <translation>O segredo HMAC para HS256/384/512. Outros usuários podem vê-lo no &quot;ps&quot;: prefira --secret-file.</translation>
    </message>
    <message>
        <source>Read the HMAC secret from a file (one trailing line break is ignored).</source>
        <translation>Lê o segredo HMAC de um arquivo (uma quebra de linha final é ignorada).</translation>
    </message>
    <message>
        <source>The expected issuer (&quot;iss&quot;), compared exactly.</source>
        <translation>O emissor esperado (&quot;iss&quot;), comparado exatamente.</translation>
    </message>
    <message>
        <source>The expected audience: one of &quot;aud&quot; must equal it.</source>
        <translation>A audiência esperada: um dos valores de &quot;aud&quot; deve ser igual a ela.</translation>
    </message>
    <message>
        <source>The expected &quot;nonce&quot; of an ID token.</source>
        <translation>O &quot;nonce&quot; esperado de um ID token.</translation>
    </message>
    <message>
        <source>Allowed clock skew for exp, nbf and iat, in seconds (default 60).</source>
        <translation>Tolerância de relógio permitida para exp, nbf e iat, em segundos (padrão 60).</translation>
    </message>
    <message>
        <source>Judge the time claims at this instant (seconds since 1970) instead of now.</source>
        <translation>Avalia as claims de tempo neste instante (segundos desde 1970) em vez de agora.</translation>
    </message>
    <message>
        <source>The access token issued with this ID token, to check &quot;at_hash&quot;.</source>
        <translation>O access token emitido com este ID token, para verificar &quot;at_hash&quot;.</translation>
    </message>
    <message>
        <source>The authorization code issued with this ID token, to check &quot;c_hash&quot;.</source>
        <translation>O código de autorização emitido com este ID token, para verificar &quot;c_hash&quot;.</translation>
    </message>
    <message>
        <source>What the token is: auto (guess), id (an ID token) or access (an RFC 9068 access token).</source>
        <translation>O que o token é: auto (adivinhar), id (um ID token) ou access (um access token RFC 9068).</translation>
    </message>
    <message>
        <source>--skew must be a whole number of seconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--skew deve ser um número inteiro de segundos de 0 a %1, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--at must be a Unix time (whole seconds since 1970-01-01 UTC), not &quot;%1&quot;.</source>
        <translation>--at deve ser um tempo Unix (segundos inteiros desde 1970-01-01 UTC), não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --secret or --secret-file, not both.</source>
        <translation>Informe --secret ou --secret-file, não ambos.</translation>
    </message>
    <message>
        <source>Give either an HMAC secret (--secret, --secret-file) or public keys (--jwks, --key), not both.</source>
        <translation>Informe um segredo HMAC (--secret, --secret-file) ou chaves públicas (--jwks, --key), não ambos.</translation>
    </message>
    <message>
        <source>Give one secret.</source>
        <translation>Informe um único segredo.</translation>
    </message>
    <message>
        <source>The HMAC secret is empty.</source>
        <translation>O segredo HMAC está vazio.</translation>
    </message>
    <message>
        <source>Verify a token&apos;s signature and claims and print one JSON object:
kind, header, payload, checks [{name, status, detail}] and valid.
Without keys the signature check is skipped.
Exit status: 0 no check failed (passes, warnings and skips), 1 a check
failed, 2 unusable input or arguments (a message on stderr, no JSON).</source>
        <translation>Verifica a assinatura e as claims de um token e imprime um objeto JSON:
kind, header, payload, checks [{name, status, detail}] e valid.
Sem chaves, a verificação da assinatura é ignorada.
Status de saída: 0 nenhuma verificação falhou (aprovadas, avisos e
ignoradas), 1 uma verificação falhou, 2 entrada ou argumentos
inutilizáveis (uma mensagem em stderr, sem JSON).</translation>
    </message>
    <message>
        <source>The token; &quot;-&quot; reads it from the standard input.</source>
        <translation>O token; &quot;-&quot; o lê da entrada padrão.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] TOKEN|-</source>
        <translation>Uso: %1 [opções] TOKEN|-</translation>
    </message>
    <message>
        <source>The input is not a token.</source>
        <translation>A entrada não é um token.</translation>
    </message>
    <message>
        <source>The input is not a token: %1</source>
        <translation>A entrada não é um token: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the input; this is the first, %1. Not decoded: %2.</source>
        <translation>
            <numerusform>%n token na entrada; este é o primeiro, %1. Não decodificados: %2.</numerusform>
            <numerusform>%n tokens na entrada; este é o primeiro, %1. Não decodificados: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the input; verifying the first.</source>
        <translation>
            <numerusform>%n token na entrada; verificando o primeiro.</numerusform>
            <numerusform>%n tokens na entrada; verificando o primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the local sandbox tenant on a loopback port until stopped</source>
        <translation>Executa o tenant do sandbox local em uma porta de loopback até ser interrompido</translation>
    </message>
    <message>
        <source>Run the local sandbox tenant: a small Cloudentity-compatible authorization server
(admin API, OAuth 2.0 and OpenID Connect endpoints) on a loopback port.
When it is ready it prints one JSON line: base_url, tenant_id, admin_client_id,
admin_client_secret. It serves until SIGINT or SIGTERM, then exits 0.
Exit status: 0 stopped by a signal, 2 it could not start.</source>
        <translation>Executa o tenant do sandbox local: um pequeno servidor de autorização compatível
com o Cloudentity (API de administração, endpoints OAuth 2.0 e OpenID Connect)
em uma porta de loopback. Quando está pronto, imprime uma linha JSON: base_url,
tenant_id, admin_client_id, admin_client_secret. Atende até receber SIGINT ou
SIGTERM e então sai com 0.
Status de saída: 0 interrompido por um sinal, 2 não foi possível iniciar.</translation>
    </message>
    <message>
        <source>Listen on this port (default: any free port).</source>
        <translation>Escuta nesta porta (padrão: qualquer porta livre).</translation>
    </message>
    <message>
        <source>Keep the tenant&apos;s state in this directory.</source>
        <translation>Mantém o estado do tenant neste diretório.</translation>
    </message>
    <message>
        <source>Keep the state in memory only; it is gone when the sandbox stops.</source>
        <translation>Mantém o estado apenas na memória; ele se perde quando o sandbox para.</translation>
    </message>
    <message>
        <source>The tenant id in every URL (default: &quot;default&quot;).</source>
        <translation>O ID do tenant em cada URL (padrão: &quot;default&quot;).</translation>
    </message>
    <message>
        <source>Per-API-group rate limits from a JSON file, like
{&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}.</source>
        <translation>Limites de taxa por grupo de API a partir de um arquivo JSON, como
{&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}.</translation>
    </message>
    <message>
        <source>Listen on this address instead of 127.0.0.1. Development only: no TLS, mock users.</source>
        <translation>Escuta neste endereço em vez de 127.0.0.1. Apenas para desenvolvimento: sem TLS, usuários fictícios.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Uso: %1 [opções]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>A porta deve ser um número de 0 a 65535, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either --data or --ephemeral, not both.</source>
        <translation>Informe --data ou --ephemeral, não ambos.</translation>
    </message>
    <message>
        <source>--data needs a directory.</source>
        <translation>--data precisa de um diretório.</translation>
    </message>
    <message>
        <source>There is no application data directory; give --data DIR or --ephemeral.</source>
        <translation>Não há diretório de dados do aplicativo; informe --data DIR ou --ephemeral.</translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; is not usable in URLs: use letters, digits, &quot;-&quot; and &quot;_&quot; (at most 64).</source>
        <translation>O ID do tenant &quot;%1&quot; não pode ser usado em URLs: use letras, dígitos, &quot;-&quot; e &quot;_&quot; (no máximo 64).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; não é um endereço IP.</translation>
    </message>
    <message>
        <source>Warning: listening on %1 as asked. The sandbox is for development only: it has no TLS (tokens, secrets and passwords cross the network in clear text), its users are mock users and its admin credentials are printed here. Do not expose it to a network you do not control.</source>
        <translation>Aviso: escutando em %1, como solicitado. O sandbox é apenas para desenvolvimento: ele não tem TLS (tokens, segredos e senhas trafegam pela rede em texto claro), seus usuários são fictícios e suas credenciais de administrador são impressas aqui. Não o exponha a uma rede que você não controla.</translation>
    </message>
    <message>
        <source>Cannot install the signal handlers: %1</source>
        <translation>Não é possível instalar os tratadores de sinal: %1</translation>
    </message>
    <message>
        <source>List, show, add, remove, export and import connection profiles</source>
        <translation>Lista, mostra, adiciona, remove, exporta e importa perfis de conexão</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Run &quot;%2 profile list&quot; for the profiles.</source>
        <translation>Não há perfil &quot;%1&quot;. Execute &quot;%2 profile list&quot; para ver os perfis.</translation>
    </message>
    <message>
        <source>List the connection profiles: name, preset, issuer.</source>
        <translation>Lista os perfis de conexão: nome, predefinição, emissor.</translation>
    </message>
    <message>
        <source>Print one JSON object {&quot;profiles&quot;: [...]}.</source>
        <translation>Imprime um objeto JSON {&quot;profiles&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Usage: %1 [--json]</source>
        <translation>Uso: %1 [--json]</translation>
    </message>
    <message>
        <source>&quot;profile list&quot; takes no arguments.</source>
        <translation>&quot;profile list&quot; não aceita argumentos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Autenticação do cliente</translation>
    </message>
    <message>
        <source> (raw Basic credentials)</source>
        <translation> (credenciais Basic sem codificação)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiências</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpoints:</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirecionamento</translation>
    </message>
    <message>
        <source> (port chosen when the listener starts)</source>
        <translation> (porta escolhida quando o listener inicia)</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Pacote de CAs</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>INSECURE: certificates are not verified</source>
        <translation>INSEGURO: os certificados não são verificados</translation>
    </message>
    <message>
        <source>Secrets in the keychain:</source>
        <translation>Segredos no chaveiro:</translation>
    </message>
    <message>
        <source>Show a profile and which of its secrets the keychain holds (never a secret).</source>
        <translation>Mostra um perfil e quais dos seus segredos o chaveiro contém (nunca um segredo).</translation>
    </message>
    <message>
        <source>Print one JSON object: the profile and &quot;secrets&quot;: {kind: stored|absent|unknown ...}.</source>
        <translation>Imprime um objeto JSON: o perfil e &quot;secrets&quot;: {tipo: stored|absent|unknown ...}.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>O nome do perfil.</translation>
    </message>
    <message>
        <source>Usage: %1 [--json] NAME</source>
        <translation>Uso: %1 [--json] NOME</translation>
    </message>
    <message>
        <source>Give the name of one profile.</source>
        <translation>Informe o nome de um perfil.</translation>
    </message>
    <message>
        <source>The provider preset: cloudentity, cognito, userclouds, duende, sensedia, oidc, sandbox.</source>
        <translation>A predefinição do provedor: cloudentity, cognito, userclouds, duende, sensedia, oidc, sandbox.</translation>
    </message>
    <message>
        <source>A preset field, e.g. tenant_id=acme, region=us, workspace_id=demo, base_url=URL. May be repeated.</source>
        <translation>Um campo da predefinição, p. ex. tenant_id=acme, region=us, workspace_id=demo, base_url=URL. Pode ser repetido.</translation>
    </message>
    <message>
        <source>The issuer URL (http or https).</source>
        <translation>A URL do emissor (http ou https).</translation>
    </message>
    <message>
        <source>The client id.</source>
        <translation>O client id.</translation>
    </message>
    <message>
        <source>Client authentication: none, client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt (default: the preset&apos;s).</source>
        <translation>Autenticação do cliente: none, client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt (padrão: a da predefinição).</translation>
    </message>
    <message>
        <source>client_secret_basic without the RFC 6749 form-encoding of id and secret, for servers that want them as they are.</source>
        <translation>client_secret_basic sem a codificação de formulário do RFC 6749 para o id e o segredo, para servidores que os querem como são.</translation>
    </message>
    <message>
        <source>A scope (or several, space-separated). May be repeated.</source>
        <translation>Um escopo (ou vários, separados por espaço). Pode ser repetido.</translation>
    </message>
    <message>
        <source>A fixed loopback redirect URI, e.g. http://127.0.0.1:8765/callback (default: 127.0.0.1 on an ephemeral port).</source>
        <translation>Uma URI de redirecionamento de loopback fixa, p. ex. http://127.0.0.1:8765/callback (padrão: 127.0.0.1 em uma porta efêmera).</translation>
    </message>
    <message>
        <source>An extra authorization and token parameter. May be repeated.</source>
        <translation>Um parâmetro extra das requisições de autorização e de token. Pode ser repetido.</translation>
    </message>
    <message>
        <source>Set an endpoint by its metadata name, e.g. token_endpoint=URL. May be repeated.</source>
        <translation>Define um endpoint pelo seu nome nos metadados, p. ex. token_endpoint=URL. Pode ser repetido.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (a PEM file).</source>
        <translation>Certificados de CA confiáveis adicionais (um arquivo PEM).</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (for test servers only).</source>
        <translation>Não verifica os certificados TLS (apenas para servidores de teste).</translation>
    </message>
    <message>
        <source>Fill the endpoints from the issuer&apos;s discovery document; findings go to stderr.</source>
        <translation>Preenche os endpoints a partir do documento de descoberta do emissor; as constatações vão para stderr.</translation>
    </message>
    <message>
        <source>Read the client secret (for private_key_jwt: the private key, PEM or JWK) from the standard input straight into the keychain. One trailing line break is dropped.</source>
        <translation>Lê o client secret (para private_key_jwt: a chave privada, PEM ou JWK) da entrada padrão diretamente para o chaveiro. Uma quebra de linha final é descartada.</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>O nome do perfil está vazio.</translation>
    </message>
    <message>
        <source>Give --preset: one of %1.</source>
        <translation>Informe --preset: um de %1.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Use one of: %2.</source>
        <translation>Predefinição desconhecida &quot;%1&quot;. Use uma de: %2.</translation>
    </message>
    <message>
        <source>--field wants KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--field espera CHAVE=VALOR, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no field &quot;%2&quot;; its fields are: %3.</source>
        <translation>A predefinição &quot;%1&quot; não tem o campo &quot;%2&quot;; seus campos são: %3.</translation>
    </message>
    <message>
        <source>--issuer must be an http or https URL, not &quot;%1&quot;.</source>
        <translation>--issuer deve ser uma URL http ou https, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; cannot compute the endpoints: %2 (give its fields with --field KEY=VALUE)</source>
        <translation>A predefinição &quot;%1&quot; não consegue calcular os endpoints: %2 (informe seus campos com --field CHAVE=VALOR)</translation>
    </message>
    <message>
        <source>Unknown client authentication method &quot;%1&quot;. Use one of: %2.</source>
        <translation>Método de autenticação do cliente desconhecido &quot;%1&quot;. Use um de: %2.</translation>
    </message>
    <message>
        <source>--redirect-uri must be an http loopback URI (127.0.0.1, localhost or [::1]), not &quot;%1&quot;.</source>
        <translation>--redirect-uri deve ser uma URI http de loopback (127.0.0.1, localhost ou [::1]), não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--param wants K=V, not &quot;%1&quot;.</source>
        <translation>--param espera C=V, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--endpoint wants NAME=URL with an http(s) URL and NAME one of %1; not &quot;%2&quot;.</source>
        <translation>--endpoint espera NOME=URL com uma URL http(s) e NOME um de %1; não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The standard input is larger than %1 bytes; that is not a secret.</source>
        <translation>A entrada padrão tem mais de %1 bytes; isso não é um segredo.</translation>
    </message>
    <message>
        <source>The standard input is empty: pipe the secret into --client-secret-stdin.</source>
        <translation>A entrada padrão está vazia: envie o segredo por pipe para --client-secret-stdin.</translation>
    </message>
    <message>
        <source>--discover needs an issuer: give --issuer URL or the preset&apos;s fields.</source>
        <translation>--discover precisa de um emissor: informe --issuer URL ou os campos da predefinição.</translation>
    </message>
    <message>
        <source>Discovery at %1 did not finish in time.</source>
        <translation>A descoberta em %1 não terminou a tempo.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>discovery %1 [%2]: %3</source>
        <translation>descoberta %1 [%2]: %3</translation>
    </message>
    <message>
        <source>Discovery failed: %1 (tried %2)</source>
        <translation>A descoberta falhou: %1 (tentado: %2)</translation>
    </message>
    <message>
        <source>Add a connection profile. The preset (and --discover) fill the issuer and endpoints;
a secret given with --client-secret-stdin goes straight into the keychain.
Exit status: 0 added, 1 failed (discovery, writing), 2 unusable arguments or a
duplicate name, 3 no keychain to store the secret in (nothing was written).</source>
        <translation>Adiciona um perfil de conexão. A predefinição (e --discover) preenchem o emissor e os
endpoints; um segredo informado com --client-secret-stdin vai direto para o chaveiro.
Status de saída: 0 adicionado, 1 falhou (descoberta, gravação), 2 argumentos
inutilizáveis ou nome duplicado, 3 nenhum chaveiro para armazenar o segredo (nada foi gravado).</translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation>O nome do novo perfil.</translation>
    </message>
    <message>
        <source>Usage: %1 NAME --preset PRESET [options]</source>
        <translation>Uso: %1 NOME --preset PREDEFINIÇÃO [opções]</translation>
    </message>
    <message>
        <source>Give the name of the new profile (quote it when it has spaces).</source>
        <translation>Informe o nome do novo perfil (entre aspas se tiver espaços).</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name or remove it first.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;. Escolha outro nome ou remova-o primeiro.</translation>
    </message>
    <message>
        <source>The client authentication method %1 takes no secret; leave out --client-secret-stdin.</source>
        <translation>O método de autenticação do cliente %1 não usa segredo; omita --client-secret-stdin.</translation>
    </message>
    <message>
        <source>The profile is not usable:
%1</source>
        <translation>O perfil não é utilizável:
%1</translation>
    </message>
    <message>
        <source>No keychain is available to store the %1, so nothing was written: neither the secret (it is never written anywhere else) nor the profile. %2</source>
        <translation>Nenhum chaveiro está disponível para armazenar o segredo (%1), então nada foi gravado: nem o segredo (ele nunca é gravado em outro lugar) nem o perfil. %2</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>O chaveiro não respondeu.</translation>
    </message>
    <message>
        <source>The %1 could not be stored in the keychain, so the profile was not added: %2</source>
        <translation>Não foi possível armazenar o segredo (%1) no chaveiro, então o perfil não foi adicionado: %2</translation>
    </message>
    <message>
        <source>Added the profile &quot;%1&quot;.</source>
        <translation>Perfil &quot;%1&quot; adicionado.</translation>
    </message>
    <message>
        <source>Usage: %1 NAME</source>
        <translation>Uso: %1 NOME</translation>
    </message>
    <message>
        <source>No keychain is available to remove the secrets of &quot;%1&quot;, so the profile was kept (removing it would leave its secrets behind). %2</source>
        <translation>Nenhum chaveiro está disponível para remover os segredos de &quot;%1&quot;, então o perfil foi mantido (removê-lo deixaria seus segredos para trás). %2</translation>
    </message>
    <message>
        <source>The keychain entries of &quot;%1&quot; could not be removed, so the profile was kept: %2</source>
        <translation>Não foi possível remover as entradas de &quot;%1&quot; no chaveiro, então o perfil foi mantido: %2</translation>
    </message>
    <message>
        <source>Write every profile to a JSON file, never with secrets.</source>
        <translation>Grava todos os perfis em um arquivo JSON, nunca com segredos.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>Usage: %1 FILE</source>
        <translation>Uso: %1 ARQUIVO</translation>
    </message>
    <message>
        <source>Give one file to write.</source>
        <translation>Informe um arquivo a gravar.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) (without secrets).</source>
        <translation>
            <numerusform>%n perfil exportado (sem segredos).</numerusform>
            <numerusform>%n perfis exportados (sem segredos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the profiles of an exported file (with new ids; a name that exists gets &quot; (2)&quot;). Secrets are not in exports: store them again.</source>
        <translation>Adiciona os perfis de um arquivo exportado (com novos IDs; um nome que já existe recebe &quot; (2)&quot;). Os segredos não estão nas exportações: armazene-os novamente.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>O arquivo a ler.</translation>
    </message>
    <message>
        <source>Give one file to read.</source>
        <translation>Informe um arquivo a ler.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; importado.</translation>
    </message>
    <message>
        <source>List the profiles</source>
        <translation>Lista os perfis</translation>
    </message>
    <message>
        <source>Show a profile and which secrets are stored (never a secret)</source>
        <translation>Mostra um perfil e quais segredos estão armazenados (nunca um segredo)</translation>
    </message>
    <message>
        <source>Add a profile from a preset; the secret from stdin into the keychain</source>
        <translation>Adiciona um perfil a partir de uma predefinição; o segredo vai da stdin para o chaveiro</translation>
    </message>
    <message>
        <source>Write the profiles to a file (no secrets)</source>
        <translation>Grava os perfis em um arquivo (sem segredos)</translation>
    </message>
    <message>
        <source>Add the profiles of an exported file</source>
        <translation>Adiciona os perfis de um arquivo exportado</translation>
    </message>
    <message>
        <source>Usage: %1 SUBCOMMAND [options]</source>
        <translation>Uso: %1 SUBCOMANDO [opções]</translation>
    </message>
    <message>
        <source>Connection profiles. Secrets live in the OS keychain, never in files.</source>
        <translation>Perfis de conexão. Os segredos ficam no chaveiro do sistema operacional, nunca em arquivos.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcomandos:</translation>
    </message>
    <message>
        <source>Exit status: 0 ok, 1 the operation failed, 2 unusable arguments (unknown preset or
method, bad URL, no such profile, duplicate name), 3 no keychain for a needed secret.</source>
        <translation>Status de saída: 0 ok, 1 a operação falhou, 2 argumentos inutilizáveis (predefinição ou
método desconhecido, URL inválida, perfil inexistente, nome duplicado), 3 nenhum chaveiro para um segredo necessário.</translation>
    </message>
    <message>
        <source>Run &quot;%1 SUBCOMMAND --help&quot; for its options.</source>
        <translation>Execute &quot;%1 SUBCOMANDO --help&quot; para ver as opções dele.</translation>
    </message>
    <message>
        <source>Give a subcommand: list, show, add, remove, export or import. Run &quot;%1 --help&quot; for more.</source>
        <translation>Informe um subcomando: list, show, add, remove, export ou import. Execute &quot;%1 --help&quot; para mais informações.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Run &quot;%2 --help&quot; for the subcommands.</source>
        <translation>Subcomando desconhecido &quot;%1&quot;. Execute &quot;%2 --help&quot; para ver os subcomandos.</translation>
    </message>
    <message>
        <source>The profile to use.</source>
        <translation>O perfil a usar.</translation>
    </message>
    <message>
        <source>Ask for this scope instead of the profile&apos;s (or several, space-separated). May be repeated.</source>
        <translation>Solicita este escopo em vez dos do perfil (ou vários, separados por espaço). Pode ser repetido.</translation>
    </message>
    <message>
        <source>Print the whole token response as JSON.</source>
        <translation>Imprime a resposta de token inteira como JSON.</translation>
    </message>
    <message>
        <source>&quot;token&quot; takes no arguments besides its options; give the profile with --profile NAME.</source>
        <translation>&quot;token&quot; não aceita argumentos além das suas opções; informe o perfil com --profile NOME.</translation>
    </message>
    <message>
        <source>Give the profile with --profile NAME (&quot;%1 profile list&quot; shows them).</source>
        <translation>Informe o perfil com --profile NOME (&quot;%1 profile list&quot; os mostra).</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no token endpoint. Add the profile again with --discover or --endpoint token_endpoint=URL.</source>
        <translation>O perfil &quot;%1&quot; não tem endpoint de token. Adicione o perfil novamente com --discover ou --endpoint token_endpoint=URL.</translation>
    </message>
    <message>
        <source>tls_client_auth (a client certificate, RFC 8705) is not supported yet; the profile &quot;%1&quot; cannot get a token from the command line.</source>
        <translation>tls_client_auth (um certificado de cliente, RFC 8705) ainda não é suportado; o perfil &quot;%1&quot; não pode obter um token pela linha de comando.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no authorization endpoint. Add the profile again with --discover or --endpoint authorization_endpoint=URL.</source>
        <translation>O perfil &quot;%1&quot; não tem endpoint de autorização. Adicione o perfil novamente com --discover ou --endpoint authorization_endpoint=URL.</translation>
    </message>
    <message>
        <source>Open this URL in a browser and sign in (no browser command is set: use --browser-command or TOKENSCOPE_BROWSER to open it for you):
%1</source>
        <translation>Abra esta URL em um navegador e faça login (nenhum comando de navegador está definido: use --browser-command ou TOKENSCOPE_BROWSER para que ela seja aberta para você):
%1</translation>
    </message>
    <message>
        <source>authorization_code: give up after this many seconds (default %1).</source>
        <translation>authorization_code: desiste após este número de segundos (padrão %1).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout recebe um número de segundos de 1 a 3600, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The browser command has an unterminated quote or a trailing backslash: %1</source>
        <translation>O comando do navegador tem uma aspa não fechada ou uma barra invertida no final: %1</translation>
    </message>
    <message>
        <source>Get a token for a profile (any of its grants) and print it</source>
        <translation>Obtém um token para um perfil (qualquer um dos seus grants) e o imprime</translation>
    </message>
    <message>
        <source>The standard input is not a console; pipe the password into --password-stdin.</source>
        <translation>A entrada padrão não é um console; envie a senha por pipe para --password-stdin.</translation>
    </message>
    <message>
        <source>Cannot turn off the console&apos;s echo; pipe the password into --password-stdin.</source>
        <translation>Não é possível desligar o eco do console; envie a senha por pipe para --password-stdin.</translation>
    </message>
    <message>
        <source>The input ended before a password was typed.</source>
        <translation>A entrada terminou antes de uma senha ser digitada.</translation>
    </message>
    <message>
        <source>The standard input is not a terminal; pipe the password into --password-stdin.</source>
        <translation>A entrada padrão não é um terminal; envie a senha por pipe para --password-stdin.</translation>
    </message>
    <message>
        <source>Cannot turn off the terminal&apos;s echo; pipe the password into --password-stdin.</source>
        <translation>Não é possível desligar o eco do terminal; envie a senha por pipe para --password-stdin.</translation>
    </message>
    <message>
        <source>The standard input is larger than %1 bytes; %2 takes one line.</source>
        <translation>A entrada padrão tem mais de %1 bytes; %2 recebe uma linha.</translation>
    </message>
    <message>
        <source>The standard input is empty: pipe one line into %1.</source>
        <translation>A entrada padrão está vazia: envie uma linha por pipe para %1.</translation>
    </message>
    <message>
        <source>The standard input has more than one line: %1 takes one line.</source>
        <translation>A entrada padrão tem mais de uma linha: %1 recebe uma linha.</translation>
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
        <translation>Obtém um token para um perfil e imprime o access token (com --json, a resposta de
token inteira). Grants:
  client_credentials  o padrão
  authorization_code  abre o comando do navegador na URL de autorização (ou
                      a imprime em stderr), aguarda o redirecionamento de loopback
  password            --username; a senha vem de --password-stdin ou é digitada
                      no terminal (sem eco)
  refresh_token       o que um grant anterior armazenou no chaveiro, ou um
                      vindo de --refresh-token-stdin
  device_code         imprime o código de usuário e a URI de verificação em stderr, consulta
Um refresh token em uma resposta é armazenado no chaveiro (nunca impresso, exceto
dentro da resposta de token de --json).
Status de saída: 0 um token foi emitido, 1 o servidor ou a rede recusou (o erro em
stderr), 2 argumentos inutilizáveis (perfil inexistente, grant ainda não disponível),
3 nenhum chaveiro para ler um segredo necessário.</translation>
    </message>
    <message>
        <source>The grant: client_credentials (the default), authorization_code, password, refresh_token or device_code.</source>
        <translation>O grant: client_credentials (o padrão), authorization_code, password, refresh_token ou device_code.</translation>
    </message>
    <message>
        <source>password: the resource owner&apos;s user name.</source>
        <translation>password: o nome de usuário do resource owner.</translation>
    </message>
    <message>
        <source>password: read the password from the standard input (one line). Without it the password is asked for on the terminal.</source>
        <translation>password: lê a senha da entrada padrão (uma linha). Sem esta opção, a senha é pedida no terminal.</translation>
    </message>
    <message>
        <source>refresh_token: read the refresh token from the standard input (one line) instead of the keychain.</source>
        <translation>refresh_token: lê o refresh token da entrada padrão (uma linha) em vez do chaveiro.</translation>
    </message>
    <message>
        <source>authorization_code, device_code: the browser to run, split like a shell would, with the authorization (or verification) URL appended (default: the TOKENSCOPE_BROWSER environment variable; without either the URL is printed on stderr).</source>
        <translation>authorization_code, device_code: o navegador a executar, dividido como um shell faria, com a URL de autorização (ou de verificação) acrescentada (padrão: a variável de ambiente TOKENSCOPE_BROWSER; sem nenhum dos dois, a URL é impressa em stderr).</translation>
    </message>
    <message>
        <source>Usage: %1 --profile NAME [--grant client_credentials|authorization_code|password|refresh_token|device_code] [--scope S]... [--username U] [--password-stdin] [--refresh-token-stdin] [--browser-command COMMAND] [--timeout SECONDS] [--json]</source>
        <translation>Uso: %1 --profile NOME [--grant client_credentials|authorization_code|password|refresh_token|device_code] [--scope S]... [--username U] [--password-stdin] [--refresh-token-stdin] [--browser-command COMANDO] [--timeout SEGUNDOS] [--json]</translation>
    </message>
    <message>
        <source>The grant &quot;%1&quot; is not available yet on the command line; use client_credentials, authorization_code, password, refresh_token or device_code.</source>
        <translation>O grant &quot;%1&quot; ainda não está disponível na linha de comando; use client_credentials, authorization_code, password, refresh_token ou device_code.</translation>
    </message>
    <message>
        <source>Unknown grant &quot;%1&quot;; use client_credentials, authorization_code, password, refresh_token or device_code.</source>
        <translation>Grant desconhecido &quot;%1&quot;; use client_credentials, authorization_code, password, refresh_token ou device_code.</translation>
    </message>
    <message>
        <source>--%1 belongs to --grant %2.</source>
        <translation>--%1 pertence a --grant %2.</translation>
    </message>
    <message>
        <source>The password grant needs --username U (the resource owner&apos;s user name).</source>
        <translation>O grant password precisa de --username U (o nome de usuário do resource owner).</translation>
    </message>
    <message>
        <source>The standard input is not a terminal to type the password on: pipe the password into --password-stdin.</source>
        <translation>A entrada padrão não é um terminal para digitar a senha: envie a senha por pipe para --password-stdin.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Senha de %1: </translation>
    </message>
    <message>
        <source>Warning: the keychain did not answer within %1 seconds; the refresh token was not stored.</source>
        <translation>Aviso: o chaveiro não respondeu em %1 segundos; o refresh token não foi armazenado.</translation>
    </message>
    <message>
        <source>Warning: no keychain is available, so the refresh token was not stored. %1</source>
        <translation>Aviso: nenhum chaveiro está disponível, então o refresh token não foi armazenado. %1</translation>
    </message>
    <message>
        <source>Warning: the refresh token was not stored in the keychain: %1</source>
        <translation>Aviso: o refresh token não foi armazenado no chaveiro: %1</translation>
    </message>
    <message>
        <source>The refresh token is stored in the keychain for the profile &quot;%1&quot;; --grant refresh_token uses it.</source>
        <translation>O refresh token está armazenado no chaveiro para o perfil &quot;%1&quot;; --grant refresh_token o utiliza.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. Unlock it and try again, or pipe the refresh token into --refresh-token-stdin.</source>
        <translation>O chaveiro não respondeu em %1 segundos. Desbloqueie-o e tente novamente, ou envie o refresh token por pipe para --refresh-token-stdin.</translation>
    </message>
    <message>
        <source>No refresh token is stored for the profile &quot;%1&quot;. Get one first with --grant authorization_code, password or device_code (the server may want the offline_access scope), or pipe one into --refresh-token-stdin.</source>
        <translation>Nenhum refresh token está armazenado para o perfil &quot;%1&quot;. Obtenha um primeiro com --grant authorization_code, password ou device_code (o servidor pode exigir o escopo offline_access), ou envie um por pipe para --refresh-token-stdin.</translation>
    </message>
    <message>
        <source>The stored refresh token cannot be read: %1 Or pipe the refresh token into --refresh-token-stdin.</source>
        <translation>O refresh token armazenado não pode ser lido: %1 Ou envie o refresh token por pipe para --refresh-token-stdin.</translation>
    </message>
    <message>
        <source>The server issued a new refresh token: the refresh token was rotated, and the previous one must not be used again.</source>
        <translation>O servidor emitiu um novo refresh token: o refresh token foi rotacionado, e o anterior não deve ser usado novamente.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no device authorization endpoint. Add the profile again with --discover or --endpoint device_authorization_endpoint=URL.</source>
        <translation>O perfil &quot;%1&quot; não tem endpoint de autorização de dispositivo. Adicione o perfil novamente com --discover ou --endpoint device_authorization_endpoint=URL.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2</source>
        <translation>Para fazer login, abra %1 em um navegador e informe o código %2</translation>
    </message>
    <message>
        <source>Or open %1 (the code is filled in there).</source>
        <translation>Ou abra %1 (o código já vem preenchido).</translation>
    </message>
    <message>
        <source>Waiting for the approval; the code expires in %1 seconds.</source>
        <translation>Aguardando a aprovação; o código expira em %1 segundos.</translation>
    </message>
    <message>
        <source>%1 Open the address above yourself.</source>
        <translation>%1 Abra você mesmo o endereço acima.</translation>
    </message>
    <message>
        <source>The server asked to poll more slowly: every %1 seconds now.</source>
        <translation>O servidor pediu para consultar com menos frequência: agora a cada %1 segundos.</translation>
    </message>
    <message>
        <source>The device authorization did not end; giving up.</source>
        <translation>A autorização de dispositivo não terminou; desistindo.</translation>
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
        <translation>Uso: %1 list servers|idps|clients --profile NOME [--workspace WID] [--json]
     %1 apply ARQUIVO --profile NOME [--dry-run] [--json]

A API de administração por meio de um perfil de administração (predefinição
cloudentity ou sandbox, workspace &quot;admin&quot;, o cliente do workspace de administração
e o segredo dele no chaveiro).
  list    workspaces (servers), IDPs ou clientes como tabela; com --json, o array.
          IDPs e clientes de um workspace com --workspace; senão, de todos.
  apply   aplica um arquivo em lote: {&quot;workspaces&quot;: [...], &quot;idps&quot;: [{&quot;workspace&quot;:
          WID, ...}], &quot;clients&quot;: [...]}. Cada item é criado, atualizado (só os
          campos que o arquivo informa) ou deixado como está; executar de novo é
          seguro. Progresso em stderr, uma linha por item em stdout (--json: um
          objeto JSON por linha). --dry-run mostra o que seria feito. Ctrl-C para
          depois do item em andamento.
Status de saída: 0 tudo certo, 1 um item falhou ou a API recusou, 2 argumentos
ou arquivo inutilizáveis, 3 nenhum chaveiro para ler o segredo do cliente de
administração.
</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not an admin profile%2. Use a profile with the preset cloudentity or sandbox, --field workspace_id=admin and the admin workspace&apos;s client (&quot;%3 profile add NAME --preset sandbox --field workspace_id=admin --client-id ID --client-secret-stdin&quot;).</source>
        <translation>O perfil &quot;%1&quot; não é um perfil de administração%2. Use um perfil com a predefinição cloudentity ou sandbox, --field workspace_id=admin e o cliente do workspace de administração (&quot;%3 profile add NOME --preset sandbox --field workspace_id=admin --client-id ID --client-secret-stdin&quot;).</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>O servidor respondeu %1.</translation>
    </message>
    <message>
        <source>No answer from the admin API within %1 seconds.</source>
        <translation>Nenhuma resposta da API de administração em %1 segundos.</translation>
    </message>
    <message>
        <source>List workspaces (servers), IDPs or clients of the admin API.</source>
        <translation>Lista workspaces (servers), IDPs ou clientes da API de administração.</translation>
    </message>
    <message>
        <source>The admin profile.</source>
        <translation>O perfil de administração.</translation>
    </message>
    <message>
        <source>idps, clients: only this workspace&apos;s (default: every workspace&apos;s).</source>
        <translation>idps, clients: somente os deste workspace (padrão: os de todos os workspaces).</translation>
    </message>
    <message>
        <source>Print the JSON array.</source>
        <translation>Imprime o array JSON.</translation>
    </message>
    <message>
        <source>servers, idps or clients</source>
        <translation>servers, idps ou clients</translation>
    </message>
    <message>
        <source>Usage: %1 servers|idps|clients --profile NAME [--workspace WID] [--json]</source>
        <translation>Uso: %1 servers|idps|clients --profile NOME [--workspace WID] [--json]</translation>
    </message>
    <message>
        <source>Say what to list: servers, idps or clients.</source>
        <translation>Diga o que listar: servers, idps ou clients.</translation>
    </message>
    <message>
        <source>Give the admin profile with --profile NAME (&quot;%1 profile list&quot; shows them).</source>
        <translation>Informe o perfil de administração com --profile NOME (&quot;%1 profile list&quot; mostra os perfis).</translation>
    </message>
    <message>
        <source>--workspace belongs to &quot;list idps&quot; and &quot;list clients&quot;.</source>
        <translation>--workspace se aplica a &quot;list idps&quot; e &quot;list clients&quot;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT ID</translation>
    </message>
    <message>
        <source>GRANT TYPES</source>
        <translation>GRANT TYPES</translation>
    </message>
    <message>
        <source>Interrupted: stopping after the item in flight (Ctrl-C again to quit at once).</source>
        <translation>Interrompido: parando após o item em andamento (Ctrl-C de novo para sair imediatamente).</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Create or update the workspaces, static IDPs and clients of a bulk file; unchanged items are left alone.</source>
        <translation>Cria ou atualiza os workspaces, IDPs estáticos e clientes de um arquivo em lote; itens inalterados não são tocados.</translation>
    </message>
    <message>
        <source>Only read what exists and print what would be done.</source>
        <translation>Apenas lê o que existe e imprime o que seria feito.</translation>
    </message>
    <message>
        <source>One JSON object per item (kind, index, id, name, action, outcome, status, message).</source>
        <translation>Um objeto JSON por item (kind, index, id, name, action, outcome, status, message).</translation>
    </message>
    <message>
        <source>The bulk file (JSON).</source>
        <translation>O arquivo em lote (JSON).</translation>
    </message>
    <message>
        <source>Usage: %1 FILE --profile NAME [--dry-run] [--json]</source>
        <translation>Uso: %1 ARQUIVO --profile NOME [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Give one bulk file.</source>
        <translation>Informe um único arquivo em lote.</translation>
    </message>
    <message>
        <source>Waiting %1 s for the admin API&apos;s rate limit.</source>
        <translation>Aguardando %1 s pelo limite de taxa da API de administração.</translation>
    </message>
    <message>
        <source>Gave up waiting for the admin API.</source>
        <translation>Desistiu de aguardar a API de administração.</translation>
    </message>
    <message>
        <source>Give a subcommand: list or apply. Run &quot;%1 --help&quot; for more.</source>
        <translation>Informe um subcomando: list ou apply. Execute &quot;%1 --help&quot; para mais informações.</translation>
    </message>
    <message>
        <source>List workspaces, IDPs and clients, or apply a bulk file, through an admin profile</source>
        <translation>Lista workspaces, IDPs e clientes, ou aplica um arquivo em lote, por meio de um perfil de administração</translation>
    </message>
    <message>
        <source>API groups (path prefix: rate-limit group):</source>
        <translation>Grupos de API (prefixo de caminho: grupo de limite de taxa):</translation>
    </message>
    <message>
        <source>Remove a profile, its keychain entries and its request history.</source>
        <translation>Remove um perfil, suas entradas no chaveiro e seu histórico de requisições.</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;, its keychain entries and its request history.</source>
        <translation>O perfil &quot;%1&quot;, suas entradas no chaveiro e seu histórico de requisições foram removidos.</translation>
    </message>
    <message>
        <source>Remove a profile, its keychain entries and its request history</source>
        <translation>Remove um perfil, suas entradas no chaveiro e seu histórico de requisições</translation>
    </message>
</context>
<context>
    <name>Console::RequestHistory</name>
    <message>
        <source>the folder cannot be created</source>
        <translation>a pasta não pode ser criada</translation>
    </message>
    <message>
        <source>The request history could not be saved to %1 (%2). Free disk space or make the folder writable; the history is kept until Tokenscope quits.</source>
        <translation>O histórico de requisições não pôde ser salvo em %1 (%2). Libere espaço em disco ou torne a pasta gravável; o histórico é mantido até o Tokenscope ser fechado.</translation>
    </message>
    <message>
        <source>The request history file %1 could not be removed: check the folder&apos;s permissions.</source>
        <translation>O arquivo de histórico de requisições %1 não pôde ser removido: verifique as permissões da pasta.</translation>
    </message>
</context>
<context>
    <name>ConsoleRequest</name>
    <message>
        <source>The URL uses %1, which is not a variable: use {base}, {tid}, {wid} or {issuer}, or remove the braces.</source>
        <translation>A URL usa %1, que não é uma variável: use {base}, {tid}, {wid} ou {issuer}, ou remova as chaves.</translation>
    </message>
    <message>
        <source>The URL uses %1, but the connection &quot;%2&quot; has no value for it: set it in the connection, or write the URL out.</source>
        <translation>A URL usa %1, mas a conexão &quot;%2&quot; não tem valor para ela: defina-o na conexão ou escreva a URL por extenso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host: start it with {base}, {issuer} or https://.</source>
        <translation>&quot;%1&quot; não é uma URL http:// ou https:// com host: comece-a com {base}, {issuer} ou https://.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method: use GET, POST, PUT, PATCH, DELETE or another single word.</source>
        <translation>&quot;%1&quot; não é um método HTTP: use GET, POST, PUT, PATCH, DELETE ou outra palavra única.</translation>
    </message>
    <message>
        <source>There is no token for a Bearer authorization: get one on the Tokens page, or choose another authorization.</source>
        <translation>Não há token para uma autorização Bearer: obtenha um na página Tokens ou escolha outra autorização.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; has no API token in the keychain: store it in the connection&apos;s API token field, or choose another authorization.</source>
        <translation>A conexão &quot;%1&quot; não tem token de API no chaveiro: armazene-o no campo de token de API da conexão ou escolha outra autorização.</translation>
    </message>
    <message>
        <source>The API token header name &quot;%1&quot; of the connection is not a valid header name: correct it in the connection.</source>
        <translation>O nome de cabeçalho do token de API &quot;%1&quot; da conexão não é um nome de cabeçalho válido: corrija-o na conexão.</translation>
    </message>
    <message>
        <source>Enter the user name for Basic authorization.</source>
        <translation>Informe o nome de usuário para a autorização Basic.</translation>
    </message>
    <message>
        <source>The Basic user name must not contain &quot;:&quot; or control characters (RFC 7617): correct it, or use another authorization.</source>
        <translation>O nome de usuário Basic não pode conter &quot;:&quot; nem caracteres de controle (RFC 7617): corrija-o ou use outra autorização.</translation>
    </message>
    <message>
        <source>Enter the password for Basic authorization.</source>
        <translation>Informe a senha para a autorização Basic.</translation>
    </message>
    <message>
        <source>The credential for the %1 header contains a line break or control character: copy it again without them.</source>
        <translation>A credencial para o cabeçalho %1 contém uma quebra de linha ou um caractere de controle: copie-a de novo sem eles.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and - (for example X-Request-Id).</source>
        <translation>&quot;%1&quot; não é um nome de cabeçalho válido: use letras, dígitos e - (por exemplo X-Request-Id).</translation>
    </message>
    <message>
        <source>The value of the header %1 contains a line break or control character: remove it.</source>
        <translation>O valor do cabeçalho %1 contém uma quebra de linha ou um caractere de controle: remova-o.</translation>
    </message>
    <message>
        <source>The header %1 is also set by the chosen authorization: remove the header, or choose no authorization.</source>
        <translation>O cabeçalho %1 também é definido pela autorização escolhida: remova o cabeçalho ou escolha nenhuma autorização.</translation>
    </message>
</context>
<context>
    <name>DecodedToken</name>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabeçalho</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>assinatura</translation>
    </message>
    <message>
        <source>encrypted key</source>
        <translation>chave criptografada</translation>
    </message>
    <message>
        <source>initialization vector</source>
        <translation>vetor de inicialização</translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation>texto cifrado</translation>
    </message>
    <message>
        <source>authentication tag</source>
        <translation>tag de autenticação</translation>
    </message>
    <message>
        <source>The token is larger than %1 MiB; refused.</source>
        <translation>O token tem mais de %1 MiB; recusado.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>O token está vazio.</translation>
    </message>
    <message>
        <source>character U+%1 at offset %2: a token is plain ASCII</source>
        <translation>caractere U+%1 no deslocamento %2: um token é ASCII puro</translation>
    </message>
    <message>
        <source>not a token: character &quot;%1&quot; at offset %2 is neither in a JWT nor in an opaque token (RFC 7235 §2.1 token68)</source>
        <translation>não é um token: o caractere &quot;%1&quot; no deslocamento %2 não ocorre nem em um JWT nem em um token opaco (RFC 7235 §2.1 token68)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a problem with one part of a token: the part&apos;s name, the problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>base64url padding (&quot;=&quot;) should be omitted (RFC 7515 §2)</source>
        <translation>o preenchimento base64url (&quot;=&quot;) deve ser omitido (RFC 7515 §2)</translation>
    </message>
    <message>
        <source>character &quot;%1&quot; at offset %2 is not base64url</source>
        <translation>o caractere &quot;%1&quot; no deslocamento %2 não é base64url</translation>
    </message>
    <message>
        <source>the last character at offset %1 has unused bits set; not canonical base64url (RFC 4648 §3.5)</source>
        <translation>o último caractere, no deslocamento %1, tem bits não usados definidos; não é base64url canônico (RFC 4648 §3.5)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cannot be base64url (the length is never 4n+1, nor padded to a wrong length)</source>
        <translation>
            <numerusform>%n caractere não pode ser base64url (o comprimento nunca é 4n+1, nem preenchido até um comprimento errado)</numerusform>
            <numerusform>%n caracteres não podem ser base64url (o comprimento nunca é 4n+1, nem preenchido até um comprimento errado)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON inválido no deslocamento %1 (%2)</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>o JSON não é um objeto</translation>
    </message>
    <message>
        <source>no &quot;alg&quot; parameter (RFC 7515 §4.1.1)</source>
        <translation>sem o parâmetro &quot;alg&quot; (RFC 7515 §4.1.1)</translation>
    </message>
    <message>
        <source>&quot;alg&quot; is not a string</source>
        <translation>&quot;alg&quot; não é uma string</translation>
    </message>
    <message>
        <source>not base64url-encoded (&quot;b64&quot;: false, RFC 7797)</source>
        <translation>não codificado em base64url (&quot;b64&quot;: false, RFC 7797)</translation>
    </message>
    <message>
        <source>empty, although &quot;alg&quot; is &quot;%1&quot;; the token is effectively unsigned</source>
        <translation>vazia, embora &quot;alg&quot; seja &quot;%1&quot;; o token está, na prática, sem assinatura</translation>
    </message>
    <message>
        <source>an unsecured JWT must have an empty signature (RFC 7519 §6.1)</source>
        <translation>um JWT não protegido deve ter assinatura vazia (RFC 7519 §6.1)</translation>
    </message>
    <message>
        <source>a nested JWT (cty &quot;JWT&quot;, RFC 7519 §5.2); decode the payload as a token of its own</source>
        <translation>um JWT aninhado (cty &quot;JWT&quot;, RFC 7519 §5.2); decodifique o payload como um token separado</translation>
    </message>
    <message>
        <source>not JSON, invalid at offset %1 (%2)</source>
        <translation>não é JSON, inválido no deslocamento %1 (%2)</translation>
    </message>
    <message>
        <source>JSON, but not an object, so there are no claims</source>
        <translation>JSON, mas não um objeto, portanto não há claims</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>the payload</comment>
        <translation>vazio</translation>
    </message>
    <message>
        <source>no &quot;alg&quot; parameter (RFC 7516 §4.1.1)</source>
        <translation>sem o parâmetro &quot;alg&quot; (RFC 7516 §4.1.1)</translation>
    </message>
    <message>
        <source>no &quot;enc&quot; parameter (RFC 7516 §4.1.2)</source>
        <translation>sem o parâmetro &quot;enc&quot; (RFC 7516 §4.1.2)</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>the ciphertext</comment>
        <translation>vazio</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s): a JWT has 3, a JWE 5</source>
        <translation>
            <numerusform>%n parte: um JWT tem 3, um JWE 5</numerusform>
            <numerusform>%n partes: um JWT tem 3, um JWE 5</numerusform>
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
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Encrypted key</source>
        <translation>Chave criptografada</translation>
    </message>
    <message>
        <source>Initialization vector</source>
        <translation>Vetor de inicialização</translation>
    </message>
    <message>
        <source>Ciphertext</source>
        <translation>Texto cifrado</translation>
    </message>
    <message>
        <source>Authentication tag</source>
        <translation>Tag de autenticação</translation>
    </message>
    <message>
        <source>Token summary</source>
        <translation>Resumo do token</translation>
    </message>
    <message>
        <source>Decoding problems</source>
        <translation>Problemas de decodificação</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiração</translation>
    </message>
    <message>
        <source>Copy decoded token as JSON</source>
        <translation>Copiar o token decodificado como JSON</translation>
    </message>
    <message>
        <source>Copy the decoded header, payload and problems as JSON (as `tokenscope decode` prints them)</source>
        <translation>Copia o cabeçalho, o payload e os problemas decodificados como JSON (como `tokenscope decode` os imprime)</translation>
    </message>
    <message>
        <source>Header parameters</source>
        <translation>Parâmetros do cabeçalho</translation>
    </message>
    <message>
        <source>Payload claims</source>
        <translation>Claims do payload</translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation>JSON do cabeçalho</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>JSON do payload</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>Pa&amp;yload</translation>
    </message>
    <message>
        <source>Decoded token views</source>
        <translation>Visualizações do token decodificado</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Nenhum token</translation>
    </message>
    <message>
        <source>Paste a token above to see what it is and what it says.</source>
        <translation>Cole um token acima para ver o que ele é e o que ele diz.</translation>
    </message>
    <message>
        <source>Copied the decoded token as JSON</source>
        <translation>Token decodificado copiado como JSON</translation>
    </message>
    <message>
        <source>Expires at %1 UTC</source>
        <translation>Expira em %1 UTC</translation>
    </message>
    <message>
        <source>no expiry (exp) claim</source>
        <translation>sem claim de expiração (exp)</translation>
    </message>
    <message>
        <source>JWS: a signed JWT</source>
        <translation>JWS: um JWT assinado</translation>
    </message>
    <message>
        <source>JWE: an encrypted JWT</source>
        <translation>JWE: um JWT criptografado</translation>
    </message>
    <message>
        <source>Unsecured JWT (alg &quot;none&quot;)</source>
        <translation>JWT não protegido (alg &quot;none&quot;)</translation>
    </message>
    <message>
        <source>Opaque token</source>
        <translation>Token opaco</translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation>Token malformado</translation>
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
        <translation>o payload não é um objeto JSON</translation>
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
        <translation>payload criptografado: só a chave privada do destinatário pode lê-lo</translation>
    </message>
    <message>
        <source>no signature: anyone could have written it, never accept it</source>
        <translation>sem assinatura: qualquer um poderia tê-lo escrito, nunca o aceite</translation>
    </message>
    <message>
        <source>length %1</source>
        <translation>comprimento %1</translation>
    </message>
    <message>
        <source>character set %1</source>
        <translation>conjunto de caracteres %1</translation>
    </message>
    <message>
        <source>not a JWT: ask the authorization server&apos;s introspection endpoint (RFC 7662) what it stands for</source>
        <translation>não é um JWT: pergunte ao endpoint de introspecção do servidor de autorização (RFC 7662) o que ele representa</translation>
    </message>
    <message>
        <source>cannot be decoded: see the problems below</source>
        <translation>não pode ser decodificado: veja os problemas abaixo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(criptografado)</translation>
    </message>
    <message numerus="yes">
        <source>(binary payload, %n byte(s))</source>
        <translation>
            <numerusform>(payload binário, %n byte)</numerusform>
            <numerusform>(payload binário, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cop&amp;y as JSON</source>
        <translation>Copiar como &amp;JSON</translation>
    </message>
    <message>
        <source>He&amp;ader</source>
        <translation>Cabeçal&amp;ho</translation>
    </message>
    <message>
        <source>Clai&amp;ms</source>
        <translation>&amp;Claims</translation>
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
        <translation>um booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>um array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is %3, not a URL string. The server&apos;s metadata is broken: report it to its operator, or enter the endpoints by hand.</source>
        <translation>O membro &quot;%1&quot; do documento em %2 é %3, não uma string de URL. Os metadados do servidor estão com defeito: informe o operador dele, ou insira os endpoints manualmente.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is &quot;%3&quot;, not an absolute http(s) URL. The server&apos;s metadata is broken: report it to its operator, or enter the endpoints by hand.</source>
        <translation>O membro &quot;%1&quot; do documento em %2 é &quot;%3&quot;, não uma URL http(s) absoluta. Os metadados do servidor estão com defeito: informe o operador dele, ou insira os endpoints manualmente.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is %3, not an array of strings. The server&apos;s metadata is broken: report it to its operator.</source>
        <translation>O membro &quot;%1&quot; do documento em %2 é %3, não um array de strings. Os metadados do servidor estão com defeito: informe o operador dele.</translation>
    </message>
    <message>
        <source>an array holding a non-string</source>
        <translation>um array que contém algo que não é string</translation>
    </message>
    <message>
        <source>The answer from %1 is not JSON (%2 at byte %3). Check that the issuer URL is right and that the server publishes its metadata there.</source>
        <translation>A resposta de %1 não é JSON (%2 no byte %3). Verifique se a URL do emissor está correta e se o servidor publica seus metadados nela.</translation>
    </message>
    <message>
        <source>The answer from %1 is a JSON %2, not the object a metadata document is. Check that the issuer URL is right.</source>
        <translation>A resposta de %1 é um %2 JSON, não o objeto que um documento de metadados é. Verifique se a URL do emissor está correta.</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>The document at %1 has no &quot;issuer&quot; member, so it is not authorization server metadata. Check the issuer URL.</source>
        <translation>O documento em %1 não tem o membro &quot;issuer&quot;, portanto não são metadados de servidor de autorização. Verifique a URL do emissor.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the document at %2 is %3, not true or false. The server&apos;s metadata is broken: report it to its operator.</source>
        <translation>O membro &quot;%1&quot; do documento em %2 é %3, não true ou false. Os metadados do servidor estão com defeito: informe o operador dele.</translation>
    </message>
    <message>
        <source>The document&apos;s issuer &quot;%1&quot; differs from &quot;%2&quot; only by a trailing slash. Tokens carry the document&apos;s form: use it as the profile&apos;s issuer.</source>
        <translation>O emissor do documento, &quot;%1&quot;, difere de &quot;%2&quot; apenas por uma barra final. Os tokens trazem a forma do documento: use-a como emissor do perfil.</translation>
    </message>
    <message>
        <source>The document&apos;s issuer &quot;%1&quot; is not the issuer &quot;%2&quot; it was fetched for; a client must reject such metadata (OpenID Connect Discovery §4.3, RFC 8414 §3.3). Check the issuer URL, or the server&apos;s public URL setting.</source>
        <translation>O emissor do documento, &quot;%1&quot;, não é o emissor &quot;%2&quot; para o qual ele foi buscado; um cliente deve rejeitar esses metadados (OpenID Connect Discovery §4.3, RFC 8414 §3.3). Verifique a URL do emissor ou a configuração de URL pública do servidor.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a query or fragment, which an issuer must not have.</source>
        <translation>O emissor &quot;%1&quot; tem query ou fragmento, o que um emissor não pode ter.</translation>
    </message>
    <message>
        <source>The document has no &quot;token_endpoint&quot;: no token can be requested. Enter the token endpoint by hand.</source>
        <translation>O documento não tem &quot;token_endpoint&quot;: nenhum token pode ser solicitado. Insira o endpoint de token manualmente.</translation>
    </message>
    <message>
        <source>The document has no &quot;jwks_uri&quot;: signed tokens from this server cannot be verified with its published keys. Enter a JWKS URL or a key by hand.</source>
        <translation>O documento não tem &quot;jwks_uri&quot;: tokens assinados por este servidor não podem ser verificados com as chaves publicadas por ele. Insira uma URL de JWKS ou uma chave manualmente.</translation>
    </message>
    <message>
        <source>&quot;code_challenge_methods_supported&quot; offers only &quot;plain&quot; PKCE, which does not protect a stolen code (RFC 7636 §7.2). Enable S256 on the server.</source>
        <translation>&quot;code_challenge_methods_supported&quot; oferece apenas PKCE &quot;plain&quot;, que não protege um código roubado (RFC 7636 §7.2). Habilite S256 no servidor.</translation>
    </message>
    <message>
        <source>The document does not list &quot;code_challenge_methods_supported&quot;, so PKCE with S256 may be unsupported (RFC 8414 §2). Tokenscope still sends S256; check the server.</source>
        <translation>O documento não lista &quot;code_challenge_methods_supported&quot;, então PKCE com S256 pode não ser suportado (RFC 8414 §2). O Tokenscope envia S256 mesmo assim; verifique o servidor.</translation>
    </message>
    <message>
        <source>&quot;code_challenge_methods_supported&quot; is [%1] and lacks &quot;S256&quot;. Enable S256 PKCE on the server.</source>
        <translation>&quot;code_challenge_methods_supported&quot; é [%1] e não tem &quot;S256&quot;. Habilite PKCE S256 no servidor.</translation>
    </message>
    <message>
        <source>&quot;grant_types_supported&quot; lists &quot;implicit&quot;: access tokens travel in the browser&apos;s URL. Disable the implicit grant and use the code flow with PKCE (RFC 9700 §2.1.2).</source>
        <translation>&quot;grant_types_supported&quot; lista &quot;implicit&quot;: access tokens trafegam na URL do navegador. Desabilite o grant implicit e use o fluxo de código com PKCE (RFC 9700 §2.1.2).</translation>
    </message>
    <message>
        <source>The implicit grant is enabled (response types %1): access tokens travel in the browser&apos;s URL. Disable it and use the code flow with PKCE (RFC 9700 §2.1.2).</source>
        <translation>O grant implicit está habilitado (response types %1): access tokens trafegam na URL do navegador. Desabilite-o e use o fluxo de código com PKCE (RFC 9700 §2.1.2).</translation>
    </message>
    <message>
        <source>&quot;grant_types_supported&quot; lists &quot;password&quot;: clients see users&apos; passwords. Disable the password grant unless a legacy client needs it (RFC 9700 §2.4).</source>
        <translation>&quot;grant_types_supported&quot; lista &quot;password&quot;: os clientes veem as senhas dos usuários. Desabilite o grant password, a menos que um cliente legado precise dele (RFC 9700 §2.4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 over plain http: tokens and secrets would travel unencrypted. Use https.</source>
        <translation>&quot;%1&quot; é %2 sobre http simples: tokens e segredos trafegariam sem criptografia. Use https.</translation>
    </message>
    <message>
        <source>The server does not announce the &quot;iss&quot; authorization response parameter (RFC 9207); with more than one server, mix-up attacks go unnoticed.</source>
        <translation>O servidor não anuncia o parâmetro de resposta de autorização &quot;iss&quot; (RFC 9207); com mais de um servidor, ataques de mix-up passam despercebidos.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondeu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a document. Check the issuer URL.</source>
        <translation>%1 respondeu HTTP %2 sem um documento. Verifique a URL do emissor.</translation>
    </message>
    <message>
        <source>No metadata document was found for the issuer %1. Tried:
%2
Check the issuer URL, or enter the endpoints by hand.</source>
        <translation>Nenhum documento de metadados foi encontrado para o emissor %1. Tentativas:
%2
Verifique a URL do emissor ou insira os endpoints manualmente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http(s) URL. Enter the issuer like https://id.example.com.</source>
        <translation>&quot;%1&quot; não é uma URL http(s) absoluta. Informe o emissor como https://id.example.com.</translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message>
        <source>Apply checked changes</source>
        <translation>Aplicar as alterações marcadas</translation>
    </message>
    <message>
        <source>Discovery status</source>
        <translation>Status da descoberta</translation>
    </message>
    <message>
        <source>Endpoint changes found by discovery</source>
        <translation>Alterações de endpoints encontradas pela descoberta</translation>
    </message>
    <message>
        <source>Findings about the discovery document</source>
        <translation>Constatações sobre o documento de descoberta</translation>
    </message>
    <message>
        <source>Apply the checked endpoint changes</source>
        <translation>Aplicar as alterações de endpoints marcadas</translation>
    </message>
    <message>
        <source>Endpoints that differ (checked ones are applied):</source>
        <translation>Endpoints que diferem (os marcados são aplicados):</translation>
    </message>
    <message>
        <source>About the document:</source>
        <translation>Sobre o documento:</translation>
    </message>
    <message>
        <source>Enter the issuer URL first, then Discover.</source>
        <translation>Informe primeiro a URL do emissor, depois clique em Descobrir.</translation>
    </message>
    <message>
        <source>Reading the discovery document of %1…</source>
        <translation>Lendo o documento de descoberta de %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found in the document.</source>
        <translation>Nenhum problema encontrado no documento.</translation>
    </message>
    <message>
        <source>Read %1: the endpoints match.</source>
        <translation>%1 lido: os endpoints conferem.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %n endpoint(s) differ.</source>
        <translation>
            <numerusform>%1 lido: %n endpoint difere.</numerusform>
            <numerusform>%1 lido: %n endpoints diferem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) updated from discovery; save to keep them.</source>
        <translation>
            <numerusform>%n endpoint atualizado pela descoberta; salve para mantê-lo.</numerusform>
            <numerusform>%n endpoints atualizados pela descoberta; salve para mantê-los.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, linha %2</translation>
    </message>
</context>
<context>
    <name>ExchangeDetailView</name>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada selecionada</translation>
    </message>
    <message>
        <source>This entry has left the log (it keeps the latest %1).</source>
        <translation>Esta entrada saiu do log (ele mantém as %1 mais recentes).</translation>
    </message>
    <message>
        <source>Select an entry to see its request and response.</source>
        <translation>Selecione uma entrada para ver a requisição e a resposta dela.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Step: %1 (%2)</source>
        <translation>Etapa: %1 (%2)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Exchange #%1 (%2), secrets shown</source>
        <translation>Troca nº %1 (%2), segredos visíveis</translation>
    </message>
    <message>
        <source>Exchange #%1 (%2)</source>
        <translation>Troca nº %1 (%2)</translation>
    </message>
    <message>
        <source>(The log kept the first %1 of the body&apos;s %2 bytes.)</source>
        <translation>(O log manteve os primeiros %1 dos %2 bytes do corpo.)</translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message numerus="yes">
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… mais %n byte não mostrado</numerusform>
            <numerusform>… mais %n bytes não mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>extra CA bundle %1</source>
        <translation>pacote de CAs extra %1</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>certificado de cliente %1</translation>
    </message>
    <message>
        <source>certificate verification OFF</source>
        <translation>verificação de certificados DESLIGADA</translation>
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
        <translation>Sem resposta (%1 ms)</translation>
    </message>
    <message>
        <source>(final URL after redirects: %1)</source>
        <translation>(URL final após redirecionamentos: %1)</translation>
    </message>
</context>
<context>
    <name>ExchangeLogModel</name>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
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
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>ExchangeLogPage</name>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Limpar o log</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Revelar segredos</translation>
    </message>
    <message>
        <source>Reveal the secrets of the selected entry</source>
        <translation>Revelar os segredos da entrada selecionada</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command, secrets left out</source>
        <translation>Copiar a requisição selecionada como comando curl, sem os segredos</translation>
    </message>
    <message>
        <source>Copy as curl with secrets…</source>
        <translation>Copiar como curl com segredos…</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command with its secrets</source>
        <translation>Copiar a requisição selecionada como comando curl, com os segredos dela</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Filtrar o log</translation>
    </message>
    <message>
        <source>Filter by source, method, URL or status</source>
        <translation>Filtrar por origem, método, URL ou status</translation>
    </message>
    <message>
        <source>HTTP exchanges and steps</source>
        <translation>Trocas HTTP e etapas</translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation>Ocultar segredos</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Status do log</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Localizar no log</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets left out: put them back before running it.</source>
        <translation>O comando curl foi copiado sem os segredos: coloque-os de volta antes de executá-lo.</translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation>Copiar com segredos</translation>
    </message>
    <message>
        <source>The curl command will contain this request&apos;s secrets (client secret, tokens, codes) in plain text, and anything that reads the clipboard can see them. Clear the clipboard once you have pasted it.</source>
        <translation>O comando curl conterá os segredos desta requisição (client secret, tokens, códigos) em texto claro, e qualquer programa que leia a área de transferência poderá vê-los. Limpe a área de transferência depois de colá-lo.</translation>
    </message>
    <message>
        <source>That entry has left the log; nothing was copied.</source>
        <translation>Essa entrada saiu do log; nada foi copiado.</translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets.</source>
        <translation>O comando curl foi copiado com os segredos.</translation>
    </message>
</context>
<context>
    <name>ExtraParametersEditor</name>
    <message>
        <source>Add parameter</source>
        <translation>Adicionar parâmetro</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Remover parâmetro</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Parâmetros extras</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Sent with</source>
        <translation>Enviado com</translation>
    </message>
    <message>
        <source>Add an extra parameter</source>
        <translation>Adicionar um parâmetro extra</translation>
    </message>
    <message>
        <source>Remove the selected extra parameter</source>
        <translation>Remover o parâmetro extra selecionado</translation>
    </message>
    <message>
        <source>Where parameter %1 is sent</source>
        <translation>Onde o parâmetro %1 é enviado</translation>
    </message>
    <message>
        <source>Both requests</source>
        <translation>Ambas as requisições</translation>
    </message>
    <message>
        <source>Authorization request</source>
        <translation>Requisição de autorização</translation>
    </message>
    <message>
        <source>Token request</source>
        <translation>Requisição de token</translation>
    </message>
</context>
<context>
    <name>FrontChannelResult</name>
    <message>
        <source>The authorization response has no &quot;%1&quot; although the response type &quot;%2&quot; asks for it. It was refused; check the response types the client may use at the server.</source>
        <translation>A resposta de autorização não tem &quot;%1&quot;, embora o response type &quot;%2&quot; o solicite. Ela foi recusada; verifique no servidor os response types que o cliente pode usar.</translation>
    </message>
    <message>
        <source>The ID token from the authorization endpoint is encrypted; Tokenscope cannot decrypt it, so its signature, nonce and hashes cannot be checked. It was refused. Use the code flow, or turn off ID token encryption for this client.</source>
        <translation>O ID token do endpoint de autorização está criptografado; o Tokenscope não consegue descriptografá-lo, então a assinatura, o nonce e os hashes dele não podem ser verificados. Ele foi recusado. Use o fluxo de código ou desligue a criptografia de ID token para este cliente.</translation>
    </message>
    <message>
        <source>The ID token from the authorization endpoint is not a signed JWT. It was refused; open it in the inspector to see why.</source>
        <translation>O ID token do endpoint de autorização não é um JWT assinado. Ele foi recusado; abra-o no inspetor para ver o motivo.</translation>
    </message>
    <message>
        <source>The server&apos;s keys (JWKS) are not available, so the signature of the ID token from the authorization endpoint cannot be checked. It was refused; set the profile&apos;s JWKS URI or run discovery.</source>
        <translation>As chaves do servidor (JWKS) não estão disponíveis, então a assinatura do ID token do endpoint de autorização não pode ser verificada. Ele foi recusado; defina a URI do JWKS do perfil ou execute a descoberta.</translation>
    </message>
    <message>
        <source>The profile has no issuer to compare the ID token&apos;s &quot;iss&quot; with. Set the profile&apos;s issuer and try again.</source>
        <translation>O perfil não tem emissor com o qual comparar o &quot;iss&quot; do ID token. Defina o emissor do perfil e tente novamente.</translation>
    </message>
    <message>
        <source>The ID token from the authorization endpoint failed the &quot;%1&quot; check: %2. The response was refused and no token was requested; do not use these tokens.</source>
        <translation>O ID token do endpoint de autorização falhou na verificação &quot;%1&quot;: %2. A resposta foi recusada e nenhum token foi solicitado; não use esses tokens.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>the ID token has no exp (OpenID Connect Core §2)</source>
        <translation>o ID token não tem exp (OpenID Connect Core §2)</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The response from %1 is larger than the limit of %2 bytes and was cut off. Check that the URL points to the intended document.</source>
        <translation>A resposta de %1 é maior que o limite de %2 bytes e foi cortada. Verifique se a URL aponta para o documento pretendido.</translation>
    </message>
    <message>
        <source>Connection to %1 was refused. Check that the server is running and that the host and port in the URL are right.</source>
        <translation>A conexão com %1 foi recusada. Verifique se o servidor está em execução e se o host e a porta na URL estão corretos.</translation>
    </message>
    <message>
        <source>Host %1 was not found. Check the spelling of the URL and your DNS or proxy settings.</source>
        <translation>O host %1 não foi encontrado. Verifique a grafia da URL e suas configurações de DNS ou proxy.</translation>
    </message>
    <message>
        <source>The request to %1 timed out: no data for %2 ms. Check that the server is reachable and responding, or raise the timeout.</source>
        <translation>A requisição para %1 expirou: nenhum dado por %2 ms. Verifique se o servidor está acessível e respondendo, ou aumente o tempo limite.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. Check that the server speaks HTTPS on that port, its certificate chain and host name, and the certificates this system trusts.</source>
        <translation>A conexão TLS com %1 falhou: %2. Verifique se o servidor usa HTTPS nessa porta, sua cadeia de certificados e nome de host, e os certificados em que este sistema confia.</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to plain HTTP, which is refused. Use the final HTTPS URL directly or fix the server&apos;s redirect.</source>
        <translation>%1 redirecionou de HTTPS para HTTP simples, o que é recusado. Use diretamente a URL HTTPS final ou corrija o redirecionamento do servidor.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times. Check the URL for a redirect loop.</source>
        <translation>%1 redirecionou mais de %2 vezes. Verifique se a URL tem um loop de redirecionamento.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Check that the server speaks %2 on that port.</source>
        <translation>%1 fechou a conexão antes de responder. Verifique se o servidor usa %2 nessa porta.</translation>
    </message>
    <message>
        <source>The proxy for %1 failed: %2. Check your proxy settings.</source>
        <translation>O proxy para %1 falhou: %2. Verifique suas configurações de proxy.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: the server failed. Check the server&apos;s logs or try again later.</source>
        <translation>%1 respondeu HTTP %2: houve uma falha no servidor. Verifique os logs do servidor ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2. Check the URL, the credentials and the request parameters.</source>
        <translation>%1 respondeu HTTP %2. Verifique a URL, as credenciais e os parâmetros da requisição.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>A requisição para %1 falhou: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 could not be read: %2. Check the path in the connection&apos;s TLS settings.</source>
        <translation>O pacote de CAs %1 não pôde ser lido: %2. Verifique o caminho nas configurações de TLS da conexão.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate. Use a file with one or more &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>O pacote de CAs %1 não contém nenhum certificado PEM. Use um arquivo com um ou mais blocos &quot;-----BEGIN CERTIFICATE-----&quot;.</translation>
    </message>
    <message>
        <source>A TLS client certificate needs both the certificate file and its private key. Set the client certificate in the connection&apos;s TLS settings and store its key.</source>
        <translation>Um certificado de cliente TLS precisa tanto do arquivo do certificado quanto da chave privada dele. Defina o certificado de cliente nas configurações de TLS da conexão e armazene a chave dele.</translation>
    </message>
    <message>
        <source>The client certificate %1 could not be read: %2. Check the path in the connection&apos;s TLS settings.</source>
        <translation>O certificado de cliente %1 não pôde ser lido: %2. Verifique o caminho nas configurações de TLS da conexão.</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate. Use a file that starts with &quot;-----BEGIN CERTIFICATE-----&quot;.</source>
        <translation>O arquivo do certificado de cliente %1 não contém nenhum certificado PEM. Use um arquivo que comece com &quot;-----BEGIN CERTIFICATE-----&quot;.</translation>
    </message>
    <message>
        <source>The TLS client key is not a usable private key. Store the certificate&apos;s private key as unencrypted PEM (RSA or EC).</source>
        <translation>A chave de cliente TLS não é uma chave privada utilizável. Armazene a chave privada do certificado como PEM não criptografado (RSA ou EC).</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled because the part of Tokenscope that made it was closed. Send it again if you still need the answer.</source>
        <translation>A requisição para %1 foi cancelada porque a parte do Tokenscope que a fez foi fechada. Envie-a novamente se ainda precisar da resposta.</translation>
    </message>
</context>
<context>
    <name>Jose</name>
    <message>
        <source>The member &quot;%1&quot; is missing.</source>
        <translation>O membro &quot;%1&quot; está ausente.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not a string.</source>
        <translation>O membro &quot;%1&quot; não é uma string.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is empty.</source>
        <translation>O membro &quot;%1&quot; está vazio.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not valid base64url.</source>
        <translation>O membro &quot;%1&quot; não é base64url válido.</translation>
    </message>
    <message>
        <source>The RSA modulus has %1 bytes, which is not a sane size.</source>
        <translation>O módulo RSA tem %1 bytes, o que não é um tamanho razoável.</translation>
    </message>
    <message>
        <source>The RSA public exponent is too large.</source>
        <translation>O expoente público RSA é grande demais.</translation>
    </message>
    <message>
        <source>OpenSSL could not build the RSA key.</source>
        <translation>O OpenSSL não conseguiu construir a chave RSA.</translation>
    </message>
    <message>
        <source>The EC key has no &quot;crv&quot;.</source>
        <translation>A chave EC não tem &quot;crv&quot;.</translation>
    </message>
    <message>
        <source>The EC curve &quot;%1&quot; is not supported.</source>
        <translation>A curva EC &quot;%1&quot; não é suportada.</translation>
    </message>
    <message>
        <source>The coordinates have %1 and %2 bytes; %3 needs %4 each.</source>
        <translation>As coordenadas têm %1 e %2 bytes; %3 precisa de %4 cada.</translation>
    </message>
    <message>
        <source>OpenSSL could not build the EC key.</source>
        <translation>O OpenSSL não conseguiu construir a chave EC.</translation>
    </message>
    <message>
        <source>The point (x, y) is not on the curve %1.</source>
        <translation>O ponto (x, y) não está na curva %1.</translation>
    </message>
    <message>
        <source>The curve %1 is for key agreement, not signatures.</source>
        <translation>A curva %1 é para acordo de chaves, não para assinaturas.</translation>
    </message>
    <message>
        <source>The OKP curve &quot;%1&quot; is not supported.</source>
        <translation>A curva OKP &quot;%1&quot; não é suportada.</translation>
    </message>
    <message>
        <source>The public key has %1 bytes; %2 needs %3.</source>
        <translation>A chave pública tem %1 bytes; %2 precisa de %3.</translation>
    </message>
    <message>
        <source>OpenSSL could not build the %1 key.</source>
        <translation>O OpenSSL não conseguiu construir a chave %1.</translation>
    </message>
    <message>
        <source>The key has no &quot;kty&quot;.</source>
        <translation>A chave não tem &quot;kty&quot;.</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported.</source>
        <translation>O tipo de chave &quot;%1&quot; não é suportado.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>chave %1</translation>
    </message>
    <message>
        <source>key %1 (kid &quot;%2&quot;)</source>
        <translation>chave %1 (kid &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>key %1: not a JSON object, skipped.</source>
        <translation>chave %1: não é um objeto JSON, ignorada.</translation>
    </message>
    <message>
        <source>%1: %2 Skipped.</source>
        <translation>%1: %2 Ignorada.</translation>
    </message>
    <message>
        <source>A symmetric key (kid &quot;%1&quot;) in a set of public keys was ignored.</source>
        <translation>Uma chave simétrica (kid &quot;%1&quot;) em um conjunto de chaves públicas foi ignorada.</translation>
    </message>
    <message>
        <source>The key set has no keys.</source>
        <translation>O conjunto de chaves não tem chaves.</translation>
    </message>
    <message>
        <source>The key set has no usable key: %1</source>
        <translation>O conjunto de chaves não tem chave utilizável: %1</translation>
    </message>
    <message>
        <source>The key is not valid JSON: %1 at offset %2.</source>
        <translation>A chave não é um JSON válido: %1 no deslocamento %2.</translation>
    </message>
    <message>
        <source>The JSON is not an object, so it is neither a JWK nor a JWK Set.</source>
        <translation>O JSON não é um objeto, portanto não é nem um JWK nem um JWK Set.</translation>
    </message>
    <message>
        <source>The member &quot;keys&quot; of the JWK Set is not an array.</source>
        <translation>O membro &quot;keys&quot; do JWK Set não é um array.</translation>
    </message>
    <message>
        <source>The JSON object has neither &quot;keys&quot; (a JWK Set) nor &quot;kty&quot; (a JWK).</source>
        <translation>O objeto JSON não tem nem &quot;keys&quot; (um JWK Set) nem &quot;kty&quot; (um JWK).</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>The key input is larger than %1 KiB.</source>
        <translation>A entrada da chave tem mais de %1 KiB.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>Nenhuma chave foi informada.</translation>
    </message>
    <message>
        <source>PEM block %1: %2</source>
        <translation>Bloco PEM %1: %2</translation>
    </message>
    <message>
        <source>No usable key in the PEM text.</source>
        <translation>Nenhuma chave utilizável no texto PEM.</translation>
    </message>
    <message>
        <source>The key is not recognised: expected a JWK Set, a JWK, a PEM public key or certificate, or a DER certificate.</source>
        <translation>A chave não foi reconhecida: esperado um JWK Set, um JWK, uma chave pública PEM ou certificado, ou um certificado DER.</translation>
    </message>
    <message>
        <source>The algorithm &quot;none&quot; is never accepted.</source>
        <translation>O algoritmo &quot;none&quot; nunca é aceito.</translation>
    </message>
    <message>
        <source>The key has no key material.</source>
        <translation>A chave não tem material de chave.</translation>
    </message>
    <message>
        <source>The key is for &quot;%1&quot;, not for signatures.</source>
        <translation>A chave é para &quot;%1&quot;, não para assinaturas.</translation>
    </message>
    <message>
        <source>The key&apos;s &quot;key_ops&quot; do not include &quot;verify&quot;.</source>
        <translation>Os &quot;key_ops&quot; da chave não incluem &quot;verify&quot;.</translation>
    </message>
    <message>
        <source>The key is for %1, the token uses %2.</source>
        <translation>A chave é para %1, o token usa %2.</translation>
    </message>
    <message>
        <source>%1 needs a shared secret, not a %2 public key (algorithm confusion).</source>
        <translation>%1 precisa de um segredo compartilhado, não de uma chave pública %2 (confusão de algoritmo).</translation>
    </message>
    <message>
        <source>The secret has %1 bytes; %2 needs at least %3.</source>
        <translation>O segredo tem %1 bytes; %2 precisa de pelo menos %3.</translation>
    </message>
    <message>
        <source>%1 needs an RSA key, not %2.</source>
        <translation>%1 precisa de uma chave RSA, não %2.</translation>
    </message>
    <message>
        <source>%1 needs an EC key, not %2.</source>
        <translation>%1 precisa de uma chave EC, não %2.</translation>
    </message>
    <message>
        <source>%1 needs the curve %2, the key is on %3.</source>
        <translation>%1 precisa da curva %2, a chave está em %3.</translation>
    </message>
    <message>
        <source>EdDSA needs an OKP key (Ed25519 or Ed448), not %1.</source>
        <translation>EdDSA precisa de uma chave OKP (Ed25519 ou Ed448), não %1.</translation>
    </message>
    <message>
        <source>The algorithm is not supported.</source>
        <translation>O algoritmo não é suportado.</translation>
    </message>
    <message>
        <source>No key can verify the algorithm &quot;%1&quot;.</source>
        <translation>Nenhuma chave pode verificar o algoritmo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Key selected by kid &quot;%1&quot;.</source>
        <translation>Chave selecionada pelo kid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 keys share the kid &quot;%2&quot;; the choice is ambiguous, none is used.</source>
        <translation>%1 chaves compartilham o kid &quot;%2&quot;; a escolha é ambígua, nenhuma é usada.</translation>
    </message>
    <message>
        <source>The key with kid &quot;%1&quot; cannot verify %2: %3</source>
        <translation>A chave com kid &quot;%1&quot; não pode verificar %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The token has no kid; %n key(s) fit %1.</source>
        <translation>
            <numerusform>O token não tem kid; %n chave serve para %1.</numerusform>
            <numerusform>O token não tem kid; %n chaves servem para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PEM certificate could not be decoded.</source>
        <translation>O certificado PEM não pôde ser decodificado.</translation>
    </message>
    <message>
        <source>The PEM public key &quot;%1&quot; could not be decoded.</source>
        <translation>A chave pública PEM &quot;%1&quot; não pôde ser decodificada.</translation>
    </message>
    <message>
        <source>The private key is encrypted; give its public key or certificate instead.</source>
        <translation>A chave privada está criptografada; informe a chave pública ou o certificado correspondente.</translation>
    </message>
    <message>
        <source>The PEM private key &quot;%1&quot; could not be decoded.</source>
        <translation>A chave privada PEM &quot;%1&quot; não pôde ser decodificada.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; is neither a key nor a certificate.</source>
        <translation>O bloco PEM &quot;%1&quot; não é nem uma chave nem um certificado.</translation>
    </message>
    <message>
        <source>No key material.</source>
        <translation>Sem material de chave.</translation>
    </message>
    <message>
        <source>The RSA key has no modulus or exponent.</source>
        <translation>A chave RSA não tem módulo ou expoente.</translation>
    </message>
    <message>
        <source>The RSA modulus has %1 bits; only %2 to %3 bits are accepted.</source>
        <translation>O módulo RSA tem %1 bits; só são aceitos de %2 a %3 bits.</translation>
    </message>
    <message>
        <source>The RSA modulus is even, so it is not a valid RSA modulus.</source>
        <translation>O módulo RSA é par, portanto não é um módulo RSA válido.</translation>
    </message>
    <message>
        <source>The RSA public exponent is not usable (it must be odd, greater than 1 and at most 64 bits).</source>
        <translation>O expoente público RSA não é utilizável (deve ser ímpar, maior que 1 e ter no máximo 64 bits).</translation>
    </message>
    <message>
        <source>The RSA key was generated by a vulnerable library (ROCA, CVE-2017-15361) and must not be trusted.</source>
        <translation>A chave RSA foi gerada por uma biblioteca vulnerável (ROCA, CVE-2017-15361) e não deve ser considerada confiável.</translation>
    </message>
    <message>
        <source>The EC key has no named curve.</source>
        <translation>A chave EC não tem curva nomeada.</translation>
    </message>
    <message>
        <source>The EC curve &quot;%1&quot; is not used by JOSE (P-256, P-384 and P-521 are).</source>
        <translation>A curva EC &quot;%1&quot; não é usada pelo JOSE (P-256, P-384 e P-521 são).</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; cannot verify JOSE signatures.</source>
        <translation>O tipo de chave &quot;%1&quot; não pode verificar assinaturas JOSE.</translation>
    </message>
    <message>
        <source>The public key could not be read back from OpenSSL.</source>
        <translation>A chave pública não pôde ser lida de volta do OpenSSL.</translation>
    </message>
    <message>
        <source>The PEM text is truncated: a BEGIN line is incomplete.</source>
        <translation>O texto PEM está truncado: uma linha BEGIN está incompleta.</translation>
    </message>
    <message>
        <source>The PEM text is truncated: there is no END line for &quot;%1&quot;.</source>
        <translation>O texto PEM está truncado: não há linha END para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The DER certificate has no usable public key.</source>
        <translation>O certificado DER não tem chave pública utilizável.</translation>
    </message>
    <message>
        <source>The algorithm &quot;none&quot; has no signature and is refused.</source>
        <translation>O algoritmo &quot;none&quot; não tem assinatura e é recusado.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 with this key needs %3.</source>
        <translation>A assinatura tem %1 bytes; %2 com esta chave precisa de %3.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation>O OpenSSL não conseguiu calcular o HMAC.</translation>
    </message>
    <message>
        <source>The HMAC does not match: the secret is wrong or the token was changed.</source>
        <translation>O HMAC não confere: o segredo está errado ou o token foi alterado.</translation>
    </message>
    <message>
        <source>Verified with the shared secret %1.</source>
        <translation>Verificado com o segredo compartilhado %1.</translation>
    </message>
    <message>
        <source>The ECDSA signature could not be decoded.</source>
        <translation>A assinatura ECDSA não pôde ser decodificada.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification with this key.</source>
        <translation>O OpenSSL não conseguiu preparar a verificação %1 com esta chave.</translation>
    </message>
    <message>
        <source>The signature does not match key %1: the token was changed or signed with another key.</source>
        <translation>A assinatura não confere com a chave %1: o token foi alterado ou assinado com outra chave.</translation>
    </message>
    <message>
        <source>Verified with %1.</source>
        <translation>Verificado com %1.</translation>
    </message>
    <message numerus="yes">
        <source>No key has the kid &quot;%1&quot;; %n key(s) fit %2.</source>
        <translation>
            <numerusform>Nenhuma chave tem o kid &quot;%1&quot;; %n chave serve para %2.</numerusform>
            <numerusform>Nenhuma chave tem o kid &quot;%1&quot;; %n chaves servem para %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jose::ClaimCatalogue</name>
    <message>
        <source>Algorithm: how the token is signed (JWS) or how the content key is encrypted (JWE)</source>
        <translation>Algoritmo: como o token é assinado (JWS) ou como a chave de conteúdo é criptografada (JWE)</translation>
    </message>
    <message>
        <source>JWK Set URL: where the signer&apos;s key set can be fetched</source>
        <translation>URL do JWK Set: onde o conjunto de chaves do signatário pode ser obtido</translation>
    </message>
    <message>
        <source>JSON Web Key: the public key embedded in the header (trust it only if you pinned it)</source>
        <translation>JSON Web Key: a chave pública embutida no cabeçalho (confie nela só se você a fixou)</translation>
    </message>
    <message>
        <source>Key ID: which key of the issuer&apos;s key set was used</source>
        <translation>ID da chave: qual chave do conjunto de chaves do emissor foi usada</translation>
    </message>
    <message>
        <source>X.509 URL: where the signer&apos;s certificate chain can be fetched</source>
        <translation>URL X.509: onde a cadeia de certificados do signatário pode ser obtida</translation>
    </message>
    <message>
        <source>X.509 certificate chain of the signing key, base64 DER</source>
        <translation>Cadeia de certificados X.509 da chave de assinatura, DER em base64</translation>
    </message>
    <message>
        <source>X.509 certificate SHA-1 thumbprint of the signing key</source>
        <translation>Impressão digital SHA-1 do certificado X.509 da chave de assinatura</translation>
    </message>
    <message>
        <source>X.509 certificate SHA-256 thumbprint of the signing key</source>
        <translation>Impressão digital SHA-256 do certificado X.509 da chave de assinatura</translation>
    </message>
    <message>
        <source>Type of the whole token, e.g. &quot;JWT&quot;, &quot;at+jwt&quot; (access token), &quot;dpop+jwt&quot;</source>
        <translation>Tipo do token inteiro, p. ex. &quot;JWT&quot;, &quot;at+jwt&quot; (access token), &quot;dpop+jwt&quot;</translation>
    </message>
    <message>
        <source>Content type of the payload; &quot;JWT&quot; means a nested token</source>
        <translation>Tipo de conteúdo do payload; &quot;JWT&quot; significa um token aninhado</translation>
    </message>
    <message>
        <source>Critical: header extensions the recipient must understand or reject the token</source>
        <translation>Crítico: extensões de cabeçalho que o destinatário deve entender, ou então rejeitar o token</translation>
    </message>
    <message>
        <source>Encryption algorithm: how the payload is encrypted with the content key (JWE)</source>
        <translation>Algoritmo de criptografia: como o payload é criptografado com a chave de conteúdo (JWE)</translation>
    </message>
    <message>
        <source>Compression applied to the payload before encryption (&quot;DEF&quot; = DEFLATE)</source>
        <translation>Compressão aplicada ao payload antes da criptografia (&quot;DEF&quot; = DEFLATE)</translation>
    </message>
    <message>
        <source>Ephemeral public key of the sender for ECDH key agreement</source>
        <translation>Chave pública efêmera do remetente para acordo de chaves ECDH</translation>
    </message>
    <message>
        <source>Agreement PartyUInfo: information about the producer for ECDH key derivation</source>
        <translation>Agreement PartyUInfo: informações sobre o produtor para derivação de chave ECDH</translation>
    </message>
    <message>
        <source>Agreement PartyVInfo: information about the recipient for ECDH key derivation</source>
        <translation>Agreement PartyVInfo: informações sobre o destinatário para derivação de chave ECDH</translation>
    </message>
    <message>
        <source>Initialization vector for AES-GCM key wrapping</source>
        <translation>Vetor de inicialização para o encapsulamento de chave AES-GCM</translation>
    </message>
    <message>
        <source>Authentication tag of AES-GCM key wrapping</source>
        <translation>Tag de autenticação do encapsulamento de chave AES-GCM</translation>
    </message>
    <message>
        <source>PBES2 salt input for password-based key derivation</source>
        <translation>Salt do PBES2 para derivação de chave baseada em senha</translation>
    </message>
    <message>
        <source>PBES2 iteration count for password-based key derivation</source>
        <translation>Contagem de iterações do PBES2 para derivação de chave baseada em senha</translation>
    </message>
    <message>
        <source>Whether the payload is base64url-encoded; false means an unencoded (detached) payload</source>
        <translation>Se o payload é codificado em base64url; false significa um payload não codificado (desanexado)</translation>
    </message>
    <message>
        <source>Anti-replay nonce supplied by the server (ACME, DPoP)</source>
        <translation>Nonce anti-replay fornecido pelo servidor (ACME, DPoP)</translation>
    </message>
    <message>
        <source>The URL the signed request is addressed to (ACME)</source>
        <translation>A URL à qual a requisição assinada se destina (ACME)</translation>
    </message>
    <message>
        <source>Issuer: who created and signed the token</source>
        <translation>Emissor: quem criou e assinou o token</translation>
    </message>
    <message>
        <source>Subject: whom the token is about (user or client), unique within the issuer</source>
        <translation>Sujeito: a quem o token se refere (usuário ou cliente), único dentro do emissor</translation>
    </message>
    <message>
        <source>Audience: who the token is intended for; recipients must find themselves in it</source>
        <translation>Audiência: a quem o token se destina; os destinatários devem se encontrar nela</translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted on or after it</source>
        <translation>Tempo de expiração: o token não deve ser aceito nesse momento ou depois dele</translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before it</source>
        <translation>Não antes de: o token não deve ser aceito antes desse momento</translation>
    </message>
    <message>
        <source>Issued at: when the token was created</source>
        <translation>Emitido em: quando o token foi criado</translation>
    </message>
    <message>
        <source>JWT ID: unique identifier of this token, for replay detection and revocation</source>
        <translation>ID do JWT: identificador único deste token, para detecção de replay e revogação</translation>
    </message>
    <message>
        <source>Authentication time: when the user last actively authenticated</source>
        <translation>Tempo de autenticação: quando o usuário se autenticou ativamente pela última vez</translation>
    </message>
    <message>
        <source>Nonce: the value the client sent in the authentication request, echoed back against replay</source>
        <translation>Nonce: o valor que o cliente enviou na requisição de autenticação, devolvido como proteção contra replay</translation>
    </message>
    <message>
        <source>Authentication context class reference: the assurance level of the authentication</source>
        <translation>Referência da classe de contexto de autenticação: o nível de garantia da autenticação</translation>
    </message>
    <message>
        <source>Authentication methods references: how the user authenticated (pwd, otp, mfa, ...)</source>
        <translation>Referências dos métodos de autenticação: como o usuário se autenticou (pwd, otp, mfa, ...)</translation>
    </message>
    <message>
        <source>Authorized party: the client the ID token was issued to</source>
        <translation>Parte autorizada: o cliente para o qual o ID token foi emitido</translation>
    </message>
    <message>
        <source>Access token hash: left half of the hash of the access token issued with this ID token</source>
        <translation>Hash do access token: metade esquerda do hash do access token emitido com este ID token</translation>
    </message>
    <message>
        <source>Code hash: left half of the hash of the authorization code issued with this ID token</source>
        <translation>Hash do código: metade esquerda do hash do código de autorização emitido com este ID token</translation>
    </message>
    <message>
        <source>State hash: left half of the hash of the state value, ID token as detached signature</source>
        <translation>Hash do state: metade esquerda do hash do valor de state, ID token como assinatura desanexada</translation>
    </message>
    <message>
        <source>Session ID: the session at the provider, used for front- and back-channel logout</source>
        <translation>ID da sessão: a sessão no provedor, usada para logout front-channel e back-channel</translation>
    </message>
    <message>
        <source>Events: the security events this token reports, e.g. a back-channel logout</source>
        <translation>Eventos: os eventos de segurança que este token relata, p. ex. um logout back-channel</translation>
    </message>
    <message>
        <source>Full name of the user, for display</source>
        <translation>Nome completo do usuário, para exibição</translation>
    </message>
    <message>
        <source>Given name(s) or first name(s) of the user</source>
        <translation>Nome(s) ou prenome(s) do usuário</translation>
    </message>
    <message>
        <source>Surname(s) or last name(s) of the user</source>
        <translation>Sobrenome(s) do usuário</translation>
    </message>
    <message>
        <source>Middle name(s) of the user</source>
        <translation>Nome(s) do meio do usuário</translation>
    </message>
    <message>
        <source>Casual name of the user</source>
        <translation>Apelido do usuário</translation>
    </message>
    <message>
        <source>Short name the user wants to be called by; not unique, not a key</source>
        <translation>Nome curto pelo qual o usuário quer ser chamado; não é único, não é uma chave</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile page</source>
        <translation>URL da página de perfil do usuário</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile picture</source>
        <translation>URL da foto de perfil do usuário</translation>
    </message>
    <message>
        <source>URL of the user&apos;s web page or blog</source>
        <translation>URL da página web ou blog do usuário</translation>
    </message>
    <message>
        <source>Preferred e-mail address of the user; not unique, not a key</source>
        <translation>Endereço de e-mail preferido do usuário; não é único, não é uma chave</translation>
    </message>
    <message>
        <source>Whether the provider verified that the user controls the e-mail address</source>
        <translation>Se o provedor verificou que o usuário controla o endereço de e-mail</translation>
    </message>
    <message>
        <source>Gender of the user</source>
        <translation>Gênero do usuário</translation>
    </message>
    <message>
        <source>Birthday of the user, YYYY-MM-DD (or YYYY, or 0000-MM-DD)</source>
        <translation>Data de nascimento do usuário, AAAA-MM-DD (ou AAAA, ou 0000-MM-DD)</translation>
    </message>
    <message>
        <source>Time zone of the user, e.g. Europe/Paris</source>
        <translation>Fuso horário do usuário, p. ex. America/Sao_Paulo</translation>
    </message>
    <message>
        <source>Locale of the user, a BCP 47 language tag such as en-US</source>
        <translation>Localidade do usuário, uma tag de idioma BCP 47 como pt-BR</translation>
    </message>
    <message>
        <source>Preferred telephone number of the user, ideally E.164</source>
        <translation>Número de telefone preferido do usuário, de preferência em E.164</translation>
    </message>
    <message>
        <source>Whether the provider verified the telephone number</source>
        <translation>Se o provedor verificou o número de telefone</translation>
    </message>
    <message>
        <source>Preferred postal address of the user (a JSON object)</source>
        <translation>Endereço postal preferido do usuário (um objeto JSON)</translation>
    </message>
    <message>
        <source>When the user&apos;s information was last updated</source>
        <translation>Quando as informações do usuário foram atualizadas pela última vez</translation>
    </message>
    <message>
        <source>Client ID: the OAuth client the token was issued to</source>
        <translation>ID do cliente: o cliente OAuth para o qual o token foi emitido</translation>
    </message>
    <message>
        <source>Scope: the space-separated permissions granted to the client</source>
        <translation>Escopo: as permissões, separadas por espaço, concedidas ao cliente</translation>
    </message>
    <message>
        <source>Groups the user belongs to</source>
        <translation>Grupos aos quais o usuário pertence</translation>
    </message>
    <message>
        <source>Roles of the user</source>
        <translation>Papéis do usuário</translation>
    </message>
    <message>
        <source>Entitlements of the user</source>
        <translation>Direitos (entitlements) do usuário</translation>
    </message>
    <message>
        <source>Actor: the party acting on behalf of the subject (delegation)</source>
        <translation>Ator: a parte que age em nome do sujeito (delegação)</translation>
    </message>
    <message>
        <source>May act: who is allowed to act on behalf of the subject</source>
        <translation>Pode agir: quem tem permissão para agir em nome do sujeito</translation>
    </message>
    <message>
        <source>Confirmation: the key the presenter must prove possession of (jkt: DPoP key thumbprint, x5t#S256: client certificate thumbprint)</source>
        <translation>Confirmação: a chave cuja posse o apresentador deve provar (jkt: impressão digital da chave DPoP, x5t#S256: impressão digital do certificado de cliente)</translation>
    </message>
    <message>
        <source>HTTP method of the request this DPoP proof is for</source>
        <translation>Método HTTP da requisição a que esta prova DPoP se refere</translation>
    </message>
    <message>
        <source>HTTP URL (without query and fragment) of the request this DPoP proof is for</source>
        <translation>URL HTTP (sem query e fragmento) da requisição a que esta prova DPoP se refere</translation>
    </message>
    <message>
        <source>Access token hash: base64url SHA-256 of the access token presented with this DPoP proof</source>
        <translation>Hash do access token: SHA-256 em base64url do access token apresentado com esta prova DPoP</translation>
    </message>
    <message>
        <source>Tenant ID (Cloudentity)</source>
        <translation>ID do tenant (Cloudentity)</translation>
    </message>
    <message>
        <source>Authorization server (workspace) ID that issued the token (Cloudentity)</source>
        <translation>ID do servidor de autorização (workspace) que emitiu o token (Cloudentity)</translation>
    </message>
    <message>
        <source>Scopes granted, as an array (Cloudentity)</source>
        <translation>Escopos concedidos, como array (Cloudentity)</translation>
    </message>
    <message>
        <source>Subject type of the sub claim, e.g. public or pairwise (Cloudentity)</source>
        <translation>Tipo de sujeito da claim sub, p. ex. public ou pairwise (Cloudentity)</translation>
    </message>
    <message>
        <source>Identity provider the user authenticated with</source>
        <translation>Provedor de identidade com o qual o usuário se autenticou</translation>
    </message>
    <message>
        <source>Token use: &quot;id&quot; for an ID token, &quot;access&quot; for an access token (AWS Cognito)</source>
        <translation>Uso do token: &quot;id&quot; para um ID token, &quot;access&quot; para um access token (AWS Cognito)</translation>
    </message>
    <message>
        <source>User pool groups the user belongs to (AWS Cognito)</source>
        <translation>Grupos do user pool aos quais o usuário pertence (AWS Cognito)</translation>
    </message>
    <message>
        <source>User name in the user pool (AWS Cognito)</source>
        <translation>Nome de usuário no user pool (AWS Cognito)</translation>
    </message>
    <message>
        <source>IAM roles associated with the user&apos;s groups (AWS Cognito)</source>
        <translation>Papéis IAM associados aos grupos do usuário (AWS Cognito)</translation>
    </message>
    <message>
        <source>IAM role of the user&apos;s highest-priority group (AWS Cognito)</source>
        <translation>Papel IAM do grupo de maior prioridade do usuário (AWS Cognito)</translation>
    </message>
    <message>
        <source>Token-revocation identifier shared by the tokens of one authentication (AWS Cognito)</source>
        <translation>Identificador de revogação de token compartilhado pelos tokens de uma autenticação (AWS Cognito)</translation>
    </message>
    <message>
        <source>Identifier of the authentication event (AWS Cognito)</source>
        <translation>Identificador do evento de autenticação (AWS Cognito)</translation>
    </message>
    <message>
        <source>User name of the user (AWS Cognito access token)</source>
        <translation>Nome de usuário do usuário (access token do AWS Cognito)</translation>
    </message>
    <message>
        <source>Federated identity providers linked to the user (AWS Cognito)</source>
        <translation>Provedores de identidade federados vinculados ao usuário (AWS Cognito)</translation>
    </message>
    <message>
        <source>Extra information attached to the access token by the API platform (Sensedia)</source>
        <translation>Informações extras anexadas ao access token pela plataforma de API (Sensedia)</translation>
    </message>
    <message>
        <source>Realm roles of the user (Keycloak)</source>
        <translation>Papéis de realm do usuário (Keycloak)</translation>
    </message>
    <message>
        <source>Client roles of the user, per client (Keycloak)</source>
        <translation>Papéis de cliente do usuário, por cliente (Keycloak)</translation>
    </message>
    <message>
        <source>Web origins allowed for CORS with this token (Keycloak)</source>
        <translation>Origens web permitidas para CORS com este token (Keycloak)</translation>
    </message>
    <message>
        <source>Session identifier at the provider (Keycloak)</source>
        <translation>Identificador da sessão no provedor (Keycloak)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>em %n s</numerusform>
            <numerusform>em %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>há %n s</numerusform>
            <numerusform>há %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>em %n min</numerusform>
            <numerusform>em %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>em %n h</numerusform>
            <numerusform>em %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expira %1</translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>expira agora</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirou %1</translation>
    </message>
    <message>
        <source>becomes valid %1</source>
        <translation>torna-se válido %1</translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation>em vigor %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emitido %1</translation>
    </message>
    <message>
        <source>authenticated %1</source>
        <translation>autenticado %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>atualizado %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySourceWidget</name>
    <message>
        <source>Key source</source>
        <translation>Fonte das chaves</translation>
    </message>
    <message>
        <source>Public keys: JWKS, JWK, PEM or certificate</source>
        <translation>Chaves públicas: JWKS, JWK, PEM ou certificado</translation>
    </message>
    <message>
        <source>Shared secret (HMAC)</source>
        <translation>Segredo compartilhado (HMAC)</translation>
    </message>
    <message>
        <source>Verification keys</source>
        <translation>Chaves de verificação</translation>
    </message>
    <message>
        <source>Paste a JWKS ({&quot;keys&quot;: [...]}), a JWK, a PEM public key or a certificate</source>
        <translation>Cole um JWKS ({&quot;keys&quot;: [...]}), um JWK, uma chave pública PEM ou um certificado</translation>
    </message>
    <message>
        <source>Load key file</source>
        <translation>Carregar arquivo de chave</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>URL do JWKS</translation>
    </message>
    <message>
        <source>https://issuer.example/.well-known/jwks.json</source>
        <translation>https://issuer.example/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>Fetch keys from URL</source>
        <translation>Buscar chaves da URL</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Segredo compartilhado</translation>
    </message>
    <message>
        <source>The client secret or shared HMAC key</source>
        <translation>O client secret ou a chave HMAC compartilhada</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar segredo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Status das chaves</translation>
    </message>
    <message>
        <source>The secret stays in memory only; it is never saved or logged.</source>
        <translation>O segredo fica apenas na memória; nunca é salvo nem registrado em log.</translation>
    </message>
    <message>
        <source>&amp;Key source:</source>
        <translation>&amp;Fonte das chaves:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Ocultar segredo</translation>
    </message>
    <message>
        <source>Fetching is not available here</source>
        <translation>A busca não está disponível aqui</translation>
    </message>
    <message>
        <source>Open Key File</source>
        <translation>Abrir arquivo de chave</translation>
    </message>
    <message>
        <source>Keys and certificates (*.json *.jwks *.jwk *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Chaves e certificados (*.json *.jwks *.jwk *.pem *.crt *.cer *.der);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>Não é possível abrir %1: não é um arquivo.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB and was not loaded.</source>
        <translation>%1 tem mais de 1 MiB e não foi carregado.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(binary key file %1, %n byte(s))</source>
        <translation>
            <numerusform>(arquivo de chave binário %1, %n byte)</numerusform>
            <numerusform>(arquivo de chave binário %1, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded keys from %1</source>
        <translation>Chaves carregadas de %1</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL of a JWKS.</source>
        <translation>Informe uma URL http:// ou https:// de um JWKS.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>Could not fetch the keys: %1</source>
        <translation>Não foi possível buscar as chaves: %1</translation>
    </message>
    <message>
        <source>Could not fetch the keys: the server answered HTTP %1.</source>
        <translation>Não foi possível buscar as chaves: o servidor respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>Fetched keys from %1</source>
        <translation>Chaves obtidas de %1</translation>
    </message>
    <message>
        <source>No secret: the signature is not checked.</source>
        <translation>Sem segredo: a assinatura não é verificada.</translation>
    </message>
    <message numerus="yes">
        <source>Shared secret of %n byte(s).</source>
        <translation>
            <numerusform>Segredo compartilhado de %n byte.</numerusform>
            <numerusform>Segredo compartilhado de %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keys: the signature is not checked.</source>
        <translation>Sem chaves: a assinatura não é verificada.</translation>
    </message>
    <message>
        <source>Keys not loaded: %1</source>
        <translation>Chaves não carregadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded:</source>
        <translation>
            <numerusform>%n chave carregada:</numerusform>
            <numerusform>%n chaves carregadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Carregar ar&amp;quivo de chave…</translation>
    </message>
    <message>
        <source>&amp;Get keys</source>
        <translation>Bu&amp;scar</translation>
    </message>
    <message>
        <source>Load keys from a file: JWKS, JWK, PEM public key or certificate</source>
        <translation>Carregar chaves de um arquivo: JWKS, JWK, chave pública PEM ou certificado</translation>
    </message>
    <message>
        <source>Fetch the key set (JWKS) from the URL</source>
        <translation>Buscar o conjunto de chaves (JWKS) na URL</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>Sec&amp;ret:</source>
        <translation>&amp;Segredo:</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Adicionar uma linha a %1</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Remover a linha selecionada de %1</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
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
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limites de taxa</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open Token File…</source>
        <translation>&amp;Abrir arquivo de token…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Tokenscope</source>
        <translation>&amp;Sobre o Tokenscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>&amp;Local Sandbox…</source>
        <translation>Sandbox &amp;local…</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>The local sandbox tenant runs on %1 (View &gt; Local Sandbox).</source>
        <translation>O tenant do sandbox local é executado em %1 (Exibir &gt; Sandbox local).</translation>
    </message>
    <message>
        <source>Sandbox: not running</source>
        <translation>Sandbox: não está em execução</translation>
    </message>
    <message>
        <source>Get tokens</source>
        <translation>Obter tokens</translation>
    </message>
    <message>
        <source>&amp;Set Up a Workspace…</source>
        <translation>&amp;Configurar um workspace…</translation>
    </message>
</context>
<context>
    <name>OAuth::DeviceFlow</name>
    <message>
        <source>No answer from the device authorization endpoint %1: %2</source>
        <translation>Sem resposta do endpoint de autorização de dispositivo %1: %2</translation>
    </message>
    <message>
        <source>The device authorization endpoint refused the request (HTTP %1): %2</source>
        <translation>O endpoint de autorização de dispositivo recusou a requisição (HTTP %1): %2</translation>
    </message>
    <message>
        <source>. Check that the client is allowed the device code grant and its authentication.</source>
        <translation>. Verifique se o cliente tem permissão para o grant device code e a autenticação dele.</translation>
    </message>
    <message>
        <source>The device authorization endpoint %1 answered HTTP %2 without a JSON object. Check the device authorization endpoint URL.</source>
        <translation>O endpoint de autorização de dispositivo %1 respondeu HTTP %2 sem um objeto JSON. Verifique a URL do endpoint de autorização de dispositivo.</translation>
    </message>
    <message>
        <source>The device authorization endpoint %1 answered without device_code, user_code, verification_uri or expires_in (RFC 8628 §3.2).</source>
        <translation>O endpoint de autorização de dispositivo %1 respondeu sem device_code, user_code, verification_uri ou expires_in (RFC 8628 §3.2).</translation>
    </message>
    <message>
        <source>The device authorization was cancelled.</source>
        <translation>A autorização de dispositivo foi cancelada.</translation>
    </message>
    <message>
        <source>The user code expired before the user approved it. Start the device authorization again.</source>
        <translation>O código de usuário expirou antes de o usuário aprová-lo. Inicie a autorização de dispositivo novamente.</translation>
    </message>
    <message>
        <source>The user denied the device authorization.</source>
        <translation>O usuário negou a autorização de dispositivo.</translation>
    </message>
</context>
<context>
    <name>OAuth::LoopbackListener</name>
    <message>
        <source>Bad request.</source>
        <translation>Requisição inválida.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>Os cabeçalhos da requisição são grandes demais.</translation>
    </message>
    <message>
        <source>The request has too many headers.</source>
        <translation>A requisição tem cabeçalhos demais.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>O corpo da requisição é grande demais.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>en</source>
        <comment>the lang attribute of the pages shown in the browser</comment>
        <translation>pt-BR</translation>
    </message>
    <message>
        <source>No authorization response arrived within %1. Start the sign-in again and finish it in the browser before the time runs out.</source>
        <translation>Nenhuma resposta de autorização chegou em %1. Inicie o login novamente e conclua-o no navegador antes que o tempo se esgote.</translation>
    </message>
    <message>
        <source>This redirect listener has already been used. Start the sign-in again.</source>
        <translation>Este listener de redirecionamento já foi usado. Inicie o login novamente.</translation>
    </message>
    <message>
        <source>This computer has no IPv6 loopback address (::1). Use 127.0.0.1 as the redirect host in the connection&apos;s settings (and register that redirect URI with the server).</source>
        <translation>Este computador não tem endereço de loopback IPv6 (::1). Use 127.0.0.1 como host de redirecionamento nas configurações da conexão (e registre essa URI de redirecionamento no servidor).</translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use by another program. Close it, or choose another redirect port (0 picks a free one) in the connection&apos;s settings.</source>
        <translation>A porta %1 em %2 está em uso por outro programa. Feche-o ou escolha outra porta de redirecionamento (0 escolhe uma livre) nas configurações da conexão.</translation>
    </message>
    <message>
        <source>Cannot listen for the redirect on %1 port %2: %3</source>
        <translation>Não é possível escutar o redirecionamento em %1, porta %2: %3</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>Bad request: this server only answers to 127.0.0.1, localhost and [::1].</source>
        <translation>Requisição inválida: este servidor só responde a 127.0.0.1, localhost e [::1].</translation>
    </message>
    <message>
        <source>Not found. Tokenscope is waiting for the authorization response at %1.</source>
        <translation>Não encontrado. O Tokenscope está aguardando a resposta de autorização em %1.</translation>
    </message>
    <message>
        <source>This sign-in has already finished. Go back to Tokenscope.</source>
        <translation>Este login já terminou. Volte ao Tokenscope.</translation>
    </message>
    <message>
        <source>Tokenscope sign-in</source>
        <translation>Login do Tokenscope</translation>
    </message>
    <message>
        <source>Passing the response to Tokenscope…</source>
        <translation>Repassando a resposta ao Tokenscope…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Um momento, por favor.</translation>
    </message>
    <message>
        <source>No authorization response arrived on this page. Start the sign-in again from Tokenscope.</source>
        <translation>Nenhuma resposta de autorização chegou nesta página. Inicie o login novamente pelo Tokenscope.</translation>
    </message>
    <message>
        <source>This page needs JavaScript to pass the response (it came in the URL fragment) to Tokenscope. Enable JavaScript, or use response mode query or form_post.</source>
        <translation>Esta página precisa de JavaScript para repassar a resposta (ela veio no fragmento da URL) ao Tokenscope. Habilite o JavaScript ou use o response mode query ou form_post.</translation>
    </message>
    <message>
        <source>Send the authorization response as an application/x-www-form-urlencoded form.</source>
        <translation>Envie a resposta de autorização como um formulário application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>Método não permitido.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Tokenscope.</source>
        <translation>Você pode fechar esta aba e voltar ao Tokenscope.</translation>
    </message>
    <message>
        <source>A redirect arrived without a state parameter and was ignored. If you started this sign-in, start it again from Tokenscope.</source>
        <translation>Um redirecionamento chegou sem o parâmetro state e foi ignorado. Se você iniciou este login, inicie-o novamente pelo Tokenscope.</translation>
    </message>
    <message>
        <source>A redirect arrived with a parameter sent more than once and was ignored (RFC 6749 §3.1). If you started this sign-in, start it again from Tokenscope.</source>
        <translation>Um redirecionamento chegou com um parâmetro enviado mais de uma vez e foi ignorado (RFC 6749 §3.1). Se você iniciou este login, inicie-o novamente pelo Tokenscope.</translation>
    </message>
    <message>
        <source>A redirect arrived with a state that does not match the sign-in Tokenscope started, and was ignored. It may belong to an older sign-in, or to someone else&apos;s.</source>
        <translation>Um redirecionamento chegou com um state que não corresponde ao login que o Tokenscope iniciou e foi ignorado. Ele pode pertencer a um login anterior ou ao de outra pessoa.</translation>
    </message>
    <message>
        <source>Tokenscope: response not accepted</source>
        <translation>Tokenscope: resposta não aceita</translation>
    </message>
    <message>
        <source>This response was not accepted</source>
        <translation>Esta resposta não foi aceita</translation>
    </message>
    <message>
        <source>Tokenscope is still waiting for the response to the sign-in it started.</source>
        <translation>O Tokenscope ainda está aguardando a resposta do login que ele iniciou.</translation>
    </message>
    <message>
        <source>Tokenscope: authorization failed</source>
        <translation>Tokenscope: a autorização falhou</translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation>A autorização falhou</translation>
    </message>
    <message>
        <source>The authorization server answered with an error:</source>
        <translation>O servidor de autorização respondeu com um erro:</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Tokenscope for the details.</source>
        <translation>Você pode fechar esta aba e voltar ao Tokenscope para ver os detalhes.</translation>
    </message>
    <message>
        <source>Tokenscope: response received</source>
        <translation>Tokenscope: resposta recebida</translation>
    </message>
    <message>
        <source>Authorization response received</source>
        <translation>Resposta de autorização recebida</translation>
    </message>
    <message>
        <source>Tokenscope continues the sign-in on its own.</source>
        <translation>O Tokenscope continua o login por conta própria.</translation>
    </message>
</context>
<context>
    <name>OAuth::TokenOperations</name>
    <message>
        <source>The %1 refused the request (HTTP %2): %3</source>
        <translation>O %1 recusou a requisição (HTTP %2): %3</translation>
    </message>
    <message>
        <source>. Check the client id, its authentication method and secret or key.</source>
        <translation>. Verifique o client id, o método de autenticação dele e o segredo ou a chave.</translation>
    </message>
    <message>
        <source>No answer from the %1 %2: %3</source>
        <translation>Sem resposta do %1 %2: %3</translation>
    </message>
    <message>
        <source>the request failed.</source>
        <translation>a requisição falhou.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no end_session_endpoint: the provider does not advertise RP-initiated logout. Set the end session endpoint or discover it from the issuer.</source>
        <translation>O perfil &quot;%1&quot; não tem end_session_endpoint: o provedor não anuncia logout iniciado pelo RP. Defina o endpoint de encerramento de sessão ou descubra-o a partir do emissor.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no userinfo endpoint. Fill the endpoints from the issuer (discovery) or set it in the profile.</source>
        <translation>O perfil &quot;%1&quot; não tem endpoint de userinfo. Preencha os endpoints a partir do emissor (descoberta) ou defina-o no perfil.</translation>
    </message>
    <message>
        <source>introspection endpoint</source>
        <translation>endpoint de introspecção</translation>
    </message>
    <message>
        <source>The introspection endpoint %1 answered HTTP %2. %3</source>
        <translation>O endpoint de introspecção %1 respondeu HTTP %2. %3</translation>
    </message>
    <message>
        <source>The introspection endpoint %1 did not answer with a JSON object holding a boolean &quot;active&quot; (RFC 7662). Check the introspection endpoint URL.</source>
        <translation>O endpoint de introspecção %1 não respondeu com um objeto JSON contendo um booleano &quot;active&quot; (RFC 7662). Verifique a URL do endpoint de introspecção.</translation>
    </message>
    <message>
        <source>revocation endpoint</source>
        <translation>endpoint de revogação</translation>
    </message>
    <message>
        <source>. The server does not revoke this kind of token; try the other token_type_hint or revoke the refresh token.</source>
        <translation>. O servidor não revoga este tipo de token; tente o outro token_type_hint ou revogue o refresh token.</translation>
    </message>
    <message>
        <source>The revocation endpoint %1 is unavailable (HTTP 503): try again later.</source>
        <translation>O endpoint de revogação %1 está indisponível (HTTP 503): tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The revocation endpoint %1 answered HTTP %2. %3</source>
        <translation>O endpoint de revogação %1 respondeu HTTP %2. %3</translation>
    </message>
    <message>
        <source>userinfo endpoint</source>
        <translation>endpoint de userinfo</translation>
    </message>
    <message>
        <source>The userinfo endpoint %1 answered HTTP %2. %3</source>
        <translation>O endpoint de userinfo %1 respondeu HTTP %2. %3</translation>
    </message>
    <message>
        <source>The userinfo endpoint refused the access token (HTTP %1): %2</source>
        <translation>O endpoint de userinfo recusou o access token (HTTP %1): %2</translation>
    </message>
    <message>
        <source>. The token is expired, revoked or not for this server: get a new one.</source>
        <translation>. O token expirou, foi revogado ou não é destinado a este servidor: obtenha um novo.</translation>
    </message>
    <message>
        <source>. Request the openid scope (and the scopes of the claims you want) with a user&apos;s grant.</source>
        <translation>. Solicite o escopo openid (e os escopos das claims que você deseja) com um grant que envolva um usuário.</translation>
    </message>
    <message>
        <source>The userinfo endpoint %1 answered with a JWT whose claims cannot be decoded.</source>
        <translation>O endpoint de userinfo %1 respondeu com um JWT cujas claims não podem ser decodificadas.</translation>
    </message>
    <message>
        <source>The userinfo endpoint %1 answered with neither a JSON object nor a JWT. Check the userinfo endpoint URL.</source>
        <translation>O endpoint de userinfo %1 não respondeu nem com um objeto JSON nem com um JWT. Verifique a URL do endpoint de userinfo.</translation>
    </message>
    <message>
        <source>The userinfo response of %1 has no &quot;sub&quot; claim, which OpenID Connect requires.</source>
        <translation>A resposta de userinfo de %1 não tem a claim &quot;sub&quot;, que o OpenID Connect exige.</translation>
    </message>
    <message>
        <source>Give the subject token to exchange (RFC 8693 §2.1).</source>
        <translation>Informe o subject token a trocar (RFC 8693 §2.1).</translation>
    </message>
    <message>
        <source>Give the subject token&apos;s type, e.g. %1.</source>
        <translation>Informe o tipo do subject token, p. ex. %1.</translation>
    </message>
    <message>
        <source>Give the actor token&apos;s type, e.g. %1 (RFC 8693 §2.1).</source>
        <translation>Informe o tipo do actor token, p. ex. %1 (RFC 8693 §2.1).</translation>
    </message>
    <message>
        <source>An actor token type was given without an actor token: give the actor token or clear its type.</source>
        <translation>Um tipo de actor token foi informado sem um actor token: informe o actor token ou limpe o tipo dele.</translation>
    </message>
    <message>
        <source>An assertion needs an issuer, a subject and an audience (RFC 7523 §3): fill all three.</source>
        <translation>Uma asserção precisa de um emissor, um subject e uma audiência (RFC 7523 §3): preencha os três.</translation>
    </message>
    <message>
        <source>The assertion&apos;s lifetime must be at least one second.</source>
        <translation>A validade da asserção deve ser de pelo menos um segundo.</translation>
    </message>
    <message>
        <source>Give the assertion (a signed JWT) for the JWT bearer grant, or build one from a private key.</source>
        <translation>Informe a asserção (um JWT assinado) para o grant JWT bearer ou construa uma a partir de uma chave privada.</translation>
    </message>
</context>
<context>
    <name>OAuthHints</name>
    <message>
        <source>Client credentials</source>
        <translation>Client credentials</translation>
    </message>
    <message>
        <source>Authorization code (PKCE)</source>
        <translation>Authorization code (PKCE)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s credentials. Check the client id and secret; then try the form-encoded Basic credentials of RFC 6749 §2.3.1 (turn off &quot;raw Basic credentials&quot; in the connection), or client_secret_post.</source>
        <translation>O servidor não aceitou as credenciais do cliente. Verifique o client id e o segredo; depois tente as credenciais Basic com a codificação de formulário do RFC 6749 §2.3.1 (desmarque &quot;Credenciais Basic sem codificação&quot; na conexão) ou client_secret_post.</translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s credentials. Check the client id and secret; then try raw Basic credentials (some servers do not decode the RFC 6749 §2.3.1 form-encoding: turn on &quot;raw Basic credentials&quot; in the connection), or client_secret_post.</source>
        <translation>O servidor não aceitou as credenciais do cliente. Verifique o client id e o segredo; depois tente as credenciais Basic sem codificação (alguns servidores não decodificam a codificação de formulário do RFC 6749 §2.3.1: marque &quot;Credenciais Basic sem codificação&quot; na conexão) ou client_secret_post.</translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s credentials. Check the client id and secret; then try client_secret_basic: the client may be registered for that method.</source>
        <translation>O servidor não aceitou as credenciais do cliente. Verifique o client id e o segredo; depois tente client_secret_basic: o cliente pode estar registrado para esse método.</translation>
    </message>
    <message>
        <source>The server wants this client to authenticate. Store its secret and choose client_secret_basic or client_secret_post in the connection, or register the client as a public client (token_endpoint_auth_method &quot;none&quot;).</source>
        <translation>O servidor exige que este cliente se autentique. Armazene o segredo dele e escolha client_secret_basic ou client_secret_post na conexão, ou registre o cliente como cliente público (token_endpoint_auth_method &quot;none&quot;).</translation>
    </message>
    <message>
        <source>The server did not accept the client assertion. Check the client id, the key or secret, the key&apos;s algorithm and kid, the clock of this machine (iat, exp), and that the client is registered for this authentication method.</source>
        <translation>O servidor não aceitou a asserção do cliente. Verifique o client id, a chave ou o segredo, o algoritmo e o kid da chave, o relógio desta máquina (iat, exp) e se o cliente está registrado para este método de autenticação.</translation>
    </message>
    <message>
        <source>The server did not accept the client certificate. Check that the certificate matches the one registered for the client (subject DN or SAN) and that its key is stored.</source>
        <translation>O servidor não aceitou o certificado de cliente. Verifique se o certificado corresponde ao registrado para o cliente (DN do subject ou SAN) e se a chave dele está armazenada.</translation>
    </message>
    <message>
        <source>The authorization code was refused: a code works once and only for a short time, and the redirect_uri and PKCE code_verifier must match the authorization request. Start the flow again; if it keeps failing, check the client&apos;s registered redirect URIs.</source>
        <translation>O código de autorização foi recusado: um código funciona uma única vez e só por pouco tempo, e o redirect_uri e o code_verifier do PKCE devem corresponder aos da requisição de autorização. Inicie o fluxo novamente; se continuar falhando, verifique as URIs de redirecionamento registradas para o cliente.</translation>
    </message>
    <message>
        <source>The refresh token was refused: it expired, was revoked, or was rotated (the server issued a newer one and the old one no longer works). Get a new token set with another grant.</source>
        <translation>O refresh token foi recusado: ele expirou, foi revogado ou foi rotacionado (o servidor emitiu um mais novo e o antigo não funciona mais). Obtenha um novo conjunto de tokens com outro grant.</translation>
    </message>
    <message>
        <source>The username or password is wrong, or the user cannot sign in with the password grant (disabled for the user or the identity provider). Check the credentials.</source>
        <translation>O nome de usuário ou a senha está errado, ou o usuário não pode fazer login com o grant password (desabilitado para o usuário ou para o provedor de identidade). Verifique as credenciais.</translation>
    </message>
    <message>
        <source>The device code was refused: it expired or was already used. Start again.</source>
        <translation>O device code foi recusado: ele expirou ou já foi usado. Comece novamente.</translation>
    </message>
    <message>
        <source>The server refused the grant. Check the client&apos;s settings on the server.</source>
        <translation>O servidor recusou o grant. Verifique as configurações do cliente no servidor.</translation>
    </message>
    <message>
        <source>The client may not use the %1 grant. Enable &quot;%2&quot; in the client&apos;s grant types on the server.</source>
        <translation>O cliente não pode usar o grant %1. Habilite &quot;%2&quot; nos grant types do cliente no servidor.</translation>
    </message>
    <message>
        <source>The server does not offer the %1 grant (&quot;%2&quot;). Check the server&apos;s grant_types_supported, or enable it for the workspace.</source>
        <translation>O servidor não oferece o grant %1 (&quot;%2&quot;). Verifique o grant_types_supported do servidor ou habilite-o para o workspace.</translation>
    </message>
    <message>
        <source>A requested scope is unknown or not allowed for this client. Remove it from the scope field or the connection, or assign it to the client on the server.</source>
        <translation>Um escopo solicitado é desconhecido ou não é permitido para este cliente. Remova-o do campo de escopo ou da conexão, ou atribua-o ao cliente no servidor.</translation>
    </message>
    <message>
        <source>The user declined on the other device. Start again to ask once more.</source>
        <translation>O usuário recusou no outro dispositivo. Comece novamente para pedir outra vez.</translation>
    </message>
    <message>
        <source>The user or the server declined the request (cancelled at sign-in or consent, or a policy refused it). Start again and approve, or check the server&apos;s policies.</source>
        <translation>O usuário ou o servidor recusou a requisição (cancelada no login ou no consentimento, ou recusada por uma política). Comece novamente e aprove, ou verifique as políticas do servidor.</translation>
    </message>
    <message>
        <source>The device code expired before the user approved. Start again and approve sooner.</source>
        <translation>O device code expirou antes de o usuário aprovar. Comece novamente e aprove mais cedo.</translation>
    </message>
    <message>
        <source>The user has not approved yet; polling goes on.</source>
        <translation>O usuário ainda não aprovou; a consulta continua.</translation>
    </message>
    <message>
        <source>The server asked to poll less often; the interval grows by 5 seconds (RFC 8628 §3.5).</source>
        <translation>O servidor pediu para consultar com menos frequência; o intervalo aumenta em 5 segundos (RFC 8628 §3.5).</translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance. Try again in a moment.</source>
        <translation>O servidor está sobrecarregado ou em manutenção. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The server failed on its side. Try again; if it persists, check the server&apos;s logs.</source>
        <translation>O servidor falhou do lado dele. Tente novamente; se persistir, verifique os logs do servidor.</translation>
    </message>
    <message>
        <source>The server needs the user to sign in, but prompt=none was asked. Remove prompt=none from the extra parameters and start again.</source>
        <translation>O servidor precisa que o usuário faça login, mas prompt=none foi solicitado. Remova prompt=none dos parâmetros extras e comece novamente.</translation>
    </message>
    <message>
        <source>The user has not granted consent for these scopes yet. Start again without prompt=none so the consent page can show.</source>
        <translation>O usuário ainda não deu consentimento para estes escopos. Comece novamente sem prompt=none para que a página de consentimento possa aparecer.</translation>
    </message>
    <message>
        <source>The server needs the user to interact (sign-in, consent or another step). Start again without prompt=none.</source>
        <translation>O servidor precisa que o usuário interaja (login, consentimento ou outra etapa). Comece novamente sem prompt=none.</translation>
    </message>
    <message>
        <source>A parameter is missing, repeated or malformed: check the redirect URI registered for the client, the extra parameters and PKCE (the server may require S256).</source>
        <translation>Um parâmetro está ausente, repetido ou malformado: verifique a URI de redirecionamento registrada para o cliente, os parâmetros extras e o PKCE (o servidor pode exigir S256).</translation>
    </message>
    <message>
        <source>A parameter is missing, repeated or malformed: check the extra parameters of the connection and the error description.</source>
        <translation>Um parâmetro está ausente, repetido ou malformado: verifique os parâmetros extras da conexão e a descrição do erro.</translation>
    </message>
    <message>
        <source>A requested resource or audience is unknown or not allowed (RFC 8707). Check the connection&apos;s resources and audiences.</source>
        <translation>Um recurso ou audiência solicitado é desconhecido ou não é permitido (RFC 8707). Verifique os recursos e as audiências da conexão.</translation>
    </message>
    <message>
        <source>The server does not allow response_type=code for this client. Enable the authorization code grant for the client.</source>
        <translation>O servidor não permite response_type=code para este cliente. Habilite o grant authorization code para o cliente.</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Token exchange</translation>
    </message>
    <message>
        <source>JWT bearer</source>
        <translation>JWT bearer</translation>
    </message>
    <message>
        <source>The subject or actor token was refused: it expired, was revoked, or its type does not match the token type sent (RFC 8693 §2.2.2). Get a fresh token set, or choose the right token type.</source>
        <translation>O subject token ou o actor token foi recusado: ele expirou, foi revogado ou o tipo dele não corresponde ao tipo de token enviado (RFC 8693 §2.2.2). Obtenha um novo conjunto de tokens ou escolha o tipo de token correto.</translation>
    </message>
    <message>
        <source>The assertion was refused (RFC 7523 §3.1): check its issuer and subject, that its audience is the token endpoint or the issuer, that it has not expired, and that the server knows the public key of the private key that signed it.</source>
        <translation>A asserção foi recusada (RFC 7523 §3.1): verifique o emissor e o subject dela, se a audiência dela é o endpoint de token ou o emissor, se ela não expirou e se o servidor conhece a chave pública da chave privada que a assinou.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Enter the %1: the %2 preset needs it.</source>
        <translation>Informe o campo %1: a predefinição %2 precisa dele.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an absolute http(s) URL. Enter it like %3, without a query or fragment.</source>
        <translation>O valor &quot;%2&quot; do campo %1 não é uma URL http(s) absoluta. Informe-o como %3, sem query nem fragmento.</translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; can only hold letters, digits and hyphens. Copy it from the tenant&apos;s URL.</source>
        <translation>O ID do tenant &quot;%1&quot; só pode conter letras, dígitos e hifens. Copie-o da URL do tenant.</translation>
    </message>
    <message>
        <source>The workspace id &quot;%1&quot; can only hold letters, digits, &apos;_&apos; and &apos;-&apos;. Copy it from the workspace&apos;s URL.</source>
        <translation>O ID do workspace &quot;%1&quot; só pode conter letras, dígitos, &apos;_&apos; e &apos;-&apos;. Copie-o da URL do workspace.</translation>
    </message>
    <message>
        <source>The vanity host &quot;%1&quot; is not a host name. Enter only the host, like auth.example.com.</source>
        <translation>O host personalizado &quot;%1&quot; não é um nome de host. Informe apenas o host, como auth.example.com.</translation>
    </message>
    <message>
        <source>Enter the region of the tenant (the part after the tenant id in its host name, like &quot;us&quot; or &quot;eu&quot;), or a vanity host.</source>
        <translation>Informe a região do tenant (a parte após o ID do tenant no nome do host, como &quot;us&quot; ou &quot;eu&quot;) ou um host personalizado.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a host name label. Enter it like &quot;us&quot; or &quot;eu&quot;.</source>
        <translation>A região &quot;%1&quot; não é um rótulo de nome de host. Informe-a como &quot;us&quot; ou &quot;eu&quot;.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not an AWS region name. Enter it like &quot;us-east-1&quot;.</source>
        <translation>A região &quot;%1&quot; não é um nome de região da AWS. Informe-a como &quot;us-east-1&quot;.</translation>
    </message>
    <message>
        <source>The user pool id &quot;%1&quot; is not of the form REGION_ID, like &quot;us-east-1_AbCdEf123&quot;. Copy it from the user pool&apos;s overview.</source>
        <translation>O ID do user pool &quot;%1&quot; não tem a forma REGIÃO_ID, como &quot;us-east-1_AbCdEf123&quot;. Copie-o da visão geral do user pool.</translation>
    </message>
    <message>
        <source>The user pool id &quot;%1&quot; belongs to region %2, not %3. Check the region.</source>
        <translation>O ID do user pool &quot;%1&quot; pertence à região %2, não a %3. Verifique a região.</translation>
    </message>
    <message>
        <source>The custom domain &quot;%1&quot; is not a host name. Enter only the host, like auth.example.com.</source>
        <translation>O domínio personalizado &quot;%1&quot; não é um nome de host. Informe apenas o host, como auth.example.com.</translation>
    </message>
    <message>
        <source>Enter the user pool&apos;s domain prefix (App integration &gt; Domain) or its custom domain: the OAuth endpoints live there.</source>
        <translation>Informe o prefixo de domínio do user pool (App integration &gt; Domain) ou seu domínio personalizado: os endpoints OAuth ficam lá.</translation>
    </message>
    <message>
        <source>The domain prefix &quot;%1&quot; can only hold lowercase letters, digits and hyphens.</source>
        <translation>O prefixo de domínio &quot;%1&quot; só pode conter letras minúsculas, dígitos e hifens.</translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; can only hold letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>O ID do tenant &quot;%1&quot; só pode conter letras, dígitos, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The workspace id &quot;%1&quot; can only hold letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>O ID do workspace &quot;%1&quot; só pode conter letras, dígitos, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The sandbox only listens on loopback: use the URL `tokenscope sandbox` prints, like http://127.0.0.1:8080.</source>
        <translation>O sandbox só escuta em loopback: use a URL que `tokenscope sandbox` imprime, como http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Cloudentity</source>
        <translation>Cloudentity</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>ID do tenant</translation>
    </message>
    <message>
        <source>The first label of the tenant&apos;s host name, and the first path segment.</source>
        <translation>O primeiro rótulo do nome de host do tenant e o primeiro segmento do caminho.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>The label after the tenant id in the host name ({tenant}.{region}.authz.cloudentity.io).</source>
        <translation>O rótulo após o ID do tenant no nome do host ({tenant}.{region}.authz.cloudentity.io).</translation>
    </message>
    <message>
        <source>Vanity host</source>
        <translation>Host personalizado</translation>
    </message>
    <message>
        <source>A custom domain for the tenant; used instead of the region when set.</source>
        <translation>Um domínio personalizado para o tenant; usado no lugar da região quando definido.</translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation>ID do workspace</translation>
    </message>
    <message>
        <source>The workspace (authorization server) id; &quot;admin&quot; for admin API tokens.</source>
        <translation>O ID do workspace (servidor de autorização); &quot;admin&quot; para tokens da API de administração.</translation>
    </message>
    <message>
        <source>Every workspace is its own authorization server under /{tenant}/{workspace}. Tokens for Cloudentity&apos;s admin APIs come from the &quot;admin&quot; workspace with a client_credentials client created there (the &quot;system&quot; workspace for system APIs). A vanity domain replaces {tenant}.{region}.authz.cloudentity.io and keeps the /{tenant}/{workspace} path.</source>
        <translation>Cada workspace é um servidor de autorização próprio em /{tenant}/{workspace}. Os tokens para as APIs de administração do Cloudentity vêm do workspace &quot;admin&quot;, com um cliente client_credentials criado nele (o workspace &quot;system&quot; para as APIs de sistema). Um domínio personalizado substitui {tenant}.{region}.authz.cloudentity.io e mantém o caminho /{tenant}/{workspace}.</translation>
    </message>
    <message>
        <source>AWS Cognito</source>
        <translation>AWS Cognito</translation>
    </message>
    <message>
        <source>The AWS region of the user pool.</source>
        <translation>A região da AWS do user pool.</translation>
    </message>
    <message>
        <source>User pool id</source>
        <translation>ID do user pool</translation>
    </message>
    <message>
        <source>From the user pool&apos;s overview; it starts with the region.</source>
        <translation>Da visão geral do user pool; começa com a região.</translation>
    </message>
    <message>
        <source>Domain prefix</source>
        <translation>Prefixo de domínio</translation>
    </message>
    <message>
        <source>The prefix of the user pool domain {prefix}.auth.{region}.amazoncognito.com.</source>
        <translation>O prefixo do domínio do user pool {prefix}.auth.{region}.amazoncognito.com.</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Domínio personalizado</translation>
    </message>
    <message>
        <source>The user pool&apos;s custom domain; used instead of the prefix when set.</source>
        <translation>O domínio personalizado do user pool; usado no lugar do prefixo quando definido.</translation>
    </message>
    <message>
        <source>The issuer and the JWKS are on cognito-idp.{region}.amazonaws.com/{userPoolId}, the OAuth endpoints on the user pool domain (managed login). Callback URLs must match exactly, and plain http is accepted only for localhost: register http://localhost:PORT/callback and fix the port. Confidential app clients authenticate with HTTP Basic. There is no introspection endpoint; /oauth2/revoke revokes refresh tokens, and /logout takes client_id and logout_uri instead of OpenID Connect&apos;s logout parameters.</source>
        <translation>O emissor e o JWKS ficam em cognito-idp.{region}.amazonaws.com/{userPoolId}, os endpoints OAuth no domínio do user pool (login gerenciado). As URLs de callback devem conferir exatamente, e http simples só é aceito para localhost: registre http://localhost:PORT/callback e fixe a porta. App clients confidenciais se autenticam com HTTP Basic. Não há endpoint de introspecção; /oauth2/revoke revoga refresh tokens, e /logout recebe client_id e logout_uri em vez dos parâmetros de logout do OpenID Connect.</translation>
    </message>
    <message>
        <source>UserClouds</source>
        <translation>UserClouds</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>URL do tenant</translation>
    </message>
    <message>
        <source>The tenant URL from the UserClouds console; it is also the issuer.</source>
        <translation>A URL do tenant no console do UserClouds; ela também é o emissor.</translation>
    </message>
    <message>
        <source>The tenant URL is the issuer; the OpenID Connect endpoints are under /oidc/ and logout is /logout. The authorization request must ask for the openid scope and carry a state. HTTP Basic client credentials are form-decoded (RFC 6749 §2.3.1). Use Discover for the JWKS URI.</source>
        <translation>A URL do tenant é o emissor; os endpoints OpenID Connect ficam em /oidc/ e o logout é /logout. A requisição de autorização deve pedir o escopo openid e levar um state. As credenciais de cliente HTTP Basic são decodificadas como formulário (RFC 6749 §2.3.1). Use Descobrir para obter a URI do JWKS.</translation>
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
        <translation>O endereço base do IdentityServer, incluindo um path base, se houver.</translation>
    </message>
    <message>
        <source>The authority is the issuer (with the ASP.NET Core path base, if any); endpoints are under /connect/ and the JWKS is /.well-known/openid-configuration/jwks. Revocation works for refresh tokens and reference access tokens, not JWT access tokens. Introspection is usually authenticated as an API resource (its name and secret) rather than as a client.</source>
        <translation>A authority é o emissor (com o path base do ASP.NET Core, se houver); os endpoints ficam em /connect/ e o JWKS é /.well-known/openid-configuration/jwks. A revogação funciona para refresh tokens e access tokens de referência, não para access tokens JWT. A introspecção geralmente é autenticada como um recurso de API (nome e segredo dele), e não como um cliente.</translation>
    </message>
    <message>
        <source>Sensedia</source>
        <translation>Sensedia</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>The API gateway&apos;s base URL; the token endpoint is {base}/oauth/access-token.</source>
        <translation>A URL base do API gateway; o endpoint de token é {base}/oauth/access-token.</translation>
    </message>
    <message>
        <source>No discovery document: the token endpoint is {base}/oauth/access-token. The client authenticates with HTTP Basic (client id and secret), and the resource owner password grant is the usual flow. Enter the authorization endpoint by hand if you use the code flow.</source>
        <translation>Sem documento de descoberta: o endpoint de token é {base}/oauth/access-token. O cliente se autentica com HTTP Basic (client id e segredo), e o grant resource owner password é o fluxo usual. Insira o endpoint de autorização manualmente se você usar o fluxo de código.</translation>
    </message>
    <message>
        <source>Generic OpenID Connect</source>
        <translation>OpenID Connect genérico</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>The issuer URL exactly as the provider&apos;s tokens carry it.</source>
        <translation>A URL do emissor exatamente como os tokens do provedor a trazem.</translation>
    </message>
    <message>
        <source>Only the issuer is needed: press Discover to fill the endpoints from {issuer}/.well-known/openid-configuration (or RFC 8414 metadata).</source>
        <translation>Só o emissor é necessário: clique em Descobrir para preencher os endpoints a partir de {issuer}/.well-known/openid-configuration (ou de metadados RFC 8414).</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>The sandbox&apos;s address: View &gt; Local Sandbox shows the one the console runs; `tokenscope sandbox` prints its own when it starts.</source>
        <translation>O endereço do sandbox: Exibir &gt; Sandbox local mostra o daquele que o console executa; `tokenscope sandbox` imprime o seu quando inicia.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s tenant; &quot;default&quot; unless started with another.</source>
        <translation>O tenant do sandbox; &quot;default&quot;, a menos que tenha sido iniciado com outro.</translation>
    </message>
    <message>
        <source>A workspace created in the sandbox; &quot;admin&quot; for admin API tokens.</source>
        <translation>Um workspace criado no sandbox; &quot;admin&quot; para tokens da API de administração.</translation>
    </message>
    <message>
        <source>A Cloudentity-compatible tenant on loopback over plain http, with Cloudentity&apos;s paths under /{tenant}/{workspace}. The console runs one and keeps the &quot;Local sandbox&quot; connection pointing at it; `tokenscope sandbox` runs another for scripts. Its &quot;admin&quot; workspace issues tokens for its admin API.</source>
        <translation>Um tenant compatível com o Cloudentity em loopback sobre http simples, com os caminhos do Cloudentity em /{tenant}/{workspace}. O console executa um e mantém a conexão &quot;Sandbox local&quot; apontando para ele; `tokenscope sandbox` executa outro para scripts. O workspace &quot;admin&quot; dele emite tokens para a API de administração.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Use one of: %2.</source>
        <translation>Predefinição desconhecida &quot;%1&quot;. Use uma de: %2.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The member &quot;%1&quot; must be a string.</source>
        <translation>O membro &quot;%1&quot; deve ser uma string.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be true or false.</source>
        <translation>O membro &quot;%1&quot; deve ser true ou false.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be a JSON object.</source>
        <translation>O membro &quot;%1&quot; deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be a JSON array.</source>
        <translation>O membro &quot;%1&quot; deve ser um array JSON.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be an array of strings.</source>
        <translation>O membro &quot;%1&quot; deve ser um array de strings.</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Endpoint de autorização</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Endpoint de token</translation>
    </message>
    <message>
        <source>JWKS URI</source>
        <translation>URI do JWKS</translation>
    </message>
    <message>
        <source>Userinfo endpoint</source>
        <translation>Endpoint de userinfo</translation>
    </message>
    <message>
        <source>Introspection endpoint</source>
        <translation>Endpoint de introspecção</translation>
    </message>
    <message>
        <source>Revocation endpoint</source>
        <translation>Endpoint de revogação</translation>
    </message>
    <message>
        <source>Device authorization endpoint</source>
        <translation>Endpoint de autorização de dispositivo</translation>
    </message>
    <message>
        <source>Pushed authorization request endpoint</source>
        <translation>Endpoint de pushed authorization request</translation>
    </message>
    <message>
        <source>End session endpoint</source>
        <translation>Endpoint de encerramento de sessão</translation>
    </message>
    <message>
        <source>The profile has no &quot;schema_version&quot;; it was not written by this version of Tokenscope.</source>
        <translation>O perfil não tem &quot;schema_version&quot;; ele não foi gravado por esta versão do Tokenscope.</translation>
    </message>
    <message>
        <source>The profile has schema version %1; this version of Tokenscope reads version %2. Update Tokenscope or re-create the profile.</source>
        <translation>O perfil tem a versão de esquema %1; esta versão do Tokenscope lê a versão %2. Atualize o Tokenscope ou recrie o perfil.</translation>
    </message>
    <message>
        <source>The member &quot;auth_method&quot; has the unknown value &quot;%1&quot;; use one of: %2.</source>
        <translation>O membro &quot;auth_method&quot; tem o valor desconhecido &quot;%1&quot;; use um de: %2.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; has the unknown value &quot;%2&quot;; use authorization, token or both.</source>
        <translation>O membro &quot;%1&quot; tem o valor desconhecido &quot;%2&quot;; use authorization, token ou both.</translation>
    </message>
    <message>
        <source>The member &quot;redirect.host&quot; has the value &quot;%1&quot;; use 127.0.0.1, localhost or [::1].</source>
        <translation>O membro &quot;redirect.host&quot; tem o valor &quot;%1&quot;; use 127.0.0.1, localhost ou [::1].</translation>
    </message>
    <message>
        <source>The member &quot;redirect.port&quot; must be a port number from 0 to 65535.</source>
        <translation>O membro &quot;redirect.port&quot; deve ser um número de porta de 0 a 65535.</translation>
    </message>
    <message>
        <source>%1: enter an http:// or https:// URL with a host.</source>
        <translation>%1: informe uma URL http:// ou https:// com um host.</translation>
    </message>
    <message>
        <source>%1: remove the fragment (&quot;#…&quot;); it is not allowed here.</source>
        <translation>%1: remova o fragmento (&quot;#…&quot;); ele não é permitido aqui.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Informe um nome para o perfil.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Enter the issuer (to discover the endpoints) or at least the token endpoint.</source>
        <translation>Informe o emissor (para descobrir os endpoints) ou pelo menos o endpoint de token.</translation>
    </message>
    <message>
        <source>Enter the client id registered with the authorization server.</source>
        <translation>Informe o client id registrado no servidor de autorização.</translation>
    </message>
    <message>
        <source>tls_client_auth needs a client certificate: choose the certificate file (PEM); its key goes to the keychain.</source>
        <translation>tls_client_auth precisa de um certificado de cliente: escolha o arquivo do certificado (PEM); a chave dele vai para o chaveiro.</translation>
    </message>
    <message>
        <source>The redirect path must start with &quot;/&quot;, for example /callback.</source>
        <translation>O caminho de redirecionamento deve começar com &quot;/&quot;, por exemplo /callback.</translation>
    </message>
    <message>
        <source>The redirect path must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>O caminho de redirecionamento não pode conter &quot;?&quot; nem &quot;#&quot;.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP header name; use letters, digits and - (for example Authorization or X-Api-Key).</source>
        <translation>O nome de cabeçalho &quot;%1&quot; não é um nome de cabeçalho HTTP válido; use letras, dígitos e - (por exemplo Authorization ou X-Api-Key).</translation>
    </message>
    <message>
        <source>The token prefix must not contain line breaks or control characters.</source>
        <translation>O prefixo do token não pode conter quebras de linha nem caracteres de controle.</translation>
    </message>
    <message>
        <source>Enter a name for extra parameter %1, or remove it.</source>
        <translation>Informe um nome para o parâmetro extra %1 ou remova-o.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is set by Tokenscope itself; remove it from the extra parameters.</source>
        <translation>O parâmetro &quot;%1&quot; é definido pelo próprio Tokenscope; remova-o dos parâmetros extras.</translation>
    </message>
    <message>
        <source>The path prefix of API group override %1 must start with &quot;/&quot;, for example /api/admin.</source>
        <translation>O prefixo de caminho da substituição de grupo de API %1 deve começar com &quot;/&quot;, por exemplo /api/admin.</translation>
    </message>
    <message>
        <source>The path prefix of API group override %1 must be a path only: remove spaces, &quot;?&quot; and &quot;#&quot;.</source>
        <translation>O prefixo de caminho da substituição de grupo de API %1 deve ser apenas um caminho: remova espaços, &quot;?&quot; e &quot;#&quot;.</translation>
    </message>
    <message>
        <source>Enter a group name for API group override %1, or remove it.</source>
        <translation>Informe um nome de grupo para a substituição de grupo de API %1 ou remova-a.</translation>
    </message>
    <message>
        <source>The group name of API group override %1 must not contain line breaks or control characters.</source>
        <translation>O nome de grupo da substituição de grupo de API %1 não pode conter quebras de linha nem caracteres de controle.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Certificate checks are off for this profile: anyone on the network path can read and change its traffic, tokens and secrets included. Turn &quot;Skip certificate verification&quot; off as soon as you can.</source>
        <translation>As verificações de certificado estão desligadas para este perfil: qualquer pessoa no caminho da rede pode ler e alterar o tráfego dele, inclusive tokens e segredos. Desmarque &quot;Ignorar a verificação de certificados&quot; assim que puder.</translation>
    </message>
    <message>
        <source>Insecure TLS warning</source>
        <translation>Aviso de TLS inseguro</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Acme staging</source>
        <translation>Acme homologação</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Predefinição do provedor</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provedor:</translation>
    </message>
    <message>
        <source>About this provider</source>
        <translation>Sobre este provedor</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>https://login.example.com/tenant</source>
        <translation>https://login.example.com/tenant</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descobrir</translation>
    </message>
    <message>
        <source>Discover endpoints</source>
        <translation>Descobrir endpoints</translation>
    </message>
    <message>
        <source>Read the issuer&apos;s discovery document (OpenID Connect, then RFC 8414) and compare its endpoints with these</source>
        <translation>Lê o documento de descoberta do emissor (OpenID Connect, depois RFC 8414) e compara os endpoints dele com estes</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emissor:</translation>
    </message>
    <message>
        <source>Show or hide the endpoints</source>
        <translation>Mostrar ou ocultar os endpoints</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client id:</translation>
    </message>
    <message>
        <source>Client authentication method</source>
        <translation>Método de autenticação do cliente</translation>
    </message>
    <message>
        <source>None: public client (PKCE)</source>
        <translation>Nenhum: cliente público (PKCE)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>Secret in the body (client_secret_post)</source>
        <translation>Segredo no corpo (client_secret_post)</translation>
    </message>
    <message>
        <source>HS256 assertion (client_secret_jwt)</source>
        <translation>Asserção HS256 (client_secret_jwt)</translation>
    </message>
    <message>
        <source>Signed assertion (private_key_jwt)</source>
        <translation>Asserção assinada (private_key_jwt)</translation>
    </message>
    <message>
        <source>Mutual TLS (tls_client_auth)</source>
        <translation>TLS mútuo (tls_client_auth)</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticação:</translation>
    </message>
    <message>
        <source>Send id and secret without form-encoding (raw Basic)</source>
        <translation>Enviar o id e o segredo sem codificação de formulário (Basic sem codificação)</translation>
    </message>
    <message>
        <source>Raw Basic credentials</source>
        <translation>Credenciais Basic sem codificação</translation>
    </message>
    <message>
        <source>RFC 6749 §2.3.1 form-encodes the id and secret before Basic; some servers want them as they are</source>
        <translation>O RFC 6749 §2.3.1 codifica o id e o segredo como formulário antes do Basic; alguns servidores os querem como são</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Chave privada:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Arquivo do certificado de cliente</translation>
    </message>
    <message>
        <source>/path/to/client.pem</source>
        <translation>/caminho/para/client.pem</translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation>Escolher o arquivo do certificado de cliente</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificado de cliente:</translation>
    </message>
    <message>
        <source>Certificate key:</source>
        <translation>Chave do certificado:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>openid profile email</source>
        <translation>openid profile email</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Escopos:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiência</translation>
    </message>
    <message>
        <source>Space-separated</source>
        <translation>Separados por espaço</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audiência:</translation>
    </message>
    <message>
        <source>Resource indicators</source>
        <translation>Indicadores de recurso</translation>
    </message>
    <message>
        <source>https://api.example.com (RFC 8707), space-separated</source>
        <translation>https://api.example.com (RFC 8707), separados por espaço</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Recurso:</translation>
    </message>
    <message>
        <source>Use pushed authorization requests (PAR) when the server has them</source>
        <translation>Usar pushed authorization requests (PAR) quando o servidor as tiver</translation>
    </message>
    <message>
        <source>Use pushed authorization requests</source>
        <translation>Usar pushed authorization requests</translation>
    </message>
    <message>
        <source>Extra parameters:</source>
        <translation>Parâmetros extras:</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirecionamento</translation>
    </message>
    <message>
        <source>Redirect host</source>
        <translation>Host de redirecionamento</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Porta de redirecionamento</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Qualquer porta livre</translation>
    </message>
    <message>
        <source>0: a free port is chosen for each sign-in; set one when the server matches redirect URIs exactly</source>
        <translation>0: uma porta livre é escolhida a cada login; defina uma quando o servidor compara as URIs de redirecionamento exatamente</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Redirect path</source>
        <translation>Caminho de redirecionamento</translation>
    </message>
    <message>
        <source>/callback</source>
        <translation>/callback</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Caminho:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Arquivo do pacote de CAs</translation>
    </message>
    <message>
        <source>Extra trusted CAs (PEM), added to the system&apos;s</source>
        <translation>CAs confiáveis adicionais (PEM), somadas às do sistema</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Escolher o arquivo do pacote de CAs</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>Pacote de CAs:</translation>
    </message>
    <message>
        <source>Skip certificate verification (insecure)</source>
        <translation>Ignorar a verificação de certificados (inseguro)</translation>
    </message>
    <message>
        <source>Skip certificate verification</source>
        <translation>Ignorar a verificação de certificados</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Send a stored API token in a header instead of OAuth</source>
        <translation>Enviar um token de API armazenado em um cabeçalho em vez de OAuth</translation>
    </message>
    <message>
        <source>API-token mode</source>
        <translation>Modo token de API</translation>
    </message>
    <message>
        <source>API token header</source>
        <translation>Cabeçalho do token de API</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Cabeçalho:</translation>
    </message>
    <message>
        <source>API token prefix</source>
        <translation>Prefixo do token de API</translation>
    </message>
    <message>
        <source>Empty for none, or e.g. &quot;Bearer &quot;</source>
        <translation>Vazio para nenhum, ou p. ex. &quot;Bearer &quot;</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Prefixo:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the CA bundle</source>
        <translation>Escolher o pacote de CAs</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Escolher o certificado de cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Salvar o perfil</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S); changed secrets go to the keychain</source>
        <translation>Salvar o perfil (Ctrl+S); os segredos alterados vão para o chaveiro</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>Reverter as alterações</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (opcional):</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then save.</source>
        <translation>Corrija os campos marcados em vermelho e depois salve.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Saved; writing secrets to the keychain…</source>
        <translation>Salvo; gravando os segredos no chaveiro…</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Saved, secrets in the keychain.</source>
        <translation>Salvo, segredos no chaveiro.</translation>
    </message>
    <message>
        <source>Saved; secrets kept in memory for this session only.</source>
        <translation>Salvo; segredos mantidos na memória somente nesta sessão.</translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation>Alterações revertidas.</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limites de taxa</translation>
    </message>
    <message>
        <source>API groups:</source>
        <translation>Grupos de API:</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <source>Cannot create the profile directory %1. Check that its parent folder is writable.</source>
        <translation>Não é possível criar o diretório de perfis %1. Verifique se a pasta pai permite gravação.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full (%2). Free some space and try again.</source>
        <translation>Não é possível gravar %1: o disco está cheio (%2). Libere espaço e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check that the folder exists and is writable.</source>
        <translation>Não é possível gravar %1 (%2). Verifique se a pasta existe e permite gravação.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>o arquivo tem mais de %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON inválido: %1 no byte %2</translation>
    </message>
    <message>
        <source>the JSON document is not an object</source>
        <translation>o documento JSON não é um objeto</translation>
    </message>
    <message>
        <source>Cannot read the profile directory %1. Check its permissions.</source>
        <translation>Não é possível ler o diretório de perfis %1. Verifique as permissões dele.</translation>
    </message>
    <message>
        <source>the file name is not a profile id</source>
        <translation>o nome do arquivo não é um ID de perfil</translation>
    </message>
    <message>
        <source>The profile file %1 could not be read (%2); it was moved aside to %3. Fix or delete that file, or import it again.</source>
        <translation>O arquivo de perfil %1 não pôde ser lido (%2); ele foi movido para %3. Corrija ou exclua esse arquivo, ou importe-o novamente.</translation>
    </message>
    <message>
        <source>The profile file %1 could not be read (%2) and could not be moved aside; it was left as it is. Move it away by hand.</source>
        <translation>O arquivo de perfil %1 não pôde ser lido (%2) nem movido para o lado; ele foi deixado como está. Mova-o para outro lugar manualmente.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was converted from an older format but could not be saved in the new one: %2</source>
        <translation>O perfil &quot;%1&quot; foi convertido de um formato mais antigo, mas não pôde ser salvo no novo: %2</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; cannot be used; leave it empty to get a new one.</source>
        <translation>O ID de perfil &quot;%1&quot; não pode ser usado; deixe-o vazio para obter um novo.</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists; leave the id empty to get a new one.</source>
        <translation>Já existe um perfil com o ID %1; deixe o ID vazio para obter um novo.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be saved: %2</source>
        <translation>O perfil &quot;%1&quot; não pode ser salvo: %2</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;. Escolha outro nome.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved. %2</source>
        <translation>O perfil &quot;%1&quot; não foi salvo. %2</translation>
    </message>
    <message>
        <source>There is no profile with the id %1; it may have been removed. Add it again.</source>
        <translation>Não há perfil com o ID %1; ele pode ter sido removido. Adicione-o novamente.</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; were not saved. %2</source>
        <translation>As alterações em &quot;%1&quot; não foram salvas. %2</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Não há perfil com o ID %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be removed: cannot delete %2 (%3). Check that the folder is writable.</source>
        <translation>O perfil &quot;%1&quot; não pôde ser removido: não é possível excluir %2 (%3). Verifique se a pasta permite gravação.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1; nothing was exported.</source>
        <translation>Não há perfil com o ID %1; nada foi exportado.</translation>
    </message>
    <message>
        <source>The profiles were not exported. %1</source>
        <translation>Os perfis não foram exportados. %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>%n perfil exportado para %1 (sem segredos).</numerusform>
            <numerusform>%n perfis exportados para %1 (sem segredos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); nothing was imported.</source>
        <translation>Não é possível ler %1 (%2); nada foi importado.</translation>
    </message>
    <message>
        <source>%1 is not a profile export (%2); nothing was imported.</source>
        <translation>%1 não é uma exportação de perfis (%2); nada foi importado.</translation>
    </message>
    <message>
        <source>%1 was exported by another version of Tokenscope (format %2); nothing was imported. Update Tokenscope.</source>
        <translation>%1 foi exportado por outra versão do Tokenscope (formato %2); nada foi importado. Atualize o Tokenscope.</translation>
    </message>
    <message>
        <source>%1 has no &quot;profiles&quot; array; nothing was imported.</source>
        <translation>%1 não tem o array &quot;profiles&quot;; nada foi importado.</translation>
    </message>
    <message>
        <source>%1 is not a Tokenscope profile export; nothing was imported.</source>
        <translation>%1 não é uma exportação de perfis do Tokenscope; nada foi importado.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>In %1, %2 is not a JSON object; nothing was imported.</source>
        <translation>Em %1, %2 não é um objeto JSON; nada foi importado.</translation>
    </message>
    <message>
        <source>In %1, %2 cannot be read: %3 Nothing was imported.</source>
        <translation>Em %1, %2 não pode ser lido: %3 Nada foi importado.</translation>
    </message>
    <message>
        <source>In %1, %2 (&quot;%3&quot;) is not usable: %4 Nothing was imported.</source>
        <translation>Em %1, %2 (&quot;%3&quot;) não é utilizável: %4 Nada foi importado.</translation>
    </message>
    <message>
        <source>The import was undone: %1</source>
        <translation>A importação foi desfeita: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n perfil importado.</numerusform>
            <numerusform>%n perfis importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile is not in the version 1 format (its &quot;version&quot; is not 1).</source>
        <translation>O perfil não está no formato da versão 1 (a &quot;version&quot; dele não é 1).</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the version 1 profile must be a string.</source>
        <translation>O membro &quot;%1&quot; do perfil da versão 1 deve ser uma string.</translation>
    </message>
    <message>
        <source>The version 1 profile has the unknown &quot;auth_method&quot; &quot;%1&quot;.</source>
        <translation>O perfil da versão 1 tem o &quot;auth_method&quot; desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The version 1 profile&apos;s &quot;redirect_uri&quot; %1 is not an http loopback URI.</source>
        <translation>O &quot;redirect_uri&quot; %1 do perfil da versão 1 não é uma URI http de loopback.</translation>
    </message>
    <message>
        <source>The member &quot;insecure_tls&quot; of the version 1 profile must be true or false.</source>
        <translation>O membro &quot;insecure_tls&quot; do perfil da versão 1 deve ser true ou false.</translation>
    </message>
</context>
<context>
    <name>Profiles::SecretStore</name>
    <message>
        <source>client secret</source>
        <translation>client secret</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>chave privada</translation>
    </message>
    <message>
        <source>TLS client key</source>
        <translation>chave de cliente TLS</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>token de API</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>refresh token</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>segredo</translation>
    </message>
    <message>
        <source>or, in the window, choose “Keep in memory for this session only”.</source>
        <translation>ou, na janela, escolha “Manter os segredos na memória somente nesta sessão”.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret (%1). Try again, or delete the entry with your keychain&apos;s own tool.</source>
        <translation>O chaveiro não conseguiu excluir o segredo (%1). Tente novamente ou exclua a entrada com a ferramenta do próprio chaveiro.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and allow Tokenscope to use it, %2</source>
        <translation>O chaveiro do sistema recusou o acesso (%1). Desbloqueie-o e permita que o Tokenscope o use, %2</translation>
    </message>
    <message>
        <source>The system keychain is not usable (%1). Check that you are logged in and the keychain is unlocked, %2</source>
        <translation>O chaveiro do sistema não pode ser usado (%1). Verifique se você está conectado e se o chaveiro está desbloqueado, %2</translation>
    </message>
    <message>
        <source>No usable system keychain (%1). Start or unlock a Secret Service such as GNOME Keyring or KWallet and try again, %2</source>
        <translation>Nenhum chaveiro do sistema utilizável (%1). Inicie ou desbloqueie um Secret Service, como o GNOME Keyring ou o KWallet, e tente novamente, %2</translation>
    </message>
    <message>
        <source>The stored %1 is damaged: its parts in the keychain do not fit together. Enter it again to replace it.</source>
        <translation>O segredo armazenado (%1) está danificado: suas partes no chaveiro não se encaixam. Informe-o novamente para substituí-lo.</translation>
    </message>
    <message>
        <source>Part %1 of %2 of the stored %3 is missing from the keychain. Enter it again to replace it.</source>
        <translation>A parte %1 de %2 do segredo armazenado (%3) está ausente do chaveiro. Informe-o novamente para substituí-lo.</translation>
    </message>
    <message>
        <source>it returned different data than was stored</source>
        <translation>ele retornou dados diferentes dos que foram armazenados</translation>
    </message>
    <message>
        <source>The keychain entry for the %1 is not in Tokenscope&apos;s format. Enter the %1 again to replace it.</source>
        <translation>A entrada do chaveiro para o segredo (%1) não está no formato do Tokenscope. Informe o segredo (%1) novamente para substituí-lo.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Keychain problem</source>
        <translation>Problema no chaveiro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>Verificar o chaveiro novamente</translation>
    </message>
    <message>
        <source>Keep secrets in memory for this session only</source>
        <translation>Manter os segredos na memória somente nesta sessão</translation>
    </message>
    <message>
        <source>Secrets for this session only</source>
        <translation>Segredos somente nesta sessão</translation>
    </message>
    <message>
        <source>Profile storage problem</source>
        <translation>Problema no armazenamento de perfis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss the profile storage message</source>
        <translation>Dispensar a mensagem de armazenamento de perfis</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Duplicar o perfil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir o perfil</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfis</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exportar perfis</translation>
    </message>
    <message>
        <source>Ask the keychain again, for example after starting or unlocking it</source>
        <translation>Consultar o chaveiro novamente, por exemplo depois de iniciá-lo ou desbloqueá-lo</translation>
    </message>
    <message>
        <source>Secrets you enter stay in this process and are gone when Tokenscope quits; nothing is written to disk</source>
        <translation>Os segredos que você informar ficam neste processo e se perdem quando o Tokenscope é encerrado; nada é gravado em disco</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: they are gone when Tokenscope quits. Start or unlock a keychain to keep them.</source>
        <translation>Os segredos são mantidos na memória somente nesta sessão: eles se perdem quando o Tokenscope é encerrado. Inicie ou desbloqueie um chaveiro para mantê-los.</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>Filtrar perfis</translation>
    </message>
    <message>
        <source>Filter by name, provider, issuer or client id</source>
        <translation>Filtrar por nome, provedor, emissor ou client id</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfis de conexão</translation>
    </message>
    <message>
        <source>New profile (Ctrl+N)</source>
        <translation>Novo perfil (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add profiles from a Tokenscope export file</source>
        <translation>Adicionar perfis de um arquivo de exportação do Tokenscope</translation>
    </message>
    <message>
        <source>Write every profile to a file, without secrets</source>
        <translation>Gravar todos os perfis em um arquivo, sem segredos</translation>
    </message>
    <message>
        <source>Select a profile to edit it, or create one with New: a profile describes one tenant and client once, with its secrets in the system keychain.</source>
        <translation>Selecione um perfil para editá-lo ou crie um com Novo: um perfil descreve um tenant e um cliente uma única vez, com os segredos no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Verificando o chaveiro…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The profile you are editing has unsaved changes. Save them?</source>
        <translation>O perfil que você está editando tem alterações não salvas. Salvá-las?</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>O perfil &quot;%1&quot; tem alterações não salvas. Salvá-las?</translation>
    </message>
    <message>
        <source>Choose a provider and fill in its fields; Save when no field is marked.</source>
        <translation>Escolha um provedor e preencha os campos dele; salve quando nenhum campo estiver marcado.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (cópia %2)</translation>
    </message>
    <message>
        <source>Secrets are not copied: enter them in the copy before you use it.</source>
        <translation>Os segredos não são copiados: informe-os na cópia antes de usá-la.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain? This cannot be undone.</source>
        <translation>Excluir o perfil &quot;%1&quot; e os segredos dele no chaveiro? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its secrets.</source>
        <translation>&quot;%1&quot; e seus segredos foram excluídos.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;, but its secrets could not be removed from the keychain: %2</source>
        <translation>&quot;%1&quot; foi excluído, mas seus segredos não puderam ser removidos do chaveiro: %2</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; foi excluído.</translation>
    </message>
    <message>
        <source>Tokenscope profiles (*.json);;All files (*)</source>
        <translation>Perfis do Tokenscope (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1. Exports hold no secrets: enter them before you use the profiles.</source>
        <translation>
            <numerusform>%n perfil importado: %1. Exportações não contêm segredos: informe-os antes de usar os perfis.</numerusform>
            <numerusform>%n perfis importados: %1. Exportações não contêm segredos: informe-os antes de usar os perfis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokenscope profiles (*.json)</source>
        <translation>Perfis do Tokenscope (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without secrets.</source>
        <translation>
            <numerusform>%n perfil exportado para %1, sem segredos.</numerusform>
            <numerusform>%n perfis exportados para %1, sem segredos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain for secrets: %1</source>
        <translation>Nenhum chaveiro para os segredos: %1</translation>
    </message>
</context>
<context>
    <name>PushedAuthorizationResponse</name>
    <message>
        <source>No answer from the %1 %2: %3</source>
        <translation>Sem resposta do %1 %2: %3</translation>
    </message>
    <message>
        <source>the request failed.</source>
        <translation>a requisição falhou.</translation>
    </message>
    <message>
        <source>The %1 refused the request (HTTP %2): %3</source>
        <translation>O %1 recusou a requisição (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Check the client id, its authentication method and secret or key.</source>
        <translation>Verifique o client id, o método de autenticação dele e o segredo ou a chave.</translation>
    </message>
    <message>
        <source>Check the client&apos;s settings at the server (redirect URI, scopes, response type), or turn PAR off in the profile.</source>
        <translation>Verifique as configurações do cliente no servidor (URI de redirecionamento, escopos, response type) ou desligue o PAR no perfil.</translation>
    </message>
    <message>
        <source>The %1 %2 answered HTTP %3. Check the endpoint&apos;s URL, or turn PAR off in the profile.</source>
        <translation>O %1 %2 respondeu HTTP %3. Verifique a URL do endpoint ou desligue o PAR no perfil.</translation>
    </message>
    <message>
        <source>The answer of the %1 %2 has no &quot;request_uri&quot; (RFC 9126 §2.2). Check the endpoint&apos;s URL.</source>
        <translation>A resposta do %1 %2 não tem &quot;request_uri&quot; (RFC 9126 §2.2). Verifique a URL do endpoint.</translation>
    </message>
</context>
<context>
    <name>RateGauge</name>
    <message>
        <source>No rate-limit headers in the last response.</source>
        <translation>Nenhum cabeçalho de limite de taxa na última resposta.</translation>
    </message>
    <message>
        <source>Last response&apos;s rate-limit headers:
%1</source>
        <translation>Cabeçalhos de limite de taxa da última resposta:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group (host)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>budget not reported</source>
        <translation>cota não informada</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>restam %1</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>restam %1 de %2</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation>reinicia em %1</translation>
    </message>
    <message>
        <source>reset due</source>
        <translation>reinício pendente</translation>
    </message>
    <message>
        <source>429: retry in %1</source>
        <translation>429: tente novamente em %1</translation>
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
        <translation>O cliente HTTP foi fechado antes que a requisição pudesse ser enviada. Envie-a novamente.</translation>
    </message>
    <message>
        <source>The request was canceled. Send it again when ready.</source>
        <translation>A requisição foi cancelada. Envie-a novamente quando estiver pronto.</translation>
    </message>
</context>
<context>
    <name>RateLimitsPage</name>
    <message>
        <source>C&amp;lear</source>
        <translation>L&amp;impar</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limites de taxa</translation>
    </message>
    <message>
        <source>Clear rate limits</source>
        <translation>Limpar os limites de taxa</translation>
    </message>
    <message>
        <source>Forget every group&apos;s readings; the next responses fill the gauges again.</source>
        <translation>Descarta as leituras de todos os grupos; as próximas respostas voltam a preencher os medidores.</translation>
    </message>
    <message>
        <source>No response has carried rate-limit headers yet. Call an API (get a token, discover a connection, use the local sandbox) and a gauge appears here for each host and API group.</source>
        <translation>Nenhuma resposta trouxe cabeçalhos de limite de taxa até agora. Chame uma API (obtenha um token, descubra uma conexão, use o sandbox local) e um medidor aparecerá aqui para cada host e grupo de API.</translation>
    </message>
    <message>
        <source>Rate-limit gauges</source>
        <translation>Medidores de limite de taxa</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message numerus="yes">
        <source>‹binary data, %n byte(s)›</source>
        <translation>
            <numerusform>‹dados binários, %n byte›</numerusform>
            <numerusform>‹dados binários, %n bytes›</numerusform>
        </translation>
    </message>
    <message>
        <source>‹redacted, length %1›</source>
        <translation>‹ocultado, comprimento %1›</translation>
    </message>
    <message>
        <source>&lt;your key file&gt;</source>
        <translation>&lt;seu arquivo de chave&gt;</translation>
    </message>
    <message>
        <source>Secrets were left out of this command (shown as ‹redacted›): it fails until you put them back.</source>
        <translation>Os segredos foram omitidos deste comando (mostrados como ‹ocultado›): ele falha até que você os coloque de volta.</translation>
    </message>
    <message>
        <source>Replace &lt;your key file&gt; with the path of the TLS client certificate&apos;s private key.</source>
        <translation>Substitua &lt;seu arquivo de chave&gt; pelo caminho da chave privada do certificado de cliente TLS.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Método HTTP</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>URL da requisição</translation>
    </message>
    <message>
        <source>{base}/api/admin/{tid}/servers</source>
        <translation>{base}/api/admin/{tid}/servers</translation>
    </message>
    <message>
        <source>URL variables of the connection</source>
        <translation>Variáveis de URL da conexão</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Enviar a requisição</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Enviar a requisição (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar a requisição</translation>
    </message>
    <message>
        <source>Retries after 429 Too Many Requests</source>
        <translation>Novas tentativas após 429 Too Many Requests</translation>
    </message>
    <message>
        <source>How many times a request the server rejected with 429 is sent again after the wait it asks for</source>
        <translation>Quantas vezes uma requisição que o servidor rejeitou com 429 é enviada novamente após a espera que ele pede</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>Re&amp;tries on 429:</source>
        <translation>No&amp;vas tentativas após 429:</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Parâmetros de query</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Cabeçalhos da requisição</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corpo da requisição</translation>
    </message>
    <message>
        <source>JSON, or any text with a Content-Type header</source>
        <translation>JSON, ou qualquer texto com um cabeçalho Content-Type</translation>
    </message>
    <message>
        <source>Body problem</source>
        <translation>Problema no corpo</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Forma&amp;tar</translation>
    </message>
    <message>
        <source>Format the JSON body</source>
        <translation>Formatar o corpo JSON</translation>
    </message>
    <message>
        <source>Authorization kind</source>
        <translation>Tipo de autorização</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Bearer token from the Tokens page</source>
        <translation>Bearer token da página Tokens</translation>
    </message>
    <message>
        <source>API token from the keychain</source>
        <translation>Token de API do chaveiro</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (usuário e senha)</translation>
    </message>
    <message>
        <source>No Authorization header is added.</source>
        <translation>Nenhum cabeçalho Authorization é adicionado.</translation>
    </message>
    <message>
        <source>Token to send</source>
        <translation>Token a enviar</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID token</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>Status do token</translation>
    </message>
    <message>
        <source>Toke&amp;n:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>API token header</source>
        <translation>Cabeçalho do token de API</translation>
    </message>
    <message>
        <source>Basic user name</source>
        <translation>Nome de usuário Basic</translation>
    </message>
    <message>
        <source>Basic password</source>
        <translation>Senha Basic</translation>
    </message>
    <message>
        <source>Used for this session only: never stored, not in the history</source>
        <translation>Usada somente nesta sessão: nunca armazenada, fora do histórico</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Usuár&amp;io:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Request parts</source>
        <translation>Partes da requisição</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <source>Heade&amp;rs</source>
        <translation>Cabeça&amp;lhos</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corpo</translation>
    </message>
    <message>
        <source>&amp;Authorization</source>
        <translation>Autori&amp;zação</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Status da requisição</translation>
    </message>
    <message>
        <source>Request history of the connection</source>
        <translation>Histórico de requisições da conexão</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Double-click or press Enter to load a request into the editor</source>
        <translation>Clique duas vezes ou pressione Enter para carregar uma requisição no editor</translation>
    </message>
    <message>
        <source>Run a&amp;gain</source>
        <translation>Enviar &amp;de novo</translation>
    </message>
    <message>
        <source>Send the selected history entry again</source>
        <translation>Enviar novamente a entrada selecionada do histórico</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>Lim&amp;par histórico</translation>
    </message>
    <message>
        <source>Clear the history of this connection</source>
        <translation>Limpar o histórico desta conexão</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>&amp;Histórico:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>Co&amp;nexão:</translation>
    </message>
    <message>
        <source>Add a connection on the Connections page to send requests.</source>
        <translation>Adicione uma conexão na página Conexões para enviar requisições.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variáveis: %1</translation>
    </message>
    <message>
        <source>This connection has no ID token: get a token on the Tokens page first (with the openid scope).</source>
        <translation>Esta conexão não tem ID token: obtenha primeiro um token na página Tokens (com o escopo openid).</translation>
    </message>
    <message>
        <source>This connection has no access token: get a token on the Tokens page first.</source>
        <translation>Esta conexão não tem access token: obtenha primeiro um token na página Tokens.</translation>
    </message>
    <message>
        <source>Sends the token the Tokens page got at %1 (%2).</source>
        <translation>Envia o token que a página Tokens obteve às %1 (%2).</translation>
    </message>
    <message>
        <source>Sends the connection&apos;s API token from the keychain in the %1 header.</source>
        <translation>Envia o token de API da conexão, lido do chaveiro, no cabeçalho %1.</translation>
    </message>
    <message>
        <source>Sends the connection&apos;s API token from the keychain in the %1 header, after &quot;%2&quot;.</source>
        <translation>Envia o token de API da conexão, lido do chaveiro, no cabeçalho %1, após &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1). Fix it, or set a Content-Type header for another format.</source>
        <translation>O corpo não é um JSON válido (%1). Corrija-o ou defina um cabeçalho Content-Type para outro formato.</translation>
    </message>
    <message>
        <source>Choose a connection first: add one on the Connections page.</source>
        <translation>Escolha primeiro uma conexão: adicione uma na página Conexões.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method: use letters such as GET or POST.</source>
        <translation>&quot;%1&quot; não é um método HTTP: use letras, como GET ou POST.</translation>
    </message>
    <message>
        <source>Get a token on the Tokens page first: this connection has no ID token yet.</source>
        <translation>Obtenha primeiro um token na página Tokens: esta conexão ainda não tem ID token.</translation>
    </message>
    <message>
        <source>Get a token on the Tokens page first: this connection has no access token yet.</source>
        <translation>Obtenha primeiro um token na página Tokens: esta conexão ainda não tem access token.</translation>
    </message>
    <message>
        <source>No keychain is available for the API token: choose another authorization.</source>
        <translation>Nenhum chaveiro está disponível para o token de API: escolha outra autorização.</translation>
    </message>
    <message>
        <source>Reading the API token from the keychain…</source>
        <translation>Lendo o token de API do chaveiro…</translation>
    </message>
    <message>
        <source>No API token is stored for %1: add it in the connection&apos;s settings on the Connections page.</source>
        <translation>Nenhum token de API está armazenado para %1: adicione-o nas configurações da conexão, na página Conexões.</translation>
    </message>
    <message>
        <source>Reading the TLS client key from the keychain…</source>
        <translation>Lendo a chave de cliente TLS do chaveiro…</translation>
    </message>
    <message>
        <source>No TLS client key is stored for %1: add it in the connection&apos;s settings on the Connections page.</source>
        <translation>Nenhuma chave de cliente TLS está armazenada para %1: adicione-a nas configurações da conexão, na página Conexões.</translation>
    </message>
    <message>
        <source>Rate limited: retrying in %1 s (retry %2 of %3)</source>
        <translation>Limite de taxa atingido: nova tentativa em %1 s (tentativa %2 de %3)</translation>
    </message>
    <message>
        <source>Sending again (retry %1 of %2)…</source>
        <translation>Enviando novamente (tentativa %1 de %2)…</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Enviando %1 %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 in %2 ms.</source>
        <translation>%1 em %2 ms.</translation>
    </message>
    <message>
        <source>The history could not be saved (%1); it is kept until Tokenscope quits.</source>
        <translation>O histórico não pôde ser salvo (%1); ele é mantido até o Tokenscope ser fechado.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <source>Loaded the request from the history. Secrets are not kept there: header values shown as [redacted] need their value again.</source>
        <translation>Requisição carregada do histórico. Os segredos não são guardados lá: valores de cabeçalho mostrados como [redacted] precisam ser informados de novo.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Limpar histórico</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n request(s) from the history of %1? This cannot be undone.</source>
        <translation>
            <numerusform>Remover %n requisição do histórico de %1? Isso não pode ser desfeito.</numerusform>
            <numerusform>Remover todas as %n requisições do histórico de %1? Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file could not be removed (%1).</source>
        <translation>O arquivo de histórico não pôde ser removido (%1).</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Response body, formatted</source>
        <translation>Corpo da resposta, formatado</translation>
    </message>
    <message>
        <source>Response body, as received</source>
        <translation>Corpo da resposta, como recebido</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Copiar corpo</translation>
    </message>
    <message>
        <source>Copy the response body</source>
        <translation>Copiar o corpo da resposta</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command, secrets left out</source>
        <translation>Copiar a requisição como comando curl, sem os segredos</translation>
    </message>
    <message>
        <source>Copy as curl with secrets…</source>
        <translation>Copiar como curl com segredos…</translation>
    </message>
    <message>
        <source>Copy the request as a curl command with its secrets</source>
        <translation>Copiar a requisição como comando curl, com os segredos dela</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Status da resposta</translation>
    </message>
    <message>
        <source>Response time and size</source>
        <translation>Tempo e tamanho da resposta</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeçalhos da resposta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Response body and headers</source>
        <translation>Corpo e cabeçalhos da resposta</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Formatado</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>&amp;Bruto</translation>
    </message>
    <message>
        <source>Hea&amp;ders</source>
        <translation>Cabeçalh&amp;os</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sem resposta</translation>
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
        <translation>Nenhuma resposta ainda: escreva uma requisição e pressione Enviar (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Copied the response body.</source>
        <translation>Corpo da resposta copiado.</translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets left out: put them back before running it.</source>
        <translation>O comando curl foi copiado sem os segredos: coloque-os de volta antes de executá-lo.</translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation>Copiar com segredos</translation>
    </message>
    <message>
        <source>The curl command will contain this request&apos;s secrets (tokens, API token, password) in plain text, and anything that reads the clipboard can see them. Clear the clipboard once you have pasted it.</source>
        <translation>O comando curl conterá os segredos desta requisição (tokens, token de API, senha) em texto puro, e qualquer programa que leia a área de transferência poderá vê-los. Limpe a área de transferência depois de colar.</translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets.</source>
        <translation>O comando curl foi copiado com os segredos.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Switching Protocols</source>
        <translation>Mudando protocolos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Non-Authoritative Information</source>
        <translation>Informação não autoritativa</translation>
    </message>
    <message>
        <source>No Content</source>
        <translation>Sem conteúdo</translation>
    </message>
    <message>
        <source>Reset Content</source>
        <translation>Redefinir conteúdo</translation>
    </message>
    <message>
        <source>Partial Content</source>
        <translation>Conteúdo parcial</translation>
    </message>
    <message>
        <source>Multiple Choices</source>
        <translation>Múltiplas escolhas</translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation>Movido permanentemente</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>See Other</source>
        <translation>Ver outro</translation>
    </message>
    <message>
        <source>Not Modified</source>
        <translation>Não modificado</translation>
    </message>
    <message>
        <source>Temporary Redirect</source>
        <translation>Redirecionamento temporário</translation>
    </message>
    <message>
        <source>Permanent Redirect</source>
        <translation>Redirecionamento permanente</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Requisição inválida</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Não autorizado</translation>
    </message>
    <message>
        <source>Payment Required</source>
        <translation>Pagamento necessário</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Proibido</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Método não permitido</translation>
    </message>
    <message>
        <source>Not Acceptable</source>
        <translation>Não aceitável</translation>
    </message>
    <message>
        <source>Proxy Authentication Required</source>
        <translation>Autenticação de proxy necessária</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Tempo de requisição esgotado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Não existe mais</translation>
    </message>
    <message>
        <source>Length Required</source>
        <translation>Comprimento necessário</translation>
    </message>
    <message>
        <source>Precondition Failed</source>
        <translation>Pré-condição falhou</translation>
    </message>
    <message>
        <source>Content Too Large</source>
        <translation>Conteúdo grande demais</translation>
    </message>
    <message>
        <source>URI Too Long</source>
        <translation>URI longa demais</translation>
    </message>
    <message>
        <source>Unsupported Media Type</source>
        <translation>Tipo de mídia não suportado</translation>
    </message>
    <message>
        <source>Range Not Satisfiable</source>
        <translation>Intervalo não satisfatório</translation>
    </message>
    <message>
        <source>Expectation Failed</source>
        <translation>Expectativa falhou</translation>
    </message>
    <message>
        <source>Misdirected Request</source>
        <translation>Requisição mal direcionada</translation>
    </message>
    <message>
        <source>Unprocessable Content</source>
        <translation>Conteúdo não processável</translation>
    </message>
    <message>
        <source>Too Early</source>
        <translation>Cedo demais</translation>
    </message>
    <message>
        <source>Upgrade Required</source>
        <translation>Atualização necessária</translation>
    </message>
    <message>
        <source>Precondition Required</source>
        <translation>Pré-condição necessária</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Requisições demais</translation>
    </message>
    <message>
        <source>Request Header Fields Too Large</source>
        <translation>Campos de cabeçalho da requisição grandes demais</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Erro interno do servidor</translation>
    </message>
    <message>
        <source>Not Implemented</source>
        <translation>Não implementado</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Gateway inválido</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Serviço indisponível</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Tempo de gateway esgotado</translation>
    </message>
    <message>
        <source>HTTP Version Not Supported</source>
        <translation>Versão HTTP não suportada</translation>
    </message>
</context>
<context>
    <name>Sandbox::GrantStore</name>
    <message>
        <source>The sandbox&apos;s grants file %1 cannot be read (%2) nor moved aside; grants are kept in memory only. Move the file away and restart the sandbox.</source>
        <translation>O arquivo de grants do sandbox %1 não pode ser lido (%2) nem movido para o lado; os grants são mantidos apenas na memória. Mova o arquivo para outro lugar e reinicie o sandbox.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s grants file could not be read (%1); it was moved aside to %2. Earlier refresh tokens and codes are no longer valid.</source>
        <translation>Não foi possível ler o arquivo de grants do sandbox (%1); ele foi movido para %2. Refresh tokens e códigos anteriores deixam de ser válidos.</translation>
    </message>
</context>
<context>
    <name>Sandbox::HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Não é possível escutar em %1, porta %2: %3</translation>
    </message>
</context>
<context>
    <name>Sandbox::LocalSandbox</name>
    <message>
        <source>Admin API</source>
        <translation>API de administração</translation>
    </message>
    <message>
        <source>Developer API</source>
        <translation>API de desenvolvedor</translation>
    </message>
    <message>
        <source>Public API</source>
        <translation>API pública</translation>
    </message>
    <message>
        <source>OAuth 2.0 and OpenID Connect</source>
        <translation>OAuth 2.0 e OpenID Connect</translation>
    </message>
    <message>
        <source>Open Banking</source>
        <translation>Open Banking</translation>
    </message>
    <message>
        <source>Web pages (login)</source>
        <translation>Páginas web (login)</translation>
    </message>
    <message>
        <source>System API</source>
        <translation>API de sistema</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoria</translation>
    </message>
    <message>
        <source>Identity admin</source>
        <translation>Administração de identidades</translation>
    </message>
    <message>
        <source>Identity self-service</source>
        <translation>Autoatendimento de identidades</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>O sandbox local não iniciou: %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>Local sandbox (%1)</source>
        <translation>Sandbox local (%1)</translation>
    </message>
    <message>
        <source>The rate limits could not be saved to %1: %2. Check free space and permissions.</source>
        <translation>Os limites de taxa não puderam ser salvos em %1: %2. Verifique o espaço livre e as permissões.</translation>
    </message>
</context>
<context>
    <name>Sandbox::RateLimiter</name>
    <message>
        <source>Cannot read the rate-limits file %1: %2</source>
        <translation>Não é possível ler o arquivo de limites de taxa %1: %2</translation>
    </message>
    <message>
        <source>The rate-limits file %1 is larger than 1 MiB.</source>
        <translation>O arquivo de limites de taxa %1 tem mais de 1 MiB.</translation>
    </message>
    <message>
        <source>Rate-limits file %1: %2</source>
        <translation>Arquivo de limites de taxa %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON inválido no deslocamento %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object of API groups, like {&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}</source>
        <translation>esperado um objeto JSON de grupos de API, como {&quot;admin&quot;: {&quot;per_minute&quot;: 300, &quot;burst&quot;: 50}}</translation>
    </message>
    <message>
        <source>unknown API group &quot;%1&quot;; known groups: %2</source>
        <translation>grupo de API desconhecido &quot;%1&quot;; grupos conhecidos: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;per_minute&quot; and &quot;burst&quot;</source>
        <translation>&quot;%1&quot; deve ser um objeto com &quot;per_minute&quot; e &quot;burst&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown member &quot;%2&quot;; expected &quot;per_minute&quot; and &quot;burst&quot;</source>
        <translation>&quot;%1&quot; tem um membro desconhecido &quot;%2&quot;; esperados &quot;per_minute&quot; e &quot;burst&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; must be a whole number from 1 to %3</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; deve ser um número inteiro de 1 a %3</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxServer</name>
    <message>
        <source>No address to listen on.</source>
        <translation>Nenhum endereço em que escutar.</translation>
    </message>
    <message>
        <source>The sandbox listens on loopback addresses only; %1 is not one. It has no TLS and mock users: use --allow-remote only if you really need it.</source>
        <translation>O sandbox escuta apenas em endereços de loopback; %1 não é um deles. Ele não tem TLS e usa usuários fictícios: use --allow-remote somente se você realmente precisar.</translation>
    </message>
</context>
<context>
    <name>Sandbox::TenantState</name>
    <message>
        <source>Cannot create the sandbox data directory %1.</source>
        <translation>Não é possível criar o diretório de dados do sandbox %1.</translation>
    </message>
    <message>
        <source>The sandbox state file %1 cannot be read (%2) and cannot be moved aside; it was left untouched and nothing will be saved. Move it away and start again.</source>
        <translation>O arquivo de estado do sandbox %1 não pode ser lido (%2) nem movido para o lado; ele foi deixado intacto e nada será salvo. Mova-o para outro lugar e inicie novamente.</translation>
    </message>
    <message>
        <source>The sandbox state file could not be read (%1); it was moved aside to %2 and a fresh state was created.</source>
        <translation>Não foi possível ler o arquivo de estado do sandbox (%1); ele foi movido para %2 e um novo estado foi criado.</translation>
    </message>
    <message>
        <source>Cannot write the sandbox state file %1.</source>
        <translation>Não é possível gravar o arquivo de estado do sandbox %1.</translation>
    </message>
    <message>
        <source>Another sandbox (process %1) is using the data directory %2; this one keeps its state in memory only.</source>
        <translation>Outro sandbox (processo %1) está usando o diretório de dados %2; este mantém seu estado apenas na memória.</translation>
    </message>
</context>
<context>
    <name>SandboxDialog</name>
    <message>
        <source>Local Sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>Running on %1 (tenant &quot;%2&quot;)</source>
        <translation>Em execução em %1 (tenant &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Não está em execução</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Não está em execução: %1</translation>
    </message>
    <message>
        <source>Sandbox state</source>
        <translation>Estado do sandbox</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the Connections page uses the sandbox&apos;s admin workspace.</source>
        <translation>&quot;%1&quot;, na página Conexões, usa o workspace de administração do sandbox.</translation>
    </message>
    <message>
        <source>Sandbox connection</source>
        <translation>Conexão do sandbox</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexão:</translation>
    </message>
    <message>
        <source>Each API group has a token bucket: it holds at most &quot;burst&quot; requests and refills at &quot;per minute&quot;. Lower them to see X-RateLimit-* headers, 429 answers and Retry-After in action; changes apply at once and are kept.</source>
        <translation>Cada grupo de API tem um token bucket: ele comporta no máximo &quot;Rajada&quot; requisições e é reabastecido a &quot;Por minuto&quot;. Reduza os valores para ver os cabeçalhos X-RateLimit-*, respostas 429 e Retry-After em ação; as alterações valem imediatamente e são mantidas.</translation>
    </message>
    <message>
        <source>Rate limits per API group</source>
        <translation>Limites de taxa por grupo de API</translation>
    </message>
    <message>
        <source>API group</source>
        <translation>Grupo de API</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Por minuto</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Rajada</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply rate limits</source>
        <translation>Aplicar os limites de taxa</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Padrões</translation>
    </message>
    <message>
        <source>Fill in the default rate limits</source>
        <translation>Preencher os limites de taxa padrão</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Key in the rate-limits file: %1</source>
        <translation>Chave no arquivo de limites de taxa: %1</translation>
    </message>
    <message>
        <source>%1: requests per minute</source>
        <translation>%1: requisições por minuto</translation>
    </message>
    <message>
        <source>%1: burst</source>
        <translation>%1: rajada</translation>
    </message>
    <message>
        <source>Applied and saved.</source>
        <translation>Aplicado e salvo.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show or hide the value; a stored value is read from the keychain</source>
        <translation>Mostrar ou ocultar o valor; um valor armazenado é lido do chaveiro</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Copiar o valor para a área de transferência</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Load %1 from a file</source>
        <translation>Carregar %1 de um arquivo</translation>
    </message>
    <message>
        <source>Read the value from a file (PEM)</source>
        <translation>Ler o valor de um arquivo (PEM)</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Carregar…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Kept in the keychain; Show reads it</source>
        <translation>Guardado no chaveiro; clique em Mostrar para lê-lo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>There is no value to copy.</source>
        <translation>Não há valor para copiar.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>Nothing is stored for this profile yet.</source>
        <translation>Nada está armazenado para este perfil ainda.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Carregar %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.key);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 KiB; choose the key file itself.</source>
        <translation>%1 tem mais de 64 KiB; escolha o próprio arquivo da chave.</translation>
    </message>
    <message>
        <source>Read from %1; saved to the keychain when you save the profile.</source>
        <translation>Lido de %1; salvo no chaveiro quando você salvar o perfil.</translation>
    </message>
</context>
<context>
    <name>Setup::Checks</name>
    <message>
        <source>Enter an id: letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Informe um id: letras, dígitos, &quot;-&quot; e &quot;_&quot;.</translation>
    </message>
    <message>
        <source>Shorten the id to at most 64 characters (it has %1).</source>
        <translation>Encurte o id para no máximo 64 caracteres (ele tem %1).</translation>
    </message>
    <message>
        <source>Use only letters, digits, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit.</source>
        <translation>Use apenas letras, dígitos, &quot;-&quot; e &quot;_&quot;, começando com uma letra ou um dígito.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken: choose another.</source>
        <translation>O id &quot;%1&quot; já está em uso: escolha outro.</translation>
    </message>
    <message>
        <source>Enter a duration such as &quot;1h&quot;, &quot;30m&quot; or &quot;1h30m&quot;.</source>
        <translation>Informe uma duração como &quot;1h&quot;, &quot;30m&quot; ou &quot;1h30m&quot;.</translation>
    </message>
    <message>
        <source>Enter a duration greater than zero, such as &quot;30m&quot;.</source>
        <translation>Informe uma duração maior que zero, como &quot;30m&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: use a number with a unit (h, m, s, ms), e.g. &quot;1h30m&quot;.</source>
        <translation>&quot;%1&quot; não é uma duração: use um número com unidade (h, m, s, ms), p. ex. &quot;1h30m&quot;.</translation>
    </message>
    <message>
        <source>Enter a shorter duration (at most about 290 years).</source>
        <translation>Informe uma duração menor (no máximo cerca de 290 anos).</translation>
    </message>
    <message>
        <source>Enter the colour as #RRGGBB, e.g. #1f6feb.</source>
        <translation>Informe a cor como #RRGGBB, p. ex. #1f6feb.</translation>
    </message>
</context>
<context>
    <name>Setup::ClientPage</name>
    <message>
        <source>Application</source>
        <translation>Aplicação</translation>
    </message>
    <message>
        <source>The application client to sign in with. Its id and secret become a connection profile.</source>
        <translation>O cliente da aplicação com o qual fazer login. O id e o segredo dele se tornam um perfil de conexão.</translation>
    </message>
    <message>
        <source>My application</source>
        <translation>Minha aplicação</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nome da aplicação</translation>
    </message>
    <message>
        <source>&amp;Grant types:</source>
        <translation>&amp;Grant types:</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant types</translation>
    </message>
    <message>
        <source>One URI a line. The console&apos;s loopback URI comes first: the sign-in returns there.</source>
        <translation>Uma URI por linha. A URI de loopback do console vem primeiro: o login retorna para ela.</translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation>&amp;URIs de redirecionamento:</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URIs de redirecionamento</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticação:</translation>
    </message>
    <message>
        <source>Token endpoint authentication method</source>
        <translation>Método de autenticação no endpoint de token</translation>
    </message>
    <message>
        <source>Space-separated scopes the application may ask for.</source>
        <translation>Escopos, separados por espaço, que a aplicação pode solicitar.</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>E&amp;scopos:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>Cr&amp;eate Application</source>
        <translation>C&amp;riar aplicação</translation>
    </message>
    <message>
        <source>Create application</source>
        <translation>Criar aplicação</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; is created; its connection is &quot;%2&quot;. Continue with Next.</source>
        <translation>A aplicação &quot;%1&quot; foi criada; a conexão dela é &quot;%2&quot;. Continue com Próximo.</translation>
    </message>
    <message>
        <source>Enter a name for the application.</source>
        <translation>Informe um nome para a aplicação.</translation>
    </message>
    <message>
        <source>Enable at least one grant type.</source>
        <translation>Habilite pelo menos um grant type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI.</source>
        <translation>&quot;%1&quot; não é uma URI absoluta.</translation>
    </message>
    <message>
        <source>Enter a redirect URI: the authorization-code grant returns there.</source>
        <translation>Informe uma URI de redirecionamento: o grant authorization code retorna para ela.</translation>
    </message>
    <message>
        <source>Creating application…</source>
        <translation>Criando a aplicação…</translation>
    </message>
    <message>
        <source>The application was not created.</source>
        <translation>A aplicação não foi criada.</translation>
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
        <translation>A aplicação &quot;%1&quot; foi criada, mas a conexão dela não pôde ser salva: %2</translation>
    </message>
    <message>
        <source>The application&apos;s secret could not be stored in the keychain: %1 Rotate the secret in the admin browser, then enter it in the connection.</source>
        <translation>O segredo da aplicação não pôde ser armazenado no chaveiro: %1 Gere um novo segredo no navegador de administração e informe-o na conexão.</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Grant type</translation>
    </message>
</context>
<context>
    <name>Setup::ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Choose the tenant to set up. The local sandbox needs nothing typed.</source>
        <translation>Escolha o tenant a configurar. O sandbox local não precisa de nada digitado.</translation>
    </message>
    <message>
        <source>&amp;Local sandbox</source>
        <translation>Sandbox &amp;local</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>&amp;Cloudentity tenant</source>
        <translation>Te&amp;nant Cloudentity</translation>
    </message>
    <message>
        <source>Cloudentity tenant</source>
        <translation>Tenant Cloudentity</translation>
    </message>
    <message>
        <source>Tenant &amp;URL:</source>
        <translation>&amp;URL do tenant:</translation>
    </message>
    <message>
        <source>Tenant URL</source>
        <translation>URL do tenant</translation>
    </message>
    <message>
        <source>The tenant&apos;s address; or leave it empty and give the tenant id and region.</source>
        <translation>O endereço do tenant; ou deixe vazio e informe o ID do tenant e a região.</translation>
    </message>
    <message>
        <source>Tenant &amp;id:</source>
        <translation>&amp;ID do tenant:</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>ID do tenant</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Admin client i&amp;d:</source>
        <translation>I&amp;D do cliente de administração:</translation>
    </message>
    <message>
        <source>Admin client id</source>
        <translation>ID do cliente de administração</translation>
    </message>
    <message>
        <source>A client of the tenant&apos;s admin workspace with access to the admin API.</source>
        <translation>Um cliente do workspace de administração do tenant com acesso à API de administração.</translation>
    </message>
    <message>
        <source>Admin client &amp;secret:</source>
        <translation>&amp;Segredo do cliente de administração:</translation>
    </message>
    <message>
        <source>Admin client secret</source>
        <translation>Segredo do cliente de administração</translation>
    </message>
    <message>
        <source>Stored in the system keychain only, never in a file.</source>
        <translation>Armazenado apenas no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>The tenant URL is not a URL: enter it as https://TENANT.REGION.authz.cloudentity.io.</source>
        <translation>A URL do tenant não é uma URL: informe-a como https://TENANT.REGION.authz.cloudentity.io.</translation>
    </message>
    <message>
        <source>Cannot read the tenant and region from %1: enter the tenant id and region instead.</source>
        <translation>Não é possível ler o tenant e a região de %1: informe o ID do tenant e a região.</translation>
    </message>
    <message>
        <source>Enter the tenant URL, or the tenant id and its region (e.g. &quot;us&quot;, &quot;eu&quot;).</source>
        <translation>Informe a URL do tenant, ou o ID do tenant e a região dele (p. ex. &quot;us&quot;, &quot;eu&quot;).</translation>
    </message>
    <message>
        <source>Enter the admin client&apos;s id and secret (a client of the tenant&apos;s admin workspace).</source>
        <translation>Informe o id e o segredo do cliente de administração (um cliente do workspace de administração do tenant).</translation>
    </message>
    <message>
        <source>Cloudentity admin (%1)</source>
        <translation>Cloudentity admin (%1)</translation>
    </message>
    <message>
        <source>Cloudentity admin (%1, %2)</source>
        <translation>Cloudentity admin (%1, %2)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The local sandbox is not running: see View &gt; Local Sandbox, then test again.</source>
        <translation>O sandbox local não está em execução: veja Exibir &gt; Sandbox local e teste novamente.</translation>
    </message>
    <message>
        <source>The admin client secret could not be stored in the keychain: %1</source>
        <translation>O segredo do cliente de administração não pôde ser armazenado no chaveiro: %1</translation>
    </message>
    <message>
        <source>The admin API answered %1: check the tenant and the admin client.</source>
        <translation>A API de administração respondeu %1: verifique o tenant e o cliente de administração.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n workspace(s).</source>
        <translation>
            <numerusform>Conectado a %1: %n workspace.</numerusform>
            <numerusform>Conectado a %1: %n workspaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bul&amp;k Apply a File…</source>
        <translation>Aplicar um arquivo em l&amp;ote…</translation>
    </message>
    <message>
        <source>Bulk apply a file of workspaces, IDPs and clients</source>
        <translation>Aplicar em lote um arquivo de workspaces, IDPs e clientes</translation>
    </message>
    <message>
        <source>Creates many workspaces, IDPs and clients from a JSON file, paced to the rate limit, instead of one by one.</source>
        <translation>Cria muitos workspaces, IDPs e clientes a partir de um arquivo JSON, no ritmo do limite de taxa, em vez de um por um.</translation>
    </message>
</context>
<context>
    <name>Setup::CreateRequest</name>
    <message>
        <source>Correct the fields marked in red, then create again.</source>
        <translation>Corrija os campos marcados em vermelho e então crie novamente.</translation>
    </message>
</context>
<context>
    <name>Setup::IdpPage</name>
    <message>
        <source>Identity Provider</source>
        <translation>Provedor de identidade</translation>
    </message>
    <message>
        <source>A static identity provider with mock users to sign in with.</source>
        <translation>Um provedor de identidade estático com usuários fictícios para fazer login.</translation>
    </message>
    <message>
        <source>Identity provider id</source>
        <translation>ID do provedor de identidade</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Identity provider name</source>
        <translation>Nome do provedor de identidade</translation>
    </message>
    <message>
        <source>Mock users</source>
        <translation>Usuários fictícios</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Authentication context (JSON)</source>
        <translation>Contexto de autenticação (JSON)</translation>
    </message>
    <message>
        <source>Additional attributes (JSON)</source>
        <translation>Atributos adicionais (JSON)</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell. The JSON columns take an object, e.g. {&quot;name&quot;: &quot;Alice&quot;}.</source>
        <translation>F2 ou digitar edita uma célula. As colunas JSON recebem um objeto, p. ex. {&quot;name&quot;: &quot;Alice&quot;}.</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Usuários:</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Adicionar usuário</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Adicionar usuário</translation>
    </message>
    <message>
        <source>Remove Use&amp;r</source>
        <translation>&amp;Remover usuário</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Remover usuário</translation>
    </message>
    <message>
        <source>Im&amp;port Users…</source>
        <translation>I&amp;mportar usuários…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importar usuários</translation>
    </message>
    <message>
        <source>Add users from a CSV file (a header row: username,password,email,…) or a JSON file.</source>
        <translation>Adicionar usuários de um arquivo CSV (com uma linha de cabeçalho: username,password,email,…) ou de um arquivo JSON.</translation>
    </message>
    <message>
        <source>Cr&amp;eate Identity Provider</source>
        <translation>Criar prove&amp;dor de identidade</translation>
    </message>
    <message>
        <source>Create identity provider</source>
        <translation>Criar provedor de identidade</translation>
    </message>
    <message>
        <source>Identity provider &quot;%1&quot; is created. Continue with Next.</source>
        <translation>O provedor de identidade &quot;%1&quot; foi criado. Continue com Próximo.</translation>
    </message>
    <message>
        <source>Not JSON (%1 at character %2): enter an object such as {&quot;name&quot;: &quot;Alice&quot;}.</source>
        <translation>Não é JSON (%1 no caractere %2): informe um objeto como {&quot;name&quot;: &quot;Alice&quot;}.</translation>
    </message>
    <message>
        <source>Enter a JSON object, such as {&quot;name&quot;: &quot;Alice&quot;}.</source>
        <translation>Informe um objeto JSON, como {&quot;name&quot;: &quot;Alice&quot;}.</translation>
    </message>
    <message>
        <source>The CSV file needs a header row with a &quot;username&quot; column.</source>
        <translation>O arquivo CSV precisa de uma linha de cabeçalho com uma coluna &quot;username&quot;.</translation>
    </message>
    <message>
        <source>Line %1: the %2 column must hold a JSON object.</source>
        <translation>Linha %1: a coluna %2 deve conter um objeto JSON.</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at character %2).</source>
        <translation>O arquivo não é JSON (%1 no caractere %2).</translation>
    </message>
    <message>
        <source>Give the users as a JSON array, or an object with &quot;users&quot;.</source>
        <translation>Informe os usuários como um array JSON ou como um objeto com &quot;users&quot;.</translation>
    </message>
    <message>
        <source>Every user needs to be an object with a &quot;username&quot;.</source>
        <translation>Cada usuário precisa ser um objeto com um &quot;username&quot;.</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Importar usuários</translation>
    </message>
    <message>
        <source>Users (*.csv *.json);;All files (*)</source>
        <translation>Usuários (*.csv *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n usuário importado.</numerusform>
            <numerusform>%n usuários importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Row %1: enter a username.</source>
        <translation>Linha %1: informe um nome de usuário.</translation>
    </message>
    <message>
        <source>Row %1: enter a password.</source>
        <translation>Linha %1: informe uma senha.</translation>
    </message>
    <message>
        <source>Add at least one user to sign in with.</source>
        <translation>Adicione pelo menos um usuário para fazer login.</translation>
    </message>
    <message>
        <source>Creating identity provider…</source>
        <translation>Criando o provedor de identidade…</translation>
    </message>
    <message>
        <source>The identity provider was not created.</source>
        <translation>O provedor de identidade não foi criado.</translation>
    </message>
</context>
<context>
    <name>Setup::TryPage</name>
    <message>
        <source>Try It</source>
        <translation>Experimentar</translation>
    </message>
    <message>
        <source>Sign in to the new workspace in the browser with one of the mock users.</source>
        <translation>Faça login no novo workspace, no navegador, com um dos usuários fictícios.</translation>
    </message>
    <message>
        <source>&amp;Sign In in the Browser</source>
        <translation>&amp;Fazer login no navegador</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Fazer login no navegador</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-in</source>
        <translation>C&amp;ancelar login</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar login</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status do login</translation>
    </message>
    <message>
        <source>&amp;Decoded tokens:</source>
        <translation>&amp;Tokens decodificados:</translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation>Tokens decodificados</translation>
    </message>
    <message>
        <source>Sign in with one of the identity provider&apos;s users.</source>
        <translation>Faça login com um dos usuários do provedor de identidade.</translation>
    </message>
    <message>
        <source>Sign in as &quot;%1&quot; with the password you gave in the users table.</source>
        <translation>Faça login como &quot;%1&quot; com a senha que você informou na tabela de usuários.</translation>
    </message>
    <message>
        <source>The application&apos;s connection is gone: go back and create the application again.</source>
        <translation>A conexão da aplicação não existe mais: volte e crie a aplicação novamente.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Aguardando o login no navegador…</translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation>Trocando o código por tokens…</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Abrindo o navegador…</translation>
    </message>
    <message>
        <source>The sign-in did not complete: try again.</source>
        <translation>O login não foi concluído: tente novamente.</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID token</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Signed in: the workspace works. The tokens are on the Tokens page too.</source>
        <translation>Login feito: o workspace funciona. Os tokens também estão na página Tokens.</translation>
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
        <translation>Descreva o workspace (servidor de autorização) a criar. Os valores padrão resultam em um login funcional.</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &quot;-&quot; and &quot;_&quot;; part of every URL of the workspace.</source>
        <translation>1 a 64 letras, dígitos, &quot;-&quot; e &quot;_&quot;; faz parte de cada URL do workspace.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation>ID do workspace</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Meu workspace</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nome do workspace</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Workspace profile</source>
        <translation>Perfil do workspace</translation>
    </message>
    <message>
        <source>The other types (admin, developer, system) are the tenant&apos;s own.</source>
        <translation>Os outros tipos (admin, developer, system) são do próprio tenant.</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Workspace type</source>
        <translation>Tipo do workspace</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>Co&amp;r:</translation>
    </message>
    <message>
        <source>Workspace colour</source>
        <translation>Cor do workspace</translation>
    </message>
    <message>
        <source>&amp;Grant types:</source>
        <translation>&amp;Grant types:</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Grant type</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant types</translation>
    </message>
    <message>
        <source>&amp;Token endpoint authentication:</source>
        <translation>A&amp;utenticação no endpoint de token:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticação</translation>
    </message>
    <message>
        <source>Token endpoint authentication methods</source>
        <translation>Métodos de autenticação no endpoint de token</translation>
    </message>
    <message>
        <source>&amp;Access token format:</source>
        <translation>For&amp;mato do access token:</translation>
    </message>
    <message>
        <source>Access token strategy</source>
        <translation>Estratégia do access token</translation>
    </message>
    <message>
        <source>Signing &amp;key type:</source>
        <translation>Tipo da c&amp;have de assinatura:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Tipo de chave</translation>
    </message>
    <message>
        <source>Access token &amp;lifetime:</source>
        <translation>Vali&amp;dade do access token:</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Validade do access token</translation>
    </message>
    <message>
        <source>I&amp;D token lifetime:</source>
        <translation>Va&amp;lidade do ID token:</translation>
    </message>
    <message>
        <source>ID token lifetime</source>
        <translation>Validade do ID token</translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation>Validade do refresh to&amp;ken:</translation>
    </message>
    <message>
        <source>Refresh token lifetime</source>
        <translation>Validade do refresh token</translation>
    </message>
    <message>
        <source>Authori&amp;zation code lifetime:</source>
        <translation>Validade do código de autori&amp;zação:</translation>
    </message>
    <message>
        <source>Authorization code lifetime</source>
        <translation>Validade do código de autorização</translation>
    </message>
    <message>
        <source>A duration: &quot;1h&quot;, &quot;30m&quot;, &quot;1h30m&quot;, &quot;90s&quot;, &quot;2d&quot;.</source>
        <translation>Uma duração: &quot;1h&quot;, &quot;30m&quot;, &quot;1h30m&quot;, &quot;90s&quot;, &quot;2d&quot;.</translation>
    </message>
    <message>
        <source>Require PKCE f&amp;or every client</source>
        <translation>E&amp;xigir PKCE para todos os clientes</translation>
    </message>
    <message>
        <source>Require PKCE for every client</source>
        <translation>Exigir PKCE para todos os clientes</translation>
    </message>
    <message>
        <source>Require PKCE for p&amp;ublic clients</source>
        <translation>Exigir PKCE para clientes pú&amp;blicos</translation>
    </message>
    <message>
        <source>Require PKCE for public clients</source>
        <translation>Exigir PKCE para clientes públicos</translation>
    </message>
    <message>
        <source>&amp;Subject identifiers:</source>
        <translation>Identificadore&amp;s de sujeito:</translation>
    </message>
    <message>
        <source>Subject identifier type</source>
        <translation>Tipo de identificador de sujeito</translation>
    </message>
    <message>
        <source>Subject identifier types</source>
        <translation>Tipos de identificador de sujeito</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>Re&amp;quisição:</translation>
    </message>
    <message>
        <source>Workspace request preview</source>
        <translation>Prévia da requisição do workspace</translation>
    </message>
    <message>
        <source>Cr&amp;eate Workspace</source>
        <translation>Criar &amp;workspace</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Criar workspace</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is created. Continue with Next.</source>
        <translation>O workspace &quot;%1&quot; foi criado. Continue com Próximo.</translation>
    </message>
    <message>
        <source>Enable at least one grant type.</source>
        <translation>Habilite pelo menos um grant type.</translation>
    </message>
    <message>
        <source>Allow at least one authentication method.</source>
        <translation>Permita pelo menos um método de autenticação.</translation>
    </message>
    <message>
        <source>Choose at least one subject identifier type.</source>
        <translation>Escolha pelo menos um tipo de identificador de sujeito.</translation>
    </message>
    <message>
        <source>Creating workspace…</source>
        <translation>Criando o workspace…</translation>
    </message>
    <message>
        <source>The workspace was not created.</source>
        <translation>O workspace não foi criado.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set Up a Workspace</source>
        <translation>Configurar um workspace</translation>
    </message>
    <message>
        <source>Workspace setup wizard</source>
        <translation>Assistente de configuração de workspace</translation>
    </message>
    <message>
        <source>&amp;What was created:</source>
        <translation>&amp;Criados:</translation>
    </message>
    <message>
        <source>Created items</source>
        <translation>Itens criados</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an item in the admin browser.</source>
        <translation>Clique duas vezes ou pressione Enter para abrir um item no navegador de administração.</translation>
    </message>
    <message>
        <source>Start O&amp;ver</source>
        <translation>R&amp;ecomeçar</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Forget this wizard&apos;s progress for the connection; created items are kept.</source>
        <translation>Esquecer o progresso deste assistente para a conexão; os itens criados são mantidos.</translation>
    </message>
    <message>
        <source>Open in the admin browser</source>
        <translation>Abrir no navegador de administração</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Workspace %1</translation>
    </message>
    <message>
        <source>Identity provider %1</source>
        <translation>Provedor de identidade %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplicação %1</translation>
    </message>
    <message numerus="yes">
        <source>(not a JWT: an opaque token of %n character(s))</source>
        <translation>
            <numerusform>(não é um JWT: um token opaco de %n caractere)</numerusform>
            <numerusform>(não é um JWT: um token opaco de %n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemBrowserLauncher</name>
    <message>
        <source>The system browser could not be opened. Copy the authorization URL into a browser, or set a browser command.</source>
        <translation>O navegador do sistema não pôde ser aberto. Copie a URL de autorização para um navegador ou defina um comando de navegador.</translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>The redirect carries an error instead of a token: %1</source>
        <translation>O redirecionamento traz um erro em vez de um token: %1</translation>
    </message>
    <message>
        <source>The redirect carries an error instead of a token: %1 (%2)</source>
        <translation>O redirecionamento traz um erro em vez de um token: %1 (%2)</translation>
    </message>
    <message>
        <source>The URL has no access_token, id_token, refresh_token or code parameter in its query or fragment.</source>
        <translation>A URL não tem parâmetro access_token, id_token, refresh_token ou code na query nem no fragmento.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB; a token is never that large.</source>
        <translation>A entrada tem mais de %1 MiB; um token nunca é tão grande.</translation>
    </message>
    <message>
        <source>Nothing to inspect: paste a token, an Authorization header or a redirect URL.</source>
        <translation>Nada para inspecionar: cole um token, um cabeçalho Authorization ou uma URL de redirecionamento.</translation>
    </message>
    <message>
        <source>The Authorization header has no value.</source>
        <translation>O cabeçalho Authorization não tem valor.</translation>
    </message>
    <message>
        <source>&quot;Bearer&quot; is followed by no token.</source>
        <translation>&quot;Bearer&quot; não é seguido de nenhum token.</translation>
    </message>
</context>
<context>
    <name>TokenInputPanel</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>A&amp;brir arquivo…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>L&amp;impar</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Token input</source>
        <translation>Entrada do token</translation>
    </message>
    <message>
        <source>Paste a JWT, a Bearer header or a redirect URL; it is decoded as you type</source>
        <translation>Cole um JWT, um cabeçalho Bearer ou uma URL de redirecionamento; ele é decodificado enquanto você digita</translation>
    </message>
    <message>
        <source>Paste a JWT, &quot;Authorization: Bearer …&quot; or a redirect URL with id_token / access_token, or drop a file here</source>
        <translation>Cole um JWT, &quot;Authorization: Bearer …&quot; ou uma URL de redirecionamento com id_token / access_token, ou solte um arquivo aqui</translation>
    </message>
    <message>
        <source>Open token file</source>
        <translation>Abrir arquivo de token</translation>
    </message>
    <message>
        <source>Read a token from a file (at most 1 MiB), %1</source>
        <translation>Ler um token de um arquivo (no máximo 1 MiB), %1</translation>
    </message>
    <message>
        <source>Clear token input</source>
        <translation>Limpar a entrada do token</translation>
    </message>
    <message>
        <source>Token to show</source>
        <translation>Token a mostrar</translation>
    </message>
    <message>
        <source>The input holds several tokens: choose the one to inspect</source>
        <translation>A entrada contém vários tokens: escolha o que deseja inspecionar</translation>
    </message>
    <message>
        <source>Input message</source>
        <translation>Mensagem da entrada</translation>
    </message>
    <message>
        <source>Open Token File</source>
        <translation>Abrir arquivo de token</translation>
    </message>
    <message>
        <source>Token files (*.jwt *.txt *.token);;All files (*)</source>
        <translation>Arquivos de token (*.jwt *.txt *.token);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>Não é possível abrir %1: não é um arquivo.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB and was not loaded: a token file is much smaller.</source>
        <translation>%1 tem mais de 1 MiB e não foi carregado: um arquivo de token é bem menor.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 carregado</translation>
    </message>
    <message>
        <source>No token found in the input.</source>
        <translation>Nenhum token encontrado na entrada.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n token(s) in the input.</source>
        <translation>
            <numerusform>%n token encontrado na entrada.</numerusform>
            <numerusform>%n tokens encontrados na entrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>URL query</source>
        <translation>Query da URL</translation>
    </message>
    <message>
        <source>URL fragment</source>
        <translation>Fragmento da URL</translation>
    </message>
    <message>
        <source>Bearer value</source>
        <translation>Valor Bearer</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Cabeçalho Authorization</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto colado</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Token, Authori&amp;zation header or redirect URL:</source>
        <translation>&amp;Token, cabeçalho Authorization ou URL de redirecionamento:</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>The stored private key cannot be used: %1 Store it again as an unencrypted PEM private key or a private JWK.</source>
        <translation>A chave privada armazenada não pode ser usada: %1 Armazene-a novamente como chave privada PEM não criptografada ou como JWK privado.</translation>
    </message>
    <message>
        <source>no key in it.</source>
        <translation>ela não contém nenhuma chave.</translation>
    </message>
    <message>
        <source>The stored key for private_key_jwt has no usable private key (an encrypted PEM key, a public key or a certificate cannot sign). Store the unencrypted private key as PEM or as a JWK with its private members.</source>
        <translation>A chave armazenada para private_key_jwt não tem chave privada utilizável (uma chave PEM criptografada, uma chave pública ou um certificado não podem assinar). Armazene a chave privada não criptografada como PEM ou como JWK com os membros privados.</translation>
    </message>
    <message>
        <source>The private key is of a type that cannot sign a client assertion (RSA, EC P-256/384/521 and Ed25519/Ed448 can).</source>
        <translation>A chave privada é de um tipo que não pode assinar uma asserção de cliente (RSA, EC P-256/384/521 e Ed25519/Ed448 podem).</translation>
    </message>
    <message>
        <source>Check the client id and secret. If they are right, the server may expect client_secret_post instead of client_secret_basic, or the Basic credentials without form-encoding (the profile&apos;s raw Basic switch).</source>
        <translation>Verifique o client id e o segredo. Se estiverem corretos, o servidor pode esperar client_secret_post em vez de client_secret_basic, ou as credenciais Basic sem codificação de formulário (a opção Basic sem codificação do perfil).</translation>
    </message>
    <message>
        <source>Check the client id and secret. If they are right, the server may expect client_secret_basic instead of client_secret_post.</source>
        <translation>Verifique o client id e o segredo. Se estiverem corretos, o servidor pode esperar client_secret_basic em vez de client_secret_post.</translation>
    </message>
    <message>
        <source>The server wants this client to authenticate: choose the client authentication method it was registered with and store its secret.</source>
        <translation>O servidor exige que este cliente se autentique: escolha o método de autenticação do cliente com o qual ele foi registrado e armazene o segredo dele.</translation>
    </message>
    <message>
        <source>Check the client id and the key or secret; the server may expect another client authentication method (client_secret_basic or client_secret_post), or the assertion&apos;s audience to be the issuer.</source>
        <translation>Verifique o client id e a chave ou o segredo; o servidor pode esperar outro método de autenticação do cliente (client_secret_basic ou client_secret_post), ou que a audiência da asserção seja o emissor.</translation>
    </message>
    <message>
        <source>The client secret is empty; client_secret_jwt needs one.</source>
        <translation>O client secret está vazio; client_secret_jwt precisa de um.</translation>
    </message>
    <message>
        <source>Client assertions are only made for client_secret_jwt and private_key_jwt.</source>
        <translation>Asserções de cliente só são geradas para client_secret_jwt e private_key_jwt.</translation>
    </message>
    <message>
        <source>The client assertion could not be signed with the stored key or secret.</source>
        <translation>Não foi possível assinar a asserção de cliente com a chave ou o segredo armazenado.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no token endpoint. Fill the endpoints from the issuer (discovery) or set the token endpoint.</source>
        <translation>O perfil &quot;%1&quot; não tem endpoint de token. Preencha os endpoints a partir do emissor (descoberta) ou defina o endpoint de token.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client id; set it first.</source>
        <translation>O perfil &quot;%1&quot; não tem client id; defina-o primeiro.</translation>
    </message>
    <message>
        <source>No keychain is available to read the %1 of the profile &quot;%2&quot;.</source>
        <translation>Nenhum chaveiro está disponível para ler o segredo (%1) do perfil &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No %1 is stored in the keychain for the profile &quot;%2&quot;. Store it first (for example with &quot;tokenscope profile add ... --client-secret-stdin&quot; or in the profile editor).</source>
        <translation>Não há segredo (%1) armazenado no chaveiro para o perfil &quot;%2&quot;. Armazene-o primeiro (por exemplo com &quot;tokenscope profile add ... --client-secret-stdin&quot; ou no editor de perfis).</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; cannot be read: no keychain is available. %3</source>
        <translation>O segredo (%1) do perfil &quot;%2&quot; não pode ser lido: nenhum chaveiro está disponível. %3</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; cannot be read from the keychain: %3</source>
        <translation>O segredo (%1) do perfil &quot;%2&quot; não pode ser lido do chaveiro: %3</translation>
    </message>
    <message>
        <source>Check the client id and that the server registered this client certificate (its subject or subject alternative name) for tls_client_auth.</source>
        <translation>Verifique o client id e se o servidor registrou este certificado de cliente (o subject ou o subject alternative name dele) para tls_client_auth.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no %2. Fill the endpoints from the issuer (discovery) or set it in the profile.</source>
        <translation>O perfil &quot;%1&quot; não tem %2. Preencha os endpoints a partir do emissor (descoberta) ou defina-o no perfil.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses tls_client_auth but names no client certificate. Set the client certificate (a PEM file) in the profile&apos;s TLS settings.</source>
        <translation>O perfil &quot;%1&quot; usa tls_client_auth, mas não indica nenhum certificado de cliente. Defina o certificado de cliente (um arquivo PEM) nas configurações de TLS do perfil.</translation>
    </message>
    <message>
        <source>The TLS client key of the profile &quot;%1&quot; is empty. Store the certificate&apos;s private key (unencrypted PEM) for it.</source>
        <translation>A chave de cliente TLS do perfil &quot;%1&quot; está vazia. Armazene para ele a chave privada do certificado (PEM não criptografado).</translation>
    </message>
    <message>
        <source>No TLS client key is stored in the keychain for the profile &quot;%1&quot;. Paste the client certificate&apos;s private key (unencrypted PEM) into the profile&apos;s TLS client key field.</source>
        <translation>Nenhuma chave de cliente TLS está armazenada no chaveiro para o perfil &quot;%1&quot;. Cole a chave privada do certificado de cliente (PEM não criptografado) no campo de chave de cliente TLS do perfil.</translation>
    </message>
    <message>
        <source>The assertion could not be signed with the private key.</source>
        <translation>Não foi possível assinar a asserção com a chave privada.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>No answer from the token endpoint %1: %2</source>
        <translation>Sem resposta do endpoint de token %1: %2</translation>
    </message>
    <message>
        <source>the request failed.</source>
        <translation>a requisição falhou.</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 with an HTML page instead of JSON. Check the token endpoint URL (and a proxy or login page in between).</source>
        <translation>O endpoint de token %1 respondeu HTTP %2 com uma página HTML em vez de JSON. Verifique a URL do endpoint de token (e se há um proxy ou uma página de login no caminho).</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 with a body that is not a JSON object. Check the token endpoint URL.</source>
        <translation>O endpoint de token %1 respondeu HTTP %2 com um corpo que não é um objeto JSON. Verifique a URL do endpoint de token.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request (HTTP %1): %2</source>
        <translation>O endpoint de token recusou a requisição (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 without an OAuth error document.</source>
        <translation>O endpoint de token %1 respondeu HTTP %2 sem um documento de erro OAuth.</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 without an access_token.</source>
        <translation>O endpoint de token %1 respondeu HTTP %2 sem access_token.</translation>
    </message>
    <message>
        <source>The answer of the token endpoint %1 (HTTP %2) did not arrive whole: %3</source>
        <translation>A resposta do endpoint de token %1 (HTTP %2) não chegou inteira: %3</translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>opaque</source>
        <translation>opaco</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>sem expiração informada</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expirou há %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>restam %1</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID token</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
</context>
<context>
    <name>TokenSetView</name>
    <message>
        <source>Refresh automatically before expiry</source>
        <translation>Renovar automaticamente antes de expirar</translation>
    </message>
    <message>
        <source>Open in Inspector</source>
        <translation>Abrir no inspetor</translation>
    </message>
    <message>
        <source>Open the selected token in the inspector</source>
        <translation>Abrir o token selecionado no inspetor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected token</source>
        <translation>Copiar o token selecionado</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>Introspectar</translation>
    </message>
    <message>
        <source>Introspect the selected token</source>
        <translation>Introspectar o token selecionado</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Revogar o token selecionado</translation>
    </message>
    <message>
        <source>Userinfo</source>
        <translation>Userinfo</translation>
    </message>
    <message>
        <source>Call userinfo with the access token</source>
        <translation>Chamar o userinfo com o access token</translation>
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
        <translation>Expira</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Uses the refresh token at 75% of the access token&apos;s lifetime</source>
        <translation>Usa o refresh token a 75% da validade do access token</translation>
    </message>
    <message>
        <source>Result of the token action</source>
        <translation>Resultado da ação sobre o token</translation>
    </message>
    <message>
        <source>Introspection, revocation and userinfo results show here.</source>
        <translation>Os resultados de introspecção, revogação e userinfo aparecem aqui.</translation>
    </message>
    <message>
        <source>No tokens yet: choose a connection and a grant, then Get Token.</source>
        <translation>Nenhum token ainda: escolha uma conexão e um grant e clique em Obter token.</translation>
    </message>
    <message>
        <source>%1 · %2 · obtained %3</source>
        <translation>%1 · %2 · obtido %3</translation>
    </message>
    <message>
        <source>The refresh token was rotated: the server issued a new one and the old one no longer works. The new one is stored.</source>
        <translation>O refresh token foi rotacionado: o servidor emitiu um novo e o antigo não funciona mais. O novo está armazenado.</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 copiado para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>TokenVerifier</name>
    <message>
        <source>an array</source>
        <translation>um array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>no &quot;alg&quot; in the header</source>
        <translation>sem &quot;alg&quot; no cabeçalho</translation>
    </message>
    <message>
        <source>JWE with RSA1_5 key encryption, enc %1: RSA1_5 is open to padding-oracle attacks; prefer RSA-OAEP</source>
        <translation>JWE com criptografia de chave RSA1_5, enc %1: RSA1_5 é vulnerável a ataques de padding oracle; prefira RSA-OAEP</translation>
    </message>
    <message>
        <source>unknown JWE key management algorithm %1</source>
        <translation>algoritmo de gerenciamento de chave JWE desconhecido %1</translation>
    </message>
    <message>
        <source>unknown JWE content encryption %1</source>
        <translation>criptografia de conteúdo JWE desconhecida %1</translation>
    </message>
    <message>
        <source>JWE: key management %1, content encryption %2</source>
        <translation>JWE: gerenciamento de chave %1, criptografia de conteúdo %2</translation>
    </message>
    <message>
        <source>unknown algorithm %1 (alg names are case-sensitive, RFC 7515 §4.1.1)</source>
        <translation>algoritmo desconhecido %1 (nomes de alg diferenciam maiúsculas de minúsculas, RFC 7515 §4.1.1)</translation>
    </message>
    <message>
        <source>&quot;none&quot;: the token is not signed (RFC 7519 §6); never accept it</source>
        <translation>&quot;none&quot;: o token não é assinado (RFC 7519 §6); nunca o aceite</translation>
    </message>
    <message>
        <source>%1, an allowed algorithm</source>
        <translation>%1, um algoritmo permitido</translation>
    </message>
    <message>
        <source>%1, consistent with the key</source>
        <translation>%1, consistente com a chave</translation>
    </message>
    <message>
        <source>%1 with public keys only: the algorithm-confusion attack (a public key used as an HMAC secret)</source>
        <translation>%1 apenas com chaves públicas: o ataque de confusão de algoritmo (uma chave pública usada como segredo HMAC)</translation>
    </message>
    <message>
        <source>%1 needs a public key, but only HMAC secrets were given</source>
        <translation>%1 precisa de uma chave pública, mas só foram informados segredos HMAC</translation>
    </message>
    <message>
        <source>no key given fits %1</source>
        <translation>nenhuma chave informada serve para %1</translation>
    </message>
    <message>
        <source>no key given fits %1: %2</source>
        <translation>nenhuma chave informada serve para %1: %2</translation>
    </message>
    <message>
        <source>kid %1 names the recipient&apos;s decryption key (encrypted)</source>
        <translation>kid %1 designa a chave de descriptografia do destinatário (criptografado)</translation>
    </message>
    <message>
        <source>encrypted: no signing key to look up</source>
        <translation>criptografado: não há chave de assinatura a procurar</translation>
    </message>
    <message>
        <source>&quot;kid&quot; is not a string</source>
        <translation>&quot;kid&quot; não é uma string</translation>
    </message>
    <message>
        <source>no &quot;kid&quot; in the header</source>
        <translation>sem &quot;kid&quot; no cabeçalho</translation>
    </message>
    <message>
        <source>kid %1 (no keys given to look it up in)</source>
        <translation>kid %1 (nenhuma chave informada para procurá-lo)</translation>
    </message>
    <message numerus="yes">
        <source>no &quot;kid&quot; in the header; trying the %n key(s) that fit</source>
        <translation>
            <numerusform>sem &quot;kid&quot; no cabeçalho; testando a %n chave que serve</numerusform>
            <numerusform>sem &quot;kid&quot; no cabeçalho; testando as %n chaves que servem</numerusform>
        </translation>
    </message>
    <message>
        <source>kid %1 found</source>
        <translation>kid %1 encontrado</translation>
    </message>
    <message>
        <source>kid %1 found, but that key cannot verify this token (see alg)</source>
        <translation>kid %1 encontrado, mas essa chave não pode verificar este token (veja alg)</translation>
    </message>
    <message>
        <source>kid %1; the keys given have no kid, so every key that fits is tried</source>
        <translation>kid %1; as chaves informadas não têm kid, então todas as que servem são testadas</translation>
    </message>
    <message numerus="yes">
        <source>kid %1 not found in the key set (%n key(s)); the keys may have rotated, or the token is from another issuer</source>
        <translation>
            <numerusform>kid %1 não encontrado no conjunto de chaves (%n chave); as chaves podem ter sido rotacionadas, ou o token é de outro emissor</numerusform>
            <numerusform>kid %1 não encontrado no conjunto de chaves (%n chaves); as chaves podem ter sido rotacionadas, ou o token é de outro emissor</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted: a JWE has no signature to check here</source>
        <translation>criptografado: um JWE não tem assinatura para verificar aqui</translation>
    </message>
    <message>
        <source>no signature: alg &quot;none&quot;</source>
        <translation>sem assinatura: alg &quot;none&quot;</translation>
    </message>
    <message>
        <source>the signature is empty</source>
        <translation>a assinatura está vazia</translation>
    </message>
    <message>
        <source>no keys given: the signature was not checked</source>
        <translation>nenhuma chave informada: a assinatura não foi verificada</translation>
    </message>
    <message>
        <source>cannot verify: the algorithm is unknown</source>
        <translation>não é possível verificar: o algoritmo é desconhecido</translation>
    </message>
    <message>
        <source>no key fits</source>
        <translation>nenhuma chave serve</translation>
    </message>
    <message>
        <source>verified with %1</source>
        <translation>verificado com %1</translation>
    </message>
    <message>
        <source>does not verify: %1</source>
        <translation>não verifica: %1</translation>
    </message>
    <message numerus="yes">
        <source>does not verify with any of the %n key(s) that fit</source>
        <translation>
            <numerusform>não verifica com a %n chave que serve</numerusform>
            <numerusform>não verifica com nenhuma das %n chaves que servem</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>criptografado</translation>
    </message>
    <message>
        <source>no keys given</source>
        <translation>nenhuma chave informada</translation>
    </message>
    <message>
        <source>no key fits the algorithm</source>
        <translation>nenhuma chave serve para o algoritmo</translation>
    </message>
    <message>
        <source>HMAC secret of %1 bytes, shorter than the %2-byte hash of %3: refused (RFC 7518 §3.2)</source>
        <translation>segredo HMAC de %1 bytes, menor que o hash de %2 bytes de %3: recusado (RFC 7518 §3.2)</translation>
    </message>
    <message>
        <source>RSA key of %1 bits; use at least 2048 (RFC 7518 §3.3, §3.5)</source>
        <translation>chave RSA de %1 bits; use pelo menos 2048 (RFC 7518 §3.3, §3.5)</translation>
    </message>
    <message>
        <source>HMAC secret of %1 bytes, shorter than the %2-byte hash of %3 (RFC 7518 §3.2)</source>
        <translation>segredo HMAC de %1 bytes, menor que o hash de %2 bytes de %3 (RFC 7518 §3.2)</translation>
    </message>
    <message>
        <source>&quot;typ&quot; is not a string</source>
        <translation>&quot;typ&quot; não é uma string</translation>
    </message>
    <message>
        <source>%1: an RFC 9068 JWT access token</source>
        <translation>%1: um access token JWT RFC 9068</translation>
    </message>
    <message>
        <source>no typ; an RFC 9068 access token has &quot;at+jwt&quot; (RFC 9068 §2.1)</source>
        <translation>sem typ; um access token RFC 9068 tem &quot;at+jwt&quot; (RFC 9068 §2.1)</translation>
    </message>
    <message>
        <source>%1; an RFC 9068 access token has &quot;at+jwt&quot; (RFC 9068 §2.1)</source>
        <translation>%1; um access token RFC 9068 tem &quot;at+jwt&quot; (RFC 9068 §2.1)</translation>
    </message>
    <message>
        <source>an ID token must not have typ %1: that marks an access token (RFC 9068 §4)</source>
        <translation>um ID token não deve ter typ %1: isso identifica um access token (RFC 9068 §4)</translation>
    </message>
    <message>
        <source>no typ (fine for an ID token)</source>
        <translation>sem typ (normal para um ID token)</translation>
    </message>
    <message>
        <source>no typ</source>
        <translation>sem typ</translation>
    </message>
    <message>
        <source>no critical extensions</source>
        <translation>sem extensões críticas</translation>
    </message>
    <message>
        <source>&quot;crit&quot; must be a non-empty array of names (RFC 7515 §4.1.11)</source>
        <translation>&quot;crit&quot; deve ser um array não vazio de nomes (RFC 7515 §4.1.11)</translation>
    </message>
    <message>
        <source>&quot;crit&quot; holds something that is not a name</source>
        <translation>&quot;crit&quot; contém algo que não é um nome</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists %1, a parameter defined by the JOSE specifications themselves (RFC 7515 §4.1.11)</source>
        <translation>&quot;crit&quot; lista %1, um parâmetro definido pelas próprias especificações JOSE (RFC 7515 §4.1.11)</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists %1, but the header does not have it</source>
        <translation>&quot;crit&quot; lista %1, mas o cabeçalho não o contém</translation>
    </message>
    <message>
        <source>critical extensions not understood: %1; a recipient must reject the token (RFC 7515 §4.1.11)</source>
        <translation>extensões críticas não compreendidas: %1; o destinatário deve rejeitar o token (RFC 7515 §4.1.11)</translation>
    </message>
    <message>
        <source>only understood extensions: &quot;b64&quot; (RFC 7797)</source>
        <translation>só extensões compreendidas: &quot;b64&quot; (RFC 7797)</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>no exp: an ID token must have one (OpenID Connect Core §2)</source>
        <translation>sem exp: um ID token deve ter (OpenID Connect Core §2)</translation>
    </message>
    <message>
        <source>no exp: an access token must have one (RFC 9068 §2.2); this one never expires</source>
        <translation>sem exp: um access token deve ter (RFC 9068 §2.2); este nunca expira</translation>
    </message>
    <message>
        <source>no exp: the token never expires</source>
        <translation>sem exp: o token nunca expira</translation>
    </message>
    <message>
        <source>exp is %1, not a NumericDate (RFC 7519 §2)</source>
        <translation>exp é %1, não uma NumericDate (RFC 7519 §2)</translation>
    </message>
    <message>
        <source>expired %1 ago (%2)</source>
        <translation>expirou há %1 (%2)</translation>
    </message>
    <message>
        <source>expired %1 ago (%2), within the allowed clock skew of %3</source>
        <translation>expirou há %1 (%2), dentro da tolerância de relógio permitida de %3</translation>
    </message>
    <message>
        <source>expires in %1 (%2)</source>
        <translation>expira em %1 (%2)</translation>
    </message>
    <message>
        <source>no nbf</source>
        <translation>sem nbf</translation>
    </message>
    <message>
        <source>nbf is %1, not a NumericDate (RFC 7519 §2)</source>
        <translation>nbf é %1, não uma NumericDate (RFC 7519 §2)</translation>
    </message>
    <message>
        <source>not valid yet: valid in %1 (%2)</source>
        <translation>ainda não é válido: válido em %1 (%2)</translation>
    </message>
    <message>
        <source>valid in %1 (%2), within the allowed clock skew of %3</source>
        <translation>válido em %1 (%2), dentro da tolerância de relógio permitida de %3</translation>
    </message>
    <message>
        <source>valid since %1 ago (%2)</source>
        <translation>em vigor há %1 (%2)</translation>
    </message>
    <message>
        <source>no iat: an ID token must have one (OpenID Connect Core §2)</source>
        <translation>sem iat: um ID token deve ter (OpenID Connect Core §2)</translation>
    </message>
    <message>
        <source>no iat: an access token must have one (RFC 9068 §2.2)</source>
        <translation>sem iat: um access token deve ter (RFC 9068 §2.2)</translation>
    </message>
    <message>
        <source>no iat</source>
        <translation>sem iat</translation>
    </message>
    <message>
        <source>iat is %1, not a NumericDate (RFC 7519 §2)</source>
        <translation>iat é %1, não uma NumericDate (RFC 7519 §2)</translation>
    </message>
    <message>
        <source>issued in the future: in %1 (%2); the issuer&apos;s clock or ours is wrong</source>
        <translation>emitido no futuro: em %1 (%2); o relógio do emissor ou o nosso está errado</translation>
    </message>
    <message>
        <source>issued in %1 (%2), within the allowed clock skew</source>
        <translation>emitido em %1 (%2), dentro da tolerância de relógio permitida</translation>
    </message>
    <message>
        <source>issued %1 ago (%2)</source>
        <translation>emitido há %1 (%2)</translation>
    </message>
    <message>
        <source>no iss; expected %1</source>
        <translation>sem iss; esperado %1</translation>
    </message>
    <message>
        <source>no iss, although this kind of token must have one</source>
        <translation>sem iss, embora este tipo de token deva ter um</translation>
    </message>
    <message>
        <source>no iss</source>
        <translation>sem iss</translation>
    </message>
    <message>
        <source>iss is %1, not a string</source>
        <translation>iss é %1, não uma string</translation>
    </message>
    <message>
        <source>%1 (no expected issuer given)</source>
        <translation>%1 (nenhum emissor esperado informado)</translation>
    </message>
    <message>
        <source>%1 differs from the expected %2 only by a trailing slash; issuers compare exactly</source>
        <translation>%1 difere do esperado %2 apenas por uma barra final; emissores são comparados exatamente</translation>
    </message>
    <message>
        <source>%1, expected %2</source>
        <translation>%1, esperado %2</translation>
    </message>
    <message>
        <source>no aud; expected %1</source>
        <translation>sem aud; esperado %1</translation>
    </message>
    <message>
        <source>no aud, although this kind of token must have one</source>
        <translation>sem aud, embora este tipo de token deva ter uma</translation>
    </message>
    <message>
        <source>no aud</source>
        <translation>sem aud</translation>
    </message>
    <message>
        <source>aud must be a string or an array of strings (RFC 7519 §4.1.3)</source>
        <translation>aud deve ser uma string ou um array de strings (RFC 7519 §4.1.3)</translation>
    </message>
    <message>
        <source>aud is an empty array</source>
        <translation>aud é um array vazio</translation>
    </message>
    <message>
        <source>%1 (no expected audience given)</source>
        <translation>%1 (nenhuma audiência esperada informada)</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation>%1 inclui %2</translation>
    </message>
    <message>
        <source>%1 does not include the expected %2</source>
        <translation>%1 não inclui o esperado %2</translation>
    </message>
    <message>
        <source>no nonce, but the request sent one</source>
        <translation>sem nonce, mas a requisição enviou um</translation>
    </message>
    <message>
        <source>%1 is not the nonce the request sent</source>
        <translation>%1 não é o nonce que a requisição enviou</translation>
    </message>
    <message>
        <source>matches the request</source>
        <translation>confere com a requisição</translation>
    </message>
    <message>
        <source>no nonce (none was sent)</source>
        <translation>sem nonce (nenhum foi enviado)</translation>
    </message>
    <message>
        <source>no nonce</source>
        <translation>sem nonce</translation>
    </message>
    <message>
        <source>nonce is %1, not a string</source>
        <translation>nonce é %1, não uma string</translation>
    </message>
    <message>
        <source>present (no expected nonce given)</source>
        <translation>presente (nenhum nonce esperado informado)</translation>
    </message>
    <message>
        <source>%1 (checked for ID tokens only)</source>
        <translation>%1 (verificado apenas para ID tokens)</translation>
    </message>
    <message>
        <source>checked for ID tokens only</source>
        <translation>verificado apenas para ID tokens</translation>
    </message>
    <message>
        <source>no azp although aud has several values (OpenID Connect Core §2)</source>
        <translation>sem azp, embora aud tenha vários valores (OpenID Connect Core §2)</translation>
    </message>
    <message>
        <source>no azp</source>
        <translation>sem azp</translation>
    </message>
    <message>
        <source>azp is %1, not a string</source>
        <translation>azp é %1, não uma string</translation>
    </message>
    <message>
        <source>%1 (no expected client given)</source>
        <translation>%1 (nenhum cliente esperado informado)</translation>
    </message>
    <message>
        <source>%1, the client</source>
        <translation>%1, o cliente</translation>
    </message>
    <message>
        <source>%1 is not the expected client %2 (OpenID Connect Core §3.1.3.7)</source>
        <translation>%1 não é o cliente esperado %2 (OpenID Connect Core §3.1.3.7)</translation>
    </message>
    <message>
        <source>no %1 claim</source>
        <translation>sem a claim %1</translation>
    </message>
    <message>
        <source>no %1 claim to compare the %2 with (optional in the code flow)</source>
        <translation>sem a claim %1 para comparar com o %2 (opcional no fluxo de código)</translation>
    </message>
    <message>
        <source>%1 is %2, not a string</source>
        <translation>%1 é %2, não uma string</translation>
    </message>
    <message>
        <source>present; give the %1 to check it</source>
        <translation>presente; informe o %1 para verificá-lo</translation>
    </message>
    <message>
        <source>cannot compute: the algorithm %1 has no hash</source>
        <translation>não é possível calcular: o algoritmo %1 não tem hash</translation>
    </message>
    <message>
        <source>cannot compute the hash</source>
        <translation>não é possível calcular o hash</translation>
    </message>
    <message>
        <source>matches the %1</source>
        <translation>confere com o %1</translation>
    </message>
    <message>
        <source>does not match the %1 (expected %2)</source>
        <translation>não confere com o %1 (esperado %2)</translation>
    </message>
    <message>
        <source>not a JWT: an opaque token (%1 characters, %2); ask the authorization server (introspection, RFC 7662)</source>
        <translation>não é um JWT: um token opaco (%1 caracteres, %2); pergunte ao servidor de autorização (introspecção, RFC 7662)</translation>
    </message>
    <message>
        <source>cannot be decoded</source>
        <translation>não pode ser decodificado</translation>
    </message>
    <message>
        <source>encrypted: the claims cannot be read without the recipient&apos;s key</source>
        <translation>criptografado: as claims não podem ser lidas sem a chave do destinatário</translation>
    </message>
    <message>
        <source>payload is not JSON</source>
        <translation>o payload não é JSON</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>access token</translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation>código de autorização</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Get a token</source>
        <translation>Obter um token</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Scope override</source>
        <translation>Substituição de escopo</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password (sent once, not kept)</source>
        <translation>Senha (enviada uma vez, não guardada)</translation>
    </message>
    <message>
        <source>Copy the authorization URL instead of opening a browser</source>
        <translation>Copiar a URL de autorização em vez de abrir um navegador</translation>
    </message>
    <message>
        <source>Get Token</source>
        <translation>Obter token</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Obter token</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running grant</source>
        <translation>Cancelar o grant em andamento</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL de autorização</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexão:</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Grant:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Escopo:</translation>
    </message>
    <message>
        <source>Approve on another device</source>
        <translation>Aprovar em outro dispositivo</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Código de usuário</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>Página de verificação</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Copy the user code</source>
        <translation>Copiar o código de usuário</translation>
    </message>
    <message>
        <source>Open Verification Page</source>
        <translation>Abrir página de verificação</translation>
    </message>
    <message>
        <source>Open the verification page in the browser</source>
        <translation>Abrir a página de verificação no navegador</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Steps of the grant</source>
        <translation>Etapas do grant</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>O servidor recusou</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>O que tentar</translation>
    </message>
    <message>
        <source>Token set</source>
        <translation>Conjunto de tokens</translation>
    </message>
    <message>
        <source>User code copied to the clipboard.</source>
        <translation>Código de usuário copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Padrão: %1</translation>
    </message>
    <message>
        <source>Space-separated scopes (optional)</source>
        <translation>Escopos separados por espaço (opcional)</translation>
    </message>
    <message>
        <source>Getting tokens is not available in this window.</source>
        <translation>A obtenção de tokens não está disponível nesta janela.</translation>
    </message>
    <message>
        <source>Add a connection on the Connections page first.</source>
        <translation>Adicione primeiro uma conexão na página Conexões.</translation>
    </message>
    <message>
        <source>This connection sends a stored API token instead of OAuth; choose another connection.</source>
        <translation>Esta conexão envia um token de API armazenado em vez de OAuth; escolha outra conexão.</translation>
    </message>
    <message>
        <source>The connection has no token endpoint. Run Discover in its editor or enter the endpoint.</source>
        <translation>A conexão não tem endpoint de token. Execute Descobrir no editor dela ou informe o endpoint.</translation>
    </message>
    <message>
        <source>The connection has no authorization endpoint. Run Discover in its editor or enter the endpoint.</source>
        <translation>A conexão não tem endpoint de autorização. Execute Descobrir no editor dela ou informe o endpoint.</translation>
    </message>
    <message>
        <source>The connection has no device authorization endpoint: the server may not offer the device grant.</source>
        <translation>A conexão não tem endpoint de autorização de dispositivo: o servidor pode não oferecer o grant device code.</translation>
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
        <translation>O grant falhou</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>O que tentar: %1</translation>
    </message>
    <message>
        <source>%1 opened in the inspector.</source>
        <translation>%1 aberto no inspetor.</translation>
    </message>
    <message>
        <source>Introspection request sent</source>
        <translation>Requisição de introspecção enviada</translation>
    </message>
    <message>
        <source>Introspecting…</source>
        <translation>Introspectando…</translation>
    </message>
    <message>
        <source>Introspection failed</source>
        <translation>A introspecção falhou</translation>
    </message>
    <message>
        <source>Introspection answered</source>
        <translation>Introspecção respondida</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>não ativo</translation>
    </message>
    <message>
        <source>Active: the server accepts this token.</source>
        <translation>Ativo: o servidor aceita este token.</translation>
    </message>
    <message>
        <source>Not active: the server no longer accepts this token (expired, revoked or unknown).</source>
        <translation>Não ativo: o servidor não aceita mais este token (expirado, revogado ou desconhecido).</translation>
    </message>
    <message>
        <source>Revocation request sent</source>
        <translation>Requisição de revogação enviada</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revogando…</translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation>A revogação falhou</translation>
    </message>
    <message>
        <source>Revocation answered</source>
        <translation>Revogação respondida</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Revoked: the server answered HTTP %1. %2 should no longer be accepted; Introspect to see what the server says now.</source>
        <translation>Revogado: o servidor respondeu HTTP %1. %2 não deve mais ser aceito; clique em Introspectar para ver o que o servidor diz agora.</translation>
    </message>
    <message>
        <source>Userinfo request sent</source>
        <translation>Requisição de userinfo enviada</translation>
    </message>
    <message>
        <source>Asking userinfo…</source>
        <translation>Consultando o userinfo…</translation>
    </message>
    <message>
        <source>Userinfo failed</source>
        <translation>O userinfo falhou</translation>
    </message>
    <message>
        <source>What to try: the access token expired or was revoked; get a new one or refresh.</source>
        <translation>O que tentar: o access token expirou ou foi revogado; obtenha um novo ou renove-o.</translation>
    </message>
    <message>
        <source>What to try: ask for the openid scope (and the claims&apos; scopes such as email).</source>
        <translation>O que tentar: solicite o escopo openid (e os escopos das claims, como email).</translation>
    </message>
    <message>
        <source>Userinfo answered</source>
        <translation>Userinfo respondido</translation>
    </message>
    <message>
        <source>The userinfo response is encrypted (a JWE); only the client&apos;s key can read it.</source>
        <translation>A resposta de userinfo está criptografada (um JWE); só a chave do cliente pode lê-la.</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 iniciado</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Descoberta</translation>
    </message>
    <message>
        <source>Discovery answered</source>
        <translation>Descoberta respondida</translation>
    </message>
    <message>
        <source>issuer %1; RFC 9207 iss %2; jwks_uri %3</source>
        <translation>emissor %1; iss do RFC 9207 %2; jwks_uri %3</translation>
    </message>
    <message>
        <source>advertised</source>
        <translation>anunciado</translation>
    </message>
    <message>
        <source>not advertised</source>
        <translation>não anunciado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Discovery failed; going on with the connection&apos;s endpoints</source>
        <translation>A descoberta falhou; continuando com os endpoints da conexão</translation>
    </message>
    <message>
        <source>Token request sent</source>
        <translation>Requisição de token enviada</translation>
    </message>
    <message>
        <source>password grant for %1</source>
        <translation>grant password para %1</translation>
    </message>
    <message>
        <source>Authorization URL copied; open it in a browser and sign in</source>
        <translation>URL de autorização copiada; abra-a em um navegador e faça login</translation>
    </message>
    <message>
        <source>Browser opened; sign in there</source>
        <translation>Navegador aberto; faça login nele</translation>
    </message>
    <message>
        <source>Callback rejected; still waiting</source>
        <translation>Callback rejeitado; ainda aguardando</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>Callback recebido</translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation>A autorização falhou</translation>
    </message>
    <message>
        <source>The server asked to slow down</source>
        <translation>O servidor pediu para desacelerar</translation>
    </message>
    <message>
        <source>polling every %1 s</source>
        <translation>consultando a cada %1 s</translation>
    </message>
    <message>
        <source>Device authorization request sent</source>
        <translation>Requisição de autorização de dispositivo enviada</translation>
    </message>
    <message>
        <source>Enter the user code on the verification page</source>
        <translation>Informe o código de usuário na página de verificação</translation>
    </message>
    <message>
        <source>%1 at %2; polling every %3 s</source>
        <translation>%1 em %2; consultando a cada %3 s</translation>
    </message>
    <message>
        <source>Device grant ended</source>
        <translation>Grant device code encerrado</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Renovação automática</translation>
    </message>
    <message>
        <source>Reading the refresh token from the keychain</source>
        <translation>Lendo o refresh token do chaveiro</translation>
    </message>
    <message>
        <source>No refresh token is stored for %1. Get one with another grant first (the server may want the offline_access scope).</source>
        <translation>Nenhum refresh token está armazenado para %1. Obtenha um primeiro com outro grant (o servidor pode exigir o escopo offline_access).</translation>
    </message>
    <message>
        <source>No refresh token</source>
        <translation>Nenhum refresh token</translation>
    </message>
    <message>
        <source>refresh_token grant</source>
        <translation>grant refresh_token</translation>
    </message>
    <message>
        <source>Token response</source>
        <translation>Resposta de token</translation>
    </message>
    <message>
        <source>new tokens; the refresh token was rotated</source>
        <translation>novos tokens; o refresh token foi rotacionado</translation>
    </message>
    <message>
        <source>new tokens</source>
        <translation>novos tokens</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>A requisição falhou</translation>
    </message>
    <message>
        <source>Error response</source>
        <translation>Resposta de erro</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>access token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID token</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>refresh token</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Refresh token stored in the keychain</source>
        <translation>Refresh token armazenado no chaveiro</translation>
    </message>
    <message>
        <source>The refresh token could not be stored in the keychain, so Refresh cannot use it</source>
        <translation>Não foi possível armazenar o refresh token no chaveiro, então o grant Refresh não pode usá-lo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Response type</source>
        <translation>Response type</translation>
    </message>
    <message>
        <source>code (recommended)</source>
        <translation>code (recomendado)</translation>
    </message>
    <message>
        <source>%1 (hybrid)</source>
        <translation>%1 (híbrido)</translation>
    </message>
    <message>
        <source>%1 (implicit)</source>
        <translation>%1 (implícito)</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Fazer logout</translation>
    </message>
    <message>
        <source>Sign out at the provider in the browser</source>
        <translation>Fazer logout no provedor pelo navegador</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s end-session page with this ID token as id_token_hint, then clears the token set.</source>
        <translation>Abre a página de encerramento de sessão do provedor com este ID token como id_token_hint e depois limpa o conjunto de tokens.</translation>
    </message>
    <message>
        <source>Copy Sign-out URL</source>
        <translation>Copiar URL de logout</translation>
    </message>
    <message>
        <source>Copy the sign-out URL</source>
        <translation>Copiar a URL de logout</translation>
    </message>
    <message>
        <source>Sign-out URL</source>
        <translation>URL de logout</translation>
    </message>
    <message>
        <source>The implicit flow is discouraged by the OAuth 2.0 Security Best Current Practice: tokens travel in the browser&apos;s URL. Use code unless you test an old client; the client must be allowed the implicit grant.</source>
        <translation>O fluxo implícito é desaconselhado pela OAuth 2.0 Security Best Current Practice: os tokens trafegam na URL do navegador. Use code, a menos que esteja testando um cliente antigo; o cliente precisa ter permissão para o grant implicit.</translation>
    </message>
    <message>
        <source>Hybrid: the ID token comes through the browser and is verified against the server&apos;s keys; the client must be allowed this response type.</source>
        <translation>Híbrido: o ID token chega pelo navegador e é verificado com as chaves do servidor; o cliente precisa ter permissão para este response type.</translation>
    </message>
    <message>
        <source>Paste the subject token, or choose a token of the current set.</source>
        <translation>Cole o subject token ou escolha um token do conjunto atual.</translation>
    </message>
    <message>
        <source>The token set has no ID token: get one with the openid scope, or paste the subject token.</source>
        <translation>O conjunto de tokens não tem ID token: obtenha um com o escopo openid ou cole o subject token.</translation>
    </message>
    <message>
        <source>There is no token set yet: get one first, or paste the subject token.</source>
        <translation>Ainda não há um conjunto de tokens: obtenha um primeiro ou cole o subject token.</translation>
    </message>
    <message>
        <source>Choose the private key (PEM or JWK) that signs the assertion.</source>
        <translation>Escolha a chave privada (PEM ou JWK) que assina a asserção.</translation>
    </message>
    <message>
        <source>Pushed authorization request sent</source>
        <translation>Pushed authorization request enviada</translation>
    </message>
    <message>
        <source>Pushed authorization request answered</source>
        <translation>Pushed authorization request respondida</translation>
    </message>
    <message>
        <source>request_uri %1</source>
        <translation>request_uri %1</translation>
    </message>
    <message>
        <source>Front-channel tokens verified</source>
        <translation>Tokens do front channel verificados</translation>
    </message>
    <message>
        <source>Subject token</source>
        <translation>Subject token</translation>
    </message>
    <message>
        <source>The token set&apos;s access token</source>
        <translation>O access token do conjunto de tokens</translation>
    </message>
    <message>
        <source>The token set&apos;s ID token</source>
        <translation>O ID token do conjunto de tokens</translation>
    </message>
    <message>
        <source>A pasted token</source>
        <translation>Um token colado</translation>
    </message>
    <message>
        <source>Pasted subject token</source>
        <translation>Subject token colado</translation>
    </message>
    <message>
        <source>Paste the subject token</source>
        <translation>Cole o subject token</translation>
    </message>
    <message>
        <source>Subject token type</source>
        <translation>Tipo do subject token</translation>
    </message>
    <message>
        <source>Requested token type</source>
        <translation>Tipo de token solicitado</translation>
    </message>
    <message>
        <source>The server&apos;s choice</source>
        <translation>A escolha do servidor</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Actor token</source>
        <translation>Actor token</translation>
    </message>
    <message>
        <source>Optional: the acting party&apos;s access token (delegation)</source>
        <translation>Opcional: o access token da parte que age (delegação)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiência</translation>
    </message>
    <message>
        <source>Optional: space-separated audiences (client ids or URIs)</source>
        <translation>Opcional: audiências separadas por espaço (client ids ou URIs)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Subject type:</source>
        <translation>Tipo do subject:</translation>
    </message>
    <message>
        <source>Actor token:</source>
        <translation>Actor token:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audiência:</translation>
    </message>
    <message>
        <source>Requested type:</source>
        <translation>Tipo solicitado:</translation>
    </message>
    <message>
        <source>token exchange: subject %1%2%3</source>
        <translation>token exchange: subject %1%2%3</translation>
    </message>
    <message>
        <source>, with an actor token</source>
        <translation>, com um actor token</translation>
    </message>
    <message>
        <source>, audience %1</source>
        <translation>, audiência %1</translation>
    </message>
    <message>
        <source>Issued token type</source>
        <translation>Tipo de token emitido</translation>
    </message>
    <message>
        <source>not said (RFC 8693 §2.2.1 requires issued_token_type)</source>
        <translation>não informado (o RFC 8693 §2.2.1 exige issued_token_type)</translation>
    </message>
    <message>
        <source>Sign-out URL copied; open it in the browser where you signed in</source>
        <translation>URL de logout copiada; abra-a no navegador em que você fez login</translation>
    </message>
    <message>
        <source>%1 The sign-out URL was copied instead: open it in your browser.</source>
        <translation>%1 Em vez disso, a URL de logout foi copiada: abra-a no seu navegador.</translation>
    </message>
    <message>
        <source>Sign-out page opened in the browser</source>
        <translation>Página de logout aberta no navegador</translation>
    </message>
    <message>
        <source>Sign-out URL copied; the token set was cleared.</source>
        <translation>URL de logout copiada; o conjunto de tokens foi limpo.</translation>
    </message>
    <message>
        <source>Sign-out page opened; the token set was cleared.</source>
        <translation>Página de logout aberta; o conjunto de tokens foi limpo.</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Arquivo da chave privada</translation>
    </message>
    <message>
        <source>PEM or JWK private key that signs the assertion</source>
        <translation>Chave privada PEM ou JWK que assina a asserção</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Escolher o arquivo da chave privada</translation>
    </message>
    <message>
        <source>Assertion issuer</source>
        <translation>Emissor da asserção</translation>
    </message>
    <message>
        <source>Default: the client id</source>
        <translation>Padrão: o client id</translation>
    </message>
    <message>
        <source>Assertion subject</source>
        <translation>Sujeito da asserção</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Chave privada:</translation>
    </message>
    <message>
        <source>Issuer (iss):</source>
        <translation>Emissor (iss):</translation>
    </message>
    <message>
        <source>Subject (sub):</source>
        <translation>Sujeito (sub):</translation>
    </message>
    <message>
        <source>Private key for the JWT bearer assertion</source>
        <translation>Chave privada para a asserção JWT bearer</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.jwk *.json);;All files (*)</source>
        <translation>Chaves (*.pem *.key *.jwk *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read (%2). Choose a PEM or JWK file.</source>
        <translation>O arquivo da chave privada %1 não pode ser lido (%2). Escolha um arquivo PEM ou JWK.</translation>
    </message>
    <message>
        <source>No private key</source>
        <translation>Nenhuma chave privada</translation>
    </message>
    <message>
        <source>The assertion could not be signed</source>
        <translation>Não foi possível assinar a asserção</translation>
    </message>
    <message>
        <source>Assertion signed</source>
        <translation>Asserção assinada</translation>
    </message>
    <message>
        <source>iss %1, sub %2, aud %3</source>
        <translation>iss %1, sub %2, aud %3</translation>
    </message>
    <message>
        <source>JWT bearer grant</source>
        <translation>grant JWT bearer</translation>
    </message>
    <message>
        <source>Browser command:</source>
        <translation>Comando do navegador:</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Comando do navegador</translation>
    </message>
    <message>
        <source>A command that opens a URL, e.g. firefox --private-window. The URL is added as its last argument. Empty: TOKENSCOPE_BROWSER when set, else the system browser.</source>
        <translation>Um comando que abre uma URL, por exemplo firefox --private-window. A URL é acrescentada como último argumento. Vazio: TOKENSCOPE_BROWSER, quando definido, senão o navegador do sistema.</translation>
    </message>
    <message>
        <source>TOKENSCOPE_BROWSER: %1</source>
        <translation>TOKENSCOPE_BROWSER: %1</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Navegador do sistema</translation>
    </message>
    <message>
        <source>The browser command has an unterminated quote.</source>
        <translation>O comando do navegador tem uma aspa sem fechamento.</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <source>Expected issuer</source>
        <translation>Emissor esperado</translation>
    </message>
    <message>
        <source>https://issuer.example (optional)</source>
        <translation>https://issuer.example (opcional)</translation>
    </message>
    <message>
        <source>Expected audience</source>
        <translation>Audiência esperada</translation>
    </message>
    <message>
        <source>client id or API (optional)</source>
        <translation>client id ou API (opcional)</translation>
    </message>
    <message>
        <source>Expected nonce</source>
        <translation>Nonce esperado</translation>
    </message>
    <message>
        <source>from the authorization request (optional)</source>
        <translation>da requisição de autorização (opcional)</translation>
    </message>
    <message>
        <source>Access token for at_hash</source>
        <translation>Access token para at_hash</translation>
    </message>
    <message>
        <source>checks the ID token&apos;s at_hash (optional)</source>
        <translation>verifica o at_hash do ID token (opcional)</translation>
    </message>
    <message>
        <source>Authorization code for c_hash</source>
        <translation>Código de autorização para c_hash</translation>
    </message>
    <message>
        <source>checks the ID token&apos;s c_hash (optional)</source>
        <translation>verifica o c_hash do ID token (opcional)</translation>
    </message>
    <message>
        <source>Clock skew in seconds</source>
        <translation>Tolerância de relógio em segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far the clocks of issuer and this machine may disagree when judging exp, nbf and iat</source>
        <translation>Quanto os relógios do emissor e desta máquina podem divergir ao avaliar exp, nbf e iat</translation>
    </message>
    <message>
        <source>Token role</source>
        <translation>Papel do token</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>ID token (OpenID Connect)</source>
        <translation>ID token (OpenID Connect)</translation>
    </message>
    <message>
        <source>Access token (RFC 9068)</source>
        <translation>Access token (RFC 9068)</translation>
    </message>
    <message>
        <source>Verification key</source>
        <translation>Chave de verificação</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emissor:</translation>
    </message>
    <message>
        <source>&amp;Nonce:</source>
        <translation>&amp;Nonce:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access to&amp;ken:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <source>Verification inputs</source>
        <translation>Entradas da verificação</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Paste a token to verify it.</source>
        <translation>Cole um token para verificá-lo.</translation>
    </message>
    <message>
        <source>Opaque token: it cannot be verified here; the authorization server&apos;s introspection endpoint says whether it is active.</source>
        <translation>Token opaco: ele não pode ser verificado aqui; o endpoint de introspecção do servidor de autorização informa se ele está ativo.</translation>
    </message>
    <message numerus="yes">
        <source>Invalid: %n check(s) failed</source>
        <translation>
            <numerusform>Inválido: %n verificação falhou</numerusform>
            <numerusform>Inválido: %n verificações falharam</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted: the header checks pass; the claims can only be checked by the recipient, who holds the decryption key.</source>
        <translation>Criptografado: as verificações do cabeçalho passam; as claims só podem ser verificadas pelo destinatário, que tem a chave de descriptografia.</translation>
    </message>
    <message>
        <source>Not verified: the claims pass, but the signature was not checked. Add a key or secret.</source>
        <translation>Não verificado: as claims passam, mas a assinatura não foi verificada. Adicione uma chave ou um segredo.</translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s)</source>
        <translation>
            <numerusform>Válido, com %n aviso</numerusform>
            <numerusform>Válido, com %n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>Au&amp;diência:</translation>
    </message>
    <message>
        <source>Clock ske&amp;w:</source>
        <translation>Tolerância de re&amp;lógio:</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Verdi&amp;ct</source>
        <translation>&amp;Veredito</translation>
    </message>
</context>
</TS>
