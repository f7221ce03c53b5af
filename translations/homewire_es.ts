<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Autostart</name>
    <message>
        <source>The Windows registry could not be written.</source>
        <translation>No se pudo escribir en el registro de Windows.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation>No se pudo crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>the common name is empty</source>
        <translation>el nombre común está vacío</translation>
    </message>
    <message>
        <source>the common name is longer than %1 characters</source>
        <translation>el nombre común tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>a certificate is valid for 1 to %1 days</source>
        <translation>un certificado puede ser válido entre 1 y %1 días</translation>
    </message>
    <message>
        <source>could not make an EC P-256 key</source>
        <translation>no se pudo crear una clave EC P-256</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>could not set the version</source>
        <translation>no se pudo establecer la versión</translation>
    </message>
    <message>
        <source>could not draw a serial number</source>
        <translation>no se pudo generar un número de serie</translation>
    </message>
    <message>
        <source>could not set the serial number</source>
        <translation>no se pudo establecer el número de serie</translation>
    </message>
    <message>
        <source>could not set the validity period</source>
        <translation>no se pudo establecer el periodo de validez</translation>
    </message>
    <message>
        <source>could not set the common name</source>
        <translation>no se pudo establecer el nombre común</translation>
    </message>
    <message>
        <source>could not set the public key</source>
        <translation>no se pudo establecer la clave pública</translation>
    </message>
    <message>
        <source>could not add the %1 extension</source>
        <translation>no se pudo añadir la extensión %1</translation>
    </message>
    <message>
        <source>could not make a subject alternative name</source>
        <translation>no se pudo crear un nombre alternativo del sujeto</translation>
    </message>
    <message>
        <source>could not add a subject alternative name</source>
        <translation>no se pudo añadir un nombre alternativo del sujeto</translation>
    </message>
    <message>
        <source>could not add the subject alternative names</source>
        <translation>no se pudieron añadir los nombres alternativos del sujeto</translation>
    </message>
    <message>
        <source>could not write PEM</source>
        <translation>no se pudo escribir el PEM</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not PEM</source>
        <translation>el certificado de la autoridad no está en formato PEM</translation>
    </message>
    <message>
        <source>the authority&apos;s key is not an unencrypted PEM key</source>
        <translation>la clave de la autoridad no es una clave PEM sin cifrar</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not a CA certificate</source>
        <translation>el certificado de la autoridad no es un certificado de CA</translation>
    </message>
    <message>
        <source>the authority&apos;s key does not belong to its certificate</source>
        <translation>la clave de la autoridad no corresponde a su certificado</translation>
    </message>
    <message>
        <source>could not set the issuer</source>
        <translation>no se pudo establecer el emisor</translation>
    </message>
    <message>
        <source>could not sign the authority</source>
        <translation>no se pudo firmar la autoridad</translation>
    </message>
    <message>
        <source>“%1” is not a DNS name</source>
        <translation>«%1» no es un nombre DNS</translation>
    </message>
    <message>
        <source>an IP address is empty</source>
        <translation>hay una dirección IP vacía</translation>
    </message>
    <message>
        <source>could not sign the certificate</source>
        <translation>no se pudo firmar el certificado</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not make the folder %1</source>
        <translation>No se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The home&apos;s authority in %1 cannot be used (%2). Move ca.crt and ca.key away to start a new one; devices then need the new ca.crt.</source>
        <translation>No se puede usar la autoridad del hogar que hay en %1 (%2). Mueva ca.crt y ca.key a otro lugar para crear una nueva; después, los dispositivos necesitarán el nuevo ca.crt.</translation>
    </message>
    <message>
        <source>A device cannot be called “ca”: ca.crt is the authority&apos;s file.</source>
        <translation>Un dispositivo no puede llamarse «ca»: ca.crt es el archivo de la autoridad.</translation>
    </message>
    <message>
        <source>Choose a folder other than the broker&apos;s own certificate folder.</source>
        <translation>Elija una carpeta distinta de la carpeta de certificados del propio broker.</translation>
    </message>
    <message>
        <source>There is no home authority in %1 yet.</source>
        <translation>Todavía no hay ninguna autoridad del hogar en %1.</translation>
    </message>
</context>
<context>
    <name>ClientErrors</name>
    <message>
        <source>unacceptable protocol version</source>
        <translation>versión de protocolo no aceptable</translation>
    </message>
    <message>
        <source>identifier rejected</source>
        <translation>identificador rechazado</translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation>servidor no disponible</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>no autorizado</translation>
    </message>
    <message>
        <source>return code %1</source>
        <translation>código de retorno %1</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>granted QoS 1</source>
        <translation>QoS 1 concedido</translation>
    </message>
    <message>
        <source>granted QoS 2</source>
        <translation>QoS 2 concedido</translation>
    </message>
    <message>
        <source>disconnect with will message</source>
        <translation>desconexión con mensaje de última voluntad</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>no hay suscriptores coincidentes</translation>
    </message>
    <message>
        <source>no subscription existed</source>
        <translation>no existía la suscripción</translation>
    </message>
    <message>
        <source>continue authentication</source>
        <translation>continuar la autenticación</translation>
    </message>
    <message>
        <source>re-authenticate</source>
        <translation>volver a autenticarse</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>error no especificado</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>paquete mal formado</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>error de protocolo</translation>
    </message>
    <message>
        <source>implementation specific error</source>
        <translation>error específico de la implementación</translation>
    </message>
    <message>
        <source>unsupported protocol version</source>
        <translation>versión de protocolo no admitida</translation>
    </message>
    <message>
        <source>client identifier not valid</source>
        <translation>identificador de cliente no válido</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>servidor ocupado</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>acceso bloqueado</translation>
    </message>
    <message>
        <source>server shutting down</source>
        <translation>el servidor se está apagando</translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation>método de autenticación incorrecto</translation>
    </message>
    <message>
        <source>keep alive timeout</source>
        <translation>tiempo de keep alive agotado</translation>
    </message>
    <message>
        <source>session taken over</source>
        <translation>otra conexión ha tomado la sesión</translation>
    </message>
    <message>
        <source>topic filter invalid</source>
        <translation>filtro de temas no válido</translation>
    </message>
    <message>
        <source>topic name invalid</source>
        <translation>nombre de tema no válido</translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation>identificador de paquete en uso</translation>
    </message>
    <message>
        <source>packet identifier not found</source>
        <translation>identificador de paquete no encontrado</translation>
    </message>
    <message>
        <source>receive maximum exceeded</source>
        <translation>máximo de recepción superado</translation>
    </message>
    <message>
        <source>topic alias invalid</source>
        <translation>alias de tema no válido</translation>
    </message>
    <message>
        <source>packet too large</source>
        <translation>paquete demasiado grande</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>frecuencia de mensajes demasiado alta</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>cuota superada</translation>
    </message>
    <message>
        <source>administrative action</source>
        <translation>acción administrativa</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>formato de carga útil no válido</translation>
    </message>
    <message>
        <source>retain not supported</source>
        <translation>retención no admitida</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>QoS no admitido</translation>
    </message>
    <message>
        <source>use another server</source>
        <translation>usar otro servidor</translation>
    </message>
    <message>
        <source>server moved</source>
        <translation>servidor trasladado</translation>
    </message>
    <message>
        <source>shared subscriptions not supported</source>
        <translation>suscripciones compartidas no admitidas</translation>
    </message>
    <message>
        <source>connection rate exceeded</source>
        <translation>frecuencia de conexión superada</translation>
    </message>
    <message>
        <source>maximum connect time</source>
        <translation>tiempo máximo de conexión</translation>
    </message>
    <message>
        <source>subscription identifiers not supported</source>
        <translation>identificadores de suscripción no admitidos</translation>
    </message>
    <message>
        <source>wildcard subscriptions not supported</source>
        <translation>suscripciones con comodines no admitidas</translation>
    </message>
    <message>
        <source>reason code 0x%1</source>
        <translation>código de motivo 0x%1</translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation>conexión rechazada: %1</translation>
    </message>
    <message>
        <source>subscription to “%1” refused by the broker</source>
        <translation>el broker rechazó la suscripción a «%1»</translation>
    </message>
    <message>
        <source>subscription to “%1” refused: %2</source>
        <translation>suscripción a «%1» rechazada: %2</translation>
    </message>
    <message>
        <source>publication refused: %1</source>
        <translation>publicación rechazada: %1</translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected</source>
        <translation>conexión perdida: el broker desconectó al cliente</translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected (%1)</source>
        <translation>conexión perdida: el broker desconectó al cliente (%1)</translation>
    </message>
    <message>
        <source>connection lost: the broker or the network closed it</source>
        <translation>conexión perdida: la cerró el broker o la red</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>conexión perdida: %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>no se encontró el host</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>el broker cerró la conexión</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>error de socket %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>TLS: certificate not trusted for host %1 (%2)</source>
        <translation>TLS: el certificado del host %1 no es de confianza (%2)</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has expired</source>
        <translation>TLS: el certificado del host %1 ha caducado</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 is not valid yet</source>
        <translation>TLS: el certificado del host %1 aún no es válido</translation>
    </message>
    <message>
        <source>TLS: the certificate does not match host %1</source>
        <translation>TLS: el certificado no corresponde al host %1</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has been revoked</source>
        <translation>TLS: el certificado del host %1 ha sido revocado</translation>
    </message>
    <message>
        <source>TLS: certificate of host %1 rejected (%2)</source>
        <translation>TLS: se rechazó el certificado del host %1 (%2)</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>falló la negociación TLS: %1</translation>
    </message>
    <message numerus="yes">
        <source>cannot connect to %1: no answer from the broker within %n s</source>
        <translation>
            <numerusform>no se puede conectar con %1: el broker no respondió en %n s</numerusform>
            <numerusform>no se puede conectar con %1: el broker no respondió en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>“%1” is not a valid broker URL: %2</source>
        <translation>«%1» no es una URL de broker válida: %2</translation>
    </message>
    <message>
        <source>it must start with mqtt://, mqtts://, ws:// or wss://</source>
        <translation>debe empezar por mqtt://, mqtts://, ws:// o wss://</translation>
    </message>
    <message>
        <source>unknown scheme “%1” (use mqtt, mqtts, ws or wss)</source>
        <translation>esquema «%1» desconocido (use mqtt, mqtts, ws o wss)</translation>
    </message>
    <message>
        <source>the user name before “@” is empty</source>
        <translation>el nombre de usuario antes de «@» está vacío</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing “]”</source>
        <translation>a la dirección IPv6 le falta el «]» de cierre</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation>«%1» no es una dirección IPv6</translation>
    </message>
    <message>
        <source>unexpected “%1” after the IPv6 address</source>
        <translation>«%1» inesperado después de la dirección IPv6</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. mqtt://[::1]:1883</source>
        <translation>las direcciones IPv6 deben escribirse entre corchetes, p. ej. mqtt://[::1]:1883</translation>
    </message>
    <message>
        <source>the host name is missing</source>
        <translation>falta el nombre de host</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name</source>
        <translation>«%1» no es un nombre de host válido</translation>
    </message>
    <message>
        <source>the port number after “:” is missing</source>
        <translation>falta el número de puerto después de «:»</translation>
    </message>
    <message>
        <source>invalid port “%1” (use a number from 1 to 65535)</source>
        <translation>puerto «%1» no válido (use un número del 1 al 65535)</translation>
    </message>
    <message>
        <source>a broker URL has no “#” fragment</source>
        <translation>una URL de broker no lleva fragmento «#»</translation>
    </message>
    <message>
        <source>%1:// URLs have no path or query (“%2”)</source>
        <translation>las URL %1:// no llevan ruta ni consulta («%2»)</translation>
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
        <translation>WebSocket sobre TLS</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
</context>
<context>
    <name>ConventionCatalog</name>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>not a Qt plugin</source>
        <translation>no es un complemento de Qt</translation>
    </message>
    <message>
        <source>not a device-convention plugin (IID %1)</source>
        <translation>no es un complemento de convención de dispositivos (IID %1)</translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation>sus metadatos no tienen id</translation>
    </message>
    <message>
        <source>written for plugin interface %1, this is interface %2</source>
        <translation>escrito para la interfaz de complementos %1; esta es la interfaz %2</translation>
    </message>
    <message>
        <source>does not implement the interface</source>
        <translation>no implementa la interfaz</translation>
    </message>
    <message>
        <source>says it is &quot;%1&quot; but its metadata says &quot;%2&quot;</source>
        <translation>dice ser «%1», pero sus metadatos dicen «%2»</translation>
    </message>
</context>
<context>
    <name>DemoHome</name>
    <message>
        <source>Kitchen</source>
        <translation>Cocina</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Recibidor</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <translation>Baño</translation>
    </message>
    <message>
        <source>Living room</source>
        <translation>Salón</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <translation>Dormitorio</translation>
    </message>
</context>
<context>
    <name>EntityTracker</name>
    <message>
        <source>the device reported “%1” instead</source>
        <translation>el dispositivo indicó «%1» en su lugar</translation>
    </message>
    <message>
        <source>no answer from the device; it last reported “%1”</source>
        <translation>el dispositivo no responde; lo último que indicó fue «%1»</translation>
    </message>
    <message>
        <source>no answer from the device</source>
        <translation>el dispositivo no responde</translation>
    </message>
</context>
<context>
    <name>GenericRecognizer</name>
    <message>
        <source>“%1” does not name a room and a device: every level must be non-empty UTF-8 of at most %2 bytes</source>
        <translation>«%1» no designa una habitación y un dispositivo: cada nivel debe ser texto UTF-8 no vacío de %2 bytes como máximo</translation>
    </message>
    <message>
        <source>more than %1 hand-made devices; %2 is ignored</source>
        <translation>más de %1 dispositivos creados a mano; se ignora %2</translation>
    </message>
    <message>
        <source>more than %1 entities in home/%2/%3; the rest are left out</source>
        <translation>más de %1 entidades en home/%2/%3; se omiten las demás</translation>
    </message>
    <message>
        <source>%1 should say on or off, not “%2”</source>
        <translation>%1 debería indicar on u off, no «%2»</translation>
    </message>
    <message>
        <source>%1: the state is too large (%2 bytes)</source>
        <translation>%1: el estado es demasiado grande (%2 bytes)</translation>
    </message>
    <message>
        <source>%1: the state is not a JSON object: %2</source>
        <translation>%1: el estado no es un objeto JSON: %2</translation>
    </message>
</context>
<context>
    <name>HomeAssistantDiscovery</name>
    <message>
        <source>“%1” should be text</source>
        <translation>«%1» debería ser texto</translation>
    </message>
    <message>
        <source>“%1” should be text, a number or true/false</source>
        <translation>«%1» debería ser texto, un número o true/false</translation>
    </message>
    <message>
        <source>“%1” is not a usable topic: %2</source>
        <translation>«%1» no es un tema utilizable: %2</translation>
    </message>
    <message>
        <source>“%1” should be a positive whole number</source>
        <translation>«%1» debería ser un número entero positivo</translation>
    </message>
    <message>
        <source>“%1” should be true or false</source>
        <translation>«%1» debería ser true o false</translation>
    </message>
    <message>
        <source>“%1” (%2) is more than a member of the payload; the whole payload is shown instead</source>
        <translation>«%1» (%2) es algo más que un miembro de la carga útil; en su lugar se muestra la carga útil completa</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: falta «%2»</translation>
    </message>
    <message>
        <source>“device” should be an object</source>
        <translation>«device» debería ser un objeto</translation>
    </message>
    <message>
        <source>“availability” should be a list of objects</source>
        <translation>«availability» debería ser una lista de objetos</translation>
    </message>
    <message>
        <source>“brightness_command_template” (%1) is not followed; the plain level is sent</source>
        <translation>«brightness_command_template» (%1) no se aplica; se envía el nivel tal cual</translation>
    </message>
    <message>
        <source>“supported_color_modes” should be a list</source>
        <translation>«supported_color_modes» debería ser una lista</translation>
    </message>
    <message>
        <source>the light schema “%1” is not supported</source>
        <translation>no se admite el esquema de luz «%1»</translation>
    </message>
    <message>
        <source>the component “%1” is not supported</source>
        <translation>no se admite el componente «%1»</translation>
    </message>
</context>
<context>
    <name>HomeAssistantRecognizer</name>
    <message>
        <source>the discovery config is too large (%1 bytes)</source>
        <translation>la configuración de descubrimiento es demasiado grande (%1 bytes)</translation>
    </message>
    <message>
        <source>the discovery config is not valid JSON: %1 at byte %2</source>
        <translation>la configuración de descubrimiento no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation>la configuración de descubrimiento no es un objeto JSON</translation>
    </message>
    <message>
        <source>“%1” is not a discovery topic: ids may only hold letters, digits, “_” and “-”</source>
        <translation>«%1» no es un tema de descubrimiento: los identificadores solo pueden contener letras, dígitos, «_» y «-»</translation>
    </message>
    <message>
        <source>a device discovery config needs “components”</source>
        <translation>una configuración de descubrimiento de dispositivo necesita «components»</translation>
    </message>
    <message>
        <source>the component “%1” has no platform</source>
        <translation>el componente «%1» no tiene plataforma</translation>
    </message>
    <message>
        <source>%1 has more than %2 components; the rest are left out</source>
        <translation>%1 tiene más de %2 componentes; se omiten los demás</translation>
    </message>
    <message>
        <source>two discovery configs describe the entity “%1” of %2; the second (%3) is ignored</source>
        <translation>dos configuraciones de descubrimiento describen la entidad «%1» de %2; se ignora la segunda (%3)</translation>
    </message>
    <message>
        <source>more than %1 Home Assistant devices; %2 is ignored</source>
        <translation>más de %1 dispositivos de Home Assistant; se ignora %2</translation>
    </message>
    <message>
        <source>more than %1 entities in %2; %3 is left out</source>
        <translation>más de %1 entidades en %2; se omite %3</translation>
    </message>
</context>
<context>
    <name>HomieRecognizer</name>
    <message>
        <source>&quot;%1&quot; is not a valid Homie id</source>
        <translation>«%1» no es un id de Homie válido</translation>
    </message>
    <message>
        <source>more than %1 listed; the rest are left out</source>
        <translation>hay más de %1 en la lista; se omiten los demás</translation>
    </message>
    <message>
        <source>the attribute is too long</source>
        <translation>el atributo es demasiado largo</translation>
    </message>
    <message>
        <source>more than %1 Homie devices; this one is ignored</source>
        <translation>más de %1 dispositivos Homie; se ignora este</translation>
    </message>
    <message>
        <source>Homie version %1 is not understood</source>
        <translation>no se entiende la versión %1 de Homie</translation>
    </message>
    <message>
        <source>more than %1 nodes; node %2 is ignored</source>
        <translation>más de %1 nodos; se ignora el nodo %2</translation>
    </message>
    <message>
        <source>more than %1 properties; property %2 is ignored</source>
        <translation>más de %1 propiedades; se ignora la propiedad %2</translation>
    </message>
    <message>
        <source>datatype %1 is not a Homie datatype; property %2 is left out</source>
        <translation>%1 no es un tipo de datos de Homie; se omite la propiedad %2</translation>
    </message>
    <message>
        <source>$settable is neither true nor false</source>
        <translation>$settable no es ni true ni false</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>more than %1 properties; the rest are left out</source>
        <translation>más de %1 propiedades; se omiten las demás</translation>
    </message>
</context>
<context>
    <name>Management</name>
    <message>
        <source>The broker&apos;s data directory, where access.db is (default: the broker&apos;s, or data_dir of the configuration file).</source>
        <translation>El directorio de datos del broker, donde está access.db (predeterminado: el del broker, o data_dir del archivo de configuración).</translation>
    </message>
    <message>
        <source>The broker&apos;s configuration file: its data_dir and password_iterations are used.</source>
        <translation>El archivo de configuración del broker: se usan sus valores data_dir y password_iterations.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations for the new password hash.</source>
        <translation>Iteraciones de PBKDF2 para el hash de la nueva contraseña.</translation>
    </message>
    <message>
        <source>Read the password as one line from standard input instead of asking on the terminal.</source>
        <translation>Leer la contraseña como una línea de la entrada estándar en lugar de pedirla en el terminal.</translation>
    </message>
    <message>
        <source>acl add: a rule for this user.</source>
        <translation>acl add: una regla para este usuario.</translation>
    </message>
    <message>
        <source>acl add: a rule for this client identifier.</source>
        <translation>acl add: una regla para este identificador de cliente.</translation>
    </message>
    <message>
        <source>acl add: a rule for clients without a user name.</source>
        <translation>acl add: una regla para los clientes sin nombre de usuario.</translation>
    </message>
    <message>
        <source>acl add: a rule for every client.</source>
        <translation>acl add: una regla para todos los clientes.</translation>
    </message>
    <message>
        <source>acl add: the topic filter; %u stands for the user name, %c for the client identifier.</source>
        <translation>acl add: el filtro de temas; %u representa el nombre de usuario y %c el identificador de cliente.</translation>
    </message>
    <message>
        <source>acl add: read, write or readwrite.</source>
        <translation>acl add: read, write o readwrite.</translation>
    </message>
    <message>
        <source>Run &apos;homewire-broker user --help&apos; for how to use it.</source>
        <translation>Ejecute &apos;homewire-broker user --help&apos; para ver cómo se usa.</translation>
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
        <translation>Uso:   homewire-broker user add NAME         añade un usuario (pide la contraseña)
       homewire-broker user passwd NAME      cambia la contraseña de un usuario
       homewire-broker user remove NAME      elimina un usuario y las reglas de ese usuario
       homewire-broker user list             muestra los usuarios
       homewire-broker acl add (--user NAME | --clientid ID | --anonymous | --everyone)
                               --topic FILTER --access read|write|readwrite
       homewire-broker acl remove ID
       homewire-broker acl list              muestra las reglas con sus ids

Sin ninguna regla ACL, todos los clientes pueden leer y escribir en todos los temas;
en cuanto existe una regla, se deniega todo lo que ninguna regla permita. Un broker
en ejecución aplica los cambios en aproximadamente un segundo.

</translation>
    </message>
    <message>
        <source>&apos;acl&apos; needs a command: add, remove or list</source>
        <translation>&apos;acl&apos; necesita un comando: add, remove o list</translation>
    </message>
    <message>
        <source>&apos;user&apos; needs a command: add, passwd, remove or list</source>
        <translation>&apos;user&apos; necesita un comando: add, passwd, remove o list</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>comando desconocido &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one argument, %2</source>
        <translation>&apos;%1&apos; admite un argumento, %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments (got &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; no admite argumentos (se recibió &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;%2 %3&apos;</source>
        <translation>--%1 no se puede usar con &apos;%2 %3&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>there is no data directory to keep the users in; give one with --data-dir</source>
        <translation>no hay ningún directorio de datos donde guardar los usuarios; indique uno con --data-dir</translation>
    </message>
    <message>
        <source>--iterations takes a whole number from 1000 to 10000000, not &apos;%1&apos;</source>
        <translation>--iterations admite un número entero de 1000 a 10000000, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1. Nothing was changed. Restore the backup, or run the command again to begin with no users and rules.</source>
        <translation>%1. No se ha cambiado nada. Restaure la copia de seguridad o vuelva a ejecutar el comando para empezar sin usuarios ni reglas.</translation>
    </message>
    <message>
        <source>there is no password on standard input; nothing was changed</source>
        <translation>no hay ninguna contraseña en la entrada estándar; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>standard input is not a terminal to ask for the password on; give the password on standard input with --password-stdin</source>
        <translation>la entrada estándar no es un terminal en el que pedir la contraseña; pase la contraseña por la entrada estándar con --password-stdin</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <source>the passwords do not match; nothing was changed</source>
        <translation>las contraseñas no coinciden; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the password is empty; nothing was changed</source>
        <translation>la contraseña está vacía; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the password is longer than the %1 bytes MQTT can carry; nothing was changed</source>
        <translation>la contraseña supera los %1 bytes que MQTT puede transportar; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists</source>
        <translation>el usuario &apos;%1&apos; ya existe</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>no existe el usuario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no ACL rule %1 (&apos;acl list&apos; shows the rules)</source>
        <translation>no existe la regla ACL %1 (&apos;acl list&apos; muestra las reglas)</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>no se pudo cambiar %1: %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists; &apos;user passwd %1&apos; changes the password</source>
        <translation>el usuario &apos;%1&apos; ya existe; &apos;user passwd %1&apos; cambia la contraseña</translation>
    </message>
    <message>
        <source>Added user &apos;%1&apos;.</source>
        <translation>Se ha añadido el usuario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Changed the password of &apos;%1&apos;.</source>
        <translation>Se ha cambiado la contraseña de &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Removed user &apos;%1&apos; and the rules for that user.</source>
        <translation>Se han eliminado el usuario &apos;%1&apos; y las reglas de ese usuario.</translation>
    </message>
    <message>
        <source>There are no users in %1.</source>
        <translation>No hay usuarios en %1.</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; takes exactly one of --user, --clientid, --anonymous or --everyone</source>
        <translation>&apos;acl add&apos; admite exactamente una de estas opciones: --user, --clientid, --anonymous o --everyone</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --topic FILTER</source>
        <translation>&apos;acl add&apos; necesita --topic FILTER</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --access read|write|readwrite</source>
        <translation>&apos;acl add&apos; necesita --access read|write|readwrite</translation>
    </message>
    <message>
        <source>--access must be read, write or readwrite, not &apos;%1&apos;</source>
        <translation>--access debe ser read, write o readwrite, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Added ACL rule %1.</source>
        <translation>Se ha añadido la regla ACL %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule id; &apos;acl list&apos; shows them</source>
        <translation>&apos;%1&apos; no es un id de regla; &apos;acl list&apos; los muestra</translation>
    </message>
    <message>
        <source>Removed ACL rule %1.</source>
        <translation>Se ha eliminado la regla ACL %1.</translation>
    </message>
    <message>
        <source>There are no ACL rules in %1: every client may read and write every topic.</source>
        <translation>No hay reglas ACL en %1: todos los clientes pueden leer y escribir en todos los temas.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujeto</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtro</translation>
    </message>
    <message>
        <source>access</source>
        <translation>acceso</translation>
    </message>
</context>
<context>
    <name>ManualDevice</name>
    <message>
        <source>it is longer than 65535 bytes</source>
        <translation>tiene más de 65535 bytes</translation>
    </message>
    <message>
        <source>it contains the wildcard “+” or “#”, which only subscriptions may use</source>
        <translation>contiene el comodín «+» o «#», que solo pueden usar las suscripciones</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>command topic</source>
        <translation>tema de comando</translation>
    </message>
    <message>
        <source>brightness command topic</source>
        <translation>tema de comando de brillo</translation>
    </message>
    <message>
        <source>state topic</source>
        <translation>tema de estado</translation>
    </message>
    <message>
        <source>brightness state topic</source>
        <translation>tema de estado de brillo</translation>
    </message>
    <message>
        <source>availability topic</source>
        <translation>tema de disponibilidad</translation>
    </message>
    <message>
        <source>The %1 of “%2” cannot be used: %3.</source>
        <translation>No se puede usar el %1 de «%2»: %3.</translation>
    </message>
    <message>
        <source>“%1” needs a payload for on and one for off.</source>
        <translation>«%1» necesita una carga útil para encendido y otra para apagado.</translation>
    </message>
    <message>
        <source>The on and off payloads of “%1” are the same; they must differ.</source>
        <translation>Las cargas útiles de encendido y apagado de «%1» son iguales; deben ser distintas.</translation>
    </message>
    <message>
        <source>“%1” needs a state value for on and one for off.</source>
        <translation>«%1» necesita un valor de estado para encendido y otro para apagado.</translation>
    </message>
    <message>
        <source>The on and off states of “%1” are the same; they must differ.</source>
        <translation>Los estados de encendido y apagado de «%1» son iguales; deben ser distintos.</translation>
    </message>
    <message>
        <source>The highest brightness of “%1” must be at least 1.</source>
        <translation>El brillo máximo de «%1» debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The brightness template of “%1” must contain {value}.</source>
        <translation>La plantilla de brillo de «%1» debe contener {value}.</translation>
    </message>
    <message>
        <source>Every switch, light and sensor needs a name.</source>
        <translation>Todos los interruptores, luces y sensores necesitan un nombre.</translation>
    </message>
    <message>
        <source>“%1” needs a command topic: the topic it is switched with.</source>
        <translation>«%1» necesita un tema de comando: el tema con el que se enciende y apaga.</translation>
    </message>
    <message>
        <source>“%1” needs a state topic: the topic it reports on.</source>
        <translation>«%1» necesita un tema de estado: el tema en el que informa de su estado.</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>El dispositivo necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” needs at least one switch, light or sensor.</source>
        <translation>«%1» necesita al menos un interruptor, una luz o un sensor.</translation>
    </message>
    <message>
        <source>Two parts of “%1” share the name “%2”; give each its own.</source>
        <translation>Dos partes de «%1» comparten el nombre «%2»; asigne a cada una un nombre propio.</translation>
    </message>
</context>
<context>
    <name>NetworkAccess</name>
    <message>
        <source>No certificate file is chosen.</source>
        <translation>No se ha elegido ningún archivo de certificado.</translation>
    </message>
    <message>
        <source>%1 is missing or cannot be read.</source>
        <translation>%1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation>Solo puede conectarse este equipo.</translation>
    </message>
    <message>
        <source>passwords or client certificates</source>
        <translation>contraseñas o certificados de cliente</translation>
    </message>
    <message>
        <source>client certificates</source>
        <translation>certificados de cliente</translation>
    </message>
    <message>
        <source>passwords</source>
        <translation>contraseñas</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %3) and on port %2 (unencrypted, passwords).</source>
        <translation>Los dispositivos de su red pueden conectarse por el puerto %1 (TLS, %3) y por el puerto %2 (sin cifrar, contraseñas).</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %2).</source>
        <translation>Los dispositivos de su red pueden conectarse por el puerto %1 (TLS, %2).</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (unencrypted, passwords).</source>
        <translation>Los dispositivos de su red pueden conectarse por el puerto %1 (sin cifrar, contraseñas).</translation>
    </message>
</context>
<context>
    <name>PahoConnection</name>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <source>interrupted: the connection ended before the broker answered</source>
        <translation>interrumpido: la conexión terminó antes de que respondiera el broker</translation>
    </message>
    <message>
        <source>too many messages in flight</source>
        <translation>demasiados mensajes en tránsito</translation>
    </message>
    <message>
        <source>too many messages waiting to be sent</source>
        <translation>demasiados mensajes pendientes de envío</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>invalid QoS</source>
        <translation>QoS no válido</translation>
    </message>
    <message>
        <source>the Paho library was built without TLS</source>
        <translation>la biblioteca Paho se compiló sin TLS</translation>
    </message>
    <message>
        <source>unsupported URL scheme</source>
        <translation>esquema de URL no admitido</translation>
    </message>
    <message>
        <source>MQTT version mismatch</source>
        <translation>discrepancia de versión de MQTT</translation>
    </message>
    <message>
        <source>ignored: a disconnect is under way</source>
        <translation>ignorado: hay una desconexión en curso</translation>
    </message>
    <message>
        <source>Paho error %1</source>
        <translation>error de Paho %1</translation>
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
        <translation>más de %1 dispositivos Shelly; se ignora este</translation>
    </message>
    <message>
        <source>the Shelly device id is empty</source>
        <translation>el id del dispositivo Shelly está vacío</translation>
    </message>
    <message>
        <source>the announcement is not a JSON object</source>
        <translation>el anuncio no es un objeto JSON</translation>
    </message>
    <message>
        <source>the announcement has no device id</source>
        <translation>el anuncio no tiene id de dispositivo</translation>
    </message>
    <message>
        <source>the announced model is not text</source>
        <translation>el modelo anunciado no es texto</translation>
    </message>
    <message>
        <source>relay %1 is not a relay a Shelly has</source>
        <translation>el relé %1 no es un relé que tenga un Shelly</translation>
    </message>
    <message>
        <source>the relay power is not a number</source>
        <translation>la potencia del relé no es un número</translation>
    </message>
    <message>
        <source>a relay state is neither on nor off</source>
        <translation>un estado del relé no es ni on ni off</translation>
    </message>
    <message>
        <source>the temperature is not a number</source>
        <translation>la temperatura no es un número</translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation>Relé %1</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relé</translation>
    </message>
    <message>
        <source>Relay %1 power</source>
        <translation>Potencia del relé %1</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Device temperature</source>
        <translation>Temperatura del dispositivo</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>%1 is not a Shelly component status</source>
        <translation>%1 no es un estado de componente de Shelly</translation>
    </message>
    <message>
        <source>the notification is not a JSON-RPC frame</source>
        <translation>la notificación no es una trama JSON-RPC</translation>
    </message>
    <message>
        <source>the Shelly topic prefix is empty</source>
        <translation>el prefijo de tema de Shelly está vacío</translation>
    </message>
    <message>
        <source>more than %1 components; the rest are left out</source>
        <translation>más de %1 componentes; se omiten los demás</translation>
    </message>
    <message>
        <source>Light %1</source>
        <translation>Luz %1</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luz</translation>
    </message>
    <message>
        <source>Switch %1</source>
        <translation>Interruptor %1</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Interruptor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the payload is too large</source>
        <translation>la carga útil es demasiado grande</translation>
    </message>
</context>
<context>
    <name>TasmotaRecognizer</name>
    <message>
        <source>the payload is too large</source>
        <translation>la carga útil es demasiado grande</translation>
    </message>
    <message>
        <source>%1 is not a relay Tasmota has</source>
        <translation>%1 no es un relé que tenga el dispositivo Tasmota</translation>
    </message>
    <message>
        <source>the device topic is empty</source>
        <translation>el tema del dispositivo está vacío</translation>
    </message>
    <message>
        <source>more than %1 Tasmota devices; this one is ignored</source>
        <translation>más de %1 dispositivos Tasmota; se ignora este</translation>
    </message>
    <message>
        <source>LWT is neither Online nor Offline</source>
        <translation>LWT no es ni Online ni Offline</translation>
    </message>
    <message>
        <source>a relay state is neither ON nor OFF</source>
        <translation>un estado del relé no es ni ON ni OFF</translation>
    </message>
    <message>
        <source>RESULT is not a JSON object</source>
        <translation>RESULT no es un objeto JSON</translation>
    </message>
    <message>
        <source>STATE is not a JSON object</source>
        <translation>STATE no es un objeto JSON</translation>
    </message>
    <message>
        <source>Dimmer is not a number</source>
        <translation>Dimmer no es un número</translation>
    </message>
    <message>
        <source>%1 is not a relay state</source>
        <translation>%1 no es un estado de relé</translation>
    </message>
    <message>
        <source>more than %1 sensors; the rest are left out</source>
        <translation>más de %1 sensores; se omiten los demás</translation>
    </message>
    <message>
        <source>the discovery topic has no MAC address</source>
        <translation>el tema de descubrimiento no tiene dirección MAC</translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation>la configuración de descubrimiento no es un objeto JSON</translation>
    </message>
    <message>
        <source>the discovery config has a member of the wrong type</source>
        <translation>la configuración de descubrimiento tiene un miembro de tipo incorrecto</translation>
    </message>
    <message>
        <source>the discovery config has no usable topic</source>
        <translation>la configuración de descubrimiento no tiene ningún tema utilizable</translation>
    </message>
    <message>
        <source>the device uses FullTopic %1; only %2 is understood</source>
        <translation>el dispositivo usa FullTopic %1; solo se entiende %2</translation>
    </message>
    <message>
        <source>the device uses the prefixes %1; only cmnd, stat and tele are understood</source>
        <translation>el dispositivo usa los prefijos %1; solo se entienden cmnd, stat y tele</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luz</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Power %1</source>
        <translation>Relé %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apparent power</source>
        <translation>Potencia aparente</translation>
    </message>
    <message>
        <source>Reactive power</source>
        <translation>Potencia reactiva</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Factor de potencia</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Energía hoy</translation>
    </message>
    <message>
        <source>Energy yesterday</source>
        <translation>Energía ayer</translation>
    </message>
    <message>
        <source>Energy total</source>
        <translation>Energía total</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Humedad</translation>
    </message>
    <message>
        <source>Dew point</source>
        <translation>Punto de rocío</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <source>Sea-level pressure</source>
        <translation>Presión a nivel del mar</translation>
    </message>
    <message>
        <source>Illuminance</source>
        <translation>Iluminancia</translation>
    </message>
    <message>
        <source>Carbon dioxide</source>
        <translation>Dióxido de carbono</translation>
    </message>
    <message>
        <source>Power</source>
        <comment>the switch of a Tasmota relay, not a measurement</comment>
        <translation>Relé</translation>
    </message>
    <message>
        <source>SENSOR: %1.%2 is not a number</source>
        <translation>SENSOR: %1.%2 no es un número</translation>
    </message>
    <message>
        <source>SENSOR: %1 is not text</source>
        <translation>SENSOR: %1 no es texto</translation>
    </message>
    <message>
        <source>SENSOR is not a JSON object</source>
        <translation>SENSOR no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A reading and its unit: &quot;21.4 °C&quot;, &quot;230 W&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>No detectado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Encendido</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
</context>
<context>
    <name>TopicMatcher</name>
    <message>
        <source>Choose whether to search topics, payloads or both.</source>
        <translation>Elija si desea buscar en los temas, en las cargas útiles o en ambos.</translation>
    </message>
    <message>
        <source>A topic filter matches topic names; include topics in the search.</source>
        <translation>Un filtro de temas se compara con los nombres de los temas; incluya los temas en la búsqueda.</translation>
    </message>
    <message>
        <source>Invalid topic filter: %1</source>
        <translation>Filtro de temas no válido: %1</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Expresión regular no válida en el carácter %1: %2</translation>
    </message>
</context>
<context>
    <name>TopicProblem</name>
    <message>
        <source>Enter the topic, e.g. home/office/lamp.</source>
        <translation>Introduzca el tema, p. ej. home/office/lamp.</translation>
    </message>
    <message>
        <source>“+” and “#” are wildcards for subscribing to many topics; a device listens and reports on one exact topic, so they cannot be used here.</source>
        <translation>«+» y «#» son comodines para suscribirse a muchos temas; un dispositivo escucha e informa en un único tema exacto, así que aquí no se pueden usar.</translation>
    </message>
    <message>
        <source>Topics starting with “$” belong to the broker (like $SYS) and cannot be used by a device.</source>
        <translation>Los temas que empiezan por «$» pertenecen al broker (como $SYS) y un dispositivo no puede usarlos.</translation>
    </message>
    <message>
        <source>A topic cannot contain the null character.</source>
        <translation>Un tema no puede contener el carácter nulo.</translation>
    </message>
    <message>
        <source>The topic starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what the device uses.</source>
        <translation>El tema empieza o termina con un espacio. Los espacios forman parte del tema, así que es casi seguro que no es el que usa el dispositivo.</translation>
    </message>
    <message>
        <source>The topic is too long: MQTT allows at most 65,535 bytes.</source>
        <translation>El tema es demasiado largo: MQTT permite como máximo 65 535 bytes.</translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic name.</source>
        <translation>Este no es un nombre de tema MQTT válido.</translation>
    </message>
</context>
<context>
    <name>Zigbee2MqttRecognizer</name>
    <message>
        <source>a device without a usable ieee_address and friendly_name (“%1”, “%2”)</source>
        <translation>un dispositivo sin ieee_address ni friendly_name utilizables («%1», «%2»)</translation>
    </message>
    <message>
        <source>the device list of %1 is too large (%2 bytes, at most %3 MiB are read)</source>
        <translation>la lista de dispositivos de %1 es demasiado grande (%2 bytes; se leen como máximo %3 MiB)</translation>
    </message>
    <message>
        <source>%1/bridge/devices is not a Zigbee2MQTT device list%2</source>
        <translation>%1/bridge/devices no es una lista de dispositivos de Zigbee2MQTT%2</translation>
    </message>
    <message>
        <source>more than %1 Zigbee2MQTT bridges; %2 is ignored</source>
        <translation>más de %1 puentes de Zigbee2MQTT; se ignora %2</translation>
    </message>
    <message>
        <source>an entry of %1/bridge/devices is not an object</source>
        <translation>una entrada de %1/bridge/devices no es un objeto</translation>
    </message>
    <message>
        <source>%1/bridge/devices lists more than %2 devices; the rest are left out</source>
        <translation>%1/bridge/devices enumera más de %2 dispositivos; se omiten los demás</translation>
    </message>
</context>
<context>
    <name>homewire::broker::net::BrokerServer</name>
    <message>
        <source>the broker is already running</source>
        <translation>el broker ya está en ejecución</translation>
    </message>
    <message>
        <source>no listener to start</source>
        <translation>no hay ningún puerto de escucha que iniciar</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>broker database %1: %2</source>
        <translation>base de datos del broker %1: %2</translation>
    </message>
    <message>
        <source>%1. The broker does not start without its users and ACL rules, since that would open it to every client; restore the backup, or start again to begin with no users and rules</source>
        <translation>%1. El broker no se inicia sin sus usuarios y reglas ACL, ya que eso lo dejaría abierto a todos los clientes; restaure la copia de seguridad o vuelva a iniciarlo para empezar sin usuarios ni reglas</translation>
    </message>
    <message>
        <source>cannot read the users and ACL rules: %1. The broker does not start without them, since that would open it to every client</source>
        <translation>no se pueden leer los usuarios y las reglas ACL: %1. El broker no se inicia sin ellos, ya que eso lo dejaría abierto a todos los clientes</translation>
    </message>
</context>
<context>
    <name>homewire::client::ConnectProbe</name>
    <message>
        <source>the broker closed the connection</source>
        <translation>el broker cerró la conexión</translation>
    </message>
</context>
<context>
    <name>homewire::client::MqttClient</name>
    <message>
        <source>subscription to “%1” failed: %2</source>
        <translation>falló la suscripción a «%1»: %2</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>falló la conexión</translation>
    </message>
    <message>
        <source>cannot connect to %1: WebSocket handshake failed (%2)</source>
        <translation>no se puede conectar con %1: falló la negociación de WebSocket (%2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>no host name given</source>
        <translation>no se indicó ningún nombre de host</translation>
    </message>
    <message>
        <source>invalid will topic “%1”: %2</source>
        <translation>tema de última voluntad «%1» no válido: %2</translation>
    </message>
    <message>
        <source>TLS: cannot read %1</source>
        <translation>TLS: no se puede leer %1</translation>
    </message>
    <message>
        <source>TLS: a client certificate needs both the certificate and its key file</source>
        <translation>TLS: un certificado de cliente necesita tanto el certificado como su archivo de clave</translation>
    </message>
    <message>
        <source>invalid topic filter “%1”: %2</source>
        <translation>filtro de temas «%1» no válido: %2</translation>
    </message>
    <message>
        <source>invalid topic name “%1”: %2</source>
        <translation>nombre de tema «%1» no válido: %2</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>sin conexión con ningún broker</translation>
    </message>
</context>
<context>
    <name>homewire::client::RetainedProbe</name>
    <message>
        <source>the broker did not list its retained messages in time</source>
        <translation>el broker no enumeró sus mensajes retenidos a tiempo</translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRegistry</name>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>The list of rooms and devices was damaged and could not be read (%1). Homewire started a new, empty list; what you add from now on is kept.</source>
        <translation>La lista de habitaciones y dispositivos estaba dañada y no se pudo leer (%1). Homewire ha creado una lista nueva y vacía; lo que añada a partir de ahora se conservará.</translation>
    </message>
    <message>
        <source>The list of rooms and devices could not be opened (%1). Changes to rooms and devices are kept only until Homewire quits.</source>
        <translation>No se pudo abrir la lista de habitaciones y dispositivos (%1). Los cambios en habitaciones y dispositivos solo se conservarán hasta que se cierre Homewire.</translation>
    </message>
    <message>
        <source>Saving rooms and devices failed (%1). Changes are kept only until Homewire quits.</source>
        <translation>No se pudieron guardar las habitaciones y los dispositivos (%1). Los cambios solo se conservarán hasta que se cierre Homewire.</translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRuntime</name>
    <message>
        <source>the convention threw an exception: %1</source>
        <translation>la convención lanzó una excepción: %1</translation>
    </message>
    <message>
        <source>the convention threw an unknown exception</source>
        <translation>la convención lanzó una excepción desconocida</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>sin conexión con ningún broker</translation>
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
        <translation>Vacío</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>Matriz JSON</translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation>Valor JSON</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binario</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>homewire::payload::JsonTree</name>
    <message>
        <source>control character in a string (write it as \n, \t or \u00XX)</source>
        <translation>carácter de control en una cadena (escríbalo como \n, \t o \u00XX)</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u debe ir seguido de cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>UTF-8 no válido en una cadena</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>número no válido: no se permiten ceros a la izquierda</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>número no válido: debe haber dígitos después del punto decimal</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>número no válido: debe haber dígitos después del exponente</translation>
    </message>
    <message>
        <source>text too large</source>
        <translation>texto demasiado grande</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>objeto sin terminar</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>matriz sin terminar</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>se esperaba una clave entre comillas dobles</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>se esperaba &apos;:&apos; después de una clave</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después de un miembro del objeto</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; después de un elemento de la matriz</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidamiento demasiado profundo</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texto inesperado después del valor JSON</translation>
    </message>
</context>
<context>
    <name>homewire::payload::LineDiff</name>
    <message>
        <source>too many lines to compare</source>
        <translation>demasiadas líneas para comparar</translation>
    </message>
    <message>
        <source>too many changed lines to show</source>
        <translation>demasiadas líneas cambiadas para mostrar</translation>
    </message>
    <message>
        <source>too large to compare</source>
        <translation>demasiado grande para comparar</translation>
    </message>
</context>
<context>
    <name>homewire::plugins::generic::GenericPlugin</name>
    <message>
        <source>Hand-made devices</source>
        <translation>Dispositivos creados a mano</translation>
    </message>
</context>
<context>
    <name>homewire::plugins::homeassistant::HomeAssistantPlugin</name>
    <message>
        <source>Home Assistant discovery</source>
        <translation>Descubrimiento de Home Assistant</translation>
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
        <translation>no se encontró Secret Service ni KWallet</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password cannot be read.</source>
        <translation>Se denegó el acceso al llavero del sistema (%1): no se puede leer la contraseña guardada.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the password is kept for this session only and not saved.</source>
        <translation>Se denegó el acceso al llavero del sistema (%1): la contraseña se conserva solo durante esta sesión y no se guarda.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password could not be removed.</source>
        <translation>Se denegó el acceso al llavero del sistema (%1): no se pudo eliminar la contraseña guardada.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password cannot be read.</source>
        <translation>El llavero del sistema no está disponible (%1): no se puede leer la contraseña guardada.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept for this session only and not saved.</source>
        <translation>El llavero del sistema no está disponible (%1): la contraseña se conserva solo durante esta sesión y no se guarda.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password could not be removed.</source>
        <translation>El llavero del sistema no está disponible (%1): no se pudo eliminar la contraseña guardada.</translation>
    </message>
</context>
<context>
    <name>homewire::store::ProfileStore</name>
    <message>
        <source>A connection needs a name.</source>
        <translation>Una conexión necesita un nombre.</translation>
    </message>
    <message>
        <source>A connection needs a host.</source>
        <translation>Una conexión necesita un host.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The keep-alive interval must be between 0 and 65535 seconds.</source>
        <translation>El intervalo de keep alive debe estar entre 0 y 65535 segundos.</translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation>La ruta de WebSocket debe empezar por «/».</translation>
    </message>
    <message>
        <source>“%1” is not a valid topic filter: %2.</source>
        <translation>«%1» no es un filtro de temas válido: %2.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Ya existe una conexión llamada «%1».</translation>
    </message>
    <message>
        <source>The connection “%1” no longer exists.</source>
        <translation>La conexión «%1» ya no existe.</translation>
    </message>
    <message>
        <source>There is no connection with id %1.</source>
        <translation>No hay ninguna conexión con el id %1.</translation>
    </message>
    <message>
        <source>“%1” is the embedded broker&apos;s connection and cannot be deleted.</source>
        <translation>«%1» es la conexión del broker integrado y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>Broker integrado</translation>
    </message>
    <message>
        <source>Embedded broker (%1)</source>
        <translation>Broker integrado (%1)</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessPage</name>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>The names and passwords devices and programs log in with.</source>
        <translation>Los nombres y contraseñas con los que inician sesión los dispositivos y programas.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambiar contraseña…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Reglas de acceso</translation>
    </message>
    <message>
        <source>With no rules every client may read and write everything; once a rule exists, anything no rule allows is denied.</source>
        <translation>Sin reglas, todos los clientes pueden leer y escribir todo; en cuanto existe una regla, se deniega todo lo que ninguna regla permita.</translation>
    </message>
    <message>
        <source>No rule lets anonymous clients read or write anything. Homewire&apos;s own dashboard and explorer connect to this broker anonymously over this computer&apos;s loopback address, so they see and control nothing while this is so. Anonymous clients only get in through listeners that allow them, which by default means this computer only.</source>
        <translation>Ninguna regla permite a los clientes anónimos leer ni escribir nada. El panel y el explorador de Homewire se conectan a este broker de forma anónima a través de la dirección de bucle local de este equipo, así que, mientras esto sea así, no ven ni controlan nada. Los clientes anónimos solo pueden entrar por los puertos de escucha que los admiten, que de forma predeterminada son solo los de este equipo.</translation>
    </message>
    <message>
        <source>Allow local anonymous clients everything</source>
        <translation>Permitir todo a los clientes anónimos locales</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Añadir regla…</translation>
    </message>
    <message>
        <source>Since the broker started. Each refusal is explained in the log on the Overview tab.</source>
        <translation>Desde que se inició el broker. Cada rechazo se explica en el registro de la pestaña Resumen.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>Remove the user “%1”?</source>
        <translation>¿Eliminar el usuario «%1»?</translation>
    </message>
    <message>
        <source>Devices logging in as %1 are refused from then on, and the rules written for %1 go too.</source>
        <translation>A partir de entonces se rechazarán los dispositivos que inicien sesión como %1, y también se eliminarán las reglas escritas para %1.</translation>
    </message>
    <message>
        <source>Refused logins: %1 · Denied publishes: %2 · Denied subscriptions: %3</source>
        <translation>Inicios de sesión rechazados: %1 · Publicaciones denegadas: %2 · Suscripciones denegadas: %3</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessWorker</name>
    <message>
        <source>The file of users and rules was damaged and has been set aside; Homewire starts a new, empty one. %1</source>
        <translation>El archivo de usuarios y reglas estaba dañado y se ha apartado; Homewire empieza uno nuevo y vacío. %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Could not read the users and rules: %1</source>
        <translation>No se pudieron leer los usuarios y las reglas: %1</translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation>Ya existe un usuario llamado «%1».</translation>
    </message>
    <message>
        <source>Could not add the user “%1”: %2</source>
        <translation>No se pudo añadir el usuario «%1»: %2</translation>
    </message>
    <message>
        <source>There is no user named “%1” any more.</source>
        <translation>Ya no existe ningún usuario llamado «%1».</translation>
    </message>
    <message>
        <source>Could not change the password of “%1”: %2</source>
        <translation>No se pudo cambiar la contraseña de «%1»: %2</translation>
    </message>
    <message>
        <source>Could not remove the user “%1”: %2</source>
        <translation>No se pudo eliminar el usuario «%1»: %2</translation>
    </message>
    <message>
        <source>Could not add the rule: %1</source>
        <translation>No se pudo añadir la regla: %1</translation>
    </message>
    <message>
        <source>Could not remove the rule: %1</source>
        <translation>No se pudo eliminar la regla: %1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AclRuleModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <translation>Identificador de cliente</translation>
    </message>
    <message>
        <source>Anonymous clients</source>
        <translation>Clientes anónimos</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation>Lectura y escritura</translation>
    </message>
    <message>
        <source>%u stands for the user name the client logged in with.</source>
        <translation>%u representa el nombre de usuario con el que inició sesión el cliente.</translation>
    </message>
    <message>
        <source>%c stands for the client&apos;s identifier.</source>
        <translation>%c representa el identificador del cliente.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtro de temas</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AddDeviceDialog</name>
    <message>
        <source>Add device</source>
        <translation>Añadir dispositivo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Lamp or switch</source>
        <translation>Lámpara o interruptor</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation>Luz regulable</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Binary sensor</source>
        <translation>Sensor binario</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. Office lamp</source>
        <translation>p. ej. Lámpara del despacho</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Habitación:</translation>
    </message>
    <message>
        <source>&amp;Command topic:</source>
        <translation>Tema de &amp;comando:</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp</source>
        <translation>p. ej. home/office/lamp</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>e.g. °C, %, W</source>
        <translation>p. ej. °C, %, W</translation>
    </message>
    <message>
        <source>The brightness the light calls full: 100 for a percentage, 255 for many LED controllers</source>
        <translation>El brillo que la luz considera máximo: 100 para un porcentaje, 255 para muchos controladores LED</translation>
    </message>
    <message>
        <source>&amp;Full brightness:</source>
        <translation>&amp;Brillo máximo:</translation>
    </message>
    <message>
        <source>State and availability (optional)</source>
        <translation>Estado y disponibilidad (opcional)</translation>
    </message>
    <message>
        <source>Payload o&amp;n:</source>
        <translation>Carga útil de &amp;encendido:</translation>
    </message>
    <message>
        <source>Payload o&amp;ff:</source>
        <translation>Carga útil de &amp;apagado:</translation>
    </message>
    <message>
        <source>&amp;State topic:</source>
        <translation>Tema de e&amp;stado:</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/state</source>
        <translation>p. ej. home/office/lamp/state</translation>
    </message>
    <message>
        <source>&amp;JSON field:</source>
        <translation>Campo &amp;JSON:</translation>
    </message>
    <message>
        <source>whole payload</source>
        <translation>carga útil completa</translation>
    </message>
    <message>
        <source>When the state is JSON, the member to read; dots for nesting, e.g. ENERGY.Power</source>
        <translation>Si el estado es JSON, el miembro que se debe leer; use puntos para los niveles anidados, p. ej. ENERGY.Power</translation>
    </message>
    <message>
        <source>&amp;Availability topic:</source>
        <translation>Tema de &amp;disponibilidad:</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/status</source>
        <translation>p. ej. home/office/lamp/status</translation>
    </message>
    <message>
        <source>Payload on&amp;line:</source>
        <translation>Carga útil dis&amp;ponible:</translation>
    </message>
    <message>
        <source>Payload offl&amp;ine:</source>
        <translation>Carga útil no d&amp;isponible:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>e.g. home/kitchen/temperature</source>
        <translation>p. ej. home/kitchen/temperature</translation>
    </message>
    <message>
        <source>Value o&amp;n:</source>
        <translation>Valor de &amp;encendido:</translation>
    </message>
    <message>
        <source>Value o&amp;ff:</source>
        <translation>Valor de &amp;apagado:</translation>
    </message>
    <message>
        <source>Without a state topic Homewire cannot tell whether a command worked, and shows the state it asked for as assumed.</source>
        <translation>Sin un tema de estado, Homewire no puede saber si un comando ha funcionado y muestra como supuesto el estado que ha solicitado.</translation>
    </message>
    <message>
        <source>Without an availability topic the sensor always counts as online; its last reading shows how old it is.</source>
        <translation>Sin un tema de disponibilidad, el sensor siempre se considera en línea; su última lectura indica su antigüedad.</translation>
    </message>
    <message>
        <source>Enter both payloads.</source>
        <translation>Introduzca ambas cargas útiles.</translation>
    </message>
    <message>
        <source>The two payloads must differ, or on and off could not be told apart.</source>
        <translation>Las dos cargas útiles deben ser distintas; si no, no se podría distinguir el encendido del apagado.</translation>
    </message>
    <message>
        <source>Enter a name, e.g. Office lamp.</source>
        <translation>Introduzca un nombre, p. ej. Lámpara del despacho.</translation>
    </message>
    <message>
        <source>Choose a room or type a new one.</source>
        <translation>Elija una habitación o escriba una nueva.</translation>
    </message>
    <message>
        <source>A new room “%1” will be added.</source>
        <translation>Se añadirá una habitación nueva, «%1».</translation>
    </message>
    <message>
        <source>The device could not be added.</source>
        <translation>No se pudo añadir el dispositivo.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BadgeButton</name>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1, %2 en espera</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerDialog</name>
    <message>
        <source>Devices broker</source>
        <translation>Broker de los dispositivos</translation>
    </message>
    <message>
        <source>The dashboard talks to its devices through one broker: the embedded broker, or a broker you already run. Devices are found again on the broker you choose; rooms and tiles stay as they are.</source>
        <translation>El panel se comunica con sus dispositivos a través de un único broker: el broker integrado u otro que ya tenga en funcionamiento. Los dispositivos se vuelven a detectar en el broker que elija; las habitaciones y los mosaicos se mantienen tal como están.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Users &amp;&amp; Access</source>
        <translation>Usuarios y acceso</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>Broker integrado</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>TCP port the broker listens on for this computer (127.0.0.1). Takes effect at the next start.</source>
        <translation>Puerto TCP en el que escucha el broker para este equipo (127.0.0.1). Se aplica en el siguiente inicio.</translation>
    </message>
    <message>
        <source>Clients online</source>
        <translation>Clientes conectados</translation>
    </message>
    <message>
        <source>Messages in / s</source>
        <translation>Mensajes entrantes / s</translation>
    </message>
    <message>
        <source>Messages out / s</source>
        <translation>Mensajes salientes / s</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Mensajes retenidos</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1 Only this computer can.</source>
        <translation>Los dispositivos de la red no pueden conectarse: %1 Solo puede conectarse este equipo.</translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1. Only this computer can.</source>
        <translation>Los dispositivos de la red no pueden conectarse: %1. Solo puede conectarse este equipo.</translation>
    </message>
    <message>
        <source>The broker could not start: %1</source>
        <translation>No se pudo iniciar el broker: %1</translation>
    </message>
    <message>
        <source>The broker&apos;s database was damaged and has been set aside; the broker started with an empty one. %1</source>
        <translation>La base de datos del broker estaba dañada y se ha apartado; el broker se ha iniciado con una vacía. %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Devices on this computer can use it as their MQTT broker once started.</source>
        <translation>Una vez iniciado, los dispositivos de este equipo pueden usarlo como broker MQTT.</translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1</source>
        <translation>Los clientes de este equipo se conectan a mqtt://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1, devices on your network to port %2.</source>
        <translation>Los clientes de este equipo se conectan a mqtt://127.0.0.1:%1; los dispositivos de su red, al puerto %2.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ClientTableModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anónimo)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline (session kept)</source>
        <translation>Sin conexión (sesión conservada)</translation>
    </message>
    <message>
        <source>Clean session: forgotten when the client disconnects</source>
        <translation>Sesión limpia: se olvida cuando el cliente se desconecta</translation>
    </message>
    <message>
        <source>Persistent session: subscriptions and messages are kept while offline</source>
        <translation>Sesión persistente: las suscripciones y los mensajes se conservan mientras está sin conexión</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Default subscriptions</source>
        <translation>Suscripciones predeterminadas</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>e.g. Home server</source>
        <translation>p. ej. Servidor de casa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <source>The embedded broker&apos;s address follows the Broker page.</source>
        <translation>La dirección del broker integrado se toma de la página Broker.</translation>
    </message>
    <message>
        <source>WebSocket &amp;path:</source>
        <translation>&amp;Ruta de WebSocket:</translation>
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
        <translation>Pro&amp;tocolo:</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatorio</translation>
    </message>
    <message>
        <source>Left empty, a random client identifier is chosen for every connection</source>
        <translation>Si se deja vacío, se elige un identificador de cliente aleatorio en cada conexión</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>MQTT over TCP</source>
        <translation>MQTT sobre TCP</translation>
    </message>
    <message>
        <source>MQTT over TLS (encrypted)</source>
        <translation>MQTT sobre TLS (cifrado)</translation>
    </message>
    <message>
        <source>MQTT over WebSocket</source>
        <translation>MQTT sobre WebSocket</translation>
    </message>
    <message>
        <source>MQTT over secure WebSocket (encrypted)</source>
        <translation>MQTT sobre WebSocket seguro (cifrado)</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>You can paste a whole URL such as mqtts://user@broker.local:8883</source>
        <translation>Puede pegar una URL completa, como mqtts://user@broker.local:8883</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in Homewire&apos;s files</source>
        <translation>Se guarda en el llavero del sistema, nunca en los archivos de Homewire</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the password as plain text</source>
        <translation>Mostrar la contraseña como texto legible</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Start with a clean session</source>
        <translation>Empezar con una sesión limpia</translation>
    </message>
    <message>
        <source>Unchecked, the broker keeps this client&apos;s subscriptions and queued messages between connections (needs a fixed client ID)</source>
        <translation>Si no se marca, el broker conserva las suscripciones y los mensajes en cola de este cliente entre una conexión y otra (requiere un ID de cliente fijo)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Longest silence before the broker considers the connection lost</source>
        <translation>Tiempo máximo de silencio antes de que el broker dé la conexión por perdida</translation>
    </message>
    <message>
        <source>&amp;Keep alive:</source>
        <translation>&amp;Keep alive:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>almacén de confianza del sistema</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificado de CA:</translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation>Elegir el certificado de CA</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificado de cliente:</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>Elegir el certificado de cliente</translation>
    </message>
    <message>
        <source>none, or in the certificate file</source>
        <translation>ninguna, o incluida en el archivo del certificado</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clave privada:</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Elegir la clave privada</translation>
    </message>
    <message>
        <source>Accept any server certificate</source>
        <translation>Aceptar cualquier certificado del servidor</translation>
    </message>
    <message>
        <source>Insecure: the server&apos;s identity is not checked, so anyone on the way can pose as the broker and read everything, the password included.</source>
        <translation>Inseguro: no se comprueba la identidad del servidor, así que cualquiera que esté en el camino puede hacerse pasar por el broker y leerlo todo, incluida la contraseña.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.cer *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>MQTT 3.1</source>
        <translation>MQTT 3.1</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Introduzca un nombre para la conexión.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Ya existe una conexión llamada «%1».</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or IP address.</source>
        <translation>Introduzca el nombre de host o la dirección IP del broker.</translation>
    </message>
    <message>
        <source>Enter only the host here, or paste a whole URL starting with mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>Introduzca aquí solo el host, o pegue una URL completa que empiece por mqtt://, mqtts://, ws:// o wss://.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or IP address.</source>
        <translation>«%1» no es un nombre de host ni una dirección IP.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation>La ruta de WebSocket debe empezar por «/».</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 sends a password only with a username (MQTT-3.1.2-22): enter the username, or choose MQTT 5.0.</source>
        <translation>MQTT 3.1.1 solo envía una contraseña junto con un nombre de usuario (MQTT-3.1.2-22): introduzca el nombre de usuario o elija MQTT 5.0.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” does not exist.</source>
        <translation>El archivo de certificado de CA «%1» no existe.</translation>
    </message>
    <message>
        <source>The client certificate file “%1” does not exist.</source>
        <translation>El archivo de certificado de cliente «%1» no existe.</translation>
    </message>
    <message>
        <source>The private key file “%1” does not exist.</source>
        <translation>El archivo de clave privada «%1» no existe.</translation>
    </message>
    <message>
        <source>A private key needs its client certificate.</source>
        <translation>Una clave privada necesita su certificado de cliente.</translation>
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
        <translation>Sin conexión con ningún broker</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Sin conexión con %1: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionListDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Homewire&apos;s own broker; it cannot be deleted.</source>
        <translation>El broker propio de Homewire; no se puede eliminar.</translation>
    </message>
    <message>
        <source>The embedded broker&apos;s connection cannot be deleted</source>
        <translation>La conexión del broker integrado no se puede eliminar</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its saved password is removed from the keychain as well.</source>
        <translation>¿Eliminar la conexión «%1»? Su contraseña guardada también se eliminará del llavero.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionView</name>
    <message>
        <source>A retained message could not be deleted: %1</source>
        <translation>No se pudo borrar un mensaje retenido: %1</translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation>Copiar tema</translation>
    </message>
    <message>
        <source>Publish to This Topic</source>
        <translation>Publicar en este tema</translation>
    </message>
    <message>
        <source>Export Values as JSON…</source>
        <translation>Exportar valores como JSON…</translation>
    </message>
    <message>
        <source>Export Values as CSV…</source>
        <translation>Exportar valores como CSV…</translation>
    </message>
    <message>
        <source>Export History as JSON…</source>
        <translation>Exportar historial como JSON…</translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation>Exportar historial como CSV…</translation>
    </message>
    <message>
        <source>Searching… %1 of %2 topics</source>
        <translation>Buscando… %1 de %2 temas</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop updating the tree; messages wait and are applied on resume</source>
        <translation>Dejar de actualizar el árbol; los mensajes esperan y se aplican al reanudar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Forget every topic seen so far (retained messages come back on reconnect)</source>
        <translation>Olvidar todos los temas vistos hasta ahora (los mensajes retenidos vuelven al reconectar)</translation>
    </message>
    <message>
        <source>$SYS</source>
        <translation>$SYS</translation>
    </message>
    <message>
        <source>Show the broker&apos;s $SYS topics</source>
        <translation>Mostrar los temas $SYS del broker</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Expand the tree (the first 2,000 rows)</source>
        <translation>Expandir el árbol (las primeras 2000 filas)</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Delete Retained</source>
        <translation>Borrar retenidos</translation>
    </message>
    <message>
        <source>Delete the retained messages of the selected topic and everything under it</source>
        <translation>Borrar los mensajes retenidos del tema seleccionado y de todo lo que hay por debajo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Values Under Selection as JSON…</source>
        <translation>Valores bajo la selección como JSON…</translation>
    </message>
    <message>
        <source>Values Under Selection as CSV…</source>
        <translation>Valores bajo la selección como CSV…</translation>
    </message>
    <message>
        <source>Topic History as JSON…</source>
        <translation>Historial del tema como JSON…</translation>
    </message>
    <message>
        <source>Topic History as CSV…</source>
        <translation>Historial del tema como CSV…</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Buscar temas</translation>
    </message>
    <message>
        <source>Text anywhere in the topic, an MQTT filter such as home/+/temperature, or a regular expression</source>
        <translation>Texto en cualquier parte del tema, un filtro MQTT como home/+/temperature o una expresión regular</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtro de temas</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Cargas útiles</translation>
    </message>
    <message>
        <source>Search the payloads too</source>
        <translation>Buscar también en las cargas útiles</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 tema</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 temas</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msj/s</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <source>paused, %1 waiting</source>
        <translation>en pausa, %1 en espera</translation>
    </message>
    <message>
        <source>Delete Retained Messages</source>
        <translation>Borrar mensajes retenidos</translation>
    </message>
    <message>
        <source>Connect first: deleting retained messages publishes to the broker.</source>
        <translation>Conéctese primero: borrar mensajes retenidos implica publicar en el broker.</translation>
    </message>
    <message>
        <source>Resume first: the paused messages could bring deleted topics back.</source>
        <translation>Reanude primero: los mensajes en pausa podrían volver a traer temas borrados.</translation>
    </message>
    <message>
        <source>Looking up the retained messages under %1…</source>
        <translation>Buscando los mensajes retenidos bajo %1…</translation>
    </message>
    <message>
        <source>Cannot list the retained messages: %1</source>
        <translation>No se pueden enumerar los mensajes retenidos: %1</translation>
    </message>
    <message>
        <source>No retained messages at or under %1</source>
        <translation>No hay mensajes retenidos en %1 ni por debajo</translation>
    </message>
    <message>
        <source>Delete %1 retained messages at and under “%2”? Devices that read their configuration from them will no longer find it.</source>
        <translation>¿Borrar %1 mensajes retenidos en «%2» y por debajo? Los dispositivos que leen su configuración de ellos ya no la encontrarán.</translation>
    </message>
    <message>
        <source>Deleted the retained message of “%1”.</source>
        <translation>Se ha borrado el mensaje retenido de «%1».</translation>
    </message>
    <message>
        <source>Deleted %1 retained messages under “%2”.</source>
        <translation>Se han borrado %1 mensajes retenidos bajo «%2».</translation>
    </message>
    <message>
        <source>Republished %1 retained messages.</source>
        <translation>Se han vuelto a publicar %1 mensajes retenidos.</translation>
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
        <translation>Exportando %1 mensajes…</translation>
    </message>
    <message>
        <source>Exported %1 messages to %2</source>
        <translation>Se han exportado %1 mensajes a %2</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Falló la exportación a %1: %2</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Change broker…</source>
        <translation>Cambiar broker…</translation>
    </message>
    <message>
        <source>Choose the broker the dashboard&apos;s devices are on</source>
        <translation>Elegir el broker en el que están los dispositivos del panel</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>Añadir dispositivo…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Añadir habitación…</translation>
    </message>
    <message>
        <source>New devices</source>
        <translation>Dispositivos nuevos</translation>
    </message>
    <message>
        <source>Devices that announced themselves and wait for a room</source>
        <translation>Dispositivos que se han anunciado y esperan una habitación</translation>
    </message>
    <message>
        <source>Add discovered devices automatically</source>
        <translation>Añadir automáticamente los dispositivos descubiertos</translation>
    </message>
    <message>
        <source>New devices go straight onto the dashboard, into the room they suggest</source>
        <translation>Los dispositivos nuevos pasan directamente al panel, a la habitación que sugieren</translation>
    </message>
    <message>
        <source>Nothing on your dashboard yet</source>
        <translation>Todavía no hay nada en el panel</translation>
    </message>
    <message>
        <source>Devices that announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie) appear under “New devices” as soon as they are online: choose a room and accept them. For any other device, add it by hand with its MQTT topic.</source>
        <translation>Los dispositivos que se anuncian en el broker (descubrimiento de Home Assistant, Tasmota, Zigbee2MQTT, Shelly, Homie) aparecen en «Dispositivos nuevos» en cuanto están en línea: elija una habitación y acéptelos. Cualquier otro dispositivo se puede añadir a mano con su tema MQTT.</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>Mover a la habitación</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Mover antes</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Mover después</translation>
    </message>
    <message>
        <source>Remove device…</source>
        <translation>Quitar dispositivo…</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Quitar dispositivo</translation>
    </message>
    <message>
        <source>Remove “%1” from the dashboard?</source>
        <translation>¿Quitar «%1» del panel?</translation>
    </message>
    <message>
        <source>Its tiles and settings are deleted.</source>
        <translation>Se eliminarán sus mosaicos y su configuración.</translation>
    </message>
    <message>
        <source>Its tiles are deleted. If it announces itself again it comes back under New devices.</source>
        <translation>Se eliminarán sus mosaicos. Si vuelve a anunciarse, reaparecerá en Dispositivos nuevos.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Its tile moves to “%1”.</source>
        <translation>Su mosaico pasará a «%1».</translation>
    </message>
    <message>
        <source>Its %1 tiles move to “%2”.</source>
        <translation>Sus %1 mosaicos pasarán a «%2».</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Eliminar habitación</translation>
    </message>
    <message>
        <source>Remove the room “%1”?</source>
        <translation>¿Eliminar la habitación «%1»?</translation>
    </message>
    <message>
        <source>Show in tray menu</source>
        <translation>Mostrar en el menú de la bandeja del sistema</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DeviceCertificateDialog</name>
    <message>
        <source>Create device certificate</source>
        <translation>Crear certificado de dispositivo</translation>
    </message>
    <message>
        <source>A certificate lets a device log in over TLS without a password. Its name becomes the device&apos;s user name, so the rules for that user apply to it.</source>
        <translation>Un certificado permite que un dispositivo inicie sesión por TLS sin contraseña. Su nombre pasa a ser el nombre de usuario del dispositivo, así que se le aplican las reglas de ese usuario.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation>p. ej. sensor-cocina</translation>
    </message>
    <message>
        <source>Homewire devices</source>
        <translation>Dispositivos Homewire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>Guardar los archivos en</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nombre del dispositivo:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Enter the device&apos;s name.</source>
        <translation>Introduzca el nombre del dispositivo.</translation>
    </message>
    <message>
        <source>The name becomes the device&apos;s user name, and rules with %u never apply to names with “/”, “+” or “#”.</source>
        <translation>El nombre pasa a ser el nombre de usuario del dispositivo, y las reglas con %u nunca se aplican a nombres con «/», «+» o «#».</translation>
    </message>
    <message>
        <source>“ca” is taken by the authority&apos;s file, ca.crt.</source>
        <translation>«ca» está reservado para el archivo de la autoridad, ca.crt.</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Elija una carpeta para los archivos.</translation>
    </message>
    <message>
        <source>Writes %1.crt, %1.key and ca.crt.</source>
        <translation>Se escribirán %1.crt, %1.key y ca.crt.</translation>
    </message>
    <message>
        <source>Files of that name already in the folder are replaced.</source>
        <translation>Se sustituirán los archivos con esos nombres que ya haya en la carpeta.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>The certificate could not be made: %1</source>
        <translation>No se pudo crear el certificado: %1</translation>
    </message>
    <message>
        <source>Saved %1, %2 and ca.crt in %3. Give the device all three; %2 is its secret and belongs on that device only.</source>
        <translation>Se han guardado %1, %2 y ca.crt en %3. Entregue los tres al dispositivo; %2 es su secreto y solo debe estar en ese dispositivo.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffModel</name>
    <message>
        <source>⋯ 1 unchanged line</source>
        <translation>⋯ 1 línea sin cambios</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 líneas sin cambios</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffView</name>
    <message>
        <source>Comparing %1…</source>
        <translation>Comparando %1…</translation>
    </message>
    <message>
        <source>Large payloads are compared in the background.</source>
        <translation>Las cargas útiles grandes se comparan en segundo plano.</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Todavía no hay nada que comparar</translation>
    </message>
    <message>
        <source>The diff compares a message with the one received before it.</source>
        <translation>La vista de diferencias compara cada mensaje con el recibido justo antes.</translation>
    </message>
    <message>
        <source>The payloads are too large to compare</source>
        <translation>Las cargas útiles son demasiado grandes para compararlas</translation>
    </message>
    <message>
        <source>The payloads differ in too many lines to show</source>
        <translation>Las cargas útiles difieren en demasiadas líneas para mostrarlas</translation>
    </message>
    <message>
        <source>The Text and Hex tabs show each message in full.</source>
        <translation>Las pestañas Texto y Hex muestran cada mensaje completo.</translation>
    </message>
    <message>
        <source>Same payload as the message received at %1.</source>
        <translation>Misma carga útil que el mensaje recibido a las %1.</translation>
    </message>
    <message>
        <source>1 line added</source>
        <translation>1 línea añadida</translation>
    </message>
    <message>
        <source>%1 lines added</source>
        <translation>%1 líneas añadidas</translation>
    </message>
    <message>
        <source>1 line removed</source>
        <translation>1 línea eliminada</translation>
    </message>
    <message>
        <source>%1 lines removed</source>
        <translation>%1 líneas eliminadas</translation>
    </message>
    <message>
        <source>Compared with the message received at %1: %2, %3.</source>
        <translation>Comparado con el mensaje recibido a las %1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::EntityTile</name>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Reported before Homewire connected</source>
        <translation>Informado antes de que Homewire se conectara</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Aún sin datos</translation>
    </message>
    <message>
        <source>Offline · last seen %1</source>
        <translation>Sin conexión · visto por última vez %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline · no report yet</source>
        <translation>Sin conexión · aún sin datos</translation>
    </message>
    <message>
        <source>%1 · reported before Homewire connected</source>
        <extracomment>A state the broker kept from before: &quot;On · reported before Homewire connected&quot;.</extracomment>
        <translation>%1 · informado antes de que Homewire se conectara</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <extracomment>The state and how fresh it is: &quot;On · updated 2 minutes ago&quot;.</extracomment>
        <translation>%1 · actualizado %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Last report: %1</source>
        <translation>Último informe: %1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ExplorerPage</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No connection open&lt;/p&gt;&lt;p&gt;Choose a broker above and press &lt;b&gt;Connect&lt;/b&gt;: the built-in “Embedded broker” connects to Homewire&apos;s own broker.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;No hay ninguna conexión abierta&lt;/p&gt;&lt;p&gt;Elija un broker arriba y pulse &lt;b&gt;Conectar&lt;/b&gt;: la conexión predefinida «Broker integrado» se conecta al propio broker de Homewire.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>homewire::ui::HexView</name>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>La carga útil está vacía.</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>Copiar como hexadecimal</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>homewire::ui::HistoryModel</name>
    <message>
        <source>QoS %1, retained</source>
        <translation>QoS %1, retenido</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonPage</name>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <source>This payload is not JSON</source>
        <translation>Esta carga útil no es JSON</translation>
    </message>
    <message>
        <source>The tree shows the first %1 values; the Text view shows the whole document.</source>
        <translation>El árbol muestra los primeros %1 valores; la vista Texto muestra el documento completo.</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Decodificando %1…</translation>
    </message>
    <message>
        <source>Large payloads are parsed in the background.</source>
        <translation>Las cargas útiles grandes se analizan en segundo plano.</translation>
    </message>
    <message>
        <source>Too many values to expand at once; expand the parts you need.</source>
        <translation>Hay demasiados valores para expandirlos todos a la vez; expanda las partes que necesite.</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Plot This Field</source>
        <translation>Representar este campo</translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 clave}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 claves}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 elemento]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 elementos]</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(valor)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>homewire::ui::LightTile</name>
    <message>
        <source>Brightness of %1</source>
        <translation>Brillo de %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A brightness: &quot;60 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Setting brightness…</source>
        <translation>Ajustando el brillo…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Homewire</source>
        <translation>&amp;Acerca de Homewire</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>About Homewire</source>
        <translation>Acerca de Homewire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A desktop controller for MQTT home automation with its own embedded broker.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Un controlador de escritorio para domótica MQTT con su propio broker integrado.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Apache 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessDialog</name>
    <message>
        <source>Network access</source>
        <translation>Acceso desde la red</translation>
    </message>
    <message>
        <source>Devices on your network, such as sensors, plugs and phones, will be able to use this broker. Choose how they prove who they are; nobody gets in without a user name or a certificate.</source>
        <translation>Los dispositivos de su red, como sensores, enchufes y teléfonos, podrán usar este broker. Elija cómo demuestran quiénes son; nadie entra sin un nombre de usuario o un certificado.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Allow network access</source>
        <translation>Permitir el acceso desde la red</translation>
    </message>
    <message>
        <source>The broker restarts to apply this; clients connected now reconnect by themselves.</source>
        <translation>El broker se reinicia para aplicar este cambio; los clientes conectados ahora se vuelven a conectar por sí solos.</translation>
    </message>
    <message>
        <source>How devices log in</source>
        <translation>Cómo inician sesión los dispositivos</translation>
    </message>
    <message>
        <source>User &amp;names and passwords</source>
        <translation>&amp;Nombres de usuario y contraseñas</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Client &amp;certificates</source>
        <translation>&amp;Certificados de cliente</translation>
    </message>
    <message>
        <source>Each device presents a certificate signed by this home&apos;s authority (or your CA); the name in it is its user name, so rules for that user apply.</source>
        <translation>Cada dispositivo presenta un certificado firmado por la autoridad de este hogar (o por su CA); el nombre que figura en él es su nombre de usuario, así que se le aplican las reglas de ese usuario.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>&amp;TLS on port</source>
        <translation>&amp;TLS en el puerto</translation>
    </message>
    <message>
        <source>(recommended)</source>
        <translation>(recomendado)</translation>
    </message>
    <message>
        <source>Certificates made for this &amp;home</source>
        <translation>Certificados creados para este &amp;hogar</translation>
    </message>
    <message>
        <source>My &amp;own certificate files</source>
        <translation>Mis &amp;propios archivos de certificado</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clave privada:</translation>
    </message>
    <message>
        <source>CA for devices:</source>
        <translation>CA para los dispositivos:</translation>
    </message>
    <message>
        <source>needed for client certificates</source>
        <translation>necesaria para los certificados de cliente</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.key *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation>Sin cifrado</translation>
    </message>
    <message>
        <source>Also accept &amp;unencrypted connections on port</source>
        <translation>Aceptar también conexiones &amp;sin cifrar en el puerto</translation>
    </message>
    <message>
        <source>Unencrypted: passwords and messages cross your network readable by anyone on it. Only for devices that cannot do TLS.</source>
        <translation>Sin cifrar: las contraseñas y los mensajes atraviesan su red y cualquiera que esté en ella puede leerlos. Solo para dispositivos que no admiten TLS.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>The certificates could not be made: %1</source>
        <translation>No se pudieron crear los certificados: %1</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate names this computer %1.</source>
        <translation>El certificado del broker identifica a este equipo como %1.</translation>
    </message>
    <message>
        <source>Made for this home, in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Devices need &lt;b&gt;ca.crt&lt;/b&gt; from there to trust the broker.</source>
        <translation>Creados para este hogar, en &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Los dispositivos necesitan el archivo &lt;b&gt;ca.crt&lt;/b&gt; de esa carpeta para confiar en el broker.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Makes this computer&apos;s certificate again, for instance after it got a new address. The home&apos;s authority stays, so devices keep trusting the broker.</source>
        <translation>Vuelve a crear el certificado de este equipo, por ejemplo después de que haya obtenido una dirección nueva. La autoridad del hogar se mantiene, así que los dispositivos siguen confiando en el broker.</translation>
    </message>
    <message>
        <source>None yet. One click makes an authority for this home and a certificate for this computer.</source>
        <translation>Todavía no hay ninguno. Con un clic se crean una autoridad para este hogar y un certificado para este equipo.</translation>
    </message>
    <message>
        <source>Create certificates for this home</source>
        <translation>Crear certificados para este hogar</translation>
    </message>
    <message>
        <source>Choose how devices log in: with passwords, client certificates or both.</source>
        <translation>Elija cómo inician sesión los dispositivos: con contraseñas, con certificados de cliente o con ambos.</translation>
    </message>
    <message>
        <source>Password logins need at least one user: add one above.</source>
        <translation>Los inicios de sesión con contraseña necesitan al menos un usuario: añada uno arriba.</translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>Leyendo los usuarios…</translation>
    </message>
    <message>
        <source>Turn on TLS or the unencrypted port.</source>
        <translation>Active TLS o el puerto sin cifrar.</translation>
    </message>
    <message>
        <source>Client certificates need TLS.</source>
        <translation>Los certificados de cliente necesitan TLS.</translation>
    </message>
    <message>
        <source>The unencrypted port needs passwords: certificates only work over TLS.</source>
        <translation>El puerto sin cifrar necesita contraseñas: los certificados solo funcionan con TLS.</translation>
    </message>
    <message>
        <source>Port %1 is this computer&apos;s own port; choose another.</source>
        <translation>El puerto %1 es el puerto local de este equipo; elija otro.</translation>
    </message>
    <message>
        <source>The TLS port and the unencrypted port must differ.</source>
        <translation>El puerto TLS y el puerto sin cifrar deben ser distintos.</translation>
    </message>
    <message>
        <source>Creating the certificates…</source>
        <translation>Creando los certificados…</translation>
    </message>
    <message>
        <source>Create the certificates for this home first.</source>
        <translation>Primero cree los certificados para este hogar.</translation>
    </message>
    <message>
        <source>Choose the certificate and its private key.</source>
        <translation>Elija el certificado y su clave privada.</translation>
    </message>
    <message>
        <source>Choose the CA file that signs the devices&apos; certificates.</source>
        <translation>Elija el archivo de la CA que firma los certificados de los dispositivos.</translation>
    </message>
    <message>
        <source>No users yet. Password logins need at least one.</source>
        <translation>Todavía no hay usuarios. Los inicios de sesión con contraseña necesitan al menos uno.</translation>
    </message>
    <message>
        <source>“%1” can log in with a password.</source>
        <translation>«%1» puede iniciar sesión con contraseña.</translation>
    </message>
    <message>
        <source>These users can log in with a password: %1.</source>
        <translation>Estos usuarios pueden iniciar sesión con contraseña: %1.</translation>
    </message>
    <message>
        <source>These users can log in with a password: %1 and %2 more.</source>
        <translation>Estos usuarios pueden iniciar sesión con contraseña: %1 y %2 más.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessPanel</name>
    <message>
        <source>Network access</source>
        <translation>Acceso desde la red</translation>
    </message>
    <message>
        <source>Turn off network access</source>
        <translation>Desactivar el acceso desde la red</translation>
    </message>
    <message>
        <source>Create device certificate…</source>
        <translation>Crear certificado de dispositivo…</translation>
    </message>
    <message>
        <source>A certificate and key for one device, signed by this home&apos;s authority</source>
        <translation>Un certificado y una clave para un dispositivo, firmados por la autoridad de este hogar</translation>
    </message>
    <message>
        <source>The broker listens on 127.0.0.1 only; devices on your network cannot reach it.</source>
        <translation>El broker solo escucha en 127.0.0.1; los dispositivos de su red no pueden acceder a él.</translation>
    </message>
    <message>
        <source>Devices need &lt;b&gt;ca.crt&lt;/b&gt; from &lt;a href=&quot;%1&quot;&gt;this home&apos;s certificate folder&lt;/a&gt; to trust the broker. Nobody logs in without a user name or a certificate.</source>
        <translation>Los dispositivos necesitan el archivo &lt;b&gt;ca.crt&lt;/b&gt; de &lt;a href=&quot;%1&quot;&gt;la carpeta de certificados de este hogar&lt;/a&gt; para confiar en el broker. Nadie inicia sesión sin un nombre de usuario o un certificado.</translation>
    </message>
    <message>
        <source>Nobody logs in from the network without a user name or a certificate.</source>
        <translation>Nadie inicia sesión desde la red sin un nombre de usuario o un certificado.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Allow devices on the network…</source>
        <translation>Permitir dispositivos de la red…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NewDevicesPanel</name>
    <message>
        <source>switch</source>
        <translation>interruptor</translation>
    </message>
    <message>
        <source>%1 switches</source>
        <translation>%1 interruptores</translation>
    </message>
    <message>
        <source>light</source>
        <translation>luz</translation>
    </message>
    <message>
        <source>%1 lights</source>
        <translation>%1 luces</translation>
    </message>
    <message>
        <source>sensor</source>
        <translation>sensor</translation>
    </message>
    <message>
        <source>%1 sensors</source>
        <translation>%1 sensores</translation>
    </message>
    <message>
        <source>binary sensor</source>
        <translation>sensor binario</translation>
    </message>
    <message>
        <source>%1 binary sensors</source>
        <translation>%1 sensores binarios</translation>
    </message>
    <message>
        <source>No new devices. Devices appear here as they announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie).</source>
        <translation>No hay dispositivos nuevos. Los dispositivos aparecen aquí a medida que se anuncian en el broker (descubrimiento de Home Assistant, Tasmota, Zigbee2MQTT, Shelly, Homie).</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todos</translation>
    </message>
    <message>
        <source>New devices</source>
        <translation>Dispositivos nuevos</translation>
    </message>
    <message>
        <source>Choose a room for each and accept it onto the dashboard.</source>
        <translation>Elija una habitación para cada uno y acéptelo en el panel.</translation>
    </message>
    <message>
        <source>nothing to show yet</source>
        <translation>aún no hay nada que mostrar</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Leave this device off the dashboard; it is not offered again</source>
        <translation>Dejar este dispositivo fuera del panel; no se volverá a ofrecer</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>vía %1</translation>
    </message>
    <message>
        <source>Room for %1</source>
        <translation>Habitación para %1</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Aceptar %1</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>Ignorar %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>%1 (new room)</source>
        <translation>%1 (habitación nueva)</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Habitación nueva…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::Notifier</name>
    <message>
        <source>%1 is offline</source>
        <translation>%1 se ha desconectado</translation>
    </message>
    <message>
        <source>%1 stopped answering; its tiles show the last state it reported.</source>
        <translation>%1 ha dejado de responder; sus mosaicos muestran el último estado que notificó.</translation>
    </message>
    <message>
        <source>The embedded broker did not start</source>
        <translation>El broker integrado no se inició</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PayloadTextView</name>
    <message>
        <source>Show All</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Load the whole payload into the view. Very large payloads take a moment.</source>
        <translation>Mostrar la carga útil entera en la vista. Las cargas útiles muy grandes tardan un momento.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Se muestran los primeros %1 de %2.</translation>
    </message>
    <message>
        <source>Decoding the whole payload…</source>
        <translation>Decodificando la carga útil completa…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PlotView</name>
    <message>
        <source>Plot:</source>
        <translation>Gráfica:</translation>
    </message>
    <message>
        <source>Payload value</source>
        <translation>Valor de la carga útil</translation>
    </message>
    <message>
        <source>No numbers in the kept messages</source>
        <translation>No hay números en los mensajes conservados</translation>
    </message>
    <message>
        <source>None of the messages has a number at “%1”.</source>
        <translation>Ninguno de los mensajes tiene un número en «%1».</translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>la carga útil</translation>
    </message>
    <message>
        <source>Last %1 · lowest %2 · highest %3 · %4 points</source>
        <translation>Último %1 · mínimo %2 · máximo %3 · %4 puntos</translation>
    </message>
    <message>
        <source>Reading values…</source>
        <translation>Leyendo valores…</translation>
    </message>
    <message>
        <source>Large payloads are read in the background.</source>
        <translation>Las cargas útiles grandes se leen en segundo plano.</translation>
    </message>
    <message>
        <source>Nothing to plot</source>
        <translation>Nada que representar</translation>
    </message>
    <message>
        <source>Plots need payloads that are numbers (21.5, ON/OFF) or JSON documents with numeric fields.</source>
        <translation>Las gráficas necesitan cargas útiles que sean números (21.5, ON/OFF) o documentos JSON con campos numéricos.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Aspecto:</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start Homewire when I &amp;log in</source>
        <translation>Iniciar Homewire al iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>Start &amp;minimized, in the system tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>Iniciar &amp;minimizado</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Homewire speaks the new language after a restart.</source>
        <translation>Homewire usará el nuevo idioma después de reiniciarse.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ProfilePicker</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Gestionar…</translation>
    </message>
    <message>
        <source>Create, edit and delete connections</source>
        <translation>Crear, editar y eliminar conexiones</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PublishPanel</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>e.g. home/kitchen/light/set</source>
        <translation>p. ej. home/kitchen/light/set</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin formato</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON payloads are checked before they are sent</source>
        <translation>Las cargas útiles JSON se comprueban antes de enviarlas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatear</translation>
    </message>
    <message>
        <source>Check the JSON and indent it</source>
        <translation>Comprobar el JSON y aplicarle sangría</translation>
    </message>
    <message>
        <source>Payload text. Ctrl+Return publishes.</source>
        <translation>Texto de la carga útil. Ctrl+Intro publica.</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation>0 – como máximo una vez</translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation>1 – al menos una vez</translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation>2 – exactamente una vez</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>The broker keeps the message and gives it to every new subscriber of the topic</source>
        <translation>El broker conserva el mensaje y lo entrega a cada nuevo suscriptor del tema</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish (Ctrl+Return)</source>
        <translation>Publicar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Sent lately</source>
        <translation>Enviados recientemente</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Publish the selected message again (or double-click it)</source>
        <translation>Volver a publicar el mensaje seleccionado (o hacer doble clic en él)</translation>
    </message>
    <message>
        <source>Not connected: connect to a broker to publish.</source>
        <translation>Sin conexión: conéctese a un broker para publicar.</translation>
    </message>
    <message>
        <source>Enter the topic to publish to.</source>
        <translation>Introduzca el tema en el que publicar.</translation>
    </message>
    <message>
        <source>Not a valid topic name: %1</source>
        <translation>Nombre de tema no válido: %1</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation>JSON no válido en la línea %1, columna %2: %3.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publicando en %1…</translation>
    </message>
    <message>
        <source>Published at %1.</source>
        <translation>Publicado a las %1.</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>Error al publicar.</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Error al publicar: %1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomNameDialog</name>
    <message>
        <source>Add room</source>
        <translation>Añadir habitación</translation>
    </message>
    <message>
        <source>Rename room</source>
        <translation>Cambiar el nombre de la habitación</translation>
    </message>
    <message>
        <source>Room &amp;name:</source>
        <translation>&amp;Nombre de la habitación:</translation>
    </message>
    <message>
        <source>e.g. Kitchen</source>
        <translation>p. ej. Cocina</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Enter a name for the room.</source>
        <translation>Introduzca un nombre para la habitación.</translation>
    </message>
    <message>
        <source>There is already a room called “%1”.</source>
        <translation>Ya hay una habitación llamada «%1».</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomSection</name>
    <message>
        <source>No tiles in this room yet. Drag a tile here.</source>
        <translation>Todavía no hay mosaicos en esta habitación. Arrastre uno aquí.</translation>
    </message>
    <message>
        <source>Drag to move the room; right-click for more</source>
        <translation>Arrastre para mover la habitación; haga clic con el botón derecho para ver más opciones</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove room…</source>
        <translation>Eliminar habitación…</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Acciones de %1</translation>
    </message>
    <message>
        <source>1 tile</source>
        <translation>1 mosaico</translation>
    </message>
    <message>
        <source>%1 tiles</source>
        <translation>%1 mosaicos</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RuleDialog</name>
    <message>
        <source>Enter a topic filter, e.g. home/# for everything under home.</source>
        <translation>Introduzca un filtro de temas, p. ej. home/# para todo lo que hay bajo home.</translation>
    </message>
    <message>
        <source>A topic filter cannot contain the null character.</source>
        <translation>Un filtro de temas no puede contener el carácter nulo.</translation>
    </message>
    <message>
        <source>Rules are not written for shared subscriptions ($share/…); write the topic filter itself.</source>
        <translation>Las reglas no se escriben para suscripciones compartidas ($share/…); escriba el propio filtro de temas.</translation>
    </message>
    <message>
        <source>The filter starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what you mean.</source>
        <translation>El filtro empieza o termina con un espacio. Los espacios forman parte del tema, así que es casi seguro que no es lo que pretende.</translation>
    </message>
    <message>
        <source>“#” matches everything below a level, so it must be the last level and stand alone: home/#.</source>
        <translation>«#» coincide con todo lo que hay por debajo de un nivel, así que debe ser el último nivel e ir solo: home/#.</translation>
    </message>
    <message>
        <source>“+” matches exactly one level and must stand alone between slashes: home/+/temperature.</source>
        <translation>«+» coincide exactamente con un nivel y debe ir solo entre barras: home/+/temperature.</translation>
    </message>
    <message>
        <source>The filter is too long: MQTT allows at most 65,535 bytes.</source>
        <translation>El filtro es demasiado largo: MQTT permite como máximo 65 535 bytes.</translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic filter.</source>
        <translation>Este no es un filtro de temas MQTT válido.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>e.g. home/#</source>
        <translation>p. ej. home/#</translation>
    </message>
    <message>
        <source>As in a subscription, “+” matches one level and “#” everything below. %u stands for the client&apos;s user name and %c for its client identifier: devices/%u/# gives each user a branch of their own.</source>
        <translation>Como en una suscripción, «+» coincide con un nivel y «#» con todo lo que hay por debajo. %u representa el nombre de usuario del cliente y %c su identificador de cliente: devices/%u/# da a cada usuario una rama propia.</translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation>Lectura y escritura</translation>
    </message>
    <message>
        <source>Read (subscribe and receive)</source>
        <translation>Lectura (suscribirse y recibir)</translation>
    </message>
    <message>
        <source>Write (publish)</source>
        <translation>Escritura (publicar)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Se aplica a:</translation>
    </message>
    <message>
        <source>&amp;Topic filter:</source>
        <translation>&amp;Filtro de temas:</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>&amp;Acceso:</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Introduzca el nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the client identifier.</source>
        <translation>Introduzca el identificador de cliente.</translation>
    </message>
    <message>
        <source>Client &amp;identifier:</source>
        <translation>&amp;Identificador de cliente:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no es necesario</translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation>p. ej. sensor-cocina</translation>
    </message>
    <message>
        <source>e.g. tasmota_4F2A1C</source>
        <translation>p. ej. tasmota_4F2A1C</translation>
    </message>
    <message>
        <source>There is no user named “%1” yet. The rule applies once a client logs in with that name, or with a certificate of that name.</source>
        <translation>Todavía no hay ningún usuario llamado «%1». La regla se aplicará en cuanto un cliente inicie sesión con ese nombre o con un certificado con ese nombre.</translation>
    </message>
    <message>
        <source>Clients logged in as “%1”</source>
        <translation>Los clientes que inician sesión como «%1»</translation>
    </message>
    <message>
        <source>The client with the identifier “%1”</source>
        <translation>Los clientes con el identificador «%1»</translation>
    </message>
    <message>
        <source>Clients without a user name</source>
        <translation>Los clientes sin nombre de usuario</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>%1 may subscribe to and receive %2.</source>
        <translation>%1 pueden suscribirse a %2 y recibir sus mensajes.</translation>
    </message>
    <message>
        <source>%1 may publish to %2.</source>
        <translation>%1 pueden publicar en %2.</translation>
    </message>
    <message>
        <source>%1 may read and write %2.</source>
        <translation>%1 pueden leer y escribir en %2.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SensorTile</name>
    <message>
        <source>Last hour: lowest %1, highest %2</source>
        <translation>Última hora: mínimo %1, máximo %2</translation>
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
        <translation>, retenido</translation>
    </message>
    <message>
        <source>(empty payload)</source>
        <translation>(carga útil vacía)</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SubscriptionsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtro de temas</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Subscribed to on every connect, in this order</source>
        <translation>Suscripciones que se hacen en cada conexión, en este orden</translation>
    </message>
    <message>
        <source>Add a topic filter</source>
        <translation>Añadir un filtro de temas</translation>
    </message>
    <message>
        <source>Remove the selected topic filters</source>
        <translation>Quitar los filtros de temas seleccionados</translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation>0 – como máximo una vez</translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation>1 – al menos una vez</translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation>2 – exactamente una vez</translation>
    </message>
    <message>
        <source>Row %1: enter a topic filter, for example home/+/temperature.</source>
        <translation>Fila %1: introduzca un filtro de temas, por ejemplo home/+/temperature.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid topic filter.</source>
        <translation>Fila %1: «%2» no es un filtro de temas válido.</translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>«%1»: %2.</translation>
    </message>
    <message>
        <source>Row %1 repeats the topic filter of row %2.</source>
        <translation>La fila %1 repite el filtro de temas de la fila %2.</translation>
    </message>
    <message>
        <source>“+” matches exactly one topic level and “#” any number of levels; each must fill a whole level, and “#” must come last.</source>
        <translation>«+» coincide exactamente con un nivel del tema y «#» con cualquier número de niveles; cada uno debe ocupar un nivel completo, y «#» debe ir al final.</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SwitchTile</name>
    <message>
        <source>Turning on…</source>
        <translation>Encendiendo…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Apagando…</translation>
    </message>
    <message>
        <source>On · confirmed</source>
        <translation>Encendido · confirmado</translation>
    </message>
    <message>
        <source>Off · confirmed</source>
        <translation>Apagado · confirmado</translation>
    </message>
    <message>
        <source>No answer from the device — it still reports On</source>
        <translation>Sin respuesta del dispositivo — sigue indicando Encendido</translation>
    </message>
    <message>
        <source>No answer from the device — it still reports Off</source>
        <translation>Sin respuesta del dispositivo — sigue indicando Apagado</translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation>Sin respuesta del dispositivo</translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation>Encendido · supuesto (sin tema de estado)</translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation>Apagado · supuesto (sin tema de estado)</translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation>No se pudo enviar el comando</translation>
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
        <translation>Texto</translation>
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
        <translation>Historial</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>%1 · drag to select bytes, Ctrl+C copies them as hex</source>
        <translation>%1 · arrastre para seleccionar bytes; Ctrl+C los copia en hexadecimal</translation>
    </message>
    <message>
        <source>Selected %1 at offset 0x%2 (%3)</source>
        <translation>Selección: %1 en el desplazamiento 0x%2 (%3)</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Decodificando…</translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation>Copiar tema</translation>
    </message>
    <message>
        <source>Copy the topic name to the clipboard</source>
        <translation>Copiar el nombre del tema al portapapeles</translation>
    </message>
    <message>
        <source>Copy Payload</source>
        <translation>Copiar carga útil</translation>
    </message>
    <message>
        <source>Copy the shown payload to the clipboard (binary payloads as hex text)</source>
        <translation>Copiar la carga útil mostrada al portapapeles (las cargas útiles binarias, como texto hexadecimal)</translation>
    </message>
    <message>
        <source>No messages on this topic yet</source>
        <translation>Todavía no hay mensajes en este tema</translation>
    </message>
    <message>
        <source>Select a topic to see its messages</source>
        <translation>Seleccione un tema para ver sus mensajes</translation>
    </message>
    <message>
        <source>Its payload appears here as text, JSON, hex, history, a diff and a plot.</source>
        <translation>Su carga útil aparece aquí como texto, JSON, hexadecimal, historial, diferencias y gráfica.</translation>
    </message>
    <message>
        <source>Binary payload: control characters show as symbols such as ␀. The Hex tab shows the bytes.</source>
        <translation>Carga útil binaria: los caracteres de control se muestran como símbolos, por ejemplo ␀. La pestaña Hex muestra los bytes.</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Recibido: %1</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>The inspector keeps the last %1 messages of this topic.</source>
        <translation>El inspector conserva los últimos %1 mensajes de este tema.</translation>
    </message>
    <message>
        <source>1 newer message</source>
        <translation>1 mensaje nuevo</translation>
    </message>
    <message>
        <source>%1 newer messages</source>
        <translation>%1 mensajes nuevos</translation>
    </message>
    <message>
        <source>Showing an earlier message (%1 since). &lt;a href=&quot;latest&quot;&gt;Show latest&lt;/a&gt;</source>
        <translation>Se muestra un mensaje anterior (%1 desde entonces). &lt;a href=&quot;latest&quot;&gt;Mostrar el último&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This payload is not JSON.</source>
        <translation>Esta carga útil no es JSON.</translation>
    </message>
    <message>
        <source>Only one message so far: nothing to compare it with.</source>
        <translation>Solo hay un mensaje por ahora: no hay nada con que compararlo.</translation>
    </message>
    <message>
        <source>Nothing to plot: the payloads are neither numbers (21.5, ON/OFF) nor JSON with numeric fields.</source>
        <translation>Nada que representar: las cargas útiles no son números (21.5, ON/OFF) ni JSON con campos numéricos.</translation>
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
        <translation>1 tema</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 temas</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>(an empty topic level)</source>
        <translation>(un nivel de tema vacío)</translation>
    </message>
    <message>
        <source>Last message: %1, QoS %2%3, received %4</source>
        <translation>Último mensaje: %1, QoS %2%3, recibido el %4</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, retenido</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(%1 binary)</source>
        <translation>(binario, %1)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
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
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Favourites · not connected to the broker</source>
        <translation>Favoritos · sin conexión con el broker</translation>
    </message>
    <message>
        <source>Not connected to the broker</source>
        <translation>Sin conexión con el broker</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Not heard from yet: the device has not said whether it is online</source>
        <translation>Todavía sin noticias: el dispositivo aún no ha indicado si está en línea</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>Encendiendo…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Apagando…</translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation>Sin respuesta del dispositivo</translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation>No se pudo enviar el comando</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation>Encendido · supuesto (sin tema de estado)</translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation>Apagado · supuesto (sin tema de estado)</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Aún sin datos</translation>
    </message>
</context>
<context>
    <name>homewire::ui::TrayIcon</name>
    <message>
        <source>Embedded broker stopped</source>
        <translation>Broker integrado detenido</translation>
    </message>
    <message>
        <source>Start broker</source>
        <translation>Iniciar broker</translation>
    </message>
    <message>
        <source>Quit Homewire</source>
        <translation>Salir de Homewire</translation>
    </message>
    <message>
        <source>Stop broker</source>
        <translation>Detener broker</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Ocultar ventana</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
</context>
<context>
    <name>homewire::ui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Devices and programs log in to the broker with this name and password. Homewire keeps only a salted hash of the password and cannot show it again.</source>
        <translation>Los dispositivos y programas inician sesión en el broker con este nombre y contraseña. Homewire solo guarda un hash con sal de la contraseña y no puede volver a mostrarla.</translation>
    </message>
    <message>
        <source>The new password for “%1”. Devices logging in as %1 need it from their next connection on.</source>
        <translation>La nueva contraseña de «%1». Los dispositivos que inician sesión como %1 la necesitarán a partir de su próxima conexión.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; devices would have to send it exactly so.</source>
        <translation>El nombre empieza o termina con un espacio; los dispositivos tendrían que enviarlo exactamente así.</translation>
    </message>
    <message>
        <source>A user name cannot contain control characters.</source>
        <translation>Un nombre de usuario no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation>Ya existe un usuario llamado «%1».</translation>
    </message>
    <message>
        <source>Rules that use %u do not apply to names containing “/”, “+” or “#”.</source>
        <translation>Las reglas que usan %u no se aplican a nombres que contienen «/», «+» o «#».</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Introduzca una contraseña.</translation>
    </message>
    <message>
        <source>Short passwords are easy to guess: %1 characters or more are better.</source>
        <translation>Las contraseñas cortas son fáciles de adivinar: es mejor que tengan %1 caracteres o más.</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>Repita la contraseña.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MQTT home automation controller</source>
        <translation>Controlador de domótica MQTT</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (a self-contained profile).</source>
        <translation>Guardar la base de datos y la configuración en &lt;dir&gt; (un perfil independiente).</translation>
    </message>
    <message>
        <source>Port of the embedded broker.</source>
        <translation>Puerto del broker integrado.</translation>
    </message>
    <message>
        <source>Do not start the embedded broker.</source>
        <translation>No iniciar el broker integrado.</translation>
    </message>
    <message>
        <source>Open a connection to &lt;url&gt; (mqtt://host:port, mqtts://, ws://, wss://).</source>
        <translation>Abrir una conexión a &lt;url&gt; (mqtt://host:puerto, mqtts://, ws://, wss://).</translation>
    </message>
    <message>
        <source>Run the demo home&apos;s virtual devices against the embedded broker.</source>
        <translation>Ejecutar los dispositivos virtuales de la casa de demostración en el broker integrado.</translation>
    </message>
    <message>
        <source>With --demo, add &lt;n&gt; messages a second of busy telemetry.</source>
        <translation>Con --demo, añadir &lt;n&gt; mensajes por segundo de telemetría intensa.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorador</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>&amp;Demo home</source>
        <translation>Casa de &amp;demostración</translation>
    </message>
    <message>
        <source>Run virtual devices of every kind Homewire knows on the embedded broker</source>
        <translation>Ejecutar en el broker integrado dispositivos virtuales de todos los tipos que conoce Homewire</translation>
    </message>
    <message>
        <source>Embedded broker running on port %1</source>
        <translation>Broker integrado en ejecución en el puerto %1</translation>
    </message>
    <message>
        <source>Embedded broker stopped</source>
        <translation>Broker integrado detenido</translation>
    </message>
    <message>
        <source>Notify when a device goes offline</source>
        <translation>Notificar cuando un dispositivo se desconecte</translation>
    </message>
    <message>
        <source>Notify when the broker cannot start</source>
        <translation>Notificar cuando el broker no pueda iniciarse</translation>
    </message>
    <message>
        <source>Embedded broker running</source>
        <translation>Broker integrado en ejecución</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>Broker integrado</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>The connection profiles could not be read: %1</source>
        <translation>No se pudieron leer los perfiles de conexión: %1</translation>
    </message>
    <message>
        <source>Start with the window minimized (hidden in the system tray when there is one).</source>
        <translation>Iniciar con la ventana minimizada (oculta en la bandeja del sistema, si la hay).</translation>
    </message>
    <message>
        <source>Speak the language &lt;code&gt; (de, en, es, fr, zh_CN) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation>Usar el idioma &lt;code&gt; (de, en, es, fr, zh_CN) en lugar del elegido en Preferencias o del idioma del sistema.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
</TS>
