<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Autostart</name>
    <message>
        <source>The Windows registry could not be written.</source>
        <translation>In die Windows-Registrierung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>the common name is empty</source>
        <translation>der Common Name ist leer</translation>
    </message>
    <message>
        <source>the common name is longer than %1 characters</source>
        <translation>der Common Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>a certificate is valid for 1 to %1 days</source>
        <translation>ein Zertifikat ist 1 bis %1 Tage gültig</translation>
    </message>
    <message>
        <source>could not make an EC P-256 key</source>
        <translation>EC-P-256-Schlüssel konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>could not set the version</source>
        <translation>Version konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>could not draw a serial number</source>
        <translation>zufällige Seriennummer konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>could not set the serial number</source>
        <translation>Seriennummer konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>could not set the validity period</source>
        <translation>Gültigkeitszeitraum konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>could not set the common name</source>
        <translation>Common Name konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>could not set the public key</source>
        <translation>öffentlicher Schlüssel konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>could not add the %1 extension</source>
        <translation>Erweiterung %1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>could not make a subject alternative name</source>
        <translation>alternativer Antragstellername konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>could not add a subject alternative name</source>
        <translation>alternativer Antragstellername konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>could not add the subject alternative names</source>
        <translation>alternative Antragstellernamen konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>could not write PEM</source>
        <translation>PEM konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not PEM</source>
        <translation>das Zertifikat der Zertifizierungsstelle liegt nicht im PEM-Format vor</translation>
    </message>
    <message>
        <source>the authority&apos;s key is not an unencrypted PEM key</source>
        <translation>der Schlüssel der Zertifizierungsstelle ist kein unverschlüsselter PEM-Schlüssel</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not a CA certificate</source>
        <translation>das Zertifikat der Zertifizierungsstelle ist kein CA-Zertifikat</translation>
    </message>
    <message>
        <source>the authority&apos;s key does not belong to its certificate</source>
        <translation>der Schlüssel der Zertifizierungsstelle gehört nicht zu ihrem Zertifikat</translation>
    </message>
    <message>
        <source>could not set the issuer</source>
        <translation>Aussteller konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>could not sign the authority</source>
        <translation>Zertifizierungsstelle konnte nicht signiert werden</translation>
    </message>
    <message>
        <source>“%1” is not a DNS name</source>
        <translation>„%1“ ist kein DNS-Name</translation>
    </message>
    <message>
        <source>an IP address is empty</source>
        <translation>eine IP-Adresse ist leer</translation>
    </message>
    <message>
        <source>could not sign the certificate</source>
        <translation>Zertifikat konnte nicht signiert werden</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not make the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The home&apos;s authority in %1 cannot be used (%2). Move ca.crt and ca.key away to start a new one; devices then need the new ca.crt.</source>
        <translation>Die Zertifizierungsstelle dieses Zuhauses in %1 kann nicht verwendet werden (%2). Verschieben Sie ca.crt und ca.key an einen anderen Ort, um eine neue anzulegen; Geräte benötigen dann die neue ca.crt.</translation>
    </message>
    <message>
        <source>A device cannot be called “ca”: ca.crt is the authority&apos;s file.</source>
        <translation>Ein Gerät kann nicht „ca“ heißen: ca.crt ist die Datei der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Choose a folder other than the broker&apos;s own certificate folder.</source>
        <translation>Wählen Sie einen anderen Ordner als den Zertifikatsordner des Brokers.</translation>
    </message>
    <message>
        <source>There is no home authority in %1 yet.</source>
        <translation>In %1 gibt es noch keine Zertifizierungsstelle für dieses Zuhause.</translation>
    </message>
</context>
<context>
    <name>ClientErrors</name>
    <message>
        <source>unacceptable protocol version</source>
        <translation>nicht akzeptierte Protokollversion</translation>
    </message>
    <message>
        <source>identifier rejected</source>
        <translation>Kennung abgelehnt</translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation>Server nicht verfügbar</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>return code %1</source>
        <translation>Rückgabecode %1</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>granted QoS 1</source>
        <translation>QoS 1 gewährt</translation>
    </message>
    <message>
        <source>granted QoS 2</source>
        <translation>QoS 2 gewährt</translation>
    </message>
    <message>
        <source>disconnect with will message</source>
        <translation>Trennung mit Will-Nachricht</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>keine passenden Abonnenten</translation>
    </message>
    <message>
        <source>no subscription existed</source>
        <translation>es bestand kein Abonnement</translation>
    </message>
    <message>
        <source>continue authentication</source>
        <translation>Authentifizierung fortsetzen</translation>
    </message>
    <message>
        <source>re-authenticate</source>
        <translation>erneut authentifizieren</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>nicht näher bezeichneter Fehler</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>fehlerhaftes Paket</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>implementation specific error</source>
        <translation>implementierungsspezifischer Fehler</translation>
    </message>
    <message>
        <source>unsupported protocol version</source>
        <translation>nicht unterstützte Protokollversion</translation>
    </message>
    <message>
        <source>client identifier not valid</source>
        <translation>Client-Kennung ungültig</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>Server ausgelastet</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>server shutting down</source>
        <translation>Server wird heruntergefahren</translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation>ungültige Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>keep alive timeout</source>
        <translation>Keep-Alive-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>session taken over</source>
        <translation>Sitzung übernommen</translation>
    </message>
    <message>
        <source>topic filter invalid</source>
        <translation>Topic-Filter ungültig</translation>
    </message>
    <message>
        <source>topic name invalid</source>
        <translation>Topic-Name ungültig</translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation>Paketkennung bereits in Verwendung</translation>
    </message>
    <message>
        <source>packet identifier not found</source>
        <translation>Paketkennung nicht gefunden</translation>
    </message>
    <message>
        <source>receive maximum exceeded</source>
        <translation>Receive Maximum überschritten</translation>
    </message>
    <message>
        <source>topic alias invalid</source>
        <translation>Topic-Alias ungültig</translation>
    </message>
    <message>
        <source>packet too large</source>
        <translation>Paket zu groß</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>Nachrichtenrate zu hoch</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>Kontingent überschritten</translation>
    </message>
    <message>
        <source>administrative action</source>
        <translation>administrative Maßnahme</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>Payload-Format ungültig</translation>
    </message>
    <message>
        <source>retain not supported</source>
        <translation>Retain nicht unterstützt</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>QoS nicht unterstützt</translation>
    </message>
    <message>
        <source>use another server</source>
        <translation>anderen Server verwenden</translation>
    </message>
    <message>
        <source>server moved</source>
        <translation>Server umgezogen</translation>
    </message>
    <message>
        <source>shared subscriptions not supported</source>
        <translation>geteilte Abonnements nicht unterstützt</translation>
    </message>
    <message>
        <source>connection rate exceeded</source>
        <translation>Verbindungsrate überschritten</translation>
    </message>
    <message>
        <source>maximum connect time</source>
        <translation>maximale Verbindungsdauer erreicht</translation>
    </message>
    <message>
        <source>subscription identifiers not supported</source>
        <translation>Abonnement-Kennungen nicht unterstützt</translation>
    </message>
    <message>
        <source>wildcard subscriptions not supported</source>
        <translation>Wildcard-Abonnements nicht unterstützt</translation>
    </message>
    <message>
        <source>reason code 0x%1</source>
        <translation>Ursachencode 0x%1</translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation>Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>subscription to “%1” refused by the broker</source>
        <translation>Abonnement von „%1“ vom Broker abgelehnt</translation>
    </message>
    <message>
        <source>subscription to “%1” refused: %2</source>
        <translation>Abonnement von „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>publication refused: %1</source>
        <translation>Veröffentlichung abgelehnt: %1</translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected</source>
        <translation>Verbindung verloren: Der Broker hat die Verbindung getrennt</translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected (%1)</source>
        <translation>Verbindung verloren: Der Broker hat die Verbindung getrennt (%1)</translation>
    </message>
    <message>
        <source>connection lost: the broker or the network closed it</source>
        <translation>Verbindung verloren: Der Broker oder das Netzwerk hat sie geschlossen</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>der Broker hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>Socket-Fehler %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>TLS: certificate not trusted for host %1 (%2)</source>
        <translation>TLS: Zertifikat für Host %1 nicht vertrauenswürdig (%2)</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has expired</source>
        <translation>TLS: Das Zertifikat von Host %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 is not valid yet</source>
        <translation>TLS: Das Zertifikat von Host %1 ist noch nicht gültig</translation>
    </message>
    <message>
        <source>TLS: the certificate does not match host %1</source>
        <translation>TLS: Das Zertifikat passt nicht zu Host %1</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has been revoked</source>
        <translation>TLS: Das Zertifikat von Host %1 wurde widerrufen</translation>
    </message>
    <message>
        <source>TLS: certificate of host %1 rejected (%2)</source>
        <translation>TLS: Zertifikat von Host %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>cannot connect to %1: no answer from the broker within %n s</source>
        <translation>
            <numerusform>Verbindung zu %1 nicht möglich: keine Antwort vom Broker innerhalb von %n Sekunde</numerusform>
            <numerusform>Verbindung zu %1 nicht möglich: keine Antwort vom Broker innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>“%1” is not a valid broker URL: %2</source>
        <translation>„%1“ ist keine gültige Broker-URL: %2</translation>
    </message>
    <message>
        <source>it must start with mqtt://, mqtts://, ws:// or wss://</source>
        <translation>sie muss mit mqtt://, mqtts://, ws:// oder wss:// beginnen</translation>
    </message>
    <message>
        <source>unknown scheme “%1” (use mqtt, mqtts, ws or wss)</source>
        <translation>unbekanntes Schema „%1“ (verwenden Sie mqtt, mqtts, ws oder wss)</translation>
    </message>
    <message>
        <source>the user name before “@” is empty</source>
        <translation>der Benutzername vor „@“ ist leer</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing “]”</source>
        <translation>der IPv6-Adresse fehlt die schließende „]“</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>unexpected “%1” after the IPv6 address</source>
        <translation>unerwartetes „%1“ nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. mqtt://[::1]:1883</source>
        <translation>IPv6-Adressen müssen in eckigen Klammern stehen, z. B. mqtt://[::1]:1883</translation>
    </message>
    <message>
        <source>the host name is missing</source>
        <translation>der Hostname fehlt</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>the port number after “:” is missing</source>
        <translation>die Portnummer nach „:“ fehlt</translation>
    </message>
    <message>
        <source>invalid port “%1” (use a number from 1 to 65535)</source>
        <translation>ungültiger Port „%1“ (verwenden Sie eine Zahl von 1 bis 65535)</translation>
    </message>
    <message>
        <source>a broker URL has no “#” fragment</source>
        <translation>eine Broker-URL hat kein „#“-Fragment</translation>
    </message>
    <message>
        <source>%1:// URLs have no path or query (“%2”)</source>
        <translation>%1://-URLs haben weder Pfad noch Abfrage („%2“)</translation>
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
        <translation>WebSocket über TLS</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ConventionCatalog</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not a Qt plugin</source>
        <translation>kein Qt-Plugin</translation>
    </message>
    <message>
        <source>not a device-convention plugin (IID %1)</source>
        <translation>kein Gerätekonventions-Plugin (IID %1)</translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation>seine Metadaten enthalten keine ID</translation>
    </message>
    <message>
        <source>written for plugin interface %1, this is interface %2</source>
        <translation>für die Plugin-Schnittstelle %1 geschrieben, dies ist Schnittstelle %2</translation>
    </message>
    <message>
        <source>does not implement the interface</source>
        <translation>implementiert die Schnittstelle nicht</translation>
    </message>
    <message>
        <source>says it is &quot;%1&quot; but its metadata says &quot;%2&quot;</source>
        <translation>gibt sich als „%1“ aus, laut seinen Metadaten aber „%2“</translation>
    </message>
</context>
<context>
    <name>DemoHome</name>
    <message>
        <source>Kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Flur</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Living room</source>
        <translation>Wohnzimmer</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <translation>Schlafzimmer</translation>
    </message>
</context>
<context>
    <name>EntityTracker</name>
    <message>
        <source>the device reported “%1” instead</source>
        <translation>das Gerät hat stattdessen „%1“ gemeldet</translation>
    </message>
    <message>
        <source>no answer from the device; it last reported “%1”</source>
        <translation>keine Antwort vom Gerät; zuletzt meldete es „%1“</translation>
    </message>
    <message>
        <source>no answer from the device</source>
        <translation>keine Antwort vom Gerät</translation>
    </message>
</context>
<context>
    <name>GenericRecognizer</name>
    <message>
        <source>“%1” does not name a room and a device: every level must be non-empty UTF-8 of at most %2 bytes</source>
        <translation>„%1“ benennt keinen Raum und kein Gerät: Jede Ebene muss nicht leeres UTF-8 mit höchstens %2 Bytes sein</translation>
    </message>
    <message>
        <source>more than %1 hand-made devices; %2 is ignored</source>
        <translation>mehr als %1 manuell angelegte Geräte; %2 wird ignoriert</translation>
    </message>
    <message>
        <source>more than %1 entities in home/%2/%3; the rest are left out</source>
        <translation>mehr als %1 Entitäten in home/%2/%3; der Rest wird ausgelassen</translation>
    </message>
    <message>
        <source>%1 should say on or off, not “%2”</source>
        <translation>%1 sollte on oder off melden, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: the state is too large (%2 bytes)</source>
        <translation>%1: Der Zustand ist zu groß (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1: the state is not a JSON object: %2</source>
        <translation>%1: Der Zustand ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>HomeAssistantDiscovery</name>
    <message>
        <source>“%1” should be text</source>
        <translation>„%1“ sollte Text sein</translation>
    </message>
    <message>
        <source>“%1” should be text, a number or true/false</source>
        <translation>„%1“ sollte Text, eine Zahl oder true/false sein</translation>
    </message>
    <message>
        <source>“%1” is not a usable topic: %2</source>
        <translation>„%1“ ist kein verwendbares Topic: %2</translation>
    </message>
    <message>
        <source>“%1” should be a positive whole number</source>
        <translation>„%1“ sollte eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>“%1” should be true or false</source>
        <translation>„%1“ sollte true oder false sein</translation>
    </message>
    <message>
        <source>“%1” (%2) is more than a member of the payload; the whole payload is shown instead</source>
        <translation>„%1“ (%2) ist mehr als ein Element der Payload; stattdessen wird die ganze Payload angezeigt</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: „%2“ fehlt</translation>
    </message>
    <message>
        <source>“device” should be an object</source>
        <translation>„device“ sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>“availability” should be a list of objects</source>
        <translation>„availability“ sollte eine Liste von Objekten sein</translation>
    </message>
    <message>
        <source>“brightness_command_template” (%1) is not followed; the plain level is sent</source>
        <translation>„brightness_command_template“ (%1) wird nicht befolgt; es wird der reine Helligkeitswert gesendet</translation>
    </message>
    <message>
        <source>“supported_color_modes” should be a list</source>
        <translation>„supported_color_modes“ sollte eine Liste sein</translation>
    </message>
    <message>
        <source>the light schema “%1” is not supported</source>
        <translation>das Licht-Schema „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the component “%1” is not supported</source>
        <translation>die Komponente „%1“ wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>HomeAssistantRecognizer</name>
    <message>
        <source>the discovery config is too large (%1 bytes)</source>
        <translation>die Discovery-Konfiguration ist zu groß (%1 Bytes)</translation>
    </message>
    <message>
        <source>the discovery config is not valid JSON: %1 at byte %2</source>
        <translation>die Discovery-Konfiguration ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation>die Discovery-Konfiguration ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>“%1” is not a discovery topic: ids may only hold letters, digits, “_” and “-”</source>
        <translation>„%1“ ist kein Discovery-Topic: IDs dürfen nur Buchstaben, Ziffern, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>a device discovery config needs “components”</source>
        <translation>eine Geräte-Discovery-Konfiguration braucht „components“</translation>
    </message>
    <message>
        <source>the component “%1” has no platform</source>
        <translation>die Komponente „%1“ hat keine Plattform</translation>
    </message>
    <message>
        <source>%1 has more than %2 components; the rest are left out</source>
        <translation>%1 hat mehr als %2 Komponenten; der Rest wird ausgelassen</translation>
    </message>
    <message>
        <source>two discovery configs describe the entity “%1” of %2; the second (%3) is ignored</source>
        <translation>zwei Discovery-Konfigurationen beschreiben die Entität „%1“ von %2; die zweite (%3) wird ignoriert</translation>
    </message>
    <message>
        <source>more than %1 Home Assistant devices; %2 is ignored</source>
        <translation>mehr als %1 Home-Assistant-Geräte; %2 wird ignoriert</translation>
    </message>
    <message>
        <source>more than %1 entities in %2; %3 is left out</source>
        <translation>mehr als %1 Entitäten in %2; %3 wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>HomieRecognizer</name>
    <message>
        <source>&quot;%1&quot; is not a valid Homie id</source>
        <translation>„%1“ ist keine gültige Homie-ID</translation>
    </message>
    <message>
        <source>more than %1 listed; the rest are left out</source>
        <translation>mehr als %1 aufgeführt; der Rest wird ausgelassen</translation>
    </message>
    <message>
        <source>the attribute is too long</source>
        <translation>das Attribut ist zu lang</translation>
    </message>
    <message>
        <source>more than %1 Homie devices; this one is ignored</source>
        <translation>mehr als %1 Homie-Geräte; dieses wird ignoriert</translation>
    </message>
    <message>
        <source>Homie version %1 is not understood</source>
        <translation>Homie-Version %1 wird nicht verstanden</translation>
    </message>
    <message>
        <source>more than %1 nodes; node %2 is ignored</source>
        <translation>mehr als %1 Knoten; Knoten %2 wird ignoriert</translation>
    </message>
    <message>
        <source>more than %1 properties; property %2 is ignored</source>
        <translation>mehr als %1 Eigenschaften; Eigenschaft %2 wird ignoriert</translation>
    </message>
    <message>
        <source>datatype %1 is not a Homie datatype; property %2 is left out</source>
        <translation>Datentyp %1 ist kein Homie-Datentyp; Eigenschaft %2 wird ausgelassen</translation>
    </message>
    <message>
        <source>$settable is neither true nor false</source>
        <translation>$settable ist weder true noch false</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>more than %1 properties; the rest are left out</source>
        <translation>mehr als %1 Eigenschaften; der Rest wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>Management</name>
    <message>
        <source>The broker&apos;s data directory, where access.db is (default: the broker&apos;s, or data_dir of the configuration file).</source>
        <translation>Das Datenverzeichnis des Brokers, in dem access.db liegt (Standard: das des Brokers oder data_dir aus der Konfigurationsdatei).</translation>
    </message>
    <message>
        <source>The broker&apos;s configuration file: its data_dir and password_iterations are used.</source>
        <translation>Die Konfigurationsdatei des Brokers; data_dir und password_iterations werden daraus übernommen.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations for the new password hash.</source>
        <translation>PBKDF2-Iterationen für den neuen Passwort-Hash.</translation>
    </message>
    <message>
        <source>Read the password as one line from standard input instead of asking on the terminal.</source>
        <translation>Das Passwort als eine Zeile von der Standardeingabe lesen, statt im Terminal danach zu fragen.</translation>
    </message>
    <message>
        <source>acl add: a rule for this user.</source>
        <translation>acl add: eine Regel für diesen Benutzer.</translation>
    </message>
    <message>
        <source>acl add: a rule for this client identifier.</source>
        <translation>acl add: eine Regel für diese Client-Kennung.</translation>
    </message>
    <message>
        <source>acl add: a rule for clients without a user name.</source>
        <translation>acl add: eine Regel für Clients ohne Benutzernamen.</translation>
    </message>
    <message>
        <source>acl add: a rule for every client.</source>
        <translation>acl add: eine Regel für jeden Client.</translation>
    </message>
    <message>
        <source>acl add: the topic filter; %u stands for the user name, %c for the client identifier.</source>
        <translation>acl add: der Topic-Filter; %u steht für den Benutzernamen, %c für die Client-Kennung.</translation>
    </message>
    <message>
        <source>acl add: read, write or readwrite.</source>
        <translation>acl add: read, write oder readwrite.</translation>
    </message>
    <message>
        <source>Run &apos;homewire-broker user --help&apos; for how to use it.</source>
        <translation>Rufen Sie &apos;homewire-broker user --help&apos; auf, um zu sehen, wie es verwendet wird.</translation>
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
        <translation>Aufruf: homewire-broker user add NAME         Benutzer hinzufügen (fragt nach dem Passwort)
        homewire-broker user passwd NAME      Passwort eines Benutzers ändern
        homewire-broker user remove NAME      Benutzer und die Regeln für ihn entfernen
        homewire-broker user list             Benutzer auflisten
        homewire-broker acl add (--user NAME | --clientid ID | --anonymous | --everyone)
                                --topic FILTER --access read|write|readwrite
        homewire-broker acl remove ID
        homewire-broker acl list              Regeln mit ihren IDs auflisten

Ohne jede ACL-Regel darf jeder Client jedes Topic lesen und schreiben; sobald es eine
Regel gibt, wird alles verweigert, was keine Regel erlaubt. Ein laufender Broker
übernimmt Änderungen innerhalb von etwa einer Sekunde.

</translation>
    </message>
    <message>
        <source>&apos;acl&apos; needs a command: add, remove or list</source>
        <translation>&apos;acl&apos; braucht einen Befehl: add, remove oder list</translation>
    </message>
    <message>
        <source>&apos;user&apos; needs a command: add, passwd, remove or list</source>
        <translation>&apos;user&apos; braucht einen Befehl: add, passwd, remove oder list</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one argument, %2</source>
        <translation>&apos;%1&apos; erwartet ein Argument, %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments (got &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; erwartet keine Argumente (erhalten: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;%2 %3&apos;</source>
        <translation>--%1 passt nicht zu &apos;%2 %3&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no data directory to keep the users in; give one with --data-dir</source>
        <translation>es gibt kein Datenverzeichnis, in dem die Benutzer gespeichert werden können; geben Sie eines mit --data-dir an</translation>
    </message>
    <message>
        <source>--iterations takes a whole number from 1000 to 10000000, not &apos;%1&apos;</source>
        <translation>--iterations erwartet eine ganze Zahl von 1000 bis 10000000, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1. Nothing was changed. Restore the backup, or run the command again to begin with no users and rules.</source>
        <translation>%1. Es wurde nichts geändert. Stellen Sie die Sicherung wieder her oder führen Sie den Befehl erneut aus, um ohne Benutzer und Regeln zu beginnen.</translation>
    </message>
    <message>
        <source>there is no password on standard input; nothing was changed</source>
        <translation>auf der Standardeingabe steht kein Passwort; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>standard input is not a terminal to ask for the password on; give the password on standard input with --password-stdin</source>
        <translation>die Standardeingabe ist kein Terminal, in dem nach dem Passwort gefragt werden kann; übergeben Sie das Passwort mit --password-stdin über die Standardeingabe</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>the passwords do not match; nothing was changed</source>
        <translation>die Passwörter stimmen nicht überein; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the password is empty; nothing was changed</source>
        <translation>das Passwort ist leer; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the password is longer than the %1 bytes MQTT can carry; nothing was changed</source>
        <translation>das Passwort ist länger als die %1 Bytes, die MQTT übertragen kann; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists</source>
        <translation>Benutzer &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>es gibt keinen Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no ACL rule %1 (&apos;acl list&apos; shows the rules)</source>
        <translation>es gibt keine ACL-Regel %1 (&apos;acl list&apos; zeigt die Regeln an)</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists; &apos;user passwd %1&apos; changes the password</source>
        <translation>Benutzer &apos;%1&apos; existiert bereits; &apos;user passwd %1&apos; ändert das Passwort</translation>
    </message>
    <message>
        <source>Added user &apos;%1&apos;.</source>
        <translation>Benutzer &apos;%1&apos; hinzugefügt.</translation>
    </message>
    <message>
        <source>Changed the password of &apos;%1&apos;.</source>
        <translation>Passwort von &apos;%1&apos; geändert.</translation>
    </message>
    <message>
        <source>Removed user &apos;%1&apos; and the rules for that user.</source>
        <translation>Benutzer &apos;%1&apos; und die Regeln für ihn entfernt.</translation>
    </message>
    <message>
        <source>There are no users in %1.</source>
        <translation>In %1 gibt es keine Benutzer.</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; takes exactly one of --user, --clientid, --anonymous or --everyone</source>
        <translation>&apos;acl add&apos; erwartet genau eine der Optionen --user, --clientid, --anonymous oder --everyone</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --topic FILTER</source>
        <translation>&apos;acl add&apos; braucht --topic FILTER</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --access read|write|readwrite</source>
        <translation>&apos;acl add&apos; braucht --access read|write|readwrite</translation>
    </message>
    <message>
        <source>--access must be read, write or readwrite, not &apos;%1&apos;</source>
        <translation>--access muss read, write oder readwrite sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Added ACL rule %1.</source>
        <translation>ACL-Regel %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule id; &apos;acl list&apos; shows them</source>
        <translation>&apos;%1&apos; ist keine Regel-ID; &apos;acl list&apos; zeigt sie an</translation>
    </message>
    <message>
        <source>Removed ACL rule %1.</source>
        <translation>ACL-Regel %1 entfernt.</translation>
    </message>
    <message>
        <source>There are no ACL rules in %1: every client may read and write every topic.</source>
        <translation>In %1 gibt es keine ACL-Regeln: Jeder Client darf jedes Topic lesen und schreiben.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>access</source>
        <translation>Zugriff</translation>
    </message>
</context>
<context>
    <name>ManualDevice</name>
    <message>
        <source>it is longer than 65535 bytes</source>
        <translation>es ist länger als 65535 Bytes</translation>
    </message>
    <message>
        <source>it contains the wildcard “+” or “#”, which only subscriptions may use</source>
        <translation>es enthält die Wildcard „+“ oder „#“, die nur Abonnements verwenden dürfen</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>es enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation>es ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>command topic</source>
        <translation>Befehls-Topic</translation>
    </message>
    <message>
        <source>brightness command topic</source>
        <translation>Helligkeits-Befehls-Topic</translation>
    </message>
    <message>
        <source>state topic</source>
        <translation>Zustands-Topic</translation>
    </message>
    <message>
        <source>brightness state topic</source>
        <translation>Helligkeits-Zustands-Topic</translation>
    </message>
    <message>
        <source>availability topic</source>
        <translation>Verfügbarkeits-Topic</translation>
    </message>
    <message>
        <source>The %1 of “%2” cannot be used: %3.</source>
        <translation>Das %1 von „%2“ kann nicht verwendet werden: %3.</translation>
    </message>
    <message>
        <source>“%1” needs a payload for on and one for off.</source>
        <translation>„%1“ braucht eine Payload für Ein und eine für Aus.</translation>
    </message>
    <message>
        <source>The on and off payloads of “%1” are the same; they must differ.</source>
        <translation>Die Payloads für Ein und Aus von „%1“ sind gleich; sie müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>“%1” needs a state value for on and one for off.</source>
        <translation>„%1“ braucht einen Zustandswert für Ein und einen für Aus.</translation>
    </message>
    <message>
        <source>The on and off states of “%1” are the same; they must differ.</source>
        <translation>Die Zustände für Ein und Aus von „%1“ sind gleich; sie müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>The highest brightness of “%1” must be at least 1.</source>
        <translation>Die volle Helligkeit von „%1“ muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The brightness template of “%1” must contain {value}.</source>
        <translation>Die Helligkeitsvorlage von „%1“ muss {value} enthalten.</translation>
    </message>
    <message>
        <source>Every switch, light and sensor needs a name.</source>
        <translation>Jeder Schalter, jedes Licht und jeder Sensor braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” needs a command topic: the topic it is switched with.</source>
        <translation>„%1“ braucht ein Befehls-Topic: das Topic, über das es geschaltet wird.</translation>
    </message>
    <message>
        <source>“%1” needs a state topic: the topic it reports on.</source>
        <translation>„%1“ braucht ein Zustands-Topic: das Topic, auf dem es seinen Zustand meldet.</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>Das Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” needs at least one switch, light or sensor.</source>
        <translation>„%1“ braucht mindestens einen Schalter, ein Licht oder einen Sensor.</translation>
    </message>
    <message>
        <source>Two parts of “%1” share the name “%2”; give each its own.</source>
        <translation>Zwei Teile von „%1“ haben denselben Namen „%2“; geben Sie jedem einen eigenen.</translation>
    </message>
</context>
<context>
    <name>NetworkAccess</name>
    <message>
        <source>No certificate file is chosen.</source>
        <translation>Es ist keine Zertifikatsdatei ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is missing or cannot be read.</source>
        <translation>%1 fehlt oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation>Nur dieser Computer kann sich verbinden.</translation>
    </message>
    <message>
        <source>passwords or client certificates</source>
        <translation>Passwörter oder Client-Zertifikate</translation>
    </message>
    <message>
        <source>client certificates</source>
        <translation>Client-Zertifikate</translation>
    </message>
    <message>
        <source>passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %3) and on port %2 (unencrypted, passwords).</source>
        <translation>Geräte in Ihrem Netzwerk können sich über Port %1 (TLS, %3) und über Port %2 (unverschlüsselt, Passwörter) verbinden.</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %2).</source>
        <translation>Geräte in Ihrem Netzwerk können sich über Port %1 (TLS, %2) verbinden.</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (unencrypted, passwords).</source>
        <translation>Geräte in Ihrem Netzwerk können sich über Port %1 (unverschlüsselt, Passwörter) verbinden.</translation>
    </message>
</context>
<context>
    <name>PahoConnection</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>interrupted: the connection ended before the broker answered</source>
        <translation>unterbrochen: Die Verbindung endete, bevor der Broker antwortete</translation>
    </message>
    <message>
        <source>too many messages in flight</source>
        <translation>zu viele Nachrichten in Zustellung</translation>
    </message>
    <message>
        <source>too many messages waiting to be sent</source>
        <translation>zu viele Nachrichten warten auf den Versand</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>invalid QoS</source>
        <translation>ungültiger QoS-Wert</translation>
    </message>
    <message>
        <source>the Paho library was built without TLS</source>
        <translation>die Paho-Bibliothek wurde ohne TLS erstellt</translation>
    </message>
    <message>
        <source>unsupported URL scheme</source>
        <translation>nicht unterstütztes URL-Schema</translation>
    </message>
    <message>
        <source>MQTT version mismatch</source>
        <translation>MQTT-Versionen passen nicht zusammen</translation>
    </message>
    <message>
        <source>ignored: a disconnect is under way</source>
        <translation>ignoriert: Die Verbindung wird gerade getrennt</translation>
    </message>
    <message>
        <source>Paho error %1</source>
        <translation>Paho-Fehler %1</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>ShellyRecognizer</name>
    <message>
        <source>more than %1 Shelly devices; this one is ignored</source>
        <translation>mehr als %1 Shelly-Geräte; dieses wird ignoriert</translation>
    </message>
    <message>
        <source>the Shelly device id is empty</source>
        <translation>die Shelly-Geräte-ID ist leer</translation>
    </message>
    <message>
        <source>the announcement is not a JSON object</source>
        <translation>die Ankündigung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the announcement has no device id</source>
        <translation>die Ankündigung enthält keine Geräte-ID</translation>
    </message>
    <message>
        <source>the announced model is not text</source>
        <translation>das angekündigte Modell ist kein Text</translation>
    </message>
    <message>
        <source>relay %1 is not a relay a Shelly has</source>
        <translation>Relais %1 gibt es bei keinem Shelly</translation>
    </message>
    <message>
        <source>the relay power is not a number</source>
        <translation>die Relaisleistung ist keine Zahl</translation>
    </message>
    <message>
        <source>a relay state is neither on nor off</source>
        <translation>ein Relaiszustand ist weder on noch off</translation>
    </message>
    <message>
        <source>the temperature is not a number</source>
        <translation>die Temperatur ist keine Zahl</translation>
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
        <translation>Leistung Relais %1</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Device temperature</source>
        <translation>Gerätetemperatur</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>%1 is not a Shelly component status</source>
        <translation>%1 ist kein Statusbericht einer Shelly-Komponente</translation>
    </message>
    <message>
        <source>the notification is not a JSON-RPC frame</source>
        <translation>die Benachrichtigung ist kein JSON-RPC-Frame</translation>
    </message>
    <message>
        <source>the Shelly topic prefix is empty</source>
        <translation>das Shelly-Topic-Präfix ist leer</translation>
    </message>
    <message>
        <source>more than %1 components; the rest are left out</source>
        <translation>mehr als %1 Komponenten; der Rest wird ausgelassen</translation>
    </message>
    <message>
        <source>Light %1</source>
        <translation>Licht %1</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Switch %1</source>
        <translation>Schalter %1</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the payload is too large</source>
        <translation>die Payload ist zu groß</translation>
    </message>
</context>
<context>
    <name>TasmotaRecognizer</name>
    <message>
        <source>the payload is too large</source>
        <translation>die Payload ist zu groß</translation>
    </message>
    <message>
        <source>%1 is not a relay Tasmota has</source>
        <translation>%1 ist kein Relais, das Tasmota kennt</translation>
    </message>
    <message>
        <source>the device topic is empty</source>
        <translation>das Geräte-Topic ist leer</translation>
    </message>
    <message>
        <source>more than %1 Tasmota devices; this one is ignored</source>
        <translation>mehr als %1 Tasmota-Geräte; dieses wird ignoriert</translation>
    </message>
    <message>
        <source>LWT is neither Online nor Offline</source>
        <translation>LWT ist weder Online noch Offline</translation>
    </message>
    <message>
        <source>a relay state is neither ON nor OFF</source>
        <translation>ein Relaiszustand ist weder ON noch OFF</translation>
    </message>
    <message>
        <source>RESULT is not a JSON object</source>
        <translation>RESULT ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>STATE is not a JSON object</source>
        <translation>STATE ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Dimmer is not a number</source>
        <translation>Dimmer ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a relay state</source>
        <translation>%1 ist kein Relaiszustand</translation>
    </message>
    <message>
        <source>more than %1 sensors; the rest are left out</source>
        <translation>mehr als %1 Sensoren; der Rest wird ausgelassen</translation>
    </message>
    <message>
        <source>the discovery topic has no MAC address</source>
        <translation>das Discovery-Topic enthält keine MAC-Adresse</translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation>die Discovery-Konfiguration ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the discovery config has a member of the wrong type</source>
        <translation>die Discovery-Konfiguration enthält ein Element vom falschen Typ</translation>
    </message>
    <message>
        <source>the discovery config has no usable topic</source>
        <translation>die Discovery-Konfiguration enthält kein verwendbares Topic</translation>
    </message>
    <message>
        <source>the device uses FullTopic %1; only %2 is understood</source>
        <translation>das Gerät verwendet FullTopic %1; nur %2 wird verstanden</translation>
    </message>
    <message>
        <source>the device uses the prefixes %1; only cmnd, stat and tele are understood</source>
        <translation>das Gerät verwendet die Präfixe %1; nur cmnd, stat und tele werden verstanden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Power %1</source>
        <translation>Power %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apparent power</source>
        <translation>Scheinleistung</translation>
    </message>
    <message>
        <source>Reactive power</source>
        <translation>Blindleistung</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Leistungsfaktor</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Energie heute</translation>
    </message>
    <message>
        <source>Energy yesterday</source>
        <translation>Energie gestern</translation>
    </message>
    <message>
        <source>Energy total</source>
        <translation>Energie gesamt</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Luftfeuchtigkeit</translation>
    </message>
    <message>
        <source>Dew point</source>
        <translation>Taupunkt</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Luftdruck</translation>
    </message>
    <message>
        <source>Sea-level pressure</source>
        <translation>Luftdruck auf Meereshöhe</translation>
    </message>
    <message>
        <source>Illuminance</source>
        <translation>Beleuchtungsstärke</translation>
    </message>
    <message>
        <source>Carbon dioxide</source>
        <translation>Kohlendioxid</translation>
    </message>
    <message>
        <source>Power</source>
        <comment>the switch of a Tasmota relay, not a measurement</comment>
        <translation>Power</translation>
    </message>
    <message>
        <source>SENSOR: %1.%2 is not a number</source>
        <translation>SENSOR: %1.%2 ist keine Zahl</translation>
    </message>
    <message>
        <source>SENSOR: %1 is not text</source>
        <translation>SENSOR: %1 ist kein Text</translation>
    </message>
    <message>
        <source>SENSOR is not a JSON object</source>
        <translation>SENSOR ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A reading and its unit: &quot;21.4 °C&quot;, &quot;230 W&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>TopicMatcher</name>
    <message>
        <source>Choose whether to search topics, payloads or both.</source>
        <translation>Wählen Sie, ob Topics, Payloads oder beides durchsucht werden sollen.</translation>
    </message>
    <message>
        <source>A topic filter matches topic names; include topics in the search.</source>
        <translation>Ein Topic-Filter passt auf Topic-Namen; beziehen Sie Topics in die Suche ein.</translation>
    </message>
    <message>
        <source>Invalid topic filter: %1</source>
        <translation>Ungültiger Topic-Filter: %1</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>TopicProblem</name>
    <message>
        <source>Enter the topic, e.g. home/office/lamp.</source>
        <translation>Geben Sie das Topic ein, z. B. home/office/lamp.</translation>
    </message>
    <message>
        <source>“+” and “#” are wildcards for subscribing to many topics; a device listens and reports on one exact topic, so they cannot be used here.</source>
        <translation>„+“ und „#“ sind Wildcards zum Abonnieren vieler Topics; ein Gerät lauscht und meldet auf genau einem Topic, daher können sie hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Topics starting with “$” belong to the broker (like $SYS) and cannot be used by a device.</source>
        <translation>Topics, die mit „$“ beginnen, gehören dem Broker (wie $SYS) und können nicht von einem Gerät verwendet werden.</translation>
    </message>
    <message>
        <source>A topic cannot contain the null character.</source>
        <translation>Ein Topic darf kein Nullzeichen enthalten.</translation>
    </message>
    <message>
        <source>The topic starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what the device uses.</source>
        <translation>Das Topic beginnt oder endet mit einem Leerzeichen. Leerzeichen zählen zum Topic, daher verwendet das Gerät dieses Topic mit ziemlicher Sicherheit nicht.</translation>
    </message>
    <message>
        <source>The topic is too long: MQTT allows at most 65,535 bytes.</source>
        <translation>Das Topic ist zu lang: MQTT erlaubt höchstens 65.535 Bytes.</translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic name.</source>
        <translation>Dies ist kein gültiger MQTT-Topic-Name.</translation>
    </message>
</context>
<context>
    <name>Zigbee2MqttRecognizer</name>
    <message>
        <source>a device without a usable ieee_address and friendly_name (“%1”, “%2”)</source>
        <translation>ein Gerät ohne verwendbare ieee_address und friendly_name („%1“, „%2“)</translation>
    </message>
    <message>
        <source>the device list of %1 is too large (%2 bytes, at most %3 MiB are read)</source>
        <translation>die Geräteliste von %1 ist zu groß (%2 Bytes, höchstens %3 MiB werden gelesen)</translation>
    </message>
    <message>
        <source>%1/bridge/devices is not a Zigbee2MQTT device list%2</source>
        <translation>%1/bridge/devices ist keine Zigbee2MQTT-Geräteliste%2</translation>
    </message>
    <message>
        <source>more than %1 Zigbee2MQTT bridges; %2 is ignored</source>
        <translation>mehr als %1 Zigbee2MQTT-Bridges; %2 wird ignoriert</translation>
    </message>
    <message>
        <source>an entry of %1/bridge/devices is not an object</source>
        <translation>ein Eintrag von %1/bridge/devices ist kein Objekt</translation>
    </message>
    <message>
        <source>%1/bridge/devices lists more than %2 devices; the rest are left out</source>
        <translation>%1/bridge/devices führt mehr als %2 Geräte auf; der Rest wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>homewire::broker::net::BrokerServer</name>
    <message>
        <source>the broker is already running</source>
        <translation>der Broker läuft bereits</translation>
    </message>
    <message>
        <source>no listener to start</source>
        <translation>kein Listener zum Starten</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>broker database %1: %2</source>
        <translation>Broker-Datenbank %1: %2</translation>
    </message>
    <message>
        <source>%1. The broker does not start without its users and ACL rules, since that would open it to every client; restore the backup, or start again to begin with no users and rules</source>
        <translation>%1. Der Broker startet nicht ohne seine Benutzer und ACL-Regeln, da er sonst für jeden Client offen wäre; stellen Sie die Sicherung wieder her oder starten Sie erneut, um ohne Benutzer und Regeln zu beginnen</translation>
    </message>
    <message>
        <source>cannot read the users and ACL rules: %1. The broker does not start without them, since that would open it to every client</source>
        <translation>die Benutzer und ACL-Regeln können nicht gelesen werden: %1. Der Broker startet nicht ohne sie, da er sonst für jeden Client offen wäre</translation>
    </message>
</context>
<context>
    <name>homewire::client::ConnectProbe</name>
    <message>
        <source>the broker closed the connection</source>
        <translation>der Broker hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>homewire::client::MqttClient</name>
    <message>
        <source>subscription to “%1” failed: %2</source>
        <translation>Abonnement von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot connect to %1: WebSocket handshake failed (%2)</source>
        <translation>Verbindung zu %1 nicht möglich: WebSocket-Handshake fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>no host name given</source>
        <translation>kein Hostname angegeben</translation>
    </message>
    <message>
        <source>invalid will topic “%1”: %2</source>
        <translation>ungültiges Will-Topic „%1“: %2</translation>
    </message>
    <message>
        <source>TLS: cannot read %1</source>
        <translation>TLS: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>TLS: a client certificate needs both the certificate and its key file</source>
        <translation>TLS: Ein Client-Zertifikat braucht sowohl das Zertifikat als auch seine Schlüsseldatei</translation>
    </message>
    <message>
        <source>invalid topic filter “%1”: %2</source>
        <translation>ungültiger Topic-Filter „%1“: %2</translation>
    </message>
    <message>
        <source>invalid topic name “%1”: %2</source>
        <translation>ungültiger Topic-Name „%1“: %2</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>nicht mit einem Broker verbunden</translation>
    </message>
</context>
<context>
    <name>homewire::client::RetainedProbe</name>
    <message>
        <source>the broker did not list its retained messages in time</source>
        <translation>der Broker hat seine Retained-Nachrichten nicht rechtzeitig aufgelistet</translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRegistry</name>
    <message>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <source>The list of rooms and devices was damaged and could not be read (%1). Homewire started a new, empty list; what you add from now on is kept.</source>
        <translation>Die Liste der Räume und Geräte war beschädigt und konnte nicht gelesen werden (%1). Homewire hat eine neue, leere Liste angelegt; was Sie ab jetzt hinzufügen, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The list of rooms and devices could not be opened (%1). Changes to rooms and devices are kept only until Homewire quits.</source>
        <translation>Die Liste der Räume und Geräte konnte nicht geöffnet werden (%1). Änderungen an Räumen und Geräten bleiben nur erhalten, bis Homewire beendet wird.</translation>
    </message>
    <message>
        <source>Saving rooms and devices failed (%1). Changes are kept only until Homewire quits.</source>
        <translation>Räume und Geräte konnten nicht gespeichert werden (%1). Änderungen bleiben nur erhalten, bis Homewire beendet wird.</translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRuntime</name>
    <message>
        <source>the convention threw an exception: %1</source>
        <translation>die Konvention hat eine Ausnahme ausgelöst: %1</translation>
    </message>
    <message>
        <source>the convention threw an unknown exception</source>
        <translation>die Konvention hat eine unbekannte Ausnahme ausgelöst</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>nicht mit einem Broker verbunden</translation>
    </message>
</context>
<context>
    <name>homewire::payload</name>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON-Array</translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>homewire::payload::JsonTree</name>
    <message>
        <source>control character in a string (write it as \n, \t or \u00XX)</source>
        <translation>Steuerzeichen in einer Zeichenkette (schreiben Sie es als \n, \t oder \u00XX)</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>ungültige Zahl: Führende Nullen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>ungültige Zahl: Auf den Dezimalpunkt müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>ungültige Zahl: Auf den Exponenten müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>text too large</source>
        <translation>Text zu groß</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>nicht abgeschlossenes Objekt</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>nicht abgeschlossenes Array</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>&apos;:&apos; nach einem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objektelement erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Array-Element erwartet</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
</context>
<context>
    <name>homewire::payload::LineDiff</name>
    <message>
        <source>too many lines to compare</source>
        <translation>zu viele Zeilen zum Vergleichen</translation>
    </message>
    <message>
        <source>too many changed lines to show</source>
        <translation>zu viele geänderte Zeilen zum Anzeigen</translation>
    </message>
    <message>
        <source>too large to compare</source>
        <translation>zu groß zum Vergleichen</translation>
    </message>
</context>
<context>
    <name>homewire::plugins::generic::GenericPlugin</name>
    <message>
        <source>Hand-made devices</source>
        <translation>Manuell angelegte Geräte</translation>
    </message>
</context>
<context>
    <name>homewire::plugins::homeassistant::HomeAssistantPlugin</name>
    <message>
        <source>Home Assistant discovery</source>
        <translation>Home Assistant Discovery</translation>
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
        <translation>es wurde weder Secret Service noch KWallet gefunden</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password cannot be read.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1): Das gespeicherte Passwort kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the password is kept for this session only and not saved.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1): Das Passwort wird nur für diese Sitzung behalten und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password could not be removed.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1): Das gespeicherte Passwort konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password cannot be read.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1): Das gespeicherte Passwort kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept for this session only and not saved.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1): Das Passwort wird nur für diese Sitzung behalten und nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password could not be removed.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1): Das gespeicherte Passwort konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>homewire::store::ProfileStore</name>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A connection needs a host.</source>
        <translation>Eine Verbindung braucht einen Host.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The keep-alive interval must be between 0 and 65535 seconds.</source>
        <translation>Das Keep-Alive-Intervall muss zwischen 0 und 65535 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation>Der WebSocket-Pfad muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid topic filter: %2.</source>
        <translation>„%1“ ist kein gültiger Topic-Filter: %2.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The connection “%1” no longer exists.</source>
        <translation>Die Verbindung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no connection with id %1.</source>
        <translation>Es gibt keine Verbindung mit der ID %1.</translation>
    </message>
    <message>
        <source>“%1” is the embedded broker&apos;s connection and cannot be deleted.</source>
        <translation>„%1“ ist die Verbindung des eingebetteten Brokers und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>Eingebetteter Broker</translation>
    </message>
    <message>
        <source>Embedded broker (%1)</source>
        <translation>Eingebetteter Broker (%1)</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessPage</name>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The names and passwords devices and programs log in with.</source>
        <translation>Die Namen und Passwörter, mit denen sich Geräte und Programme anmelden.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Zugriffsregeln</translation>
    </message>
    <message>
        <source>With no rules every client may read and write everything; once a rule exists, anything no rule allows is denied.</source>
        <translation>Ohne Regeln darf jeder Client alles lesen und schreiben; sobald es eine Regel gibt, wird alles verweigert, was keine Regel erlaubt.</translation>
    </message>
    <message>
        <source>No rule lets anonymous clients read or write anything. Homewire&apos;s own dashboard and explorer connect to this broker anonymously over this computer&apos;s loopback address, so they see and control nothing while this is so. Anonymous clients only get in through listeners that allow them, which by default means this computer only.</source>
        <translation>Keine Regel erlaubt anonymen Clients, etwas zu lesen oder zu schreiben. Das Dashboard und der Explorer von Homewire verbinden sich anonym über die Loopback-Adresse dieses Computers mit diesem Broker und sehen und steuern daher nichts, solange das so ist. Anonyme Clients kommen nur über Listener herein, die sie zulassen, standardmäßig also nur von diesem Computer aus.</translation>
    </message>
    <message>
        <source>Allow local anonymous clients everything</source>
        <translation>Lokalen anonymen Clients alles erlauben</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <source>Since the broker started. Each refusal is explained in the log on the Overview tab.</source>
        <translation>Seit dem Start des Brokers. Jede Ablehnung wird im Protokoll auf dem Reiter „Übersicht“ erklärt.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove the user “%1”?</source>
        <translation>Den Benutzer „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Devices logging in as %1 are refused from then on, and the rules written for %1 go too.</source>
        <translation>Geräte, die sich als %1 anmelden, werden danach abgewiesen, und die für %1 geschriebenen Regeln werden ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>Refused logins: %1 · Denied publishes: %2 · Denied subscriptions: %3</source>
        <translation>Abgewiesene Anmeldungen: %1 · Abgelehnte Veröffentlichungen: %2 · Abgelehnte Abonnements: %3</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessWorker</name>
    <message>
        <source>The file of users and rules was damaged and has been set aside; Homewire starts a new, empty one. %1</source>
        <translation>Die Datei mit Benutzern und Regeln war beschädigt und wurde beiseitegelegt; Homewire beginnt mit einer neuen, leeren Datei. %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read the users and rules: %1</source>
        <translation>Die Benutzer und Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation>Ein Benutzer namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Could not add the user “%1”: %2</source>
        <translation>Der Benutzer „%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>There is no user named “%1” any more.</source>
        <translation>Es gibt keinen Benutzer namens „%1“ mehr.</translation>
    </message>
    <message>
        <source>Could not change the password of “%1”: %2</source>
        <translation>Das Passwort von „%1“ konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Could not remove the user “%1”: %2</source>
        <translation>Der Benutzer „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not add the rule: %1</source>
        <translation>Die Regel konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the rule: %1</source>
        <translation>Die Regel konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AclRuleModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <translation>Client-Kennung</translation>
    </message>
    <message>
        <source>Anonymous clients</source>
        <translation>Anonyme Clients</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>%u stands for the user name the client logged in with.</source>
        <translation>%u steht für den Benutzernamen, mit dem sich der Client angemeldet hat.</translation>
    </message>
    <message>
        <source>%c stands for the client&apos;s identifier.</source>
        <translation>%c steht für die Kennung des Clients.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Topic-Filter</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AddDeviceDialog</name>
    <message>
        <source>Add device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Lamp or switch</source>
        <translation>Lampe oder Schalter</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation>Dimmbares Licht</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Binary sensor</source>
        <translation>Binärsensor</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Office lamp</source>
        <translation>z. B. Bürolampe</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Command topic:</source>
        <translation>&amp;Befehls-Topic:</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp</source>
        <translation>z. B. home/office/lamp</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Ein&amp;heit:</translation>
    </message>
    <message>
        <source>e.g. °C, %, W</source>
        <translation>z. B. °C, %, W</translation>
    </message>
    <message>
        <source>The brightness the light calls full: 100 for a percentage, 255 for many LED controllers</source>
        <translation>Die Helligkeit, die das Licht als voll betrachtet: 100 bei Prozentwerten, 255 bei vielen LED-Controllern</translation>
    </message>
    <message>
        <source>&amp;Full brightness:</source>
        <translation>Volle &amp;Helligkeit:</translation>
    </message>
    <message>
        <source>State and availability (optional)</source>
        <translation>Zustand und Verfügbarkeit (optional)</translation>
    </message>
    <message>
        <source>Payload o&amp;n:</source>
        <translation>Payload für &amp;Ein:</translation>
    </message>
    <message>
        <source>Payload o&amp;ff:</source>
        <translation>Payload für A&amp;us:</translation>
    </message>
    <message>
        <source>&amp;State topic:</source>
        <translation>&amp;Zustands-Topic:</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/state</source>
        <translation>z. B. home/office/lamp/state</translation>
    </message>
    <message>
        <source>&amp;JSON field:</source>
        <translation>&amp;JSON-Feld:</translation>
    </message>
    <message>
        <source>whole payload</source>
        <translation>ganze Payload</translation>
    </message>
    <message>
        <source>When the state is JSON, the member to read; dots for nesting, e.g. ENERGY.Power</source>
        <translation>Wenn der Zustand JSON ist, das zu lesende Element; Punkte für Verschachtelung, z. B. ENERGY.Power</translation>
    </message>
    <message>
        <source>&amp;Availability topic:</source>
        <translation>&amp;Verfügbarkeits-Topic:</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/status</source>
        <translation>z. B. home/office/lamp/status</translation>
    </message>
    <message>
        <source>Payload on&amp;line:</source>
        <translation>Payload für On&amp;line:</translation>
    </message>
    <message>
        <source>Payload offl&amp;ine:</source>
        <translation>Payload für Offl&amp;ine:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>e.g. home/kitchen/temperature</source>
        <translation>z. B. home/kitchen/temperature</translation>
    </message>
    <message>
        <source>Value o&amp;n:</source>
        <translation>Wert für &amp;Ein:</translation>
    </message>
    <message>
        <source>Value o&amp;ff:</source>
        <translation>Wert für A&amp;us:</translation>
    </message>
    <message>
        <source>Without a state topic Homewire cannot tell whether a command worked, and shows the state it asked for as assumed.</source>
        <translation>Ohne Zustands-Topic kann Homewire nicht erkennen, ob ein Befehl gewirkt hat, und zeigt den angeforderten Zustand als angenommen an.</translation>
    </message>
    <message>
        <source>Without an availability topic the sensor always counts as online; its last reading shows how old it is.</source>
        <translation>Ohne Verfügbarkeits-Topic gilt der Sensor immer als online; an seinem letzten Messwert sieht man, wie alt er ist.</translation>
    </message>
    <message>
        <source>Enter both payloads.</source>
        <translation>Geben Sie beide Payloads ein.</translation>
    </message>
    <message>
        <source>The two payloads must differ, or on and off could not be told apart.</source>
        <translation>Die beiden Payloads müssen sich unterscheiden, sonst lassen sich Ein und Aus nicht auseinanderhalten.</translation>
    </message>
    <message>
        <source>Enter a name, e.g. Office lamp.</source>
        <translation>Geben Sie einen Namen ein, z. B. Bürolampe.</translation>
    </message>
    <message>
        <source>Choose a room or type a new one.</source>
        <translation>Wählen Sie einen Raum aus oder geben Sie einen neuen ein.</translation>
    </message>
    <message>
        <source>A new room “%1” will be added.</source>
        <translation>Ein neuer Raum „%1“ wird hinzugefügt.</translation>
    </message>
    <message>
        <source>The device could not be added.</source>
        <translation>Das Gerät konnte nicht hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BadgeButton</name>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1, %2 ausstehend</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerDialog</name>
    <message>
        <source>Devices broker</source>
        <translation>Broker für Geräte</translation>
    </message>
    <message>
        <source>The dashboard talks to its devices through one broker: the embedded broker, or a broker you already run. Devices are found again on the broker you choose; rooms and tiles stay as they are.</source>
        <translation>Das Dashboard spricht über einen Broker mit seinen Geräten: über den eingebetteten Broker oder einen Broker, den Sie bereits betreiben. Die Geräte werden auf dem gewählten Broker neu gefunden; Räume und Kacheln bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Users &amp;&amp; Access</source>
        <translation>Benutzer &amp;&amp; Zugriff</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>Eingebetteter Broker</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>TCP port the broker listens on for this computer (127.0.0.1). Takes effect at the next start.</source>
        <translation>TCP-Port, auf dem der Broker für diesen Computer lauscht (127.0.0.1). Wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>Clients online</source>
        <translation>Clients online</translation>
    </message>
    <message>
        <source>Messages in / s</source>
        <translation>Eingehende Nachrichten / s</translation>
    </message>
    <message>
        <source>Messages out / s</source>
        <translation>Ausgehende Nachrichten / s</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Retained-Nachrichten</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1 Only this computer can.</source>
        <translation>Geräte im Netzwerk können sich nicht verbinden: %1 Nur dieser Computer kann sich verbinden.</translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1. Only this computer can.</source>
        <translation>Geräte im Netzwerk können sich nicht verbinden: %1. Nur dieser Computer kann sich verbinden.</translation>
    </message>
    <message>
        <source>The broker could not start: %1</source>
        <translation>Der Broker konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The broker&apos;s database was damaged and has been set aside; the broker started with an empty one. %1</source>
        <translation>Die Datenbank des Brokers war beschädigt und wurde beiseitegelegt; der Broker wurde mit einer leeren Datenbank gestartet. %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Devices on this computer can use it as their MQTT broker once started.</source>
        <translation>Sobald er gestartet ist, können Geräte auf diesem Computer ihn als MQTT-Broker verwenden.</translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1</source>
        <translation>Clients auf diesem Computer verbinden sich mit mqtt://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1, devices on your network to port %2.</source>
        <translation>Clients auf diesem Computer verbinden sich mit mqtt://127.0.0.1:%1, Geräte in Ihrem Netzwerk über Port %2.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ClientTableModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline (session kept)</source>
        <translation>Offline (Sitzung behalten)</translation>
    </message>
    <message>
        <source>Clean session: forgotten when the client disconnects</source>
        <translation>Leere Sitzung: wird verworfen, wenn der Client die Verbindung trennt</translation>
    </message>
    <message>
        <source>Persistent session: subscriptions and messages are kept while offline</source>
        <translation>Persistente Sitzung: Abonnements und Nachrichten bleiben erhalten, solange der Client offline ist</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Default subscriptions</source>
        <translation>Standard-Abonnements</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>e.g. Home server</source>
        <translation>z. B. Heimserver</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <source>The embedded broker&apos;s address follows the Broker page.</source>
        <translation>Die Adresse des eingebetteten Brokers richtet sich nach der Seite „Broker“.</translation>
    </message>
    <message>
        <source>WebSocket &amp;path:</source>
        <translation>WebSocket-&amp;Pfad:</translation>
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
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Left empty, a random client identifier is chosen for every connection</source>
        <translation>Bleibt das Feld leer, wird für jede Verbindung eine zufällige Client-Kennung gewählt</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>MQTT over TCP</source>
        <translation>MQTT über TCP</translation>
    </message>
    <message>
        <source>MQTT over TLS (encrypted)</source>
        <translation>MQTT über TLS (verschlüsselt)</translation>
    </message>
    <message>
        <source>MQTT over WebSocket</source>
        <translation>MQTT über WebSocket</translation>
    </message>
    <message>
        <source>MQTT over secure WebSocket (encrypted)</source>
        <translation>MQTT über sicheren WebSocket (verschlüsselt)</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>You can paste a whole URL such as mqtts://user@broker.local:8883</source>
        <translation>Sie können eine ganze URL einfügen, z. B. mqtts://user@broker.local:8883</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in Homewire&apos;s files</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in den Dateien von Homewire</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the password as plain text</source>
        <translation>Das Passwort im Klartext anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Start with a clean session</source>
        <translation>Mit leerer Sitzung beginnen</translation>
    </message>
    <message>
        <source>Unchecked, the broker keeps this client&apos;s subscriptions and queued messages between connections (needs a fixed client ID)</source>
        <translation>Wenn deaktiviert, behält der Broker die Abonnements und wartenden Nachrichten dieses Clients zwischen den Verbindungen (erfordert eine feste Client-ID)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Longest silence before the broker considers the connection lost</source>
        <translation>Längste Stille, bevor der Broker die Verbindung als verloren betrachtet</translation>
    </message>
    <message>
        <source>&amp;Keep alive:</source>
        <translation>&amp;Keep-Alive:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>Zertifikatsspeicher des Systems</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>none, or in the certificate file</source>
        <translation>keiner oder in der Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Accept any server certificate</source>
        <translation>Jedes Serverzertifikat akzeptieren</translation>
    </message>
    <message>
        <source>Insecure: the server&apos;s identity is not checked, so anyone on the way can pose as the broker and read everything, the password included.</source>
        <translation>Unsicher: Die Identität des Servers wird nicht geprüft, sodass sich jeder auf dem Übertragungsweg als Broker ausgeben und alles mitlesen kann, auch das Passwort.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>MQTT 3.1</source>
        <translation>MQTT 3.1</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or IP address.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Brokers ein.</translation>
    </message>
    <message>
        <source>Enter only the host here, or paste a whole URL starting with mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>Geben Sie hier nur den Host ein oder fügen Sie eine ganze URL ein, die mit mqtt://, mqtts://, ws:// oder wss:// beginnt.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or IP address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation>Der WebSocket-Pfad muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 sends a password only with a username (MQTT-3.1.2-22): enter the username, or choose MQTT 5.0.</source>
        <translation>MQTT 3.1.1 sendet ein Passwort nur zusammen mit einem Benutzernamen (MQTT-3.1.2-22): Geben Sie den Benutzernamen ein oder wählen Sie MQTT 5.0.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” does not exist.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The client certificate file “%1” does not exist.</source>
        <translation>Die Client-Zertifikatsdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The private key file “%1” does not exist.</source>
        <translation>Die Datei mit dem privaten Schlüssel „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>A private key needs its client certificate.</source>
        <translation>Ein privater Schlüssel braucht sein Client-Zertifikat.</translation>
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
        <translation>Nicht mit einem Broker verbunden</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Nicht mit %1 verbunden: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionListDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Homewire&apos;s own broker; it cannot be deleted.</source>
        <translation>Der eigene Broker von Homewire; er kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The embedded broker&apos;s connection cannot be deleted</source>
        <translation>Die Verbindung des eingebetteten Brokers kann nicht gelöscht werden</translation>
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
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its saved password is removed from the keychain as well.</source>
        <translation>Die Verbindung „%1“ löschen? Ihr gespeichertes Passwort wird ebenfalls aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionView</name>
    <message>
        <source>A retained message could not be deleted: %1</source>
        <translation>Eine Retained-Nachricht konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation>Topic kopieren</translation>
    </message>
    <message>
        <source>Publish to This Topic</source>
        <translation>Auf diesem Topic veröffentlichen</translation>
    </message>
    <message>
        <source>Export Values as JSON…</source>
        <translation>Werte als JSON exportieren…</translation>
    </message>
    <message>
        <source>Export Values as CSV…</source>
        <translation>Werte als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export History as JSON…</source>
        <translation>Verlauf als JSON exportieren…</translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation>Verlauf als CSV exportieren…</translation>
    </message>
    <message>
        <source>Searching… %1 of %2 topics</source>
        <translation>Suche läuft… %1 von %2 Topics</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop updating the tree; messages wait and are applied on resume</source>
        <translation>Den Baum nicht mehr aktualisieren; Nachrichten warten und werden beim Fortsetzen übernommen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget every topic seen so far (retained messages come back on reconnect)</source>
        <translation>Alle bisher gesehenen Topics vergessen (Retained-Nachrichten kommen beim erneuten Verbinden zurück)</translation>
    </message>
    <message>
        <source>$SYS</source>
        <translation>$SYS</translation>
    </message>
    <message>
        <source>Show the broker&apos;s $SYS topics</source>
        <translation>Die $SYS-Topics des Brokers anzeigen</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Aufklappen</translation>
    </message>
    <message>
        <source>Expand the tree (the first 2,000 rows)</source>
        <translation>Den Baum aufklappen (die ersten 2.000 Zeilen)</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <source>Delete Retained</source>
        <translation>Retained löschen</translation>
    </message>
    <message>
        <source>Delete the retained messages of the selected topic and everything under it</source>
        <translation>Die Retained-Nachrichten des ausgewählten Topics und aller Topics darunter löschen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Values Under Selection as JSON…</source>
        <translation>Werte unter der Auswahl als JSON…</translation>
    </message>
    <message>
        <source>Values Under Selection as CSV…</source>
        <translation>Werte unter der Auswahl als CSV…</translation>
    </message>
    <message>
        <source>Topic History as JSON…</source>
        <translation>Topic-Verlauf als JSON…</translation>
    </message>
    <message>
        <source>Topic History as CSV…</source>
        <translation>Topic-Verlauf als CSV…</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Topics durchsuchen</translation>
    </message>
    <message>
        <source>Text anywhere in the topic, an MQTT filter such as home/+/temperature, or a regular expression</source>
        <translation>Text irgendwo im Topic, ein MQTT-Filter wie home/+/temperature oder ein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Topic-Filter</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Payloads</translation>
    </message>
    <message>
        <source>Search the payloads too</source>
        <translation>Auch die Payloads durchsuchen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbindung trennen</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 Topic</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 Topics</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>paused, %1 waiting</source>
        <translation>pausiert, %1 ausstehend</translation>
    </message>
    <message>
        <source>Delete Retained Messages</source>
        <translation>Retained-Nachrichten löschen</translation>
    </message>
    <message>
        <source>Connect first: deleting retained messages publishes to the broker.</source>
        <translation>Verbinden Sie sich zuerst: Zum Löschen von Retained-Nachrichten wird an den Broker veröffentlicht.</translation>
    </message>
    <message>
        <source>Resume first: the paused messages could bring deleted topics back.</source>
        <translation>Setzen Sie zuerst fort: Die pausierten Nachrichten könnten gelöschte Topics zurückbringen.</translation>
    </message>
    <message>
        <source>Looking up the retained messages under %1…</source>
        <translation>Retained-Nachrichten unter %1 werden ermittelt…</translation>
    </message>
    <message>
        <source>Cannot list the retained messages: %1</source>
        <translation>Die Retained-Nachrichten können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No retained messages at or under %1</source>
        <translation>Keine Retained-Nachrichten auf oder unter %1</translation>
    </message>
    <message>
        <source>Delete %1 retained messages at and under “%2”? Devices that read their configuration from them will no longer find it.</source>
        <translation>%1 Retained-Nachrichten auf und unter „%2“ löschen? Geräte, die ihre Konfiguration daraus lesen, finden sie dann nicht mehr.</translation>
    </message>
    <message>
        <source>Deleted the retained message of “%1”.</source>
        <translation>Die Retained-Nachricht von „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1 retained messages under “%2”.</source>
        <translation>%1 Retained-Nachrichten unter „%2“ gelöscht.</translation>
    </message>
    <message>
        <source>Republished %1 retained messages.</source>
        <translation>%1 Retained-Nachrichten erneut veröffentlicht.</translation>
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
        <translation>%1 Nachrichten werden exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 messages to %2</source>
        <translation>%1 Nachrichten nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Change broker…</source>
        <translation>Broker wechseln…</translation>
    </message>
    <message>
        <source>Choose the broker the dashboard&apos;s devices are on</source>
        <translation>Den Broker auswählen, auf dem sich die Geräte des Dashboards befinden</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>Gerät hinzufügen…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Raum hinzufügen…</translation>
    </message>
    <message>
        <source>New devices</source>
        <translation>Neue Geräte</translation>
    </message>
    <message>
        <source>Devices that announced themselves and wait for a room</source>
        <translation>Geräte, die sich angekündigt haben und auf einen Raum warten</translation>
    </message>
    <message>
        <source>Add discovered devices automatically</source>
        <translation>Gefundene Geräte automatisch hinzufügen</translation>
    </message>
    <message>
        <source>New devices go straight onto the dashboard, into the room they suggest</source>
        <translation>Neue Geräte kommen direkt auf das Dashboard, in den Raum, den sie vorschlagen</translation>
    </message>
    <message>
        <source>Nothing on your dashboard yet</source>
        <translation>Ihr Dashboard ist noch leer</translation>
    </message>
    <message>
        <source>Devices that announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie) appear under “New devices” as soon as they are online: choose a room and accept them. For any other device, add it by hand with its MQTT topic.</source>
        <translation>Geräte, die sich am Broker ankündigen (Home Assistant Discovery, Tasmota, Zigbee2MQTT, Shelly, Homie), erscheinen unter „Neue Geräte“, sobald sie online sind: Wählen Sie einen Raum und übernehmen Sie sie. Jedes andere Gerät fügen Sie von Hand mit seinem MQTT-Topic hinzu.</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>In Raum verschieben</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorne verschieben</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Nach hinten verschieben</translation>
    </message>
    <message>
        <source>Remove device…</source>
        <translation>Gerät entfernen…</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the dashboard?</source>
        <translation>„%1“ vom Dashboard entfernen?</translation>
    </message>
    <message>
        <source>Its tiles and settings are deleted.</source>
        <translation>Seine Kacheln und Einstellungen werden gelöscht.</translation>
    </message>
    <message>
        <source>Its tiles are deleted. If it announces itself again it comes back under New devices.</source>
        <translation>Seine Kacheln werden gelöscht. Wenn es sich erneut ankündigt, erscheint es wieder unter „Neue Geräte“.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <source>Its tile moves to “%1”.</source>
        <translation>Seine Kachel wird nach „%1“ verschoben.</translation>
    </message>
    <message>
        <source>Its %1 tiles move to “%2”.</source>
        <translation>Seine %1 Kacheln werden nach „%2“ verschoben.</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Raum entfernen</translation>
    </message>
    <message>
        <source>Remove the room “%1”?</source>
        <translation>Den Raum „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Show in tray menu</source>
        <translation>Im Menü des Infobereichs anzeigen</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DeviceCertificateDialog</name>
    <message>
        <source>Create device certificate</source>
        <translation>Gerätezertifikat erstellen</translation>
    </message>
    <message>
        <source>A certificate lets a device log in over TLS without a password. Its name becomes the device&apos;s user name, so the rules for that user apply to it.</source>
        <translation>Mit einem Zertifikat kann sich ein Gerät ohne Passwort über TLS anmelden. Sein Name wird zum Benutzernamen des Geräts, sodass die Regeln für diesen Benutzer auch für das Gerät gelten.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation>z. B. sensor-kueche</translation>
    </message>
    <message>
        <source>Homewire devices</source>
        <translation>Homewire-Geräte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>Dateien speichern in</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Geräte&amp;name:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Enter the device&apos;s name.</source>
        <translation>Geben Sie den Namen des Geräts ein.</translation>
    </message>
    <message>
        <source>The name becomes the device&apos;s user name, and rules with %u never apply to names with “/”, “+” or “#”.</source>
        <translation>Der Name wird zum Benutzernamen des Geräts, und Regeln mit %u gelten nie für Namen mit „/“, „+“ oder „#“.</translation>
    </message>
    <message>
        <source>“ca” is taken by the authority&apos;s file, ca.crt.</source>
        <translation>„ca“ ist bereits vergeben: ca.crt ist die Datei der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Wählen Sie einen Ordner für die Dateien.</translation>
    </message>
    <message>
        <source>Writes %1.crt, %1.key and ca.crt.</source>
        <translation>Schreibt %1.crt, %1.key und ca.crt.</translation>
    </message>
    <message>
        <source>Files of that name already in the folder are replaced.</source>
        <translation>Gleichnamige Dateien im Ordner werden ersetzt.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>The certificate could not be made: %1</source>
        <translation>Das Zertifikat konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Saved %1, %2 and ca.crt in %3. Give the device all three; %2 is its secret and belongs on that device only.</source>
        <translation>%1, %2 und ca.crt wurden in %3 gespeichert. Geben Sie dem Gerät alle drei Dateien; %2 ist sein Geheimnis und gehört nur auf dieses Gerät.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffModel</name>
    <message>
        <source>⋯ 1 unchanged line</source>
        <translation>⋯ 1 unveränderte Zeile</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 unveränderte Zeilen</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffView</name>
    <message>
        <source>Comparing %1…</source>
        <translation>%1 werden verglichen…</translation>
    </message>
    <message>
        <source>Large payloads are compared in the background.</source>
        <translation>Große Payloads werden im Hintergrund verglichen.</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Noch nichts zu vergleichen</translation>
    </message>
    <message>
        <source>The diff compares a message with the one received before it.</source>
        <translation>Der Vergleich stellt eine Nachricht der davor empfangenen gegenüber.</translation>
    </message>
    <message>
        <source>The payloads are too large to compare</source>
        <translation>Die Payloads sind zu groß zum Vergleichen</translation>
    </message>
    <message>
        <source>The payloads differ in too many lines to show</source>
        <translation>Die Payloads unterscheiden sich in zu vielen Zeilen, um sie anzuzeigen</translation>
    </message>
    <message>
        <source>The Text and Hex tabs show each message in full.</source>
        <translation>Die Reiter „Text“ und „Hex“ zeigen jede Nachricht vollständig.</translation>
    </message>
    <message>
        <source>Same payload as the message received at %1.</source>
        <translation>Gleiche Payload wie die um %1 empfangene Nachricht.</translation>
    </message>
    <message>
        <source>1 line added</source>
        <translation>1 Zeile hinzugefügt</translation>
    </message>
    <message>
        <source>%1 lines added</source>
        <translation>%1 Zeilen hinzugefügt</translation>
    </message>
    <message>
        <source>1 line removed</source>
        <translation>1 Zeile entfernt</translation>
    </message>
    <message>
        <source>%1 lines removed</source>
        <translation>%1 Zeilen entfernt</translation>
    </message>
    <message>
        <source>Compared with the message received at %1: %2, %3.</source>
        <translation>Verglichen mit der um %1 empfangenen Nachricht: %2, %3.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::EntityTile</name>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Reported before Homewire connected</source>
        <translation>Gemeldet, bevor Homewire sich verbunden hat</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Noch keine Meldung</translation>
    </message>
    <message>
        <source>Offline · last seen %1</source>
        <translation>Offline · zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline · no report yet</source>
        <translation>Offline · noch keine Meldung</translation>
    </message>
    <message>
        <source>%1 · reported before Homewire connected</source>
        <extracomment>A state the broker kept from before: &quot;On · reported before Homewire connected&quot;.</extracomment>
        <translation>%1 · gemeldet, bevor Homewire sich verbunden hat</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <extracomment>The state and how fresh it is: &quot;On · updated 2 minutes ago&quot;.</extracomment>
        <translation>%1 · aktualisiert %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Last report: %1</source>
        <translation>Letzte Meldung: %1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ExplorerPage</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No connection open&lt;/p&gt;&lt;p&gt;Choose a broker above and press &lt;b&gt;Connect&lt;/b&gt;: the built-in “Embedded broker” connects to Homewire&apos;s own broker.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Keine Verbindung geöffnet&lt;/p&gt;&lt;p&gt;Wählen Sie oben einen Broker aus und klicken Sie auf &lt;b&gt;Verbinden&lt;/b&gt;: Die vorhandene Verbindung „Eingebetteter Broker“ verbindet sich mit dem eigenen Broker von Homewire.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>homewire::ui::HexView</name>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>Die Payload ist leer.</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>Als Hex kopieren</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>homewire::ui::HistoryModel</name>
    <message>
        <source>QoS %1, retained</source>
        <translation>QoS %1, Retained</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonPage</name>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>This payload is not JSON</source>
        <translation>Diese Payload ist kein JSON</translation>
    </message>
    <message>
        <source>The tree shows the first %1 values; the Text view shows the whole document.</source>
        <translation>Der Baum zeigt die ersten %1 Werte; die Textansicht zeigt das ganze Dokument.</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>%1 werden dekodiert…</translation>
    </message>
    <message>
        <source>Large payloads are parsed in the background.</source>
        <translation>Große Payloads werden im Hintergrund analysiert.</translation>
    </message>
    <message>
        <source>Too many values to expand at once; expand the parts you need.</source>
        <translation>Zu viele Werte, um alle auf einmal aufzuklappen; klappen Sie die Teile auf, die Sie brauchen.</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Plot This Field</source>
        <translation>Dieses Feld im Diagramm darstellen</translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>homewire::ui::LightTile</name>
    <message>
        <source>Brightness of %1</source>
        <translation>Helligkeit von %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A brightness: &quot;60 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Setting brightness…</source>
        <translation>Helligkeit wird eingestellt…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>&amp;About Homewire</source>
        <translation>Ü&amp;ber Homewire</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>About Homewire</source>
        <translation>Über Homewire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A desktop controller for MQTT home automation with its own embedded broker.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Eine Desktop-Steuerung für MQTT-Hausautomation mit eigenem eingebettetem Broker.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessDialog</name>
    <message>
        <source>Network access</source>
        <translation>Netzwerkzugriff</translation>
    </message>
    <message>
        <source>Devices on your network, such as sensors, plugs and phones, will be able to use this broker. Choose how they prove who they are; nobody gets in without a user name or a certificate.</source>
        <translation>Geräte in Ihrem Netzwerk, etwa Sensoren, Steckdosen und Telefone, können diesen Broker dann nutzen. Wählen Sie, wie sie sich ausweisen; ohne Benutzernamen oder Zertifikat kommt niemand herein.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Allow network access</source>
        <translation>Netzwerkzugriff erlauben</translation>
    </message>
    <message>
        <source>The broker restarts to apply this; clients connected now reconnect by themselves.</source>
        <translation>Der Broker startet neu, um dies zu übernehmen; derzeit verbundene Clients verbinden sich selbstständig wieder.</translation>
    </message>
    <message>
        <source>How devices log in</source>
        <translation>Wie sich Geräte anmelden</translation>
    </message>
    <message>
        <source>User &amp;names and passwords</source>
        <translation>Benutzer&amp;namen und Passwörter</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Client &amp;certificates</source>
        <translation>&amp;Client-Zertifikate</translation>
    </message>
    <message>
        <source>Each device presents a certificate signed by this home&apos;s authority (or your CA); the name in it is its user name, so rules for that user apply.</source>
        <translation>Jedes Gerät legt ein Zertifikat vor, das von der Zertifizierungsstelle dieses Zuhauses (oder Ihrer CA) signiert ist; der Name darin ist sein Benutzername, sodass die Regeln für diesen Benutzer gelten.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>&amp;TLS on port</source>
        <translation>&amp;TLS auf Port</translation>
    </message>
    <message>
        <source>(recommended)</source>
        <translation>(empfohlen)</translation>
    </message>
    <message>
        <source>Certificates made for this &amp;home</source>
        <translation>Für dieses &amp;Zuhause erstellte Zertifikate</translation>
    </message>
    <message>
        <source>My &amp;own certificate files</source>
        <translation>&amp;Eigene Zertifikatsdateien</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>CA for devices:</source>
        <translation>CA für Geräte:</translation>
    </message>
    <message>
        <source>needed for client certificates</source>
        <translation>für Client-Zertifikate erforderlich</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation>Ohne Verschlüsselung</translation>
    </message>
    <message>
        <source>Also accept &amp;unencrypted connections on port</source>
        <translation>Auch &amp;unverschlüsselte Verbindungen annehmen auf Port</translation>
    </message>
    <message>
        <source>Unencrypted: passwords and messages cross your network readable by anyone on it. Only for devices that cannot do TLS.</source>
        <translation>Unverschlüsselt: Passwörter und Nachrichten gehen für jeden lesbar durch Ihr Netzwerk. Nur für Geräte, die kein TLS beherrschen.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>The certificates could not be made: %1</source>
        <translation>Die Zertifikate konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate names this computer %1.</source>
        <translation>Das Zertifikat des Brokers benennt diesen Computer als %1.</translation>
    </message>
    <message>
        <source>Made for this home, in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Devices need &lt;b&gt;ca.crt&lt;/b&gt; from there to trust the broker.</source>
        <translation>Für dieses Zuhause erstellt, in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Geräte brauchen &lt;b&gt;ca.crt&lt;/b&gt; von dort, um dem Broker zu vertrauen.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Makes this computer&apos;s certificate again, for instance after it got a new address. The home&apos;s authority stays, so devices keep trusting the broker.</source>
        <translation>Erstellt das Zertifikat dieses Computers neu, etwa nachdem er eine neue Adresse erhalten hat. Die Zertifizierungsstelle dieses Zuhauses bleibt bestehen, sodass Geräte dem Broker weiterhin vertrauen.</translation>
    </message>
    <message>
        <source>None yet. One click makes an authority for this home and a certificate for this computer.</source>
        <translation>Noch keine. Ein Klick erstellt eine Zertifizierungsstelle für dieses Zuhause und ein Zertifikat für diesen Computer.</translation>
    </message>
    <message>
        <source>Create certificates for this home</source>
        <translation>Zertifikate für dieses Zuhause erstellen</translation>
    </message>
    <message>
        <source>Choose how devices log in: with passwords, client certificates or both.</source>
        <translation>Wählen Sie, wie sich Geräte anmelden: mit Passwörtern, Client-Zertifikaten oder beidem.</translation>
    </message>
    <message>
        <source>Password logins need at least one user: add one above.</source>
        <translation>Anmeldungen mit Passwort erfordern mindestens einen Benutzer: Fügen Sie oben einen hinzu.</translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>Benutzer werden gelesen…</translation>
    </message>
    <message>
        <source>Turn on TLS or the unencrypted port.</source>
        <translation>Schalten Sie TLS oder den unverschlüsselten Port ein.</translation>
    </message>
    <message>
        <source>Client certificates need TLS.</source>
        <translation>Client-Zertifikate erfordern TLS.</translation>
    </message>
    <message>
        <source>The unencrypted port needs passwords: certificates only work over TLS.</source>
        <translation>Der unverschlüsselte Port erfordert Passwörter: Zertifikate funktionieren nur über TLS.</translation>
    </message>
    <message>
        <source>Port %1 is this computer&apos;s own port; choose another.</source>
        <translation>Port %1 ist bereits der lokale Port dieses Computers; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The TLS port and the unencrypted port must differ.</source>
        <translation>Der TLS-Port und der unverschlüsselte Port müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>Creating the certificates…</source>
        <translation>Die Zertifikate werden erstellt…</translation>
    </message>
    <message>
        <source>Create the certificates for this home first.</source>
        <translation>Erstellen Sie zuerst die Zertifikate für dieses Zuhause.</translation>
    </message>
    <message>
        <source>Choose the certificate and its private key.</source>
        <translation>Wählen Sie das Zertifikat und seinen privaten Schlüssel aus.</translation>
    </message>
    <message>
        <source>Choose the CA file that signs the devices&apos; certificates.</source>
        <translation>Wählen Sie die CA-Datei aus, die die Zertifikate der Geräte signiert.</translation>
    </message>
    <message>
        <source>No users yet. Password logins need at least one.</source>
        <translation>Noch keine Benutzer. Anmeldungen mit Passwort erfordern mindestens einen.</translation>
    </message>
    <message>
        <source>“%1” can log in with a password.</source>
        <translation>„%1“ kann sich mit einem Passwort anmelden.</translation>
    </message>
    <message>
        <source>These users can log in with a password: %1.</source>
        <translation>Diese Benutzer können sich mit einem Passwort anmelden: %1.</translation>
    </message>
    <message>
        <source>These users can log in with a password: %1 and %2 more.</source>
        <translation>Diese Benutzer können sich mit einem Passwort anmelden: %1 und %2 weitere.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessPanel</name>
    <message>
        <source>Network access</source>
        <translation>Netzwerkzugriff</translation>
    </message>
    <message>
        <source>Turn off network access</source>
        <translation>Netzwerkzugriff ausschalten</translation>
    </message>
    <message>
        <source>Create device certificate…</source>
        <translation>Gerätezertifikat erstellen…</translation>
    </message>
    <message>
        <source>A certificate and key for one device, signed by this home&apos;s authority</source>
        <translation>Zertifikat und Schlüssel für ein Gerät, signiert von der Zertifizierungsstelle dieses Zuhauses</translation>
    </message>
    <message>
        <source>The broker listens on 127.0.0.1 only; devices on your network cannot reach it.</source>
        <translation>Der Broker lauscht nur auf 127.0.0.1; Geräte in Ihrem Netzwerk können ihn nicht erreichen.</translation>
    </message>
    <message>
        <source>Devices need &lt;b&gt;ca.crt&lt;/b&gt; from &lt;a href=&quot;%1&quot;&gt;this home&apos;s certificate folder&lt;/a&gt; to trust the broker. Nobody logs in without a user name or a certificate.</source>
        <translation>Geräte brauchen &lt;b&gt;ca.crt&lt;/b&gt; aus dem &lt;a href=&quot;%1&quot;&gt;Zertifikatsordner dieses Zuhauses&lt;/a&gt;, um dem Broker zu vertrauen. Ohne Benutzernamen oder Zertifikat meldet sich niemand an.</translation>
    </message>
    <message>
        <source>Nobody logs in from the network without a user name or a certificate.</source>
        <translation>Ohne Benutzernamen oder Zertifikat meldet sich niemand aus dem Netzwerk an.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Allow devices on the network…</source>
        <translation>Geräte im Netzwerk zulassen…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NewDevicesPanel</name>
    <message>
        <source>switch</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>%1 switches</source>
        <translation>%1 Schalter</translation>
    </message>
    <message>
        <source>light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>%1 lights</source>
        <translation>%1 Lichter</translation>
    </message>
    <message>
        <source>sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>%1 sensors</source>
        <translation>%1 Sensoren</translation>
    </message>
    <message>
        <source>binary sensor</source>
        <translation>Binärsensor</translation>
    </message>
    <message>
        <source>%1 binary sensors</source>
        <translation>%1 Binärsensoren</translation>
    </message>
    <message>
        <source>No new devices. Devices appear here as they announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie).</source>
        <translation>Keine neuen Geräte. Geräte erscheinen hier, sobald sie sich am Broker ankündigen (Home Assistant Discovery, Tasmota, Zigbee2MQTT, Shelly, Homie).</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <source>New devices</source>
        <translation>Neue Geräte</translation>
    </message>
    <message>
        <source>Choose a room for each and accept it onto the dashboard.</source>
        <translation>Wählen Sie für jedes Gerät einen Raum und übernehmen Sie es auf das Dashboard.</translation>
    </message>
    <message>
        <source>nothing to show yet</source>
        <translation>noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Leave this device off the dashboard; it is not offered again</source>
        <translation>Dieses Gerät nicht auf das Dashboard übernehmen; es wird nicht erneut angeboten</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Room for %1</source>
        <translation>Raum für %1</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 übernehmen</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>%1 ignorieren</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <source>%1 (new room)</source>
        <translation>%1 (neuer Raum)</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Neuer Raum…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::Notifier</name>
    <message>
        <source>%1 is offline</source>
        <translation>%1 ist offline</translation>
    </message>
    <message>
        <source>%1 stopped answering; its tiles show the last state it reported.</source>
        <translation>%1 antwortet nicht mehr; seine Kacheln zeigen den zuletzt gemeldeten Zustand.</translation>
    </message>
    <message>
        <source>The embedded broker did not start</source>
        <translation>Der eingebettete Broker ist nicht gestartet</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PayloadTextView</name>
    <message>
        <source>Show All</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Load the whole payload into the view. Very large payloads take a moment.</source>
        <translation>Die ganze Payload in die Ansicht laden. Sehr große Payloads brauchen einen Moment.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Die ersten %1 von %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>Decoding the whole payload…</source>
        <translation>Die ganze Payload wird dekodiert…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PlotView</name>
    <message>
        <source>Plot:</source>
        <translation>Darstellen:</translation>
    </message>
    <message>
        <source>Payload value</source>
        <translation>Payload-Wert</translation>
    </message>
    <message>
        <source>No numbers in the kept messages</source>
        <translation>Keine Zahlen in den behaltenen Nachrichten</translation>
    </message>
    <message>
        <source>None of the messages has a number at “%1”.</source>
        <translation>Keine der Nachrichten enthält bei „%1“ eine Zahl.</translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Last %1 · lowest %2 · highest %3 · %4 points</source>
        <translation>Zuletzt %1 · Minimum %2 · Maximum %3 · %4 Punkte</translation>
    </message>
    <message>
        <source>Reading values…</source>
        <translation>Werte werden gelesen…</translation>
    </message>
    <message>
        <source>Large payloads are read in the background.</source>
        <translation>Große Payloads werden im Hintergrund gelesen.</translation>
    </message>
    <message>
        <source>Nothing to plot</source>
        <translation>Nichts darzustellen</translation>
    </message>
    <message>
        <source>Plots need payloads that are numbers (21.5, ON/OFF) or JSON documents with numeric fields.</source>
        <translation>Diagramme brauchen Payloads, die Zahlen (21.5, ON/OFF) oder JSON-Dokumente mit numerischen Feldern sind.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <source>Start Homewire when I &amp;log in</source>
        <translation>Homewire bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Start &amp;minimized, in the system tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Homewire speaks the new language after a restart.</source>
        <translation>Homewire verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ProfilePicker</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>Create, edit and delete connections</source>
        <translation>Verbindungen erstellen, bearbeiten und löschen</translation>
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
        <translation>z. B. home/kitchen/light/set</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON payloads are checked before they are sent</source>
        <translation>JSON-Payloads werden vor dem Senden geprüft</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Check the JSON and indent it</source>
        <translation>JSON prüfen und einrücken</translation>
    </message>
    <message>
        <source>Payload text. Ctrl+Return publishes.</source>
        <translation>Payload-Text. Strg+Eingabe veröffentlicht.</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation>0 – höchstens einmal</translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation>1 – mindestens einmal</translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation>2 – genau einmal</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>The broker keeps the message and gives it to every new subscriber of the topic</source>
        <translation>Der Broker behält die Nachricht und gibt sie an jeden neuen Abonnenten des Topics weiter</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish (Ctrl+Return)</source>
        <translation>Veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Sent lately</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Publish the selected message again (or double-click it)</source>
        <translation>Die ausgewählte Nachricht erneut veröffentlichen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Not connected: connect to a broker to publish.</source>
        <translation>Nicht verbunden: Verbinden Sie sich mit einem Broker, um zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Enter the topic to publish to.</source>
        <translation>Geben Sie das Topic ein, auf dem veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>Not a valid topic name: %1</source>
        <translation>Kein gültiger Topic-Name: %1</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Wird auf %1 veröffentlicht…</translation>
    </message>
    <message>
        <source>Published at %1.</source>
        <translation>Veröffentlicht um %1.</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>Veröffentlichen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomNameDialog</name>
    <message>
        <source>Add room</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <source>Rename room</source>
        <translation>Raum umbenennen</translation>
    </message>
    <message>
        <source>Room &amp;name:</source>
        <translation>Raum&amp;name:</translation>
    </message>
    <message>
        <source>e.g. Kitchen</source>
        <translation>z. B. Küche</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Enter a name for the room.</source>
        <translation>Geben Sie einen Namen für den Raum ein.</translation>
    </message>
    <message>
        <source>There is already a room called “%1”.</source>
        <translation>Es gibt bereits einen Raum namens „%1“.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomSection</name>
    <message>
        <source>No tiles in this room yet. Drag a tile here.</source>
        <translation>Noch keine Kacheln in diesem Raum. Ziehen Sie eine Kachel hierher.</translation>
    </message>
    <message>
        <source>Drag to move the room; right-click for more</source>
        <translation>Ziehen, um den Raum zu verschieben; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove room…</source>
        <translation>Raum entfernen…</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <source>1 tile</source>
        <translation>1 Kachel</translation>
    </message>
    <message>
        <source>%1 tiles</source>
        <translation>%1 Kacheln</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RuleDialog</name>
    <message>
        <source>Enter a topic filter, e.g. home/# for everything under home.</source>
        <translation>Geben Sie einen Topic-Filter ein, z. B. home/# für alles unter home.</translation>
    </message>
    <message>
        <source>A topic filter cannot contain the null character.</source>
        <translation>Ein Topic-Filter darf kein Nullzeichen enthalten.</translation>
    </message>
    <message>
        <source>Rules are not written for shared subscriptions ($share/…); write the topic filter itself.</source>
        <translation>Regeln werden nicht für geteilte Abonnements ($share/…) geschrieben; geben Sie den Topic-Filter selbst an.</translation>
    </message>
    <message>
        <source>The filter starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what you mean.</source>
        <translation>Der Filter beginnt oder endet mit einem Leerzeichen. Leerzeichen zählen zum Topic, daher meinen Sie das mit ziemlicher Sicherheit nicht.</translation>
    </message>
    <message>
        <source>“#” matches everything below a level, so it must be the last level and stand alone: home/#.</source>
        <translation>„#“ passt auf alles unterhalb einer Ebene, muss daher die letzte Ebene sein und allein stehen: home/#.</translation>
    </message>
    <message>
        <source>“+” matches exactly one level and must stand alone between slashes: home/+/temperature.</source>
        <translation>„+“ passt auf genau eine Ebene und muss allein zwischen Schrägstrichen stehen: home/+/temperature.</translation>
    </message>
    <message>
        <source>The filter is too long: MQTT allows at most 65,535 bytes.</source>
        <translation>Der Filter ist zu lang: MQTT erlaubt höchstens 65.535 Bytes.</translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic filter.</source>
        <translation>Dies ist kein gültiger MQTT-Topic-Filter.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>e.g. home/#</source>
        <translation>z. B. home/#</translation>
    </message>
    <message>
        <source>As in a subscription, “+” matches one level and “#” everything below. %u stands for the client&apos;s user name and %c for its client identifier: devices/%u/# gives each user a branch of their own.</source>
        <translation>Wie bei einem Abonnement passt „+“ auf eine Ebene und „#“ auf alles darunter. %u steht für den Benutzernamen des Clients und %c für seine Client-Kennung: devices/%u/# gibt jedem Benutzer einen eigenen Zweig.</translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Read (subscribe and receive)</source>
        <translation>Lesen (abonnieren und empfangen)</translation>
    </message>
    <message>
        <source>Write (publish)</source>
        <translation>Schreiben (veröffentlichen)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>&amp;Topic filter:</source>
        <translation>&amp;Topic-Filter:</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>&amp;Zugriff:</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the client identifier.</source>
        <translation>Geben Sie die Client-Kennung ein.</translation>
    </message>
    <message>
        <source>Client &amp;identifier:</source>
        <translation>Client-&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation>z. B. sensor-kueche</translation>
    </message>
    <message>
        <source>e.g. tasmota_4F2A1C</source>
        <translation>z. B. tasmota_4F2A1C</translation>
    </message>
    <message>
        <source>There is no user named “%1” yet. The rule applies once a client logs in with that name, or with a certificate of that name.</source>
        <translation>Es gibt noch keinen Benutzer namens „%1“. Die Regel gilt, sobald sich ein Client mit diesem Namen oder mit einem Zertifikat auf diesen Namen anmeldet.</translation>
    </message>
    <message>
        <source>Clients logged in as “%1”</source>
        <translation>Jeder als „%1“ angemeldete Client</translation>
    </message>
    <message>
        <source>The client with the identifier “%1”</source>
        <translation>Der Client mit der Kennung „%1“</translation>
    </message>
    <message>
        <source>Clients without a user name</source>
        <translation>Jeder Client ohne Benutzernamen</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Jeder Client</translation>
    </message>
    <message>
        <source>%1 may subscribe to and receive %2.</source>
        <translation>%1 darf %2 abonnieren und empfangen.</translation>
    </message>
    <message>
        <source>%1 may publish to %2.</source>
        <translation>%1 darf auf %2 veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 may read and write %2.</source>
        <translation>%1 darf %2 lesen und schreiben.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SensorTile</name>
    <message>
        <source>Last hour: lowest %1, highest %2</source>
        <translation>Letzte Stunde: Minimum %1, Maximum %2</translation>
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
        <translation>, Retained</translation>
    </message>
    <message>
        <source>(empty payload)</source>
        <translation>(leere Payload)</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SubscriptionsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Topic-Filter</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Subscribed to on every connect, in this order</source>
        <translation>Wird bei jedem Verbindungsaufbau abonniert, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Add a topic filter</source>
        <translation>Einen Topic-Filter hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected topic filters</source>
        <translation>Die ausgewählten Topic-Filter entfernen</translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation>0 – höchstens einmal</translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation>1 – mindestens einmal</translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation>2 – genau einmal</translation>
    </message>
    <message>
        <source>Row %1: enter a topic filter, for example home/+/temperature.</source>
        <translation>Zeile %1: Geben Sie einen Topic-Filter ein, zum Beispiel home/+/temperature.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid topic filter.</source>
        <translation>Zeile %1: „%2“ ist kein gültiger Topic-Filter.</translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
    <message>
        <source>Row %1 repeats the topic filter of row %2.</source>
        <translation>Zeile %1 wiederholt den Topic-Filter von Zeile %2.</translation>
    </message>
    <message>
        <source>“+” matches exactly one topic level and “#” any number of levels; each must fill a whole level, and “#” must come last.</source>
        <translation>„+“ passt auf genau eine Topic-Ebene und „#“ auf beliebig viele Ebenen; beide müssen eine ganze Ebene füllen, und „#“ muss am Ende stehen.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SwitchTile</name>
    <message>
        <source>Turning on…</source>
        <translation>Wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>On · confirmed</source>
        <translation>Ein · bestätigt</translation>
    </message>
    <message>
        <source>Off · confirmed</source>
        <translation>Aus · bestätigt</translation>
    </message>
    <message>
        <source>No answer from the device — it still reports On</source>
        <translation>Keine Antwort vom Gerät – es meldet weiterhin Ein</translation>
    </message>
    <message>
        <source>No answer from the device — it still reports Off</source>
        <translation>Keine Antwort vom Gerät – es meldet weiterhin Aus</translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation>Keine Antwort vom Gerät</translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation>Ein · angenommen (kein Zustands-Topic)</translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation>Aus · angenommen (kein Zustands-Topic)</translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation>Der Befehl konnte nicht gesendet werden</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>%1 · drag to select bytes, Ctrl+C copies them as hex</source>
        <translation>%1 · Ziehen wählt Bytes aus, Strg+C kopiert sie als Hex</translation>
    </message>
    <message>
        <source>Selected %1 at offset 0x%2 (%3)</source>
        <translation>%1 ab Offset 0x%2 (%3) ausgewählt</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Wird dekodiert…</translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation>Topic kopieren</translation>
    </message>
    <message>
        <source>Copy the topic name to the clipboard</source>
        <translation>Den Topic-Namen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy Payload</source>
        <translation>Payload kopieren</translation>
    </message>
    <message>
        <source>Copy the shown payload to the clipboard (binary payloads as hex text)</source>
        <translation>Die angezeigte Payload in die Zwischenablage kopieren (binäre Payloads als Hex-Text)</translation>
    </message>
    <message>
        <source>No messages on this topic yet</source>
        <translation>Noch keine Nachrichten zu diesem Topic</translation>
    </message>
    <message>
        <source>Select a topic to see its messages</source>
        <translation>Wählen Sie ein Topic aus, um seine Nachrichten zu sehen</translation>
    </message>
    <message>
        <source>Its payload appears here as text, JSON, hex, history, a diff and a plot.</source>
        <translation>Die Payload erscheint hier als Text, JSON, Hex, Verlauf, Vergleich und Diagramm.</translation>
    </message>
    <message>
        <source>Binary payload: control characters show as symbols such as ␀. The Hex tab shows the bytes.</source>
        <translation>Binäre Payload: Steuerzeichen werden als Symbole wie ␀ dargestellt. Der Reiter „Hex“ zeigt die Bytes.</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Empfangen %1</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>The inspector keeps the last %1 messages of this topic.</source>
        <translation>Der Inspektor behält die letzten %1 Nachrichten dieses Topics.</translation>
    </message>
    <message>
        <source>1 newer message</source>
        <translation>1 neuere Nachricht</translation>
    </message>
    <message>
        <source>%1 newer messages</source>
        <translation>%1 neuere Nachrichten</translation>
    </message>
    <message>
        <source>Showing an earlier message (%1 since). &lt;a href=&quot;latest&quot;&gt;Show latest&lt;/a&gt;</source>
        <translation>Eine frühere Nachricht wird angezeigt (seitdem %1). &lt;a href=&quot;latest&quot;&gt;Neueste anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This payload is not JSON.</source>
        <translation>Diese Payload ist kein JSON.</translation>
    </message>
    <message>
        <source>Only one message so far: nothing to compare it with.</source>
        <translation>Bisher nur eine Nachricht: nichts, womit sie verglichen werden kann.</translation>
    </message>
    <message>
        <source>Nothing to plot: the payloads are neither numbers (21.5, ON/OFF) nor JSON with numeric fields.</source>
        <translation>Nichts darzustellen: Die Payloads sind weder Zahlen (21.5, ON/OFF) noch JSON mit numerischen Feldern.</translation>
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
        <translation>1 Topic</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 Topics</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>(an empty topic level)</source>
        <translation>(eine leere Topic-Ebene)</translation>
    </message>
    <message>
        <source>Last message: %1, QoS %2%3, received %4</source>
        <translation>Letzte Nachricht: %1, QoS %2%3, empfangen %4</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, Retained</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(%1 binary)</source>
        <translation>(%1 binär)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
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
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Favourites · not connected to the broker</source>
        <translation>Favoriten · nicht mit dem Broker verbunden</translation>
    </message>
    <message>
        <source>Not connected to the broker</source>
        <translation>Nicht mit dem Broker verbunden</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not heard from yet: the device has not said whether it is online</source>
        <translation>Noch nichts empfangen: Das Gerät hat noch nicht gemeldet, ob es online ist</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>Wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation>Keine Antwort vom Gerät</translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation>Der Befehl konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation>Ein · angenommen (kein Zustands-Topic)</translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation>Aus · angenommen (kein Zustands-Topic)</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Noch keine Meldung</translation>
    </message>
</context>
<context>
    <name>homewire::ui::TrayIcon</name>
    <message>
        <source>Embedded broker stopped</source>
        <translation>Eingebetteter Broker gestoppt</translation>
    </message>
    <message>
        <source>Start broker</source>
        <translation>Broker starten</translation>
    </message>
    <message>
        <source>Quit Homewire</source>
        <translation>Homewire beenden</translation>
    </message>
    <message>
        <source>Stop broker</source>
        <translation>Broker stoppen</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Fenster ausblenden</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
</context>
<context>
    <name>homewire::ui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Devices and programs log in to the broker with this name and password. Homewire keeps only a salted hash of the password and cannot show it again.</source>
        <translation>Geräte und Programme melden sich mit diesem Namen und Passwort am Broker an. Homewire speichert nur einen gesalzenen Hash des Passworts und kann es nicht erneut anzeigen.</translation>
    </message>
    <message>
        <source>The new password for “%1”. Devices logging in as %1 need it from their next connection on.</source>
        <translation>Das neue Passwort für „%1“. Geräte, die sich als %1 anmelden, brauchen es ab ihrer nächsten Verbindung.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; devices would have to send it exactly so.</source>
        <translation>Der Name beginnt oder endet mit einem Leerzeichen; Geräte müssten ihn genau so senden.</translation>
    </message>
    <message>
        <source>A user name cannot contain control characters.</source>
        <translation>Ein Benutzername darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation>Ein Benutzer namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Rules that use %u do not apply to names containing “/”, “+” or “#”.</source>
        <translation>Regeln mit %u gelten nicht für Namen, die „/“, „+“ oder „#“ enthalten.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>Short passwords are easy to guess: %1 characters or more are better.</source>
        <translation>Kurze Passwörter sind leicht zu erraten: %1 Zeichen oder mehr sind besser.</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>Wiederholen Sie das Passwort.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MQTT home automation controller</source>
        <translation>Steuerung für MQTT-Hausautomation</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (a self-contained profile).</source>
        <translation>Datenbank und Einstellungen in &lt;dir&gt; ablegen (ein eigenständiges Profil).</translation>
    </message>
    <message>
        <source>Port of the embedded broker.</source>
        <translation>Port des eingebetteten Brokers.</translation>
    </message>
    <message>
        <source>Do not start the embedded broker.</source>
        <translation>Den eingebetteten Broker nicht starten.</translation>
    </message>
    <message>
        <source>Open a connection to &lt;url&gt; (mqtt://host:port, mqtts://, ws://, wss://).</source>
        <translation>Eine Verbindung zu &lt;url&gt; öffnen (mqtt://host:port, mqtts://, ws://, wss://).</translation>
    </message>
    <message>
        <source>Run the demo home&apos;s virtual devices against the embedded broker.</source>
        <translation>Die virtuellen Geräte des Demo-Zuhauses mit dem eingebetteten Broker ausführen.</translation>
    </message>
    <message>
        <source>With --demo, add &lt;n&gt; messages a second of busy telemetry.</source>
        <translation>Mit --demo zusätzlich &lt;n&gt; Nachrichten pro Sekunde an reger Telemetrie erzeugen.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>&amp;Demo home</source>
        <translation>&amp;Demo-Zuhause</translation>
    </message>
    <message>
        <source>Run virtual devices of every kind Homewire knows on the embedded broker</source>
        <translation>Virtuelle Geräte jeder Art, die Homewire kennt, auf dem eingebetteten Broker ausführen</translation>
    </message>
    <message>
        <source>Embedded broker running on port %1</source>
        <translation>Eingebetteter Broker läuft auf Port %1</translation>
    </message>
    <message>
        <source>Embedded broker stopped</source>
        <translation>Eingebetteter Broker gestoppt</translation>
    </message>
    <message>
        <source>Notify when a device goes offline</source>
        <translation>Benachrichtigen, wenn ein Gerät offline geht</translation>
    </message>
    <message>
        <source>Notify when the broker cannot start</source>
        <translation>Benachrichtigen, wenn der Broker nicht starten kann</translation>
    </message>
    <message>
        <source>Embedded broker running</source>
        <translation>Eingebetteter Broker läuft</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>Eingebetteter Broker</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>The connection profiles could not be read: %1</source>
        <translation>Die Verbindungsprofile konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Start with the window minimized (hidden in the system tray when there is one).</source>
        <translation>Mit minimiertem Fenster starten (im Infobereich verborgen, sofern es einen gibt).</translation>
    </message>
    <message>
        <source>Speak the language &lt;code&gt; (de, en, es, fr, zh_CN) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation>Die Sprache &lt;code&gt; (de, en, es, fr, zh_CN) verwenden statt der in den Einstellungen gewählten oder der des Systems.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
</TS>
