<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Autostart</name>
    <message>
        <source>The Windows registry could not be written.</source>
        <translation>Impossible d’écrire dans le registre Windows.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>the common name is empty</source>
        <translation>le nom commun est vide</translation>
    </message>
    <message>
        <source>the common name is longer than %1 characters</source>
        <translation>le nom commun dépasse %1 caractères</translation>
    </message>
    <message>
        <source>a certificate is valid for 1 to %1 days</source>
        <translation>un certificat est valide de 1 à %1 jours</translation>
    </message>
    <message>
        <source>could not make an EC P-256 key</source>
        <translation>impossible de créer une clé EC P-256</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>could not set the version</source>
        <translation>impossible de définir la version</translation>
    </message>
    <message>
        <source>could not draw a serial number</source>
        <translation>impossible de tirer un numéro de série</translation>
    </message>
    <message>
        <source>could not set the serial number</source>
        <translation>impossible de définir le numéro de série</translation>
    </message>
    <message>
        <source>could not set the validity period</source>
        <translation>impossible de définir la période de validité</translation>
    </message>
    <message>
        <source>could not set the common name</source>
        <translation>impossible de définir le nom commun</translation>
    </message>
    <message>
        <source>could not set the public key</source>
        <translation>impossible de définir la clé publique</translation>
    </message>
    <message>
        <source>could not add the %1 extension</source>
        <translation>impossible d’ajouter l’extension %1</translation>
    </message>
    <message>
        <source>could not make a subject alternative name</source>
        <translation>impossible de créer un nom alternatif du sujet</translation>
    </message>
    <message>
        <source>could not add a subject alternative name</source>
        <translation>impossible d’ajouter un nom alternatif du sujet</translation>
    </message>
    <message>
        <source>could not add the subject alternative names</source>
        <translation>impossible d’ajouter les noms alternatifs du sujet</translation>
    </message>
    <message>
        <source>could not write PEM</source>
        <translation>impossible d’écrire le PEM</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not PEM</source>
        <translation>le certificat de l’autorité n’est pas au format PEM</translation>
    </message>
    <message>
        <source>the authority&apos;s key is not an unencrypted PEM key</source>
        <translation>la clé de l’autorité n’est pas une clé PEM non chiffrée</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not a CA certificate</source>
        <translation>le certificat de l’autorité n’est pas un certificat de CA</translation>
    </message>
    <message>
        <source>the authority&apos;s key does not belong to its certificate</source>
        <translation>la clé de l’autorité ne correspond pas à son certificat</translation>
    </message>
    <message>
        <source>could not set the issuer</source>
        <translation>impossible de définir l’émetteur</translation>
    </message>
    <message>
        <source>could not sign the authority</source>
        <translation>impossible de signer l’autorité</translation>
    </message>
    <message>
        <source>“%1” is not a DNS name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom DNS</translation>
    </message>
    <message>
        <source>an IP address is empty</source>
        <translation>une adresse IP est vide</translation>
    </message>
    <message>
        <source>could not sign the certificate</source>
        <translation>impossible de signer le certificat</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not make the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The home&apos;s authority in %1 cannot be used (%2). Move ca.crt and ca.key away to start a new one; devices then need the new ca.crt.</source>
        <translation>L’autorité de cette maison dans %1 est inutilisable (%2). Déplacez ca.crt et ca.key ailleurs pour en créer une nouvelle&#xa0;; les appareils auront alors besoin du nouveau ca.crt.</translation>
    </message>
    <message>
        <source>A device cannot be called “ca”: ca.crt is the authority&apos;s file.</source>
        <translation>Un appareil ne peut pas s’appeler «&#xa0;ca&#xa0;»&#xa0;: ca.crt est le fichier de l’autorité.</translation>
    </message>
    <message>
        <source>Choose a folder other than the broker&apos;s own certificate folder.</source>
        <translation>Choisissez un autre dossier que celui des certificats du broker.</translation>
    </message>
    <message>
        <source>There is no home authority in %1 yet.</source>
        <translation>Il n’y a pas encore d’autorité pour cette maison dans %1.</translation>
    </message>
</context>
<context>
    <name>ClientErrors</name>
    <message>
        <source>unacceptable protocol version</source>
        <translation>version de protocole inacceptable</translation>
    </message>
    <message>
        <source>identifier rejected</source>
        <translation>identifiant rejeté</translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation>serveur indisponible</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>return code %1</source>
        <translation>code de retour %1</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>granted QoS 1</source>
        <translation>QoS 1 accordée</translation>
    </message>
    <message>
        <source>granted QoS 2</source>
        <translation>QoS 2 accordée</translation>
    </message>
    <message>
        <source>disconnect with will message</source>
        <translation>déconnexion avec message de dernière volonté</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>aucun abonné correspondant</translation>
    </message>
    <message>
        <source>no subscription existed</source>
        <translation>aucun abonnement n’existait</translation>
    </message>
    <message>
        <source>continue authentication</source>
        <translation>poursuite de l’authentification</translation>
    </message>
    <message>
        <source>re-authenticate</source>
        <translation>réauthentification</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>erreur non spécifiée</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>paquet mal formé</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message>
        <source>implementation specific error</source>
        <translation>erreur propre à l’implémentation</translation>
    </message>
    <message>
        <source>unsupported protocol version</source>
        <translation>version de protocole non prise en charge</translation>
    </message>
    <message>
        <source>client identifier not valid</source>
        <translation>identifiant client non valide</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>serveur occupé</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banni</translation>
    </message>
    <message>
        <source>server shutting down</source>
        <translation>arrêt du serveur en cours</translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation>méthode d’authentification incorrecte</translation>
    </message>
    <message>
        <source>keep alive timeout</source>
        <translation>délai keep-alive dépassé</translation>
    </message>
    <message>
        <source>session taken over</source>
        <translation>session reprise par un autre client</translation>
    </message>
    <message>
        <source>topic filter invalid</source>
        <translation>filtre de topic non valide</translation>
    </message>
    <message>
        <source>topic name invalid</source>
        <translation>nom de topic non valide</translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation>identifiant de paquet déjà utilisé</translation>
    </message>
    <message>
        <source>packet identifier not found</source>
        <translation>identifiant de paquet introuvable</translation>
    </message>
    <message>
        <source>receive maximum exceeded</source>
        <translation>maximum de réception dépassé</translation>
    </message>
    <message>
        <source>topic alias invalid</source>
        <translation>alias de topic non valide</translation>
    </message>
    <message>
        <source>packet too large</source>
        <translation>paquet trop volumineux</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>débit de messages trop élevé</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>quota dépassé</translation>
    </message>
    <message>
        <source>administrative action</source>
        <translation>action administrative</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>format de charge utile non valide</translation>
    </message>
    <message>
        <source>retain not supported</source>
        <translation>messages retenus non pris en charge</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>QoS non prise en charge</translation>
    </message>
    <message>
        <source>use another server</source>
        <translation>utiliser un autre serveur</translation>
    </message>
    <message>
        <source>server moved</source>
        <translation>serveur déplacé</translation>
    </message>
    <message>
        <source>shared subscriptions not supported</source>
        <translation>abonnements partagés non pris en charge</translation>
    </message>
    <message>
        <source>connection rate exceeded</source>
        <translation>fréquence de connexion dépassée</translation>
    </message>
    <message>
        <source>maximum connect time</source>
        <translation>durée de connexion maximale atteinte</translation>
    </message>
    <message>
        <source>subscription identifiers not supported</source>
        <translation>identifiants d’abonnement non pris en charge</translation>
    </message>
    <message>
        <source>wildcard subscriptions not supported</source>
        <translation>abonnements avec jokers non pris en charge</translation>
    </message>
    <message>
        <source>reason code 0x%1</source>
        <translation>code de raison 0x%1</translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation>connexion refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>subscription to “%1” refused by the broker</source>
        <translation>abonnement à «&#xa0;%1&#xa0;» refusé par le broker</translation>
    </message>
    <message>
        <source>subscription to “%1” refused: %2</source>
        <translation>abonnement à «&#xa0;%1&#xa0;» refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>publication refused: %1</source>
        <translation>publication refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected</source>
        <translation>connexion perdue&#xa0;: le broker s’est déconnecté</translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected (%1)</source>
        <translation>connexion perdue&#xa0;: le broker s’est déconnecté (%1)</translation>
    </message>
    <message>
        <source>connection lost: the broker or the network closed it</source>
        <translation>connexion perdue&#xa0;: le broker ou le réseau l’a fermée</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>connexion perdue&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>le broker a fermé la connexion</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>erreur de socket %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS: certificate not trusted for host %1 (%2)</source>
        <translation>TLS&#xa0;: certificat non approuvé pour l’hôte %1 (%2)</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has expired</source>
        <translation>TLS&#xa0;: le certificat de l’hôte %1 a expiré</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 is not valid yet</source>
        <translation>TLS&#xa0;: le certificat de l’hôte %1 n’est pas encore valide</translation>
    </message>
    <message>
        <source>TLS: the certificate does not match host %1</source>
        <translation>TLS&#xa0;: le certificat ne correspond pas à l’hôte %1</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has been revoked</source>
        <translation>TLS&#xa0;: le certificat de l’hôte %1 a été révoqué</translation>
    </message>
    <message>
        <source>TLS: certificate of host %1 rejected (%2)</source>
        <translation>TLS&#xa0;: certificat de l’hôte %1 rejeté (%2)</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>cannot connect to %1: no answer from the broker within %n s</source>
        <translation>
            <numerusform>impossible de se connecter à %1&#xa0;: aucune réponse du broker en %n s</numerusform>
            <numerusform>impossible de se connecter à %1&#xa0;: aucune réponse du broker en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>“%1” is not a valid broker URL: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL de broker valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>it must start with mqtt://, mqtts://, ws:// or wss://</source>
        <translation>elle doit commencer par mqtt://, mqtts://, ws:// ou wss://</translation>
    </message>
    <message>
        <source>unknown scheme “%1” (use mqtt, mqtts, ws or wss)</source>
        <translation>schéma «&#xa0;%1&#xa0;» inconnu (utilisez mqtt, mqtts, ws ou wss)</translation>
    </message>
    <message>
        <source>the user name before “@” is empty</source>
        <translation>le nom d’utilisateur avant «&#xa0;@&#xa0;» est vide</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing “]”</source>
        <translation>l’adresse IPv6 n’a pas de «&#xa0;]&#xa0;» fermant</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>unexpected “%1” after the IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» inattendu après l’adresse IPv6</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. mqtt://[::1]:1883</source>
        <translation>les adresses IPv6 doivent être écrites entre crochets, p. ex. mqtt://[::1]:1883</translation>
    </message>
    <message>
        <source>the host name is missing</source>
        <translation>le nom d’hôte est manquant</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide</translation>
    </message>
    <message>
        <source>the port number after “:” is missing</source>
        <translation>le numéro de port après «&#xa0;:&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>invalid port “%1” (use a number from 1 to 65535)</source>
        <translation>port «&#xa0;%1&#xa0;» non valide (utilisez un nombre de 1 à 65535)</translation>
    </message>
    <message>
        <source>a broker URL has no “#” fragment</source>
        <translation>une URL de broker n’a pas de fragment «&#xa0;#&#xa0;»</translation>
    </message>
    <message>
        <source>%1:// URLs have no path or query (“%2”)</source>
        <translation>les URL %1:// n’ont ni chemin ni requête («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>WebSocket over TLS</source>
        <translation>WebSocket sur TLS</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
</context>
<context>
    <name>ConventionCatalog</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a Qt plugin</source>
        <translation>ce n’est pas un plugin Qt</translation>
    </message>
    <message>
        <source>not a device-convention plugin (IID %1)</source>
        <translation>ce n’est pas un plugin de convention d’appareils (IID %1)</translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation>ses métadonnées n’ont pas d’identifiant</translation>
    </message>
    <message>
        <source>written for plugin interface %1, this is interface %2</source>
        <translation>conçu pour l’interface de plugin %1, alors que celle-ci est l’interface %2</translation>
    </message>
    <message>
        <source>does not implement the interface</source>
        <translation>n’implémente pas l’interface</translation>
    </message>
    <message>
        <source>says it is &quot;%1&quot; but its metadata says &quot;%2&quot;</source>
        <translation>se déclare «&#xa0;%1&#xa0;» mais ses métadonnées indiquent «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DemoHome</name>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <translation>Salle de bain</translation>
    </message>
    <message>
        <source>Living room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <translation>Chambre</translation>
    </message>
</context>
<context>
    <name>EntityTracker</name>
    <message>
        <source>the device reported “%1” instead</source>
        <translation>l’appareil a indiqué «&#xa0;%1&#xa0;» à la place</translation>
    </message>
    <message>
        <source>no answer from the device; it last reported “%1”</source>
        <translation>aucune réponse de l’appareil&#xa0;; dernier état indiqué&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no answer from the device</source>
        <translation>aucune réponse de l’appareil</translation>
    </message>
</context>
<context>
    <name>GenericRecognizer</name>
    <message>
        <source>“%1” does not name a room and a device: every level must be non-empty UTF-8 of at most %2 bytes</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne pas une pièce et un appareil&#xa0;: chaque niveau doit être une chaîne UTF-8 non vide d’au plus %2 octets</translation>
    </message>
    <message>
        <source>more than %1 hand-made devices; %2 is ignored</source>
        <translation>plus de %1 appareils ajoutés à la main&#xa0;; %2 est ignoré</translation>
    </message>
    <message>
        <source>more than %1 entities in home/%2/%3; the rest are left out</source>
        <translation>plus de %1 entités dans home/%2/%3&#xa0;; les autres sont omises</translation>
    </message>
    <message>
        <source>%1 should say on or off, not “%2”</source>
        <translation>%1 devrait indiquer on ou off, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the state is too large (%2 bytes)</source>
        <translation>%1&#xa0;: l’état est trop volumineux (%2 octets)</translation>
    </message>
    <message>
        <source>%1: the state is not a JSON object: %2</source>
        <translation>%1&#xa0;: l’état n’est pas un objet JSON&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HomeAssistantDiscovery</name>
    <message>
        <source>“%1” should be text</source>
        <translation>«&#xa0;%1&#xa0;» devrait être du texte</translation>
    </message>
    <message>
        <source>“%1” should be text, a number or true/false</source>
        <translation>«&#xa0;%1&#xa0;» devrait être du texte, un nombre ou true/false</translation>
    </message>
    <message>
        <source>“%1” is not a usable topic: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un topic utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” should be a positive whole number</source>
        <translation>«&#xa0;%1&#xa0;» devrait être un nombre entier positif</translation>
    </message>
    <message>
        <source>“%1” should be true or false</source>
        <translation>«&#xa0;%1&#xa0;» devrait valoir true ou false</translation>
    </message>
    <message>
        <source>“%1” (%2) is more than a member of the payload; the whole payload is shown instead</source>
        <translation>«&#xa0;%1&#xa0;» (%2) ne désigne pas seulement un membre de la charge utile&#xa0;; la charge utile entière est affichée à la place</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>“device” should be an object</source>
        <translation>«&#xa0;device&#xa0;» devrait être un objet</translation>
    </message>
    <message>
        <source>“availability” should be a list of objects</source>
        <translation>«&#xa0;availability&#xa0;» devrait être une liste d’objets</translation>
    </message>
    <message>
        <source>“brightness_command_template” (%1) is not followed; the plain level is sent</source>
        <translation>«&#xa0;brightness_command_template&#xa0;» (%1) n’est pas appliqué&#xa0;; le niveau brut est envoyé</translation>
    </message>
    <message>
        <source>“supported_color_modes” should be a list</source>
        <translation>«&#xa0;supported_color_modes&#xa0;» devrait être une liste</translation>
    </message>
    <message>
        <source>the light schema “%1” is not supported</source>
        <translation>le schéma de lumière «&#xa0;%1&#xa0;» n’est pas pris en charge</translation>
    </message>
    <message>
        <source>the component “%1” is not supported</source>
        <translation>le composant «&#xa0;%1&#xa0;» n’est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>HomeAssistantRecognizer</name>
    <message>
        <source>the discovery config is too large (%1 bytes)</source>
        <translation>la configuration de découverte est trop volumineuse (%1 octets)</translation>
    </message>
    <message>
        <source>the discovery config is not valid JSON: %1 at byte %2</source>
        <translation>la configuration de découverte n’est pas du JSON valide&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation>la configuration de découverte n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>“%1” is not a discovery topic: ids may only hold letters, digits, “_” and “-”</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un topic de découverte&#xa0;: les identifiants ne peuvent contenir que des lettres, des chiffres, «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>a device discovery config needs “components”</source>
        <translation>une configuration de découverte d’appareil nécessite «&#xa0;components&#xa0;»</translation>
    </message>
    <message>
        <source>the component “%1” has no platform</source>
        <translation>le composant «&#xa0;%1&#xa0;» n’a pas de plateforme</translation>
    </message>
    <message>
        <source>%1 has more than %2 components; the rest are left out</source>
        <translation>%1 a plus de %2 composants&#xa0;; les autres sont omis</translation>
    </message>
    <message>
        <source>two discovery configs describe the entity “%1” of %2; the second (%3) is ignored</source>
        <translation>deux configurations de découverte décrivent l’entité «&#xa0;%1&#xa0;» de %2&#xa0;; la seconde (%3) est ignorée</translation>
    </message>
    <message>
        <source>more than %1 Home Assistant devices; %2 is ignored</source>
        <translation>plus de %1 appareils Home Assistant&#xa0;; %2 est ignoré</translation>
    </message>
    <message>
        <source>more than %1 entities in %2; %3 is left out</source>
        <translation>plus de %1 entités dans %2&#xa0;; %3 est omise</translation>
    </message>
</context>
<context>
    <name>HomieRecognizer</name>
    <message>
        <source>&quot;%1&quot; is not a valid Homie id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant Homie valide</translation>
    </message>
    <message>
        <source>more than %1 listed; the rest are left out</source>
        <translation>plus de %1 éléments listés&#xa0;; les autres sont omis</translation>
    </message>
    <message>
        <source>the attribute is too long</source>
        <translation>l’attribut est trop long</translation>
    </message>
    <message>
        <source>more than %1 Homie devices; this one is ignored</source>
        <translation>plus de %1 appareils Homie&#xa0;; celui-ci est ignoré</translation>
    </message>
    <message>
        <source>Homie version %1 is not understood</source>
        <translation>la version %1 de Homie n’est pas reconnue</translation>
    </message>
    <message>
        <source>more than %1 nodes; node %2 is ignored</source>
        <translation>plus de %1 nœuds&#xa0;; le nœud %2 est ignoré</translation>
    </message>
    <message>
        <source>more than %1 properties; property %2 is ignored</source>
        <translation>plus de %1 propriétés&#xa0;; la propriété %2 est ignorée</translation>
    </message>
    <message>
        <source>datatype %1 is not a Homie datatype; property %2 is left out</source>
        <translation>le type de données %1 n’est pas un type Homie&#xa0;; la propriété %2 est omise</translation>
    </message>
    <message>
        <source>$settable is neither true nor false</source>
        <translation>$settable ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>more than %1 properties; the rest are left out</source>
        <translation>plus de %1 propriétés&#xa0;; les autres sont omises</translation>
    </message>
</context>
<context>
    <name>Management</name>
    <message>
        <source>The broker&apos;s data directory, where access.db is (default: the broker&apos;s, or data_dir of the configuration file).</source>
        <translation>Le dossier de données du broker, où se trouve access.db (par défaut&#xa0;: celui du broker, ou data_dir du fichier de configuration).</translation>
    </message>
    <message>
        <source>The broker&apos;s configuration file: its data_dir and password_iterations are used.</source>
        <translation>Le fichier de configuration du broker&#xa0;: ses paramètres data_dir et password_iterations sont utilisés.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations for the new password hash.</source>
        <translation>Nombre d’itérations PBKDF2 pour le hachage du nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Read the password as one line from standard input instead of asking on the terminal.</source>
        <translation>Lire le mot de passe sur une ligne de l’entrée standard au lieu de le demander dans le terminal.</translation>
    </message>
    <message>
        <source>acl add: a rule for this user.</source>
        <translation>acl add&#xa0;: une règle pour cet utilisateur.</translation>
    </message>
    <message>
        <source>acl add: a rule for this client identifier.</source>
        <translation>acl add&#xa0;: une règle pour cet identifiant client.</translation>
    </message>
    <message>
        <source>acl add: a rule for clients without a user name.</source>
        <translation>acl add&#xa0;: une règle pour les clients sans nom d’utilisateur.</translation>
    </message>
    <message>
        <source>acl add: a rule for every client.</source>
        <translation>acl add&#xa0;: une règle pour tous les clients.</translation>
    </message>
    <message>
        <source>acl add: the topic filter; %u stands for the user name, %c for the client identifier.</source>
        <translation>acl add&#xa0;: le filtre de topic&#xa0;; %u représente le nom d’utilisateur, %c l’identifiant client.</translation>
    </message>
    <message>
        <source>acl add: read, write or readwrite.</source>
        <translation>acl add&#xa0;: read, write ou readwrite.</translation>
    </message>
    <message>
        <source>Run &apos;homewire-broker user --help&apos; for how to use it.</source>
        <translation>Exécutez «&#xa0;homewire-broker user --help&#xa0;» pour savoir comment l’utiliser.</translation>
    </message>
    <message>
        <source>Usage: homewire-broker user add NAME         add a user (asks for the password)
       homewire-broker user passwd NAME      change a user&apos;s password
       homewire-broker user remove NAME      remove a user and the rules for that user
       homewire-broker user list             list the users
       homewire-broker acl add (--user NAME | --clientid ID | --anonymous | --everyone)
                               --topic FILTER --access read|write|readwrite
       homewire-broker acl remove ID
       homewire-broker acl list              list the rules with their ids

With no ACL rule at all every client may read and write every topic; once a rule
exists, whatever no rule grants is denied. A running broker applies changes within
about a second.

</source>
        <translation>Utilisation&#xa0;: homewire-broker user add NOM          ajoute un utilisateur (demande le mot de passe)
              homewire-broker user passwd NOM       change le mot de passe d’un utilisateur
              homewire-broker user remove NOM       supprime un utilisateur et ses règles
              homewire-broker user list             liste les utilisateurs
              homewire-broker acl add (--user NOM | --clientid ID | --anonymous | --everyone)
                                      --topic FILTRE --access read|write|readwrite
              homewire-broker acl remove ID
              homewire-broker acl list              liste les règles avec leurs identifiants

Sans aucune règle ACL, tout client peut lire et écrire sur tous les topics&#xa0;; dès
qu’une règle existe, tout ce qu’aucune règle n’autorise est refusé. Un broker en
cours d’exécution applique les modifications en une seconde environ.

</translation>
    </message>
    <message>
        <source>&apos;acl&apos; needs a command: add, remove or list</source>
        <translation>«&#xa0;acl&#xa0;» attend une commande&#xa0;: add, remove ou list</translation>
    </message>
    <message>
        <source>&apos;user&apos; needs a command: add, passwd, remove or list</source>
        <translation>«&#xa0;user&#xa0;» attend une commande&#xa0;: add, passwd, remove ou list</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>commande inconnue «&#xa0;%1 %2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one argument, %2</source>
        <translation>«&#xa0;%1&#xa0;» prend un argument, %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments (got &apos;%2&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» ne prend aucun argument (reçu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;%2 %3&apos;</source>
        <translation>--%1 ne s’utilise pas avec «&#xa0;%2 %3&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no data directory to keep the users in; give one with --data-dir</source>
        <translation>aucun dossier de données où conserver les utilisateurs&#xa0;; indiquez-en un avec --data-dir</translation>
    </message>
    <message>
        <source>--iterations takes a whole number from 1000 to 10000000, not &apos;%1&apos;</source>
        <translation>--iterations attend un nombre entier de 1000 à 10000000, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1. Nothing was changed. Restore the backup, or run the command again to begin with no users and rules.</source>
        <translation>%1. Rien n’a été modifié. Restaurez la sauvegarde, ou relancez la commande pour repartir sans utilisateurs ni règles.</translation>
    </message>
    <message>
        <source>there is no password on standard input; nothing was changed</source>
        <translation>aucun mot de passe sur l’entrée standard&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>standard input is not a terminal to ask for the password on; give the password on standard input with --password-stdin</source>
        <translation>l’entrée standard n’est pas un terminal où demander le mot de passe&#xa0;; fournissez le mot de passe sur l’entrée standard avec --password-stdin</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Confirmez le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>the passwords do not match; nothing was changed</source>
        <translation>les mots de passe ne correspondent pas&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the password is empty; nothing was changed</source>
        <translation>le mot de passe est vide&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the password is longer than the %1 bytes MQTT can carry; nothing was changed</source>
        <translation>le mot de passe dépasse les %1 octets que MQTT peut transporter&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists</source>
        <translation>l’utilisateur «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>il n’y a pas d’utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no ACL rule %1 (&apos;acl list&apos; shows the rules)</source>
        <translation>il n’y a pas de règle ACL %1 («&#xa0;acl list&#xa0;» affiche les règles)</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>impossible de modifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists; &apos;user passwd %1&apos; changes the password</source>
        <translation>l’utilisateur «&#xa0;%1&#xa0;» existe déjà&#xa0;; «&#xa0;user passwd %1&#xa0;» change son mot de passe</translation>
    </message>
    <message>
        <source>Added user &apos;%1&apos;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Changed the password of &apos;%1&apos;.</source>
        <translation>Mot de passe de «&#xa0;%1&#xa0;» modifié.</translation>
    </message>
    <message>
        <source>Removed user &apos;%1&apos; and the rules for that user.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» supprimé, ainsi que ses règles.</translation>
    </message>
    <message>
        <source>There are no users in %1.</source>
        <translation>Il n’y a aucun utilisateur dans %1.</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; takes exactly one of --user, --clientid, --anonymous or --everyone</source>
        <translation>«&#xa0;acl add&#xa0;» attend exactement une option parmi --user, --clientid, --anonymous et --everyone</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --topic FILTER</source>
        <translation>«&#xa0;acl add&#xa0;» nécessite --topic FILTRE</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --access read|write|readwrite</source>
        <translation>«&#xa0;acl add&#xa0;» nécessite --access read|write|readwrite</translation>
    </message>
    <message>
        <source>--access must be read, write or readwrite, not &apos;%1&apos;</source>
        <translation>--access doit valoir read, write ou readwrite, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Added ACL rule %1.</source>
        <translation>Règle ACL %1 ajoutée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule id; &apos;acl list&apos; shows them</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de règle&#xa0;; «&#xa0;acl list&#xa0;» les affiche</translation>
    </message>
    <message>
        <source>Removed ACL rule %1.</source>
        <translation>Règle ACL %1 supprimée.</translation>
    </message>
    <message>
        <source>There are no ACL rules in %1: every client may read and write every topic.</source>
        <translation>Il n’y a aucune règle ACL dans %1&#xa0;: tout client peut lire et écrire sur tous les topics.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <source>access</source>
        <translation>accès</translation>
    </message>
</context>
<context>
    <name>ManualDevice</name>
    <message>
        <source>it is longer than 65535 bytes</source>
        <translation>il dépasse 65535 octets</translation>
    </message>
    <message>
        <source>it contains the wildcard “+” or “#”, which only subscriptions may use</source>
        <translation>il contient le joker «&#xa0;+&#xa0;» ou «&#xa0;#&#xa0;», réservé aux abonnements</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>il contient un caractère NUL</translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation>il n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>command topic</source>
        <translation>topic de commande</translation>
    </message>
    <message>
        <source>brightness command topic</source>
        <translation>topic de commande de luminosité</translation>
    </message>
    <message>
        <source>state topic</source>
        <translation>topic d’état</translation>
    </message>
    <message>
        <source>brightness state topic</source>
        <translation>topic d’état de luminosité</translation>
    </message>
    <message>
        <source>availability topic</source>
        <translation>topic de disponibilité</translation>
    </message>
    <message>
        <source>The %1 of “%2” cannot be used: %3.</source>
        <translation>Le %1 de «&#xa0;%2&#xa0;» est inutilisable&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” needs a payload for on and one for off.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une charge utile pour allumer et une pour éteindre.</translation>
    </message>
    <message>
        <source>The on and off payloads of “%1” are the same; they must differ.</source>
        <translation>Les charges utiles d’allumage et d’extinction de «&#xa0;%1&#xa0;» sont identiques&#xa0;; elles doivent être différentes.</translation>
    </message>
    <message>
        <source>“%1” needs a state value for on and one for off.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une valeur d’état pour allumé et une pour éteint.</translation>
    </message>
    <message>
        <source>The on and off states of “%1” are the same; they must differ.</source>
        <translation>Les états allumé et éteint de «&#xa0;%1&#xa0;» sont identiques&#xa0;; ils doivent être différents.</translation>
    </message>
    <message>
        <source>The highest brightness of “%1” must be at least 1.</source>
        <translation>La luminosité maximale de «&#xa0;%1&#xa0;» doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>The brightness template of “%1” must contain {value}.</source>
        <translation>Le modèle de luminosité de «&#xa0;%1&#xa0;» doit contenir {value}.</translation>
    </message>
    <message>
        <source>Every switch, light and sensor needs a name.</source>
        <translation>Chaque interrupteur, lumière et capteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” needs a command topic: the topic it is switched with.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un topic de commande&#xa0;: le topic par lequel il est commandé.</translation>
    </message>
    <message>
        <source>“%1” needs a state topic: the topic it reports on.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un topic d’état&#xa0;: le topic sur lequel il indique son état.</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>L’appareil doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” needs at least one switch, light or sensor.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite au moins un interrupteur, une lumière ou un capteur.</translation>
    </message>
    <message>
        <source>Two parts of “%1” share the name “%2”; give each its own.</source>
        <translation>Deux éléments de «&#xa0;%1&#xa0;» portent le même nom «&#xa0;%2&#xa0;»&#xa0;; donnez à chacun un nom distinct.</translation>
    </message>
</context>
<context>
    <name>NetworkAccess</name>
    <message>
        <source>No certificate file is chosen.</source>
        <translation>Aucun fichier de certificat n’est choisi.</translation>
    </message>
    <message>
        <source>%1 is missing or cannot be read.</source>
        <translation>%1 est manquant ou illisible.</translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation>Seul cet ordinateur peut se connecter.</translation>
    </message>
    <message>
        <source>passwords or client certificates</source>
        <translation>mots de passe ou certificats client</translation>
    </message>
    <message>
        <source>client certificates</source>
        <translation>certificats client</translation>
    </message>
    <message>
        <source>passwords</source>
        <translation>mots de passe</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %3) and on port %2 (unencrypted, passwords).</source>
        <translation>Les appareils de votre réseau peuvent se connecter sur le port %1 (TLS, %3) et sur le port %2 (non chiffré, mots de passe).</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %2).</source>
        <translation>Les appareils de votre réseau peuvent se connecter sur le port %1 (TLS, %2).</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (unencrypted, passwords).</source>
        <translation>Les appareils de votre réseau peuvent se connecter sur le port %1 (non chiffré, mots de passe).</translation>
    </message>
</context>
<context>
    <name>PahoConnection</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>interrupted: the connection ended before the broker answered</source>
        <translation>interrompu&#xa0;: la connexion s’est terminée avant la réponse du broker</translation>
    </message>
    <message>
        <source>too many messages in flight</source>
        <translation>trop de messages en transit</translation>
    </message>
    <message>
        <source>too many messages waiting to be sent</source>
        <translation>trop de messages en attente d’envoi</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>invalid QoS</source>
        <translation>QoS non valide</translation>
    </message>
    <message>
        <source>the Paho library was built without TLS</source>
        <translation>la bibliothèque Paho a été compilée sans TLS</translation>
    </message>
    <message>
        <source>unsupported URL scheme</source>
        <translation>schéma d’URL non pris en charge</translation>
    </message>
    <message>
        <source>MQTT version mismatch</source>
        <translation>incompatibilité de version MQTT</translation>
    </message>
    <message>
        <source>ignored: a disconnect is under way</source>
        <translation>ignoré&#xa0;: une déconnexion est en cours</translation>
    </message>
    <message>
        <source>Paho error %1</source>
        <translation>erreur Paho %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>ShellyRecognizer</name>
    <message>
        <source>more than %1 Shelly devices; this one is ignored</source>
        <translation>plus de %1 appareils Shelly&#xa0;; celui-ci est ignoré</translation>
    </message>
    <message>
        <source>the Shelly device id is empty</source>
        <translation>l’identifiant de l’appareil Shelly est vide</translation>
    </message>
    <message>
        <source>the announcement is not a JSON object</source>
        <translation>l’annonce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the announcement has no device id</source>
        <translation>l’annonce n’a pas d’identifiant d’appareil</translation>
    </message>
    <message>
        <source>the announced model is not text</source>
        <translation>le modèle annoncé n’est pas du texte</translation>
    </message>
    <message>
        <source>relay %1 is not a relay a Shelly has</source>
        <translation>le relais %1 n’existe sur aucun Shelly</translation>
    </message>
    <message>
        <source>the relay power is not a number</source>
        <translation>la puissance du relais n’est pas un nombre</translation>
    </message>
    <message>
        <source>a relay state is neither on nor off</source>
        <translation>un état de relais ne vaut ni on ni off</translation>
    </message>
    <message>
        <source>the temperature is not a number</source>
        <translation>la température n’est pas un nombre</translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation>Relais %1</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Relay %1 power</source>
        <translation>Puissance du relais %1</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Device temperature</source>
        <translation>Température de l’appareil</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>%1 is not a Shelly component status</source>
        <translation>%1 n’est pas un état de composant Shelly</translation>
    </message>
    <message>
        <source>the notification is not a JSON-RPC frame</source>
        <translation>la notification n’est pas une trame JSON-RPC</translation>
    </message>
    <message>
        <source>the Shelly topic prefix is empty</source>
        <translation>le préfixe de topic Shelly est vide</translation>
    </message>
    <message>
        <source>more than %1 components; the rest are left out</source>
        <translation>plus de %1 composants&#xa0;; les autres sont omis</translation>
    </message>
    <message>
        <source>Light %1</source>
        <translation>Lumière %1</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lumière</translation>
    </message>
    <message>
        <source>Switch %1</source>
        <translation>Interrupteur %1</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Interrupteur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the payload is too large</source>
        <translation>la charge utile est trop volumineuse</translation>
    </message>
</context>
<context>
    <name>TasmotaRecognizer</name>
    <message>
        <source>the payload is too large</source>
        <translation>la charge utile est trop volumineuse</translation>
    </message>
    <message>
        <source>%1 is not a relay Tasmota has</source>
        <translation>%1 ne correspond à aucun relais Tasmota</translation>
    </message>
    <message>
        <source>the device topic is empty</source>
        <translation>le topic de l’appareil est vide</translation>
    </message>
    <message>
        <source>more than %1 Tasmota devices; this one is ignored</source>
        <translation>plus de %1 appareils Tasmota&#xa0;; celui-ci est ignoré</translation>
    </message>
    <message>
        <source>LWT is neither Online nor Offline</source>
        <translation>LWT ne vaut ni Online ni Offline</translation>
    </message>
    <message>
        <source>a relay state is neither ON nor OFF</source>
        <translation>un état de relais ne vaut ni ON ni OFF</translation>
    </message>
    <message>
        <source>RESULT is not a JSON object</source>
        <translation>RESULT n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>STATE is not a JSON object</source>
        <translation>STATE n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>Dimmer is not a number</source>
        <translation>Dimmer n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a relay state</source>
        <translation>%1 n’est pas un état de relais</translation>
    </message>
    <message>
        <source>more than %1 sensors; the rest are left out</source>
        <translation>plus de %1 capteurs&#xa0;; les autres sont omis</translation>
    </message>
    <message>
        <source>the discovery topic has no MAC address</source>
        <translation>le topic de découverte ne contient pas d’adresse MAC</translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation>la configuration de découverte n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the discovery config has a member of the wrong type</source>
        <translation>la configuration de découverte contient un membre du mauvais type</translation>
    </message>
    <message>
        <source>the discovery config has no usable topic</source>
        <translation>la configuration de découverte ne contient aucun topic utilisable</translation>
    </message>
    <message>
        <source>the device uses FullTopic %1; only %2 is understood</source>
        <translation>l’appareil utilise le FullTopic %1&#xa0;; seul %2 est pris en charge</translation>
    </message>
    <message>
        <source>the device uses the prefixes %1; only cmnd, stat and tele are understood</source>
        <translation>l’appareil utilise les préfixes %1&#xa0;; seuls cmnd, stat et tele sont pris en charge</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lumière</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Power %1</source>
        <translation>Relais %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apparent power</source>
        <translation>Puissance apparente</translation>
    </message>
    <message>
        <source>Reactive power</source>
        <translation>Puissance réactive</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Facteur de puissance</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Énergie aujourd’hui</translation>
    </message>
    <message>
        <source>Energy yesterday</source>
        <translation>Énergie hier</translation>
    </message>
    <message>
        <source>Energy total</source>
        <translation>Énergie totale</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Humidité</translation>
    </message>
    <message>
        <source>Dew point</source>
        <translation>Point de rosée</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pression</translation>
    </message>
    <message>
        <source>Sea-level pressure</source>
        <translation>Pression au niveau de la mer</translation>
    </message>
    <message>
        <source>Illuminance</source>
        <translation>Éclairement</translation>
    </message>
    <message>
        <source>Carbon dioxide</source>
        <translation>Dioxyde de carbone</translation>
    </message>
    <message>
        <source>Power</source>
        <comment>the switch of a Tasmota relay, not a measurement</comment>
        <translation>Relais</translation>
    </message>
    <message>
        <source>SENSOR: %1.%2 is not a number</source>
        <translation>SENSOR&#xa0;: %1.%2 n’est pas un nombre</translation>
    </message>
    <message>
        <source>SENSOR: %1 is not text</source>
        <translation>SENSOR&#xa0;: %1 n’est pas du texte</translation>
    </message>
    <message>
        <source>SENSOR is not a JSON object</source>
        <translation>SENSOR n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>il y a %1 heures</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A reading and its unit: &quot;21.4 °C&quot;, &quot;230 W&quot;.</extracomment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Non détecté</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Allumé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Éteint</translation>
    </message>
</context>
<context>
    <name>TopicMatcher</name>
    <message>
        <source>Choose whether to search topics, payloads or both.</source>
        <translation>Choisissez de rechercher dans les topics, dans les charges utiles ou dans les deux.</translation>
    </message>
    <message>
        <source>A topic filter matches topic names; include topics in the search.</source>
        <translation>Un filtre de topic s’applique aux noms de topics&#xa0;; incluez les topics dans la recherche.</translation>
    </message>
    <message>
        <source>Invalid topic filter: %1</source>
        <translation>Filtre de topic non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Expression régulière non valide au caractère %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TopicProblem</name>
    <message>
        <source>Enter the topic, e.g. home/office/lamp.</source>
        <translation>Saisissez le topic, p. ex. home/office/lamp.</translation>
    </message>
    <message>
        <source>“+” and “#” are wildcards for subscribing to many topics; a device listens and reports on one exact topic, so they cannot be used here.</source>
        <translation>«&#xa0;+&#xa0;» et «&#xa0;#&#xa0;» sont des jokers permettant de s’abonner à de nombreux topics&#xa0;; un appareil écoute et rend compte sur un seul topic précis, ils ne peuvent donc pas être utilisés ici.</translation>
    </message>
    <message>
        <source>Topics starting with “$” belong to the broker (like $SYS) and cannot be used by a device.</source>
        <translation>Les topics commençant par «&#xa0;$&#xa0;» appartiennent au broker (comme $SYS) et ne peuvent pas être utilisés par un appareil.</translation>
    </message>
    <message>
        <source>A topic cannot contain the null character.</source>
        <translation>Un topic ne peut pas contenir le caractère nul.</translation>
    </message>
    <message>
        <source>The topic starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what the device uses.</source>
        <translation>Le topic commence ou se termine par un espace. Les espaces font partie du topic&#xa0;: ce n’est très probablement pas celui qu’utilise l’appareil.</translation>
    </message>
    <message>
        <source>The topic is too long: MQTT allows at most 65,535 bytes.</source>
        <translation>Le topic est trop long&#xa0;: MQTT autorise au plus 65&#xa0;535 octets.</translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic name.</source>
        <translation>Ce n’est pas un nom de topic MQTT valide.</translation>
    </message>
</context>
<context>
    <name>Zigbee2MqttRecognizer</name>
    <message>
        <source>a device without a usable ieee_address and friendly_name (“%1”, “%2”)</source>
        <translation>un appareil sans ieee_address ni friendly_name utilisables («&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>the device list of %1 is too large (%2 bytes, at most %3 MiB are read)</source>
        <translation>la liste d’appareils de %1 est trop volumineuse (%2 octets, %3 Mio au plus sont lus)</translation>
    </message>
    <message>
        <source>%1/bridge/devices is not a Zigbee2MQTT device list%2</source>
        <translation>%1/bridge/devices n’est pas une liste d’appareils Zigbee2MQTT%2</translation>
    </message>
    <message>
        <source>more than %1 Zigbee2MQTT bridges; %2 is ignored</source>
        <translation>plus de %1 ponts Zigbee2MQTT&#xa0;; %2 est ignoré</translation>
    </message>
    <message>
        <source>an entry of %1/bridge/devices is not an object</source>
        <translation>une entrée de %1/bridge/devices n’est pas un objet</translation>
    </message>
    <message>
        <source>%1/bridge/devices lists more than %2 devices; the rest are left out</source>
        <translation>%1/bridge/devices liste plus de %2 appareils&#xa0;; les autres sont omis</translation>
    </message>
</context>
<context>
    <name>homewire::broker::net::BrokerServer</name>
    <message>
        <source>the broker is already running</source>
        <translation>le broker est déjà en cours d’exécution</translation>
    </message>
    <message>
        <source>no listener to start</source>
        <translation>aucun écouteur à démarrer</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d’écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>broker database %1: %2</source>
        <translation>base de données du broker %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1. The broker does not start without its users and ACL rules, since that would open it to every client; restore the backup, or start again to begin with no users and rules</source>
        <translation>%1. Le broker ne démarre pas sans ses utilisateurs et ses règles ACL, car il serait alors ouvert à tous les clients&#xa0;; restaurez la sauvegarde, ou redémarrez-le pour repartir sans utilisateurs ni règles</translation>
    </message>
    <message>
        <source>cannot read the users and ACL rules: %1. The broker does not start without them, since that would open it to every client</source>
        <translation>impossible de lire les utilisateurs et les règles ACL&#xa0;: %1. Le broker ne démarre pas sans eux, car il serait alors ouvert à tous les clients</translation>
    </message>
</context>
<context>
    <name>homewire::client::ConnectProbe</name>
    <message>
        <source>the broker closed the connection</source>
        <translation>le broker a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>homewire::client::MqttClient</name>
    <message>
        <source>subscription to “%1” failed: %2</source>
        <translation>l’abonnement à «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <source>cannot connect to %1: WebSocket handshake failed (%2)</source>
        <translation>impossible de se connecter à %1&#xa0;: échec de la négociation WebSocket (%2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no host name given</source>
        <translation>aucun nom d’hôte indiqué</translation>
    </message>
    <message>
        <source>invalid will topic “%1”: %2</source>
        <translation>topic de dernière volonté «&#xa0;%1&#xa0;» non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS: cannot read %1</source>
        <translation>TLS&#xa0;: impossible de lire %1</translation>
    </message>
    <message>
        <source>TLS: a client certificate needs both the certificate and its key file</source>
        <translation>TLS&#xa0;: un certificat client nécessite à la fois le certificat et son fichier de clé</translation>
    </message>
    <message>
        <source>invalid topic filter “%1”: %2</source>
        <translation>filtre de topic «&#xa0;%1&#xa0;» non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid topic name “%1”: %2</source>
        <translation>nom de topic «&#xa0;%1&#xa0;» non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>non connecté à un broker</translation>
    </message>
</context>
<context>
    <name>homewire::client::RetainedProbe</name>
    <message>
        <source>the broker did not list its retained messages in time</source>
        <translation>le broker n’a pas listé ses messages retenus à temps</translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRegistry</name>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>The list of rooms and devices was damaged and could not be read (%1). Homewire started a new, empty list; what you add from now on is kept.</source>
        <translation>La liste des pièces et des appareils était endommagée et n’a pas pu être lue (%1). Homewire a créé une nouvelle liste vide&#xa0;; ce que vous ajoutez désormais est conservé.</translation>
    </message>
    <message>
        <source>The list of rooms and devices could not be opened (%1). Changes to rooms and devices are kept only until Homewire quits.</source>
        <translation>La liste des pièces et des appareils n’a pas pu être ouverte (%1). Les modifications des pièces et des appareils ne sont conservées que jusqu’à la fermeture de Homewire.</translation>
    </message>
    <message>
        <source>Saving rooms and devices failed (%1). Changes are kept only until Homewire quits.</source>
        <translation>L’enregistrement des pièces et des appareils a échoué (%1). Les modifications ne sont conservées que jusqu’à la fermeture de Homewire.</translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRuntime</name>
    <message>
        <source>the convention threw an exception: %1</source>
        <translation>la convention a levé une exception&#xa0;: %1</translation>
    </message>
    <message>
        <source>the convention threw an unknown exception</source>
        <translation>la convention a levé une exception inconnue</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>non connecté à un broker</translation>
    </message>
</context>
<context>
    <name>homewire::payload</name>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objet JSON</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>Tableau JSON</translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation>Valeur JSON</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>homewire::payload::JsonTree</name>
    <message>
        <source>control character in a string (write it as \n, \t or \u00XX)</source>
        <translation>caractère de contrôle dans une chaîne (écrivez-le \n, \t ou \u00XX)</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d’échappement non valide</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>UTF-8 non valide dans une chaîne</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>nombre non valide&#xa0;: les zéros en tête ne sont pas autorisés</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>nombre non valide&#xa0;: des chiffres doivent suivre le point décimal</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>nombre non valide&#xa0;: des chiffres doivent suivre l’exposant</translation>
    </message>
    <message>
        <source>text too large</source>
        <translation>texte trop volumineux</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>objet non terminé</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>tableau non terminé</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>clé entre guillemets doubles attendue</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>«&#xa0;:&#xa0;» attendu après une clé</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» attendu après un membre d’objet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» attendu après un élément de tableau</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texte inattendu après la valeur JSON</translation>
    </message>
</context>
<context>
    <name>homewire::payload::LineDiff</name>
    <message>
        <source>too many lines to compare</source>
        <translation>trop de lignes à comparer</translation>
    </message>
    <message>
        <source>too many changed lines to show</source>
        <translation>trop de lignes modifiées à afficher</translation>
    </message>
    <message>
        <source>too large to compare</source>
        <translation>trop volumineux pour être comparé</translation>
    </message>
</context>
<context>
    <name>homewire::plugins::generic::GenericPlugin</name>
    <message>
        <source>Hand-made devices</source>
        <translation>Appareils ajoutés à la main</translation>
    </message>
</context>
<context>
    <name>homewire::plugins::homeassistant::HomeAssistantPlugin</name>
    <message>
        <source>Home Assistant discovery</source>
        <translation>Découverte Home Assistant</translation>
    </message>
</context>
<context>
    <name>homewire::plugins::zigbee2mqtt::Zigbee2MqttPlugin</name>
    <message>
        <source>Zigbee2MQTT</source>
        <translation>Zigbee2MQTT</translation>
    </message>
</context>
<context>
    <name>homewire::store::KeychainSecretStore</name>
    <message>
        <source>no Secret Service or KWallet was found</source>
        <translation>ni Secret Service ni KWallet n’a été trouvé</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password cannot be read.</source>
        <translation>L’accès au trousseau du système a été refusé (%1)&#xa0;: le mot de passe enregistré ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the password is kept for this session only and not saved.</source>
        <translation>L’accès au trousseau du système a été refusé (%1)&#xa0;: le mot de passe est conservé pour cette session uniquement et n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password could not be removed.</source>
        <translation>L’accès au trousseau du système a été refusé (%1)&#xa0;: le mot de passe enregistré n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password cannot be read.</source>
        <translation>Le trousseau du système n’est pas disponible (%1)&#xa0;: le mot de passe enregistré ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept for this session only and not saved.</source>
        <translation>Le trousseau du système n’est pas disponible (%1)&#xa0;: le mot de passe est conservé pour cette session uniquement et n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password could not be removed.</source>
        <translation>Le trousseau du système n’est pas disponible (%1)&#xa0;: le mot de passe enregistré n’a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>homewire::store::ProfileStore</name>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>A connection needs a host.</source>
        <translation>Une connexion doit avoir un hôte.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The keep-alive interval must be between 0 and 65535 seconds.</source>
        <translation>L’intervalle keep-alive doit être compris entre 0 et 65535 secondes.</translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation>Le chemin WebSocket doit commencer par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a valid topic filter: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un filtre de topic valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The connection “%1” no longer exists.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <source>There is no connection with id %1.</source>
        <translation>Il n’y a aucune connexion avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>“%1” is the embedded broker&apos;s connection and cannot be deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est la connexion du broker intégré et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>Broker intégré</translation>
    </message>
    <message>
        <source>Embedded broker (%1)</source>
        <translation>Broker intégré (%1)</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessPage</name>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The names and passwords devices and programs log in with.</source>
        <translation>Les noms et mots de passe avec lesquels les appareils et les programmes se connectent.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Règles d’accès</translation>
    </message>
    <message>
        <source>With no rules every client may read and write everything; once a rule exists, anything no rule allows is denied.</source>
        <translation>Sans aucune règle, tout client peut tout lire et tout écrire&#xa0;; dès qu’une règle existe, tout ce qu’aucune règle n’autorise est refusé.</translation>
    </message>
    <message>
        <source>No rule lets anonymous clients read or write anything. Homewire&apos;s own dashboard and explorer connect to this broker anonymously over this computer&apos;s loopback address, so they see and control nothing while this is so. Anonymous clients only get in through listeners that allow them, which by default means this computer only.</source>
        <translation>Aucune règle n’autorise les clients anonymes à lire ou à écrire quoi que ce soit. Le tableau de bord et l’explorateur de Homewire se connectent anonymement à ce broker via l’adresse de bouclage de cet ordinateur&#xa0;: tant que cela reste ainsi, ils ne voient et ne contrôlent rien. Les clients anonymes n’entrent que par les écouteurs qui les autorisent, c’est-à-dire par défaut cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Allow local anonymous clients everything</source>
        <translation>Tout autoriser aux clients anonymes locaux</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Ajouter une règle…</translation>
    </message>
    <message>
        <source>Since the broker started. Each refusal is explained in the log on the Overview tab.</source>
        <translation>Depuis le démarrage du broker. Chaque refus est expliqué dans le journal de l’onglet Vue d’ensemble.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Remove the user “%1”?</source>
        <translation>Supprimer l’utilisateur «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Devices logging in as %1 are refused from then on, and the rules written for %1 go too.</source>
        <translation>Les appareils qui se connectent en tant que %1 seront désormais refusés, et les règles écrites pour %1 seront supprimées elles aussi.</translation>
    </message>
    <message>
        <source>Refused logins: %1 · Denied publishes: %2 · Denied subscriptions: %3</source>
        <translation>Connexions refusées&#xa0;: %1 · Publications refusées&#xa0;: %2 · Abonnements refusés&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessWorker</name>
    <message>
        <source>The file of users and rules was damaged and has been set aside; Homewire starts a new, empty one. %1</source>
        <translation>Le fichier des utilisateurs et des règles était endommagé et a été mis de côté&#xa0;; Homewire en crée un nouveau, vide. %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the users and rules: %1</source>
        <translation>Impossible de lire les utilisateurs et les règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation>Un utilisateur nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Could not add the user “%1”: %2</source>
        <translation>Impossible d’ajouter l’utilisateur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no user named “%1” any more.</source>
        <translation>L’utilisateur «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <source>Could not change the password of “%1”: %2</source>
        <translation>Impossible de changer le mot de passe de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not remove the user “%1”: %2</source>
        <translation>Impossible de supprimer l’utilisateur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not add the rule: %1</source>
        <translation>Impossible d’ajouter la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the rule: %1</source>
        <translation>Impossible de supprimer la règle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AclRuleModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Anonymous clients</source>
        <translation>Clients anonymes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>%u stands for the user name the client logged in with.</source>
        <translation>%u représente le nom d’utilisateur avec lequel le client s’est connecté.</translation>
    </message>
    <message>
        <source>%c stands for the client&apos;s identifier.</source>
        <translation>%c représente l’identifiant du client.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtre de topic</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AddDeviceDialog</name>
    <message>
        <source>Add device</source>
        <translation>Ajouter un appareil</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Lamp or switch</source>
        <translation>Lampe ou interrupteur</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation>Lumière à intensité variable</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Binary sensor</source>
        <translation>Capteur binaire</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Office lamp</source>
        <translation>p. ex. Lampe du bureau</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Pièce&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Command topic:</source>
        <translation>Topic de &amp;commande&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp</source>
        <translation>p. ex. home/office/lamp</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. °C, %, W</source>
        <translation>p. ex. °C, %, W</translation>
    </message>
    <message>
        <source>The brightness the light calls full: 100 for a percentage, 255 for many LED controllers</source>
        <translation>La luminosité que la lumière considère comme maximale&#xa0;: 100 pour un pourcentage, 255 pour de nombreux contrôleurs LED</translation>
    </message>
    <message>
        <source>&amp;Full brightness:</source>
        <translation>Luminosité ma&amp;ximale&#xa0;:</translation>
    </message>
    <message>
        <source>State and availability (optional)</source>
        <translation>État et disponibilité (facultatif)</translation>
    </message>
    <message>
        <source>Payload o&amp;n:</source>
        <translation>Charge utile &amp;ON&#xa0;:</translation>
    </message>
    <message>
        <source>Payload o&amp;ff:</source>
        <translation>Charge utile O&amp;FF&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State topic:</source>
        <translation>Topic d’ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/state</source>
        <translation>p. ex. home/office/lamp/state</translation>
    </message>
    <message>
        <source>&amp;JSON field:</source>
        <translation>Champ &amp;JSON&#xa0;:</translation>
    </message>
    <message>
        <source>whole payload</source>
        <translation>charge utile entière</translation>
    </message>
    <message>
        <source>When the state is JSON, the member to read; dots for nesting, e.g. ENERGY.Power</source>
        <translation>Si l’état est du JSON, le membre à lire&#xa0;; des points pour l’imbrication, p. ex. ENERGY.Power</translation>
    </message>
    <message>
        <source>&amp;Availability topic:</source>
        <translation>Topic de &amp;disponibilité&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/status</source>
        <translation>p. ex. home/office/lamp/status</translation>
    </message>
    <message>
        <source>Payload on&amp;line:</source>
        <translation>Charge utile en &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Payload offl&amp;ine:</source>
        <translation>Charge utile &amp;hors ligne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. home/kitchen/temperature</source>
        <translation>p. ex. home/kitchen/temperature</translation>
    </message>
    <message>
        <source>Value o&amp;n:</source>
        <translation>Valeur &amp;ON&#xa0;:</translation>
    </message>
    <message>
        <source>Value o&amp;ff:</source>
        <translation>Valeur O&amp;FF&#xa0;:</translation>
    </message>
    <message>
        <source>Without a state topic Homewire cannot tell whether a command worked, and shows the state it asked for as assumed.</source>
        <translation>Sans topic d’état, Homewire ne peut pas savoir si une commande a fonctionné, et affiche l’état demandé comme supposé.</translation>
    </message>
    <message>
        <source>Without an availability topic the sensor always counts as online; its last reading shows how old it is.</source>
        <translation>Sans topic de disponibilité, le capteur est toujours considéré comme en ligne&#xa0;; sa dernière mesure indique son ancienneté.</translation>
    </message>
    <message>
        <source>Enter both payloads.</source>
        <translation>Saisissez les deux charges utiles.</translation>
    </message>
    <message>
        <source>The two payloads must differ, or on and off could not be told apart.</source>
        <translation>Les deux charges utiles doivent être différentes, sinon allumé et éteint ne pourraient pas être distingués.</translation>
    </message>
    <message>
        <source>Enter a name, e.g. Office lamp.</source>
        <translation>Saisissez un nom, p. ex. Lampe du bureau.</translation>
    </message>
    <message>
        <source>Choose a room or type a new one.</source>
        <translation>Choisissez une pièce ou saisissez-en une nouvelle.</translation>
    </message>
    <message>
        <source>A new room “%1” will be added.</source>
        <translation>Une nouvelle pièce «&#xa0;%1&#xa0;» sera ajoutée.</translation>
    </message>
    <message>
        <source>The device could not be added.</source>
        <translation>L’appareil n’a pas pu être ajouté.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BadgeButton</name>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1, %2 en attente</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerDialog</name>
    <message>
        <source>Devices broker</source>
        <translation>Broker des appareils</translation>
    </message>
    <message>
        <source>The dashboard talks to its devices through one broker: the embedded broker, or a broker you already run. Devices are found again on the broker you choose; rooms and tiles stay as they are.</source>
        <translation>Le tableau de bord communique avec ses appareils via un seul broker&#xa0;: le broker intégré, ou un broker que vous exploitez déjà. Les appareils sont redécouverts sur le broker choisi&#xa0;; les pièces et les tuiles restent inchangées.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Users &amp;&amp; Access</source>
        <translation>Utilisateurs &amp;&amp; accès</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>Broker intégré</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>TCP port the broker listens on for this computer (127.0.0.1). Takes effect at the next start.</source>
        <translation>Port TCP sur lequel le broker écoute pour cet ordinateur (127.0.0.1). Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Clients online</source>
        <translation>Clients en ligne</translation>
    </message>
    <message>
        <source>Messages in / s</source>
        <translation>Messages entrants / s</translation>
    </message>
    <message>
        <source>Messages out / s</source>
        <translation>Messages sortants / s</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Messages retenus</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1 Only this computer can.</source>
        <translation>Les appareils du réseau ne peuvent pas se connecter&#xa0;: %1 Seul cet ordinateur le peut.</translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1. Only this computer can.</source>
        <translation>Les appareils du réseau ne peuvent pas se connecter&#xa0;: %1. Seul cet ordinateur le peut.</translation>
    </message>
    <message>
        <source>The broker could not start: %1</source>
        <translation>Le broker n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The broker&apos;s database was damaged and has been set aside; the broker started with an empty one. %1</source>
        <translation>La base de données du broker était endommagée et a été mise de côté&#xa0;; le broker a démarré avec une base vide. %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Devices on this computer can use it as their MQTT broker once started.</source>
        <translation>Une fois le broker démarré, les appareils de cet ordinateur peuvent l’utiliser comme broker MQTT.</translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1</source>
        <translation>Les clients de cet ordinateur se connectent à mqtt://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1, devices on your network to port %2.</source>
        <translation>Les clients de cet ordinateur se connectent à mqtt://127.0.0.1:%1, les appareils de votre réseau au port %2.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ClientTableModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline (session kept)</source>
        <translation>Hors ligne (session conservée)</translation>
    </message>
    <message>
        <source>Clean session: forgotten when the client disconnects</source>
        <translation>Session vierge&#xa0;: oubliée à la déconnexion du client</translation>
    </message>
    <message>
        <source>Persistent session: subscriptions and messages are kept while offline</source>
        <translation>Session persistante&#xa0;: les abonnements et les messages sont conservés hors connexion</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Default subscriptions</source>
        <translation>Abonnements par défaut</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>e.g. Home server</source>
        <translation>p. ex. Serveur de la maison</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker&#xa0;:</translation>
    </message>
    <message>
        <source>The embedded broker&apos;s address follows the Broker page.</source>
        <translation>L’adresse du broker intégré suit la page Broker.</translation>
    </message>
    <message>
        <source>WebSocket &amp;path:</source>
        <translation>C&amp;hemin WebSocket&#xa0;:</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source>MQTT 5.0</source>
        <translation>MQTT 5.0</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocole&#xa0;:</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>Left empty, a random client identifier is chosen for every connection</source>
        <translation>Si ce champ est vide, un identifiant client aléatoire est choisi à chaque connexion</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>MQTT over TCP</source>
        <translation>MQTT sur TCP</translation>
    </message>
    <message>
        <source>MQTT over TLS (encrypted)</source>
        <translation>MQTT sur TLS (chiffré)</translation>
    </message>
    <message>
        <source>MQTT over WebSocket</source>
        <translation>MQTT sur WebSocket</translation>
    </message>
    <message>
        <source>MQTT over secure WebSocket (encrypted)</source>
        <translation>MQTT sur WebSocket sécurisé (chiffré)</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nom d’hôte ou adresse IP</translation>
    </message>
    <message>
        <source>You can paste a whole URL such as mqtts://user@broker.local:8883</source>
        <translation>Vous pouvez coller une URL complète comme mqtts://user@broker.local:8883</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in Homewire&apos;s files</source>
        <translation>Conservé dans le trousseau du système, jamais dans les fichiers de Homewire</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the password as plain text</source>
        <translation>Afficher le mot de passe en clair</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Start with a clean session</source>
        <translation>Démarrer avec une session vierge</translation>
    </message>
    <message>
        <source>Unchecked, the broker keeps this client&apos;s subscriptions and queued messages between connections (needs a fixed client ID)</source>
        <translation>Si cette case est décochée, le broker conserve les abonnements et les messages en attente de ce client entre les connexions (nécessite un ID client fixe)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Longest silence before the broker considers the connection lost</source>
        <translation>Durée de silence maximale avant que le broker considère la connexion comme perdue</translation>
    </message>
    <message>
        <source>&amp;Keep alive:</source>
        <translation>&amp;Keep-alive&#xa0;:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>magasin de certificats du système</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat CA&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation>Choisir le certificat CA</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <source>none, or in the certificate file</source>
        <translation>aucune, ou dans le fichier du certificat</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clé privée&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <source>Accept any server certificate</source>
        <translation>Accepter n’importe quel certificat serveur</translation>
    </message>
    <message>
        <source>Insecure: the server&apos;s identity is not checked, so anyone on the way can pose as the broker and read everything, the password included.</source>
        <translation>Non sécurisé&#xa0;: l’identité du serveur n’est pas vérifiée, n’importe qui sur le trajet peut donc se faire passer pour le broker et tout lire, y compris le mot de passe.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>MQTT 3.1</source>
        <translation>MQTT 3.1</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Saisissez un nom pour la connexion.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or IP address.</source>
        <translation>Saisissez le nom d’hôte ou l’adresse IP du broker.</translation>
    </message>
    <message>
        <source>Enter only the host here, or paste a whole URL starting with mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>Saisissez uniquement l’hôte ici, ou collez une URL complète commençant par mqtt://, mqtts://, ws:// ou wss://.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un nom d’hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation>Le chemin WebSocket doit commencer par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 sends a password only with a username (MQTT-3.1.2-22): enter the username, or choose MQTT 5.0.</source>
        <translation>MQTT 3.1.1 n’envoie un mot de passe qu’avec un nom d’utilisateur (MQTT-3.1.2-22)&#xa0;: saisissez le nom d’utilisateur, ou choisissez MQTT 5.0.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” does not exist.</source>
        <translation>Le fichier de certificat CA «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The client certificate file “%1” does not exist.</source>
        <translation>Le fichier de certificat client «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The private key file “%1” does not exist.</source>
        <translation>Le fichier de clé privée «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>A private key needs its client certificate.</source>
        <translation>Une clé privée nécessite son certificat client.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionIndicator</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not connected to a broker</source>
        <translation>Non connecté à un broker</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Non connecté à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionListDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Homewire&apos;s own broker; it cannot be deleted.</source>
        <translation>Le broker propre à Homewire&#xa0;; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The embedded broker&apos;s connection cannot be deleted</source>
        <translation>La connexion du broker intégré ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its saved password is removed from the keychain as well.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;? Son mot de passe enregistré est également supprimé du trousseau.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionView</name>
    <message>
        <source>A retained message could not be deleted: %1</source>
        <translation>Un message retenu n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation>Copier le topic</translation>
    </message>
    <message>
        <source>Publish to This Topic</source>
        <translation>Publier sur ce topic</translation>
    </message>
    <message>
        <source>Export Values as JSON…</source>
        <translation>Exporter les valeurs en JSON…</translation>
    </message>
    <message>
        <source>Export Values as CSV…</source>
        <translation>Exporter les valeurs en CSV…</translation>
    </message>
    <message>
        <source>Export History as JSON…</source>
        <translation>Exporter l’historique en JSON…</translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation>Exporter l’historique en CSV…</translation>
    </message>
    <message>
        <source>Searching… %1 of %2 topics</source>
        <translation>Recherche… %1 topics sur %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop updating the tree; messages wait and are applied on resume</source>
        <translation>Suspendre la mise à jour de l’arbre&#xa0;; les messages sont mis en attente et appliqués à la reprise</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget every topic seen so far (retained messages come back on reconnect)</source>
        <translation>Oublier tous les topics vus jusqu’ici (les messages retenus reviennent à la reconnexion)</translation>
    </message>
    <message>
        <source>$SYS</source>
        <translation>$SYS</translation>
    </message>
    <message>
        <source>Show the broker&apos;s $SYS topics</source>
        <translation>Afficher les topics $SYS du broker</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Déplier</translation>
    </message>
    <message>
        <source>Expand the tree (the first 2,000 rows)</source>
        <translation>Déplier l’arbre (les 2&#xa0;000 premières lignes)</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Replier</translation>
    </message>
    <message>
        <source>Delete Retained</source>
        <translation>Supprimer les messages retenus</translation>
    </message>
    <message>
        <source>Delete the retained messages of the selected topic and everything under it</source>
        <translation>Supprimer les messages retenus du topic sélectionné et de tout ce qui se trouve en dessous</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Values Under Selection as JSON…</source>
        <translation>Valeurs sous la sélection en JSON…</translation>
    </message>
    <message>
        <source>Values Under Selection as CSV…</source>
        <translation>Valeurs sous la sélection en CSV…</translation>
    </message>
    <message>
        <source>Topic History as JSON…</source>
        <translation>Historique du topic en JSON…</translation>
    </message>
    <message>
        <source>Topic History as CSV…</source>
        <translation>Historique du topic en CSV…</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Rechercher dans les topics</translation>
    </message>
    <message>
        <source>Text anywhere in the topic, an MQTT filter such as home/+/temperature, or a regular expression</source>
        <translation>Du texte n’importe où dans le topic, un filtre MQTT comme home/+/temperature, ou une expression régulière</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtre de topic</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Charges utiles</translation>
    </message>
    <message>
        <source>Search the payloads too</source>
        <translation>Rechercher aussi dans les charges utiles</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 topic</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 topics</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>correspondances&#xa0;: %1</translation>
    </message>
    <message>
        <source>paused, %1 waiting</source>
        <translation>en pause, %1 en attente</translation>
    </message>
    <message>
        <source>Delete Retained Messages</source>
        <translation>Supprimer les messages retenus</translation>
    </message>
    <message>
        <source>Connect first: deleting retained messages publishes to the broker.</source>
        <translation>Connectez-vous d’abord&#xa0;: supprimer des messages retenus implique de publier sur le broker.</translation>
    </message>
    <message>
        <source>Resume first: the paused messages could bring deleted topics back.</source>
        <translation>Reprenez d’abord&#xa0;: les messages en pause pourraient faire réapparaître les topics supprimés.</translation>
    </message>
    <message>
        <source>Looking up the retained messages under %1…</source>
        <translation>Recherche des messages retenus sous %1…</translation>
    </message>
    <message>
        <source>Cannot list the retained messages: %1</source>
        <translation>Impossible de lister les messages retenus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No retained messages at or under %1</source>
        <translation>Aucun message retenu sur ou sous %1</translation>
    </message>
    <message>
        <source>Delete %1 retained messages at and under “%2”? Devices that read their configuration from them will no longer find it.</source>
        <translation>Supprimer %1 messages retenus sur et sous «&#xa0;%2&#xa0;»&#xa0;? Les appareils qui y lisent leur configuration ne la trouveront plus.</translation>
    </message>
    <message>
        <source>Deleted the retained message of “%1”.</source>
        <translation>Message retenu de «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Deleted %1 retained messages under “%2”.</source>
        <translation>%1 messages retenus supprimés sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Republished %1 retained messages.</source>
        <translation>%1 messages retenus republiés.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1 messages…</source>
        <translation>Exportation de %1 messages…</translation>
    </message>
    <message>
        <source>Exported %1 messages to %2</source>
        <translation>%1 messages exportés vers %2</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>L’exportation vers %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Change broker…</source>
        <translation>Changer de broker…</translation>
    </message>
    <message>
        <source>Choose the broker the dashboard&apos;s devices are on</source>
        <translation>Choisir le broker sur lequel se trouvent les appareils du tableau de bord</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>Ajouter un appareil…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Ajouter une pièce…</translation>
    </message>
    <message>
        <source>New devices</source>
        <translation>Nouveaux appareils</translation>
    </message>
    <message>
        <source>Devices that announced themselves and wait for a room</source>
        <translation>Appareils qui se sont annoncés et attendent une pièce</translation>
    </message>
    <message>
        <source>Add discovered devices automatically</source>
        <translation>Ajouter automatiquement les appareils découverts</translation>
    </message>
    <message>
        <source>New devices go straight onto the dashboard, into the room they suggest</source>
        <translation>Les nouveaux appareils vont directement sur le tableau de bord, dans la pièce qu’ils suggèrent</translation>
    </message>
    <message>
        <source>Nothing on your dashboard yet</source>
        <translation>Votre tableau de bord est encore vide</translation>
    </message>
    <message>
        <source>Devices that announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie) appear under “New devices” as soon as they are online: choose a room and accept them. For any other device, add it by hand with its MQTT topic.</source>
        <translation>Les appareils qui s’annoncent sur le broker (découverte Home Assistant, Tasmota, Zigbee2MQTT, Shelly, Homie) apparaissent sous «&#xa0;Nouveaux appareils&#xa0;» dès qu’ils sont en ligne&#xa0;: choisissez une pièce et acceptez-les. Tout autre appareil s’ajoute à la main avec son topic MQTT.</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>Déplacer vers la pièce</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Déplacer avant</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Déplacer après</translation>
    </message>
    <message>
        <source>Remove device…</source>
        <translation>Supprimer l’appareil…</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Supprimer l’appareil</translation>
    </message>
    <message>
        <source>Remove “%1” from the dashboard?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» du tableau de bord&#xa0;?</translation>
    </message>
    <message>
        <source>Its tiles and settings are deleted.</source>
        <translation>Ses tuiles et ses réglages sont supprimés.</translation>
    </message>
    <message>
        <source>Its tiles are deleted. If it announces itself again it comes back under New devices.</source>
        <translation>Ses tuiles sont supprimées. S’il s’annonce à nouveau, il réapparaîtra sous Nouveaux appareils.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Its tile moves to “%1”.</source>
        <translation>Sa tuile est déplacée vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Its %1 tiles move to “%2”.</source>
        <translation>Ses %1 tuiles sont déplacées vers «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Supprimer la pièce</translation>
    </message>
    <message>
        <source>Remove the room “%1”?</source>
        <translation>Supprimer la pièce «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Show in tray menu</source>
        <translation>Afficher dans le menu de la zone de notification</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DeviceCertificateDialog</name>
    <message>
        <source>Create device certificate</source>
        <translation>Créer un certificat d’appareil</translation>
    </message>
    <message>
        <source>A certificate lets a device log in over TLS without a password. Its name becomes the device&apos;s user name, so the rules for that user apply to it.</source>
        <translation>Un certificat permet à un appareil de se connecter via TLS sans mot de passe. Son nom devient le nom d’utilisateur de l’appareil&#xa0;: les règles de cet utilisateur s’appliquent donc à lui.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation>p. ex. capteur-cuisine</translation>
    </message>
    <message>
        <source>Homewire devices</source>
        <translation>Appareils Homewire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>Enregistrer les fichiers dans</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nom de l’appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the device&apos;s name.</source>
        <translation>Saisissez le nom de l’appareil.</translation>
    </message>
    <message>
        <source>The name becomes the device&apos;s user name, and rules with %u never apply to names with “/”, “+” or “#”.</source>
        <translation>Le nom devient le nom d’utilisateur de l’appareil, et les règles utilisant %u ne s’appliquent jamais aux noms contenant «&#xa0;/&#xa0;», «&#xa0;+&#xa0;» ou «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>“ca” is taken by the authority&apos;s file, ca.crt.</source>
        <translation>«&#xa0;ca&#xa0;» est réservé au fichier de l’autorité, ca.crt.</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Choisissez un dossier pour les fichiers.</translation>
    </message>
    <message>
        <source>Writes %1.crt, %1.key and ca.crt.</source>
        <translation>Écrit %1.crt, %1.key et ca.crt.</translation>
    </message>
    <message>
        <source>Files of that name already in the folder are replaced.</source>
        <translation>Les fichiers de même nom déjà présents dans le dossier sont remplacés.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>The certificate could not be made: %1</source>
        <translation>Le certificat n’a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1, %2 and ca.crt in %3. Give the device all three; %2 is its secret and belongs on that device only.</source>
        <translation>%1, %2 et ca.crt enregistrés dans %3. Donnez les trois fichiers à l’appareil&#xa0;; %2 est son secret et ne doit se trouver que sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffModel</name>
    <message>
        <source>⋯ 1 unchanged line</source>
        <translation>⋯ 1 ligne inchangée</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 lignes inchangées</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffView</name>
    <message>
        <source>Comparing %1…</source>
        <translation>Comparaison de %1…</translation>
    </message>
    <message>
        <source>Large payloads are compared in the background.</source>
        <translation>Les charges utiles volumineuses sont comparées en arrière-plan.</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Rien à comparer pour l’instant</translation>
    </message>
    <message>
        <source>The diff compares a message with the one received before it.</source>
        <translation>La vue Différences compare un message avec celui reçu juste avant.</translation>
    </message>
    <message>
        <source>The payloads are too large to compare</source>
        <translation>Les charges utiles sont trop volumineuses pour être comparées</translation>
    </message>
    <message>
        <source>The payloads differ in too many lines to show</source>
        <translation>Les charges utiles diffèrent sur trop de lignes pour être affichées</translation>
    </message>
    <message>
        <source>The Text and Hex tabs show each message in full.</source>
        <translation>Les onglets Texte et Hexa affichent chaque message en entier.</translation>
    </message>
    <message>
        <source>Same payload as the message received at %1.</source>
        <translation>Même charge utile que le message reçu à %1.</translation>
    </message>
    <message>
        <source>1 line added</source>
        <translation>1 ligne ajoutée</translation>
    </message>
    <message>
        <source>%1 lines added</source>
        <translation>%1 lignes ajoutées</translation>
    </message>
    <message>
        <source>1 line removed</source>
        <translation>1 ligne supprimée</translation>
    </message>
    <message>
        <source>%1 lines removed</source>
        <translation>%1 lignes supprimées</translation>
    </message>
    <message>
        <source>Compared with the message received at %1: %2, %3.</source>
        <translation>Comparaison avec le message reçu à %1&#xa0;: %2, %3.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::EntityTile</name>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>Reported before Homewire connected</source>
        <translation>Reçu avant la connexion de Homewire</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Aucun état reçu pour l’instant</translation>
    </message>
    <message>
        <source>Offline · last seen %1</source>
        <translation>Hors ligne · vu %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline · no report yet</source>
        <translation>Hors ligne · aucun état reçu</translation>
    </message>
    <message>
        <source>%1 · reported before Homewire connected</source>
        <extracomment>A state the broker kept from before: &quot;On · reported before Homewire connected&quot;.</extracomment>
        <translation>%1 · reçu avant la connexion de Homewire</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <extracomment>The state and how fresh it is: &quot;On · updated 2 minutes ago&quot;.</extracomment>
        <translation>%1 · mis à jour %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Last report: %1</source>
        <translation>Dernier état reçu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ExplorerPage</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No connection open&lt;/p&gt;&lt;p&gt;Choose a broker above and press &lt;b&gt;Connect&lt;/b&gt;: the built-in “Embedded broker” connects to Homewire&apos;s own broker.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Aucune connexion ouverte&lt;/p&gt;&lt;p&gt;Choisissez un broker ci-dessus et cliquez sur &lt;b&gt;Connecter&lt;/b&gt;&#xa0;: la connexion prédéfinie «&#xa0;Broker intégré&#xa0;» se connecte au broker propre à Homewire.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>homewire::ui::HexView</name>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>La charge utile est vide.</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>Copier en hexadécimal</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>homewire::ui::HistoryModel</name>
    <message>
        <source>QoS %1, retained</source>
        <translation>QoS %1, retenu</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonPage</name>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>This payload is not JSON</source>
        <translation>Cette charge utile n’est pas du JSON</translation>
    </message>
    <message>
        <source>The tree shows the first %1 values; the Text view shows the whole document.</source>
        <translation>L’arbre affiche les %1 premières valeurs&#xa0;; la vue Texte affiche le document entier.</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Décodage de %1…</translation>
    </message>
    <message>
        <source>Large payloads are parsed in the background.</source>
        <translation>Les charges utiles volumineuses sont analysées en arrière-plan.</translation>
    </message>
    <message>
        <source>Too many values to expand at once; expand the parts you need.</source>
        <translation>Trop de valeurs à déplier d’un coup&#xa0;; dépliez les parties dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Plot This Field</source>
        <translation>Tracer ce champ</translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 clé}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 clés}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(valeur)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>homewire::ui::LightTile</name>
    <message>
        <source>Brightness of %1</source>
        <translation>Luminosité de %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A brightness: &quot;60 %&quot;.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Setting brightness…</source>
        <translation>Réglage de la luminosité…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Homewire</source>
        <translation>À &amp;propos de Homewire</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>About Homewire</source>
        <translation>À propos de Homewire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A desktop controller for MQTT home automation with its own embedded broker.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Un contrôleur de bureau pour la domotique MQTT, doté de son propre broker intégré.&lt;/p&gt;&lt;p&gt;Distribué sous licence Apache 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessDialog</name>
    <message>
        <source>Network access</source>
        <translation>Accès réseau</translation>
    </message>
    <message>
        <source>Devices on your network, such as sensors, plugs and phones, will be able to use this broker. Choose how they prove who they are; nobody gets in without a user name or a certificate.</source>
        <translation>Les appareils de votre réseau, comme les capteurs, les prises et les téléphones, pourront utiliser ce broker. Choisissez comment ils prouvent leur identité&#xa0;; personne n’entre sans nom d’utilisateur ni certificat.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Allow network access</source>
        <translation>Autoriser l’accès réseau</translation>
    </message>
    <message>
        <source>The broker restarts to apply this; clients connected now reconnect by themselves.</source>
        <translation>Le broker redémarre pour appliquer ce réglage&#xa0;; les clients actuellement connectés se reconnectent d’eux-mêmes.</translation>
    </message>
    <message>
        <source>How devices log in</source>
        <translation>Comment les appareils se connectent</translation>
    </message>
    <message>
        <source>User &amp;names and passwords</source>
        <translation>&amp;Noms d’utilisateur et mots de passe</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Client &amp;certificates</source>
        <translation>&amp;Certificats client</translation>
    </message>
    <message>
        <source>Each device presents a certificate signed by this home&apos;s authority (or your CA); the name in it is its user name, so rules for that user apply.</source>
        <translation>Chaque appareil présente un certificat signé par l’autorité de cette maison (ou par votre CA)&#xa0;; le nom qu’il contient est son nom d’utilisateur, donc les règles de cet utilisateur s’appliquent.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>&amp;TLS on port</source>
        <translation>&amp;TLS sur le port</translation>
    </message>
    <message>
        <source>(recommended)</source>
        <translation>(recommandé)</translation>
    </message>
    <message>
        <source>Certificates made for this &amp;home</source>
        <translation>Certificats créés pour cette &amp;maison</translation>
    </message>
    <message>
        <source>My &amp;own certificate files</source>
        <translation>Mes &amp;propres fichiers de certificat</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clé privée&#xa0;:</translation>
    </message>
    <message>
        <source>CA for devices:</source>
        <translation>CA des appareils&#xa0;:</translation>
    </message>
    <message>
        <source>needed for client certificates</source>
        <translation>nécessaire pour les certificats client</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation>Sans chiffrement</translation>
    </message>
    <message>
        <source>Also accept &amp;unencrypted connections on port</source>
        <translation>&amp;Accepter aussi les connexions non chiffrées sur le port</translation>
    </message>
    <message>
        <source>Unencrypted: passwords and messages cross your network readable by anyone on it. Only for devices that cannot do TLS.</source>
        <translation>Non chiffré&#xa0;: les mots de passe et les messages traversent votre réseau en clair, lisibles par quiconque s’y trouve. Uniquement pour les appareils incapables d’utiliser TLS.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>The certificates could not be made: %1</source>
        <translation>Les certificats n’ont pas pu être créés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate names this computer %1.</source>
        <translation>Le certificat du broker désigne cet ordinateur par %1.</translation>
    </message>
    <message>
        <source>Made for this home, in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Devices need &lt;b&gt;ca.crt&lt;/b&gt; from there to trust the broker.</source>
        <translation>Créés pour cette maison, dans &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Les appareils ont besoin du fichier &lt;b&gt;ca.crt&lt;/b&gt; qui s’y trouve pour faire confiance au broker.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Makes this computer&apos;s certificate again, for instance after it got a new address. The home&apos;s authority stays, so devices keep trusting the broker.</source>
        <translation>Recrée le certificat de cet ordinateur, par exemple après un changement d’adresse. L’autorité de la maison est conservée&#xa0;: les appareils continuent donc de faire confiance au broker.</translation>
    </message>
    <message>
        <source>None yet. One click makes an authority for this home and a certificate for this computer.</source>
        <translation>Aucun pour l’instant. Un clic suffit pour créer une autorité pour cette maison et un certificat pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Create certificates for this home</source>
        <translation>Créer les certificats pour cette maison</translation>
    </message>
    <message>
        <source>Choose how devices log in: with passwords, client certificates or both.</source>
        <translation>Choisissez comment les appareils se connectent&#xa0;: avec des mots de passe, des certificats client ou les deux.</translation>
    </message>
    <message>
        <source>Password logins need at least one user: add one above.</source>
        <translation>Les connexions par mot de passe nécessitent au moins un utilisateur&#xa0;: ajoutez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>Lecture des utilisateurs…</translation>
    </message>
    <message>
        <source>Turn on TLS or the unencrypted port.</source>
        <translation>Activez TLS ou le port non chiffré.</translation>
    </message>
    <message>
        <source>Client certificates need TLS.</source>
        <translation>Les certificats client nécessitent TLS.</translation>
    </message>
    <message>
        <source>The unencrypted port needs passwords: certificates only work over TLS.</source>
        <translation>Le port non chiffré nécessite des mots de passe&#xa0;: les certificats ne fonctionnent que via TLS.</translation>
    </message>
    <message>
        <source>Port %1 is this computer&apos;s own port; choose another.</source>
        <translation>Le port %1 est celui qu’utilise cet ordinateur en local&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The TLS port and the unencrypted port must differ.</source>
        <translation>Le port TLS et le port non chiffré doivent être différents.</translation>
    </message>
    <message>
        <source>Creating the certificates…</source>
        <translation>Création des certificats…</translation>
    </message>
    <message>
        <source>Create the certificates for this home first.</source>
        <translation>Créez d’abord les certificats pour cette maison.</translation>
    </message>
    <message>
        <source>Choose the certificate and its private key.</source>
        <translation>Choisissez le certificat et sa clé privée.</translation>
    </message>
    <message>
        <source>Choose the CA file that signs the devices&apos; certificates.</source>
        <translation>Choisissez le fichier CA qui signe les certificats des appareils.</translation>
    </message>
    <message>
        <source>No users yet. Password logins need at least one.</source>
        <translation>Aucun utilisateur pour l’instant. Les connexions par mot de passe en nécessitent au moins un.</translation>
    </message>
    <message>
        <source>“%1” can log in with a password.</source>
        <translation>«&#xa0;%1&#xa0;» peut se connecter avec un mot de passe.</translation>
    </message>
    <message>
        <source>These users can log in with a password: %1.</source>
        <translation>Ces utilisateurs peuvent se connecter avec un mot de passe&#xa0;: %1.</translation>
    </message>
    <message>
        <source>These users can log in with a password: %1 and %2 more.</source>
        <translation>Ces utilisateurs peuvent se connecter avec un mot de passe&#xa0;: %1 et %2 autres.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessPanel</name>
    <message>
        <source>Network access</source>
        <translation>Accès réseau</translation>
    </message>
    <message>
        <source>Turn off network access</source>
        <translation>Désactiver l’accès réseau</translation>
    </message>
    <message>
        <source>Create device certificate…</source>
        <translation>Créer un certificat d’appareil…</translation>
    </message>
    <message>
        <source>A certificate and key for one device, signed by this home&apos;s authority</source>
        <translation>Un certificat et une clé pour un appareil, signés par l’autorité de cette maison</translation>
    </message>
    <message>
        <source>The broker listens on 127.0.0.1 only; devices on your network cannot reach it.</source>
        <translation>Le broker n’écoute que sur 127.0.0.1&#xa0;; les appareils de votre réseau ne peuvent pas l’atteindre.</translation>
    </message>
    <message>
        <source>Devices need &lt;b&gt;ca.crt&lt;/b&gt; from &lt;a href=&quot;%1&quot;&gt;this home&apos;s certificate folder&lt;/a&gt; to trust the broker. Nobody logs in without a user name or a certificate.</source>
        <translation>Les appareils ont besoin du fichier &lt;b&gt;ca.crt&lt;/b&gt; du &lt;a href=&quot;%1&quot;&gt;dossier des certificats de cette maison&lt;/a&gt; pour faire confiance au broker. Personne ne se connecte sans nom d’utilisateur ni certificat.</translation>
    </message>
    <message>
        <source>Nobody logs in from the network without a user name or a certificate.</source>
        <translation>Personne ne se connecte depuis le réseau sans nom d’utilisateur ni certificat.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Allow devices on the network…</source>
        <translation>Autoriser les appareils du réseau…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NewDevicesPanel</name>
    <message>
        <source>switch</source>
        <translation>interrupteur</translation>
    </message>
    <message>
        <source>%1 switches</source>
        <translation>%1 interrupteurs</translation>
    </message>
    <message>
        <source>light</source>
        <translation>lumière</translation>
    </message>
    <message>
        <source>%1 lights</source>
        <translation>%1 lumières</translation>
    </message>
    <message>
        <source>sensor</source>
        <translation>capteur</translation>
    </message>
    <message>
        <source>%1 sensors</source>
        <translation>%1 capteurs</translation>
    </message>
    <message>
        <source>binary sensor</source>
        <translation>capteur binaire</translation>
    </message>
    <message>
        <source>%1 binary sensors</source>
        <translation>%1 capteurs binaires</translation>
    </message>
    <message>
        <source>No new devices. Devices appear here as they announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie).</source>
        <translation>Aucun nouvel appareil. Les appareils apparaissent ici dès qu’ils s’annoncent sur le broker (découverte Home Assistant, Tasmota, Zigbee2MQTT, Shelly, Homie).</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>New devices</source>
        <translation>Nouveaux appareils</translation>
    </message>
    <message>
        <source>Choose a room for each and accept it onto the dashboard.</source>
        <translation>Choisissez une pièce pour chacun et acceptez-le sur le tableau de bord.</translation>
    </message>
    <message>
        <source>nothing to show yet</source>
        <translation>rien à afficher pour l’instant</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Leave this device off the dashboard; it is not offered again</source>
        <translation>Ne pas ajouter cet appareil au tableau de bord&#xa0;; il ne sera plus proposé</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Room for %1</source>
        <translation>Pièce pour %1</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Accepter %1</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>Ignorer %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>%1 (new room)</source>
        <translation>%1 (nouvelle pièce)</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Nouvelle pièce…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::Notifier</name>
    <message>
        <source>%1 is offline</source>
        <translation>%1 est hors ligne</translation>
    </message>
    <message>
        <source>%1 stopped answering; its tiles show the last state it reported.</source>
        <translation>%1 ne répond plus&#xa0;; ses tuiles affichent le dernier état qu’il a indiqué.</translation>
    </message>
    <message>
        <source>The embedded broker did not start</source>
        <translation>Le broker intégré n’a pas démarré</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PayloadTextView</name>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Load the whole payload into the view. Very large payloads take a moment.</source>
        <translation>Charger la charge utile entière dans la vue. Les très grandes charges utiles prennent un moment.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Seuls les premiers %1 sur %2 sont affichés.</translation>
    </message>
    <message>
        <source>Decoding the whole payload…</source>
        <translation>Décodage de la charge utile entière…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PlotView</name>
    <message>
        <source>Plot:</source>
        <translation>Tracer&#xa0;:</translation>
    </message>
    <message>
        <source>Payload value</source>
        <translation>Valeur de la charge utile</translation>
    </message>
    <message>
        <source>No numbers in the kept messages</source>
        <translation>Aucun nombre dans les messages conservés</translation>
    </message>
    <message>
        <source>None of the messages has a number at “%1”.</source>
        <translation>Aucun des messages ne contient de nombre dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>la charge utile</translation>
    </message>
    <message>
        <source>Last %1 · lowest %2 · highest %3 · %4 points</source>
        <translation>Dernière valeur %1 · minimum %2 · maximum %3 · %4 points</translation>
    </message>
    <message>
        <source>Reading values…</source>
        <translation>Lecture des valeurs…</translation>
    </message>
    <message>
        <source>Large payloads are read in the background.</source>
        <translation>Les charges utiles volumineuses sont lues en arrière-plan.</translation>
    </message>
    <message>
        <source>Nothing to plot</source>
        <translation>Rien à tracer</translation>
    </message>
    <message>
        <source>Plots need payloads that are numbers (21.5, ON/OFF) or JSON documents with numeric fields.</source>
        <translation>Les graphiques nécessitent des charges utiles numériques (21.5, ON/OFF) ou des documents JSON avec des champs numériques.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Start Homewire when I &amp;log in</source>
        <translation>Démarrer Homewire à l’ouverture de &amp;session</translation>
    </message>
    <message>
        <source>Start &amp;minimized, in the system tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>Démarrer &amp;réduit</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Homewire speaks the new language after a restart.</source>
        <translation>Homewire utilisera la nouvelle langue après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ProfilePicker</name>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Gérer…</translation>
    </message>
    <message>
        <source>Create, edit and delete connections</source>
        <translation>Créer, modifier et supprimer des connexions</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PublishPanel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>e.g. home/kitchen/light/set</source>
        <translation>p. ex. home/kitchen/light/set</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON payloads are checked before they are sent</source>
        <translation>Les charges utiles JSON sont vérifiées avant l’envoi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Mettre en forme</translation>
    </message>
    <message>
        <source>Check the JSON and indent it</source>
        <translation>Vérifier le JSON et l’indenter</translation>
    </message>
    <message>
        <source>Payload text. Ctrl+Return publishes.</source>
        <translation>Texte de la charge utile. Ctrl+Entrée publie.</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation>0 – au plus une fois</translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation>1 – au moins une fois</translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation>2 – exactement une fois</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>The broker keeps the message and gives it to every new subscriber of the topic</source>
        <translation>Le broker conserve le message et le transmet à chaque nouvel abonné du topic</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publish (Ctrl+Return)</source>
        <translation>Publier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Sent lately</source>
        <translation>Envoyés récemment</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Publish the selected message again (or double-click it)</source>
        <translation>Publier à nouveau le message sélectionné (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>Not connected: connect to a broker to publish.</source>
        <translation>Non connecté&#xa0;: connectez-vous à un broker pour publier.</translation>
    </message>
    <message>
        <source>Enter the topic to publish to.</source>
        <translation>Saisissez le topic sur lequel publier.</translation>
    </message>
    <message>
        <source>Not a valid topic name: %1</source>
        <translation>Nom de topic non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation>JSON non valide à la ligne %1, colonne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publication sur %1…</translation>
    </message>
    <message>
        <source>Published at %1.</source>
        <translation>Publié à %1.</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>Échec de la publication.</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Échec de la publication&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomNameDialog</name>
    <message>
        <source>Add room</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <source>Rename room</source>
        <translation>Renommer la pièce</translation>
    </message>
    <message>
        <source>Room &amp;name:</source>
        <translation>&amp;Nom de la pièce&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Kitchen</source>
        <translation>p. ex. Cuisine</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Enter a name for the room.</source>
        <translation>Saisissez un nom pour la pièce.</translation>
    </message>
    <message>
        <source>There is already a room called “%1”.</source>
        <translation>Il existe déjà une pièce nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomSection</name>
    <message>
        <source>No tiles in this room yet. Drag a tile here.</source>
        <translation>Aucune tuile dans cette pièce pour l’instant. Faites glisser une tuile ici.</translation>
    </message>
    <message>
        <source>Drag to move the room; right-click for more</source>
        <translation>Faites glisser pour déplacer la pièce&#xa0;; clic droit pour plus d’options</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove room…</source>
        <translation>Supprimer la pièce…</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Actions pour %1</translation>
    </message>
    <message>
        <source>1 tile</source>
        <translation>1 tuile</translation>
    </message>
    <message>
        <source>%1 tiles</source>
        <translation>%1 tuiles</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RuleDialog</name>
    <message>
        <source>Enter a topic filter, e.g. home/# for everything under home.</source>
        <translation>Saisissez un filtre de topic, p. ex. home/# pour tout ce qui se trouve sous home.</translation>
    </message>
    <message>
        <source>A topic filter cannot contain the null character.</source>
        <translation>Un filtre de topic ne peut pas contenir le caractère nul.</translation>
    </message>
    <message>
        <source>Rules are not written for shared subscriptions ($share/…); write the topic filter itself.</source>
        <translation>Les règles ne s’écrivent pas pour les abonnements partagés ($share/…)&#xa0;; écrivez directement le filtre de topic.</translation>
    </message>
    <message>
        <source>The filter starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what you mean.</source>
        <translation>Le filtre commence ou se termine par un espace. Les espaces font partie du topic&#xa0;: ce n’est très probablement pas ce que vous voulez.</translation>
    </message>
    <message>
        <source>“#” matches everything below a level, so it must be the last level and stand alone: home/#.</source>
        <translation>«&#xa0;#&#xa0;» correspond à tout ce qui se trouve sous un niveau, il doit donc occuper seul le dernier niveau&#xa0;: home/#.</translation>
    </message>
    <message>
        <source>“+” matches exactly one level and must stand alone between slashes: home/+/temperature.</source>
        <translation>«&#xa0;+&#xa0;» correspond à exactement un niveau et doit être seul entre deux barres obliques&#xa0;: home/+/temperature.</translation>
    </message>
    <message>
        <source>The filter is too long: MQTT allows at most 65,535 bytes.</source>
        <translation>Le filtre est trop long&#xa0;: MQTT autorise au plus 65&#xa0;535 octets.</translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic filter.</source>
        <translation>Ce n’est pas un filtre de topic MQTT valide.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>e.g. home/#</source>
        <translation>p. ex. home/#</translation>
    </message>
    <message>
        <source>As in a subscription, “+” matches one level and “#” everything below. %u stands for the client&apos;s user name and %c for its client identifier: devices/%u/# gives each user a branch of their own.</source>
        <translation>Comme dans un abonnement, «&#xa0;+&#xa0;» correspond à un niveau et «&#xa0;#&#xa0;» à tout ce qui se trouve en dessous. %u représente le nom d’utilisateur du client et %c son identifiant client&#xa0;: devices/%u/# donne à chaque utilisateur sa propre branche.</translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>Read (subscribe and receive)</source>
        <translation>Lecture (s’abonner et recevoir)</translation>
    </message>
    <message>
        <source>Write (publish)</source>
        <translation>Écriture (publier)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Topic filter:</source>
        <translation>&amp;Filtre de topic&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>&amp;Accès&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter the client identifier.</source>
        <translation>Saisissez l’identifiant client.</translation>
    </message>
    <message>
        <source>Client &amp;identifier:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non nécessaire</translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation>p. ex. capteur-cuisine</translation>
    </message>
    <message>
        <source>e.g. tasmota_4F2A1C</source>
        <translation>p. ex. tasmota_4F2A1C</translation>
    </message>
    <message>
        <source>There is no user named “%1” yet. The rule applies once a client logs in with that name, or with a certificate of that name.</source>
        <translation>Il n’existe pas encore d’utilisateur nommé «&#xa0;%1&#xa0;». La règle s’appliquera dès qu’un client se connectera avec ce nom, ou avec un certificat à ce nom.</translation>
    </message>
    <message>
        <source>Clients logged in as “%1”</source>
        <translation>Tout client connecté en tant que «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The client with the identifier “%1”</source>
        <translation>Le client ayant l’identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clients without a user name</source>
        <translation>Tout client sans nom d’utilisateur</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Tout client</translation>
    </message>
    <message>
        <source>%1 may subscribe to and receive %2.</source>
        <translation>%1 peut s’abonner à %2 et en recevoir les messages.</translation>
    </message>
    <message>
        <source>%1 may publish to %2.</source>
        <translation>%1 peut publier sur %2.</translation>
    </message>
    <message>
        <source>%1 may read and write %2.</source>
        <translation>%1 peut lire et écrire sur %2.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SensorTile</name>
    <message>
        <source>Last hour: lowest %1, highest %2</source>
        <translation>Dernière heure&#xa0;: minimum %1, maximum %2</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SentMessageModel</name>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, retenu</translation>
    </message>
    <message>
        <source>(empty payload)</source>
        <translation>(charge utile vide)</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SubscriptionsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtre de topic</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Subscribed to on every connect, in this order</source>
        <translation>Abonnements effectués à chaque connexion, dans cet ordre</translation>
    </message>
    <message>
        <source>Add a topic filter</source>
        <translation>Ajouter un filtre de topic</translation>
    </message>
    <message>
        <source>Remove the selected topic filters</source>
        <translation>Supprimer les filtres de topic sélectionnés</translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation>0 – au plus une fois</translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation>1 – au moins une fois</translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation>2 – exactement une fois</translation>
    </message>
    <message>
        <source>Row %1: enter a topic filter, for example home/+/temperature.</source>
        <translation>Ligne %1&#xa0;: saisissez un filtre de topic, par exemple home/+/temperature.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid topic filter.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un filtre de topic valide.</translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Row %1 repeats the topic filter of row %2.</source>
        <translation>La ligne %1 répète le filtre de topic de la ligne %2.</translation>
    </message>
    <message>
        <source>“+” matches exactly one topic level and “#” any number of levels; each must fill a whole level, and “#” must come last.</source>
        <translation>«&#xa0;+&#xa0;» correspond à exactement un niveau de topic et «&#xa0;#&#xa0;» à un nombre quelconque de niveaux&#xa0;; chacun doit occuper un niveau entier, et «&#xa0;#&#xa0;» doit venir en dernier.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SwitchTile</name>
    <message>
        <source>Turning on…</source>
        <translation>Allumage…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Extinction…</translation>
    </message>
    <message>
        <source>On · confirmed</source>
        <translation>Allumé · confirmé</translation>
    </message>
    <message>
        <source>Off · confirmed</source>
        <translation>Éteint · confirmé</translation>
    </message>
    <message>
        <source>No answer from the device — it still reports On</source>
        <translation>Aucune réponse de l’appareil — il indique toujours Allumé</translation>
    </message>
    <message>
        <source>No answer from the device — it still reports Off</source>
        <translation>Aucune réponse de l’appareil — il indique toujours Éteint</translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation>Aucune réponse de l’appareil</translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation>Allumé · supposé (pas de topic d’état)</translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation>Éteint · supposé (pas de topic d’état)</translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation>La commande n’a pas pu être envoyée</translation>
    </message>
</context>
<context>
    <name>homewire::ui::TopicInspector</name>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>%1 · drag to select bytes, Ctrl+C copies them as hex</source>
        <translation>%1 · faites glisser pour sélectionner des octets, Ctrl+C les copie en hexadécimal</translation>
    </message>
    <message>
        <source>Selected %1 at offset 0x%2 (%3)</source>
        <translation>Sélection&#xa0;: %1 au décalage 0x%2 (%3)</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Décodage…</translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation>Copier le topic</translation>
    </message>
    <message>
        <source>Copy the topic name to the clipboard</source>
        <translation>Copier le nom du topic dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy Payload</source>
        <translation>Copier la charge utile</translation>
    </message>
    <message>
        <source>Copy the shown payload to the clipboard (binary payloads as hex text)</source>
        <translation>Copier la charge utile affichée dans le presse-papiers (en texte hexadécimal pour les charges utiles binaires)</translation>
    </message>
    <message>
        <source>No messages on this topic yet</source>
        <translation>Aucun message sur ce topic pour l’instant</translation>
    </message>
    <message>
        <source>Select a topic to see its messages</source>
        <translation>Sélectionnez un topic pour voir ses messages</translation>
    </message>
    <message>
        <source>Its payload appears here as text, JSON, hex, history, a diff and a plot.</source>
        <translation>Sa charge utile s’affiche ici en texte, en JSON, en hexadécimal, sous forme d’historique, de différences et de graphique.</translation>
    </message>
    <message>
        <source>Binary payload: control characters show as symbols such as ␀. The Hex tab shows the bytes.</source>
        <translation>Charge utile binaire&#xa0;: les caractères de contrôle s’affichent sous forme de symboles comme ␀. L’onglet Hexa affiche les octets.</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçu à %1</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>The inspector keeps the last %1 messages of this topic.</source>
        <translation>L’inspecteur conserve les %1 derniers messages de ce topic.</translation>
    </message>
    <message>
        <source>1 newer message</source>
        <translation>1 nouveau message</translation>
    </message>
    <message>
        <source>%1 newer messages</source>
        <translation>%1 nouveaux messages</translation>
    </message>
    <message>
        <source>Showing an earlier message (%1 since). &lt;a href=&quot;latest&quot;&gt;Show latest&lt;/a&gt;</source>
        <translation>Affichage d’un message antérieur (%1 depuis). &lt;a href=&quot;latest&quot;&gt;Afficher le plus récent&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This payload is not JSON.</source>
        <translation>Cette charge utile n’est pas du JSON.</translation>
    </message>
    <message>
        <source>Only one message so far: nothing to compare it with.</source>
        <translation>Un seul message pour l’instant&#xa0;: rien avec quoi le comparer.</translation>
    </message>
    <message>
        <source>Nothing to plot: the payloads are neither numbers (21.5, ON/OFF) nor JSON with numeric fields.</source>
        <translation>Rien à tracer&#xa0;: les charges utiles ne sont ni des nombres (21.5, ON/OFF) ni du JSON avec des champs numériques.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::TopicTreeModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 topic</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 topics</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>(an empty topic level)</source>
        <translation>(un niveau de topic vide)</translation>
    </message>
    <message>
        <source>Last message: %1, QoS %2%3, received %4</source>
        <translation>Dernier message&#xa0;: %1, QoS %2%3, reçu le %4</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, retenu</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(%1 binary)</source>
        <translation>(%1, binaire)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>homewire::ui::TrayFavouritesMenu</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A favourite in the tray menu: &quot;Desk lamp — Office&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Favourites · not connected to the broker</source>
        <translation>Favoris · non connecté au broker</translation>
    </message>
    <message>
        <source>Not connected to the broker</source>
        <translation>Non connecté au broker</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Not heard from yet: the device has not said whether it is online</source>
        <translation>Aucune nouvelle pour l’instant&#xa0;: l’appareil n’a pas encore indiqué s’il est en ligne</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>Allumage…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Extinction…</translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation>Aucune réponse de l’appareil</translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation>La commande n’a pas pu être envoyée</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation>Allumé · supposé (pas de topic d’état)</translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation>Éteint · supposé (pas de topic d’état)</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Aucun état reçu pour l’instant</translation>
    </message>
</context>
<context>
    <name>homewire::ui::TrayIcon</name>
    <message>
        <source>Embedded broker stopped</source>
        <translation>Broker intégré arrêté</translation>
    </message>
    <message>
        <source>Start broker</source>
        <translation>Démarrer le broker</translation>
    </message>
    <message>
        <source>Quit Homewire</source>
        <translation>Quitter Homewire</translation>
    </message>
    <message>
        <source>Stop broker</source>
        <translation>Arrêter le broker</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
</context>
<context>
    <name>homewire::ui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Devices and programs log in to the broker with this name and password. Homewire keeps only a salted hash of the password and cannot show it again.</source>
        <translation>Les appareils et les programmes se connectent au broker avec ce nom et ce mot de passe. Homewire ne conserve qu’un hachage salé du mot de passe et ne peut plus l’afficher.</translation>
    </message>
    <message>
        <source>The new password for “%1”. Devices logging in as %1 need it from their next connection on.</source>
        <translation>Le nouveau mot de passe de «&#xa0;%1&#xa0;». Les appareils qui se connectent en tant que %1 en auront besoin dès leur prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; devices would have to send it exactly so.</source>
        <translation>Le nom commence ou se termine par un espace&#xa0;; les appareils devraient l’envoyer exactement ainsi.</translation>
    </message>
    <message>
        <source>A user name cannot contain control characters.</source>
        <translation>Un nom d’utilisateur ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation>Un utilisateur nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Rules that use %u do not apply to names containing “/”, “+” or “#”.</source>
        <translation>Les règles qui utilisent %u ne s’appliquent pas aux noms contenant «&#xa0;/&#xa0;», «&#xa0;+&#xa0;» ou «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>Short passwords are easy to guess: %1 characters or more are better.</source>
        <translation>Les mots de passe courts sont faciles à deviner&#xa0;: mieux vaut %1 caractères ou plus.</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>Confirmez le mot de passe.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MQTT home automation controller</source>
        <translation>Contrôleur domotique MQTT</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (a self-contained profile).</source>
        <translation>Conserver la base de données et les réglages dans &lt;dir&gt; (un profil autonome).</translation>
    </message>
    <message>
        <source>Port of the embedded broker.</source>
        <translation>Port du broker intégré.</translation>
    </message>
    <message>
        <source>Do not start the embedded broker.</source>
        <translation>Ne pas démarrer le broker intégré.</translation>
    </message>
    <message>
        <source>Open a connection to &lt;url&gt; (mqtt://host:port, mqtts://, ws://, wss://).</source>
        <translation>Ouvrir une connexion vers &lt;url&gt; (mqtt://hôte:port, mqtts://, ws://, wss://).</translation>
    </message>
    <message>
        <source>Run the demo home&apos;s virtual devices against the embedded broker.</source>
        <translation>Exécuter les appareils virtuels de la maison de démonstration sur le broker intégré.</translation>
    </message>
    <message>
        <source>With --demo, add &lt;n&gt; messages a second of busy telemetry.</source>
        <translation>Avec --demo, ajouter &lt;n&gt; messages par seconde de télémétrie intensive.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorateur</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>&amp;Demo home</source>
        <translation>Maison de &amp;démonstration</translation>
    </message>
    <message>
        <source>Run virtual devices of every kind Homewire knows on the embedded broker</source>
        <translation>Exécuter sur le broker intégré des appareils virtuels de tous les types que connaît Homewire</translation>
    </message>
    <message>
        <source>Embedded broker running on port %1</source>
        <translation>Broker intégré en cours d’exécution sur le port %1</translation>
    </message>
    <message>
        <source>Embedded broker stopped</source>
        <translation>Broker intégré arrêté</translation>
    </message>
    <message>
        <source>Notify when a device goes offline</source>
        <translation>Notifier lorsqu’un appareil passe hors ligne</translation>
    </message>
    <message>
        <source>Notify when the broker cannot start</source>
        <translation>Notifier lorsque le broker ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Embedded broker running</source>
        <translation>Broker intégré en cours d’exécution</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>Broker intégré</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>The connection profiles could not be read: %1</source>
        <translation>Les profils de connexion n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start with the window minimized (hidden in the system tray when there is one).</source>
        <translation>Démarrer avec la fenêtre réduite (masquée dans la zone de notification, s’il y en a une).</translation>
    </message>
    <message>
        <source>Speak the language &lt;code&gt; (de, en, es, fr, zh_CN) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation>Utiliser la langue &lt;code&gt; (de, en, es, fr, zh_CN) au lieu de celle choisie dans les Préférences ou de celle du système.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
</TS>
