<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Autostart</name>
    <message>
        <source>The Windows registry could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>the common name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the common name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate is valid for 1 to %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not make an EC P-256 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not draw a serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not add the %1 extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not make a subject alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not add a subject alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not add the subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authority&apos;s key is not an unencrypted PEM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authority&apos;s key does not belong to its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not sign the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IP address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not sign the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home&apos;s authority in %1 cannot be used (%2). Move ca.crt and ca.key away to start a new one; devices then need the new ca.crt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device cannot be called “ca”: ca.crt is the authority&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder other than the broker&apos;s own certificate folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no home authority in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientErrors</name>
    <message>
        <source>unacceptable protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted QoS 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted QoS 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect with will message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subscription existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementation specific error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client identifier not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep alive timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic filter invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic name invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet identifier not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive maximum exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic alias invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrative action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retain not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared subscriptions not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection rate exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum connect time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription identifiers not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcard subscriptions not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason code 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription to “%1” refused by the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription to “%1” refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: the broker or the network closed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: certificate not trusted for host %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate does not match host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: certificate of host %1 rejected (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cannot connect to %1: no answer from the broker within %n s</source>
        <translation>
            <numerusform>cannot connect to %1: no answer from the broker within %n s</numerusform>
            <numerusform>cannot connect to %1: no answer from the broker within %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>“%1” is not a valid broker URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with mqtt://, mqtts://, ws:// or wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme “%1” (use mqtt, mqtts, ws or wss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name before “@” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address has no closing “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1” after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. mqtt://[::1]:1883</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port number after “:” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port “%1” (use a number from 1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broker URL has no “#” fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:// URLs have no path or query (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket over TLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConventionCatalog</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Qt plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a device-convention plugin (IID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written for plugin interface %1, this is interface %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not implement the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says it is &quot;%1&quot; but its metadata says &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoHome</name>
    <message>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bathroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTracker</name>
    <message>
        <source>the device reported “%1” instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the device; it last reported “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericRecognizer</name>
    <message>
        <source>“%1” does not name a room and a device: every level must be non-empty UTF-8 of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 hand-made devices; %2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entities in home/%2/%3; the rest are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should say on or off, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the state is too large (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the state is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeAssistantDiscovery</name>
    <message>
        <source>“%1” should be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be text, a number or true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable topic: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) is more than a member of the payload; the whole payload is shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“device” should be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“availability” should be a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“brightness_command_template” (%1) is not followed; the plain level is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“supported_color_modes” should be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the light schema “%1” is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the component “%1” is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeAssistantRecognizer</name>
    <message>
        <source>the discovery config is too large (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery config is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a discovery topic: ids may only hold letters, digits, “_” and “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device discovery config needs “components”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the component “%1” has no platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 components; the rest are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two discovery configs describe the entity “%1” of %2; the second (%3) is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 Home Assistant devices; %2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entities in %2; %3 is left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomieRecognizer</name>
    <message>
        <source>&quot;%1&quot; is not a valid Homie id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 listed; the rest are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 Homie devices; this one is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homie version %1 is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 nodes; node %2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 properties; property %2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datatype %1 is not a Homie datatype; property %2 is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$settable is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 properties; the rest are left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Management</name>
    <message>
        <source>The broker&apos;s data directory, where access.db is (default: the broker&apos;s, or data_dir of the configuration file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s configuration file: its data_dir and password_iterations are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 iterations for the new password hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password as one line from standard input instead of asking on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acl add: a rule for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acl add: a rule for this client identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acl add: a rule for clients without a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acl add: a rule for every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acl add: the topic filter; %u stands for the user name, %c for the client identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acl add: read, write or readwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;homewire-broker user --help&apos; for how to use it.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;acl&apos; needs a command: add, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;user&apos; needs a command: add, passwd, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one argument, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;%2 %3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no data directory to keep the users in; give one with --data-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iterations takes a whole number from 1000 to 10000000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was changed. Restore the backup, or run the command again to begin with no users and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no password on standard input; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is not a terminal to ask for the password on; give the password on standard input with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passwords do not match; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is empty; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is longer than the %1 bytes MQTT can carry; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ACL rule %1 (&apos;acl list&apos; shows the rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists; &apos;user passwd %1&apos; changes the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed user &apos;%1&apos; and the rules for that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no users in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;acl add&apos; takes exactly one of --user, --clientid, --anonymous or --everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --topic FILTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --access read|write|readwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--access must be read, write or readwrite, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added ACL rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule id; &apos;acl list&apos; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed ACL rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no ACL rules in %1: every client may read and write every topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualDevice</name>
    <message>
        <source>it is longer than 65535 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains the wildcard “+” or “#”, which only subscriptions may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brightness command topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brightness state topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of “%2” cannot be used: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a payload for on and one for off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on and off payloads of “%1” are the same; they must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a state value for on and one for off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on and off states of “%1” are the same; they must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest brightness of “%1” must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brightness template of “%1” must contain {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every switch, light and sensor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a command topic: the topic it is switched with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a state topic: the topic it reports on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs at least one switch, light or sensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two parts of “%1” share the name “%2”; give each its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkAccess</name>
    <message>
        <source>No certificate file is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwords or client certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %3) and on port %2 (unencrypted, passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (unencrypted, passwords).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PahoConnection</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: the connection ended before the broker answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many messages in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many messages waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Paho library was built without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported URL scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT version mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: a disconnect is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paho error %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellyRecognizer</name>
    <message>
        <source>more than %1 Shelly devices; this one is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Shelly device id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the announcement is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the announcement has no device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the announced model is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay %1 is not a relay a Shelly has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay power is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relay state is neither on nor off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the temperature is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay %1 power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Shelly component status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification is not a JSON-RPC frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Shelly topic prefix is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 components; the rest are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasmotaRecognizer</name>
    <message>
        <source>the payload is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a relay Tasmota has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device topic is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 Tasmota devices; this one is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LWT is neither Online nor Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relay state is neither ON nor OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimmer is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a relay state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 sensors; the rest are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery topic has no MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery config has a member of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery config has no usable topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device uses FullTopic %1; only %2 is understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device uses the prefixes %1; only cmnd, stat and tele are understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparent power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactive power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dew point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea-level pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illuminance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon dioxide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <comment>the switch of a Tasmota relay, not a measurement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENSOR: %1.%2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENSOR: %1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENSOR is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A reading and its unit: &quot;21.4 °C&quot;, &quot;230 W&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicMatcher</name>
    <message>
        <source>Choose whether to search topics, payloads or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic filter matches topic names; include topics in the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid topic filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicProblem</name>
    <message>
        <source>Enter the topic, e.g. home/office/lamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“+” and “#” are wildcards for subscribing to many topics; a device listens and reports on one exact topic, so they cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics starting with “$” belong to the broker (like $SYS) and cannot be used by a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic cannot contain the null character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what the device uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic is too long: MQTT allows at most 65,535 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zigbee2MqttRecognizer</name>
    <message>
        <source>a device without a usable ieee_address and friendly_name (“%1”, “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device list of %1 is too large (%2 bytes, at most %3 MiB are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/bridge/devices is not a Zigbee2MQTT device list%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 Zigbee2MQTT bridges; %2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of %1/bridge/devices is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/bridge/devices lists more than %2 devices; the rest are left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::broker::net::BrokerServer</name>
    <message>
        <source>the broker is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no listener to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The broker does not start without its users and ACL rules, since that would open it to every client; restore the backup, or start again to begin with no users and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the users and ACL rules: %1. The broker does not start without them, since that would open it to every client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::client::ConnectProbe</name>
    <message>
        <source>the broker closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::client::MqttClient</name>
    <message>
        <source>subscription to “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: WebSocket handshake failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid will topic “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: a client certificate needs both the certificate and its key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid topic filter “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid topic name “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::client::RetainedProbe</name>
    <message>
        <source>the broker did not list its retained messages in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRegistry</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of rooms and devices was damaged and could not be read (%1). Homewire started a new, empty list; what you add from now on is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of rooms and devices could not be opened (%1). Changes to rooms and devices are kept only until Homewire quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving rooms and devices failed (%1). Changes are kept only until Homewire quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRuntime</name>
    <message>
        <source>the convention threw an exception: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the convention threw an unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::payload</name>
    <message>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::payload::JsonTree</name>
    <message>
        <source>control character in a string (write it as \n, \t or \u00XX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::payload::LineDiff</name>
    <message>
        <source>too many lines to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many changed lines to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::plugins::generic::GenericPlugin</name>
    <message>
        <source>Hand-made devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::plugins::homeassistant::HomeAssistantPlugin</name>
    <message>
        <source>Home Assistant discovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::plugins::zigbee2mqtt::Zigbee2MqttPlugin</name>
    <message>
        <source>Zigbee2MQTT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::store::KeychainSecretStore</name>
    <message>
        <source>no Secret Service or KWallet was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the password is kept for this session only and not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept for this session only and not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::store::ProfileStore</name>
    <message>
        <source>A connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection needs a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keep-alive interval must be between 0 and 65535 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid topic filter: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the embedded broker&apos;s connection and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded broker (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessPage</name>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and passwords devices and programs log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no rules every client may read and write everything; once a rule exists, anything no rule allows is denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule lets anonymous clients read or write anything. Homewire&apos;s own dashboard and explorer connect to this broker anonymously over this computer&apos;s loopback address, so they see and control nothing while this is so. Anonymous clients only get in through listeners that allow them, which by default means this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow local anonymous clients everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the broker started. Each refusal is explained in the log on the Overview tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices logging in as %1 are refused from then on, and the rules written for %1 go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused logins: %1 · Denied publishes: %2 · Denied subscriptions: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessWorker</name>
    <message>
        <source>The file of users and rules was damaged and has been set aside; Homewire starts a new, empty one. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the users and rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the user “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named “%1” any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the password of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the user “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::AclRuleModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%u stands for the user name the client logged in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%c stands for the client&apos;s identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::AddDeviceDialog</name>
    <message>
        <source>Add device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lamp or switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Office lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. home/office/lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. °C, %, W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brightness the light calls full: 100 for a percentage, 255 for many LED controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full brightness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State and availability (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload o&amp;ff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the state is JSON, the member to read; dots for nesting, e.g. ENERGY.Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Availability topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload on&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload offl&amp;ine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. home/kitchen/temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value o&amp;ff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a state topic Homewire cannot tell whether a command worked, and shows the state it asked for as assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an availability topic the sensor always counts as online; its last reading shows how old it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two payloads must differ, or on and off could not be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name, e.g. Office lamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a room or type a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new room “%1” will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::BadgeButton</name>
    <message>
        <source>%1, %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerDialog</name>
    <message>
        <source>Devices broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard talks to its devices through one broker: the embedded broker, or a broker you already run. Devices are found again on the broker you choose; rooms and tiles stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerPage</name>
    <message>
        <source>Embedded broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages out / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s database was damaged and has been set aside; the broker started with an empty one. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on this computer can use it as their MQTT broker once started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users &amp;&amp; Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port the broker listens on for this computer (127.0.0.1). Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1 Only this computer can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1. Only this computer can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1, devices on your network to port %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::ClientTableModel</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (session kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean session: forgotten when the client disconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent session: subscriptions and messages are kept while offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Home server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded broker&apos;s address follows the Broker page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 5.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, a random client identifier is chosen for every connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT over TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT over TLS (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT over WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT over secure WebSocket (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can paste a whole URL such as mqtts://user@broker.local:8883</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in Homewire&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a clean session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, the broker keeps this client&apos;s subscriptions and queued messages between connections (needs a fixed client ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest silence before the broker considers the connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep alive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, or in the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept any server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure: the server&apos;s identity is not checked, so anyone on the way can pose as the broker and read everything, the password included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the host here, or paste a whole URL starting with mqtt://, mqtts://, ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 3.1.1 sends a password only with a username (MQTT-3.1.2-22): enter the username, or choose MQTT 5.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key needs its client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionIndicator</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionListDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homewire&apos;s own broker; it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded broker&apos;s connection cannot be deleted</source>
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
        <source>Delete Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its saved password is removed from the keychain as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionView</name>
    <message>
        <source>A retained message could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to This Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Values as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Values as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… %1 of %2 topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop updating the tree; messages wait and are applied on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every topic seen so far (retained messages come back on reconnect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$SYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the broker&apos;s $SYS topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the tree (the first 2,000 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the retained messages of the selected topic and everything under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values Under Selection as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values Under Selection as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic History as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic History as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text anywhere in the topic, an MQTT filter such as home/+/temperature, or a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the payloads too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Retained Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect first: deleting retained messages publishes to the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume first: the paused messages could bring deleted topics back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the retained messages under %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the retained messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retained messages at or under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 retained messages at and under “%2”? Devices that read their configuration from them will no longer find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the retained message of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 retained messages under “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republished %1 retained messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 messages to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change broker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the broker the dashboard&apos;s devices are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that announced themselves and wait for a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add discovered devices automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New devices go straight onto the dashboard, into the room they suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on your dashboard yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie) appear under “New devices” as soon as they are online: choose a room and accept them. For any other device, add it by hand with its MQTT topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the dashboard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tiles and settings are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tiles are deleted. If it announces itself again it comes back under New devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tile moves to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 tiles move to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the room “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in tray menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::DeviceCertificateDialog</name>
    <message>
        <source>Create device certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate lets a device log in over TLS without a password. Its name becomes the device&apos;s user name, so the rules for that user apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homewire devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the device&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name becomes the device&apos;s user name, and rules with %u never apply to names with “/”, “+” or “#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“ca” is taken by the authority&apos;s file, ca.crt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes %1.crt, %1.key and ca.crt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of that name already in the folder are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, %2 and ca.crt in %3. Give the device all three; %2 is its secret and belongs on that device only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffModel</name>
    <message>
        <source>⋯ 1 unchanged line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffView</name>
    <message>
        <source>Comparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large payloads are compared in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diff compares a message with the one received before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payloads are too large to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payloads differ in too many lines to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Text and Hex tabs show each message in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same payload as the message received at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the message received at %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::EntityTile</name>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported before Homewire connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reported before Homewire connected</source>
        <extracomment>A state the broker kept from before: &quot;On · reported before Homewire connected&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <extracomment>The state and how fresh it is: &quot;On · updated 2 minutes ago&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::ExplorerPage</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No connection open&lt;/p&gt;&lt;p&gt;Choose a broker above and press &lt;b&gt;Connect&lt;/b&gt;: the built-in “Embedded broker” connects to Homewire&apos;s own broker.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::HexView</name>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::HistoryModel</name>
    <message>
        <source>QoS %1, retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonPage</name>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payload is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree shows the first %1 values; the Text view shows the whole document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large payloads are parsed in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many values to expand at once; expand the parts you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot This Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::LightTile</name>
    <message>
        <source>Brightness of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A brightness: &quot;60 %&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting brightness…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Homewire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Homewire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A desktop controller for MQTT home automation with its own embedded broker.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessDialog</name>
    <message>
        <source>Network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on your network, such as sensors, plugs and phones, will be able to use this broker. Choose how they prove who they are; nobody gets in without a user name or a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker restarts to apply this; clients connected now reconnect by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How devices log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;names and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each device presents a certificate signed by this home&apos;s authority (or your CA); the name in it is its user name, so rules for that user apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS on port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates made for this &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;own certificate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA for devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed for client certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also accept &amp;unencrypted connections on port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted: passwords and messages cross your network readable by anyone on it. Only for devices that cannot do TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate names this computer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for this home, in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Devices need &lt;b&gt;ca.crt&lt;/b&gt; from there to trust the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes this computer&apos;s certificate again, for instance after it got a new address. The home&apos;s authority stays, so devices keep trusting the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. One click makes an authority for this home and a certificate for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create certificates for this home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how devices log in: with passwords, client certificates or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password logins need at least one user: add one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on TLS or the unencrypted port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates need TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unencrypted port needs passwords: certificates only work over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is this computer&apos;s own port; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS port and the unencrypted port must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the certificates for this home first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA file that signs the devices&apos; certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet. Password logins need at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can log in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users can log in with a password: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users can log in with a password: %1 and %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessPanel</name>
    <message>
        <source>Network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create device certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate and key for one device, signed by this home&apos;s authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker listens on 127.0.0.1 only; devices on your network cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices need &lt;b&gt;ca.crt&lt;/b&gt; from &lt;a href=&quot;%1&quot;&gt;this home&apos;s certificate folder&lt;/a&gt; to trust the broker. Nobody logs in without a user name or a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody logs in from the network without a user name or a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow devices on the network…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::NewDevicesPanel</name>
    <message>
        <source>switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 binary sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new devices. Devices appear here as they announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a room for each and accept it onto the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this device off the dashboard; it is not offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::Notifier</name>
    <message>
        <source>%1 is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering; its tiles show the last state it reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded broker did not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::PayloadTextView</name>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the whole payload into the view. Very large payloads take a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding the whole payload…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::PlotView</name>
    <message>
        <source>Plot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers in the kept messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the messages has a number at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 · lowest %2 · highest %3 · %4 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large payloads are read in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots need payloads that are numbers (21.5, ON/OFF) or JSON documents with numeric fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Homewire when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimized, in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homewire speaks the new language after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::ProfilePicker</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and delete connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::PublishPanel</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. home/kitchen/light/set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON payloads are checked before they are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the JSON and indent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload text. Ctrl+Return publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker keeps the message and gives it to every new subscriber of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected message again (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to a broker to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the topic to publish to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid topic name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomNameDialog</name>
    <message>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a room called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomSection</name>
    <message>
        <source>No tiles in this room yet. Drag a tile here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move the room; right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::RuleDialog</name>
    <message>
        <source>Enter a topic filter, e.g. home/# for everything under home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic filter cannot contain the null character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules are not written for shared subscriptions ($share/…); write the topic filter itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“#” matches everything below a level, so it must be the last level and stand alone: home/#.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“+” matches exactly one level and must stand alone between slashes: home/+/temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is too long: MQTT allows at most 65,535 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. home/#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in a subscription, “+” matches one level and “#” everything below. %u stands for the client&apos;s user name and %c for its client identifier: devices/%u/# gives each user a branch of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read (subscribe and receive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write (publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tasmota_4F2A1C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named “%1” yet. The rule applies once a client logs in with that name, or with a certificate of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients logged in as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client with the identifier “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients without a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may subscribe to and receive %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may publish to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may read and write %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::SensorTile</name>
    <message>
        <source>Last hour: lowest %1, highest %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::SentMessageModel</name>
    <message>
        <source>QoS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty payload)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::SubscriptionsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to on every connect, in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected topic filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: enter a topic filter, for example home/+/temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid topic filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 repeats the topic filter of row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“+” matches exactly one topic level and “#” any number of levels; each must fill a whole level, and “#” must come last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::SwitchTile</name>
    <message>
        <source>Turning on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On · confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off · confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the device — it still reports On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the device — it still reports Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::TopicInspector</name>
    <message>
        <source>QoS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · drag to select bytes, Ctrl+C copies them as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected %1 at offset 0x%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the topic name to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown payload to the clipboard (binary payloads as hex text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages on this topic yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic to see its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its payload appears here as text, JSON, hex, history, a diff and a plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary payload: control characters show as symbols such as ␀. The Hex tab shows the bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspector keeps the last %1 messages of this topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 newer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 newer messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing an earlier message (%1 since). &lt;a href=&quot;latest&quot;&gt;Show latest&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payload is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one message so far: nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to plot: the payloads are neither numbers (21.5, ON/OFF) nor JSON with numeric fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::TopicTreeModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an empty topic level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message: %1, QoS %2%3, received %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::TrayFavouritesMenu</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A favourite in the tray menu: &quot;Desk lamp — Office&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites · not connected to the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard from yet: the device has not said whether it is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::TrayIcon</name>
    <message>
        <source>Embedded broker stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Homewire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homewire::ui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices and programs log in to the broker with this name and password. Homewire keeps only a salted hash of the password and cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password for “%1”. Devices logging in as %1 need it from their next connection on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name starts or ends with a space; devices would have to send it exactly so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that use %u do not apply to names containing “/”, “+” or “#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short passwords are easy to guess: %1 characters or more are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MQTT home automation controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (a self-contained profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the embedded broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the embedded broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a connection to &lt;url&gt; (mqtt://host:port, mqtts://, ws://, wss://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo home&apos;s virtual devices against the embedded broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo, add &lt;n&gt; messages a second of busy telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run virtual devices of every kind Homewire knows on the embedded broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded broker running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded broker stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profiles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded broker running on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a device goes offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when the broker cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the window minimized (hidden in the system tray when there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the language &lt;code&gt; (de, en, es, fr, zh_CN) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
