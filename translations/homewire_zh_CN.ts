<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autostart</name>
    <message>
        <source>The Windows registry could not be written.</source>
        <translation>无法写入 Windows 注册表。</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>the common name is empty</source>
        <translation>通用名称为空</translation>
    </message>
    <message>
        <source>the common name is longer than %1 characters</source>
        <translation>通用名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>a certificate is valid for 1 to %1 days</source>
        <translation>证书的有效期必须为 1 到 %1 天</translation>
    </message>
    <message>
        <source>could not make an EC P-256 key</source>
        <translation>无法生成 EC P-256 密钥</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>could not set the version</source>
        <translation>无法设置版本</translation>
    </message>
    <message>
        <source>could not draw a serial number</source>
        <translation>无法生成序列号</translation>
    </message>
    <message>
        <source>could not set the serial number</source>
        <translation>无法设置序列号</translation>
    </message>
    <message>
        <source>could not set the validity period</source>
        <translation>无法设置有效期</translation>
    </message>
    <message>
        <source>could not set the common name</source>
        <translation>无法设置通用名称</translation>
    </message>
    <message>
        <source>could not set the public key</source>
        <translation>无法设置公钥</translation>
    </message>
    <message>
        <source>could not add the %1 extension</source>
        <translation>无法添加 %1 扩展</translation>
    </message>
    <message>
        <source>could not make a subject alternative name</source>
        <translation>无法生成使用者备用名称</translation>
    </message>
    <message>
        <source>could not add a subject alternative name</source>
        <translation>无法添加使用者备用名称</translation>
    </message>
    <message>
        <source>could not add the subject alternative names</source>
        <translation>无法添加使用者备用名称列表</translation>
    </message>
    <message>
        <source>could not write PEM</source>
        <translation>无法写入 PEM</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not PEM</source>
        <translation>证书颁发机构的证书不是 PEM 格式</translation>
    </message>
    <message>
        <source>the authority&apos;s key is not an unencrypted PEM key</source>
        <translation>证书颁发机构的密钥不是未加密的 PEM 密钥</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate is not a CA certificate</source>
        <translation>证书颁发机构的证书不是 CA 证书</translation>
    </message>
    <message>
        <source>the authority&apos;s key does not belong to its certificate</source>
        <translation>证书颁发机构的密钥与其证书不匹配</translation>
    </message>
    <message>
        <source>could not set the issuer</source>
        <translation>无法设置颁发者</translation>
    </message>
    <message>
        <source>could not sign the authority</source>
        <translation>无法签署证书颁发机构的证书</translation>
    </message>
    <message>
        <source>“%1” is not a DNS name</source>
        <translation>“%1”不是 DNS 名称</translation>
    </message>
    <message>
        <source>an IP address is empty</source>
        <translation>有一个 IP 地址为空</translation>
    </message>
    <message>
        <source>could not sign the certificate</source>
        <translation>无法签署证书</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The home&apos;s authority in %1 cannot be used (%2). Move ca.crt and ca.key away to start a new one; devices then need the new ca.crt.</source>
        <translation>%1 中本家庭的证书颁发机构无法使用（%2）。请将 ca.crt 和 ca.key 移走以新建一个；之后设备需要使用新的 ca.crt。</translation>
    </message>
    <message>
        <source>A device cannot be called “ca”: ca.crt is the authority&apos;s file.</source>
        <translation>设备不能命名为“ca”：ca.crt 是证书颁发机构的文件。</translation>
    </message>
    <message>
        <source>Choose a folder other than the broker&apos;s own certificate folder.</source>
        <translation>请选择代理自身证书文件夹以外的文件夹。</translation>
    </message>
    <message>
        <source>There is no home authority in %1 yet.</source>
        <translation>%1 中还没有本家庭的证书颁发机构。</translation>
    </message>
</context>
<context>
    <name>ClientErrors</name>
    <message>
        <source>unacceptable protocol version</source>
        <translation>不可接受的协议版本</translation>
    </message>
    <message>
        <source>identifier rejected</source>
        <translation>标识符被拒绝</translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation>服务器不可用</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>return code %1</source>
        <translation>返回码 %1</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>granted QoS 1</source>
        <translation>已授予 QoS 1</translation>
    </message>
    <message>
        <source>granted QoS 2</source>
        <translation>已授予 QoS 2</translation>
    </message>
    <message>
        <source>disconnect with will message</source>
        <translation>断开连接并发送遗嘱消息</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>没有匹配的订阅者</translation>
    </message>
    <message>
        <source>no subscription existed</source>
        <translation>订阅不存在</translation>
    </message>
    <message>
        <source>continue authentication</source>
        <translation>继续认证</translation>
    </message>
    <message>
        <source>re-authenticate</source>
        <translation>重新认证</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>未指明的错误</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>报文格式错误</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>implementation specific error</source>
        <translation>实现特定的错误</translation>
    </message>
    <message>
        <source>unsupported protocol version</source>
        <translation>不支持的协议版本</translation>
    </message>
    <message>
        <source>client identifier not valid</source>
        <translation>客户端标识符无效</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已被禁止</translation>
    </message>
    <message>
        <source>server shutting down</source>
        <translation>服务器正在关闭</translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation>认证方法无效</translation>
    </message>
    <message>
        <source>keep alive timeout</source>
        <translation>保活超时</translation>
    </message>
    <message>
        <source>session taken over</source>
        <translation>会话被接管</translation>
    </message>
    <message>
        <source>topic filter invalid</source>
        <translation>主题过滤器无效</translation>
    </message>
    <message>
        <source>topic name invalid</source>
        <translation>主题名称无效</translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation>报文标识符已被占用</translation>
    </message>
    <message>
        <source>packet identifier not found</source>
        <translation>未找到报文标识符</translation>
    </message>
    <message>
        <source>receive maximum exceeded</source>
        <translation>超出接收最大值</translation>
    </message>
    <message>
        <source>topic alias invalid</source>
        <translation>主题别名无效</translation>
    </message>
    <message>
        <source>packet too large</source>
        <translation>报文过大</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>消息速率过高</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>administrative action</source>
        <translation>管理操作</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>载荷格式无效</translation>
    </message>
    <message>
        <source>retain not supported</source>
        <translation>不支持保留消息</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>不支持该 QoS</translation>
    </message>
    <message>
        <source>use another server</source>
        <translation>请使用其他服务器</translation>
    </message>
    <message>
        <source>server moved</source>
        <translation>服务器已迁移</translation>
    </message>
    <message>
        <source>shared subscriptions not supported</source>
        <translation>不支持共享订阅</translation>
    </message>
    <message>
        <source>connection rate exceeded</source>
        <translation>超出连接速率</translation>
    </message>
    <message>
        <source>maximum connect time</source>
        <translation>已达最长连接时间</translation>
    </message>
    <message>
        <source>subscription identifiers not supported</source>
        <translation>不支持订阅标识符</translation>
    </message>
    <message>
        <source>wildcard subscriptions not supported</source>
        <translation>不支持通配符订阅</translation>
    </message>
    <message>
        <source>reason code 0x%1</source>
        <translation>原因码 0x%1</translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation>连接被拒绝：%1</translation>
    </message>
    <message>
        <source>subscription to “%1” refused by the broker</source>
        <translation>代理拒绝了对“%1”的订阅</translation>
    </message>
    <message>
        <source>subscription to “%1” refused: %2</source>
        <translation>对“%1”的订阅被拒绝：%2</translation>
    </message>
    <message>
        <source>publication refused: %1</source>
        <translation>发布被拒绝：%1</translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected</source>
        <translation>连接中断：代理断开了连接</translation>
    </message>
    <message>
        <source>connection lost: the broker disconnected (%1)</source>
        <translation>连接中断：代理断开了连接（%1）</translation>
    </message>
    <message>
        <source>connection lost: the broker or the network closed it</source>
        <translation>连接中断：代理或网络关闭了连接</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>连接中断：%1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>代理关闭了连接</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>套接字错误 %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>TLS: certificate not trusted for host %1 (%2)</source>
        <translation>TLS：主机 %1 的证书不受信任（%2）</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has expired</source>
        <translation>TLS：主机 %1 的证书已过期</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 is not valid yet</source>
        <translation>TLS：主机 %1 的证书尚未生效</translation>
    </message>
    <message>
        <source>TLS: the certificate does not match host %1</source>
        <translation>TLS：证书与主机 %1 不匹配</translation>
    </message>
    <message>
        <source>TLS: the certificate of host %1 has been revoked</source>
        <translation>TLS：主机 %1 的证书已被吊销</translation>
    </message>
    <message>
        <source>TLS: certificate of host %1 rejected (%2)</source>
        <translation>TLS：主机 %1 的证书被拒绝（%2）</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>cannot connect to %1: no answer from the broker within %n s</source>
        <translation>
            <numerusform>无法连接到 %1：代理在 %n 秒内没有应答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>“%1” is not a valid broker URL: %2</source>
        <translation>“%1”不是有效的代理 URL：%2</translation>
    </message>
    <message>
        <source>it must start with mqtt://, mqtts://, ws:// or wss://</source>
        <translation>它必须以 mqtt://、mqtts://、ws:// 或 wss:// 开头</translation>
    </message>
    <message>
        <source>unknown scheme “%1” (use mqtt, mqtts, ws or wss)</source>
        <translation>未知的 URL 方案“%1”（请使用 mqtt、mqtts、ws 或 wss）</translation>
    </message>
    <message>
        <source>the user name before “@” is empty</source>
        <translation>“@”前的用户名为空</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing “]”</source>
        <translation>IPv6 地址缺少右方括号“]”</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation>“%1”不是 IPv6 地址</translation>
    </message>
    <message>
        <source>unexpected “%1” after the IPv6 address</source>
        <translation>IPv6 地址之后出现了意外的“%1”</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. mqtt://[::1]:1883</source>
        <translation>IPv6 地址必须写在方括号中，例如 mqtt://[::1]:1883</translation>
    </message>
    <message>
        <source>the host name is missing</source>
        <translation>缺少主机名</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name</source>
        <translation>“%1”不是有效的主机名</translation>
    </message>
    <message>
        <source>the port number after “:” is missing</source>
        <translation>缺少“:”之后的端口号</translation>
    </message>
    <message>
        <source>invalid port “%1” (use a number from 1 to 65535)</source>
        <translation>无效的端口“%1”（请使用 1 到 65535 之间的数字）</translation>
    </message>
    <message>
        <source>a broker URL has no “#” fragment</source>
        <translation>代理 URL 不能带有“#”片段</translation>
    </message>
    <message>
        <source>%1:// URLs have no path or query (“%2”)</source>
        <translation>%1:// URL 不能带有路径或查询（“%2”）</translation>
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
        <translation>基于 TLS 的 WebSocket</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
</context>
<context>
    <name>ConventionCatalog</name>
    <message>
        <source>no such file</source>
        <translation>没有此文件</translation>
    </message>
    <message>
        <source>not a Qt plugin</source>
        <translation>不是 Qt 插件</translation>
    </message>
    <message>
        <source>not a device-convention plugin (IID %1)</source>
        <translation>不是设备约定插件（IID %1）</translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation>其元数据中没有 id</translation>
    </message>
    <message>
        <source>written for plugin interface %1, this is interface %2</source>
        <translation>它是为插件接口 %1 编写的，而当前接口为 %2</translation>
    </message>
    <message>
        <source>does not implement the interface</source>
        <translation>未实现该接口</translation>
    </message>
    <message>
        <source>says it is &quot;%1&quot; but its metadata says &quot;%2&quot;</source>
        <translation>自称为“%1”，但其元数据中为“%2”</translation>
    </message>
</context>
<context>
    <name>DemoHome</name>
    <message>
        <source>Kitchen</source>
        <translation>厨房</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>门厅</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <translation>浴室</translation>
    </message>
    <message>
        <source>Living room</source>
        <translation>客厅</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <translation>卧室</translation>
    </message>
</context>
<context>
    <name>EntityTracker</name>
    <message>
        <source>the device reported “%1” instead</source>
        <translation>设备报告的却是“%1”</translation>
    </message>
    <message>
        <source>no answer from the device; it last reported “%1”</source>
        <translation>设备没有应答；它最后报告的是“%1”</translation>
    </message>
    <message>
        <source>no answer from the device</source>
        <translation>设备没有应答</translation>
    </message>
</context>
<context>
    <name>GenericRecognizer</name>
    <message>
        <source>“%1” does not name a room and a device: every level must be non-empty UTF-8 of at most %2 bytes</source>
        <translation>“%1”没有指明房间和设备：每一级都必须是非空且不超过 %2 字节的 UTF-8 文本</translation>
    </message>
    <message>
        <source>more than %1 hand-made devices; %2 is ignored</source>
        <translation>手动添加的设备超过 %1 个；已忽略 %2</translation>
    </message>
    <message>
        <source>more than %1 entities in home/%2/%3; the rest are left out</source>
        <translation>home/%2/%3 中的实体超过 %1 个；其余的已略去</translation>
    </message>
    <message>
        <source>%1 should say on or off, not “%2”</source>
        <translation>%1 应为 on 或 off，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: the state is too large (%2 bytes)</source>
        <translation>%1：状态过大（%2 字节）</translation>
    </message>
    <message>
        <source>%1: the state is not a JSON object: %2</source>
        <translation>%1：状态不是 JSON 对象：%2</translation>
    </message>
</context>
<context>
    <name>HomeAssistantDiscovery</name>
    <message>
        <source>“%1” should be text</source>
        <translation>“%1”应为文本</translation>
    </message>
    <message>
        <source>“%1” should be text, a number or true/false</source>
        <translation>“%1”应为文本、数字或 true/false</translation>
    </message>
    <message>
        <source>“%1” is not a usable topic: %2</source>
        <translation>“%1”不是可用的主题：%2</translation>
    </message>
    <message>
        <source>“%1” should be a positive whole number</source>
        <translation>“%1”应为正整数</translation>
    </message>
    <message>
        <source>“%1” should be true or false</source>
        <translation>“%1”应为 true 或 false</translation>
    </message>
    <message>
        <source>“%1” (%2) is more than a member of the payload; the whole payload is shown instead</source>
        <translation>“%1”（%2）不只是取载荷中的某个成员；改为显示整个载荷</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1：缺少“%2”</translation>
    </message>
    <message>
        <source>“device” should be an object</source>
        <translation>“device”应为对象</translation>
    </message>
    <message>
        <source>“availability” should be a list of objects</source>
        <translation>“availability”应为对象列表</translation>
    </message>
    <message>
        <source>“brightness_command_template” (%1) is not followed; the plain level is sent</source>
        <translation>未采用“brightness_command_template”（%1）；改为发送原始亮度值</translation>
    </message>
    <message>
        <source>“supported_color_modes” should be a list</source>
        <translation>“supported_color_modes”应为列表</translation>
    </message>
    <message>
        <source>the light schema “%1” is not supported</source>
        <translation>不支持灯光 schema“%1”</translation>
    </message>
    <message>
        <source>the component “%1” is not supported</source>
        <translation>不支持组件“%1”</translation>
    </message>
</context>
<context>
    <name>HomeAssistantRecognizer</name>
    <message>
        <source>the discovery config is too large (%1 bytes)</source>
        <translation>发现配置过大（%1 字节）</translation>
    </message>
    <message>
        <source>the discovery config is not valid JSON: %1 at byte %2</source>
        <translation>发现配置不是有效的 JSON：%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation>发现配置不是 JSON 对象</translation>
    </message>
    <message>
        <source>“%1” is not a discovery topic: ids may only hold letters, digits, “_” and “-”</source>
        <translation>“%1”不是发现主题：id 只能包含字母、数字、“_”和“-”</translation>
    </message>
    <message>
        <source>a device discovery config needs “components”</source>
        <translation>设备发现配置需要“components”</translation>
    </message>
    <message>
        <source>the component “%1” has no platform</source>
        <translation>组件“%1”没有 platform</translation>
    </message>
    <message>
        <source>%1 has more than %2 components; the rest are left out</source>
        <translation>%1 的组件超过 %2 个；其余的已略去</translation>
    </message>
    <message>
        <source>two discovery configs describe the entity “%1” of %2; the second (%3) is ignored</source>
        <translation>有两个发现配置描述了 %2 的实体“%1”；已忽略第二个（%3）</translation>
    </message>
    <message>
        <source>more than %1 Home Assistant devices; %2 is ignored</source>
        <translation>Home Assistant 设备超过 %1 个；已忽略 %2</translation>
    </message>
    <message>
        <source>more than %1 entities in %2; %3 is left out</source>
        <translation>%2 中的实体超过 %1 个；已略去 %3</translation>
    </message>
</context>
<context>
    <name>HomieRecognizer</name>
    <message>
        <source>&quot;%1&quot; is not a valid Homie id</source>
        <translation>“%1”不是有效的 Homie id</translation>
    </message>
    <message>
        <source>more than %1 listed; the rest are left out</source>
        <translation>列出的项超过 %1 个；其余的已略去</translation>
    </message>
    <message>
        <source>the attribute is too long</source>
        <translation>该属性过长</translation>
    </message>
    <message>
        <source>more than %1 Homie devices; this one is ignored</source>
        <translation>Homie 设备超过 %1 个；已忽略此设备</translation>
    </message>
    <message>
        <source>Homie version %1 is not understood</source>
        <translation>无法识别 Homie 版本 %1</translation>
    </message>
    <message>
        <source>more than %1 nodes; node %2 is ignored</source>
        <translation>节点超过 %1 个；已忽略节点 %2</translation>
    </message>
    <message>
        <source>more than %1 properties; property %2 is ignored</source>
        <translation>属性超过 %1 个；已忽略属性 %2</translation>
    </message>
    <message>
        <source>datatype %1 is not a Homie datatype; property %2 is left out</source>
        <translation>数据类型 %1 不是 Homie 数据类型；已略去属性 %2</translation>
    </message>
    <message>
        <source>$settable is neither true nor false</source>
        <translation>$settable 既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>more than %1 properties; the rest are left out</source>
        <translation>属性超过 %1 个；其余的已略去</translation>
    </message>
</context>
<context>
    <name>Management</name>
    <message>
        <source>The broker&apos;s data directory, where access.db is (default: the broker&apos;s, or data_dir of the configuration file).</source>
        <translation>代理的数据目录，即 access.db 所在的位置（默认：代理自身的数据目录，或配置文件中的 data_dir）。</translation>
    </message>
    <message>
        <source>The broker&apos;s configuration file: its data_dir and password_iterations are used.</source>
        <translation>代理的配置文件：将使用其中的 data_dir 和 password_iterations。</translation>
    </message>
    <message>
        <source>PBKDF2 iterations for the new password hash.</source>
        <translation>新密码哈希的 PBKDF2 迭代次数。</translation>
    </message>
    <message>
        <source>Read the password as one line from standard input instead of asking on the terminal.</source>
        <translation>从标准输入读取一行作为密码，而不是在终端上询问。</translation>
    </message>
    <message>
        <source>acl add: a rule for this user.</source>
        <translation>acl add：针对此用户的规则。</translation>
    </message>
    <message>
        <source>acl add: a rule for this client identifier.</source>
        <translation>acl add：针对此客户端标识符的规则。</translation>
    </message>
    <message>
        <source>acl add: a rule for clients without a user name.</source>
        <translation>acl add：针对没有用户名的客户端的规则。</translation>
    </message>
    <message>
        <source>acl add: a rule for every client.</source>
        <translation>acl add：针对所有客户端的规则。</translation>
    </message>
    <message>
        <source>acl add: the topic filter; %u stands for the user name, %c for the client identifier.</source>
        <translation>acl add：主题过滤器；%u 代表用户名，%c 代表客户端标识符。</translation>
    </message>
    <message>
        <source>acl add: read, write or readwrite.</source>
        <translation>acl add：read、write 或 readwrite。</translation>
    </message>
    <message>
        <source>Run &apos;homewire-broker user --help&apos; for how to use it.</source>
        <translation>运行“homewire-broker user --help”查看用法。</translation>
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
        <translation>用法： homewire-broker user add NAME         添加用户（会询问密码）
       homewire-broker user passwd NAME      更改用户的密码
       homewire-broker user remove NAME      删除用户及该用户的规则
       homewire-broker user list             列出用户
       homewire-broker acl add (--user NAME | --clientid ID | --anonymous | --everyone)
                               --topic FILTER --access read|write|readwrite
       homewire-broker acl remove ID
       homewire-broker acl list              列出规则及其 id

如果没有任何 ACL 规则，所有客户端都可以读写所有主题；一旦存在规则，
凡是没有规则允许的操作都会被拒绝。正在运行的代理会在大约一秒内
应用更改。

</translation>
    </message>
    <message>
        <source>&apos;acl&apos; needs a command: add, remove or list</source>
        <translation>“acl”需要一个命令：add、remove 或 list</translation>
    </message>
    <message>
        <source>&apos;user&apos; needs a command: add, passwd, remove or list</source>
        <translation>“user”需要一个命令：add、passwd、remove 或 list</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>未知命令“%1 %2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one argument, %2</source>
        <translation>“%1”只接受一个参数：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments (got &apos;%2&apos;)</source>
        <translation>“%1”不接受参数（收到了“%2”）</translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;%2 %3&apos;</source>
        <translation>--%1 不能与“%2 %3”一起使用</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>there is no data directory to keep the users in; give one with --data-dir</source>
        <translation>没有用于保存用户的数据目录；请使用 --data-dir 指定一个</translation>
    </message>
    <message>
        <source>--iterations takes a whole number from 1000 to 10000000, not &apos;%1&apos;</source>
        <translation>--iterations 需要 1000 到 10000000 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>%1. Nothing was changed. Restore the backup, or run the command again to begin with no users and rules.</source>
        <translation>%1。未做任何更改。请恢复备份，或再次运行该命令，从空的用户和规则开始。</translation>
    </message>
    <message>
        <source>there is no password on standard input; nothing was changed</source>
        <translation>标准输入中没有密码；未做任何更改</translation>
    </message>
    <message>
        <source>standard input is not a terminal to ask for the password on; give the password on standard input with --password-stdin</source>
        <translation>标准输入不是终端，无法询问密码；请使用 --password-stdin 从标准输入提供密码</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>the passwords do not match; nothing was changed</source>
        <translation>两次输入的密码不一致；未做任何更改</translation>
    </message>
    <message>
        <source>the password is empty; nothing was changed</source>
        <translation>密码为空；未做任何更改</translation>
    </message>
    <message>
        <source>the password is longer than the %1 bytes MQTT can carry; nothing was changed</source>
        <translation>密码超过了 MQTT 能承载的 %1 字节；未做任何更改</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists</source>
        <translation>用户“%1”已存在</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>没有用户“%1”</translation>
    </message>
    <message>
        <source>there is no ACL rule %1 (&apos;acl list&apos; shows the rules)</source>
        <translation>没有 ACL 规则 %1（“acl list”可列出规则）</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>无法更改 %1：%2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists; &apos;user passwd %1&apos; changes the password</source>
        <translation>用户“%1”已存在；“user passwd %1”可更改其密码</translation>
    </message>
    <message>
        <source>Added user &apos;%1&apos;.</source>
        <translation>已添加用户“%1”。</translation>
    </message>
    <message>
        <source>Changed the password of &apos;%1&apos;.</source>
        <translation>已更改“%1”的密码。</translation>
    </message>
    <message>
        <source>Removed user &apos;%1&apos; and the rules for that user.</source>
        <translation>已删除用户“%1”及该用户的规则。</translation>
    </message>
    <message>
        <source>There are no users in %1.</source>
        <translation>%1 中没有用户。</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; takes exactly one of --user, --clientid, --anonymous or --everyone</source>
        <translation>“acl add”必须且只能指定 --user、--clientid、--anonymous 或 --everyone 中的一个</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --topic FILTER</source>
        <translation>“acl add”需要 --topic FILTER</translation>
    </message>
    <message>
        <source>&apos;acl add&apos; needs --access read|write|readwrite</source>
        <translation>“acl add”需要 --access read|write|readwrite</translation>
    </message>
    <message>
        <source>--access must be read, write or readwrite, not &apos;%1&apos;</source>
        <translation>--access 必须为 read、write 或 readwrite，而不是“%1”</translation>
    </message>
    <message>
        <source>Added ACL rule %1.</source>
        <translation>已添加 ACL 规则 %1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule id; &apos;acl list&apos; shows them</source>
        <translation>“%1”不是规则 id；“acl list”可列出规则 id</translation>
    </message>
    <message>
        <source>Removed ACL rule %1.</source>
        <translation>已删除 ACL 规则 %1。</translation>
    </message>
    <message>
        <source>There are no ACL rules in %1: every client may read and write every topic.</source>
        <translation>%1 中没有 ACL 规则：所有客户端都可以读写所有主题。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>access</source>
        <translation>权限</translation>
    </message>
</context>
<context>
    <name>ManualDevice</name>
    <message>
        <source>it is longer than 65535 bytes</source>
        <translation>它超过了 65535 字节</translation>
    </message>
    <message>
        <source>it contains the wildcard “+” or “#”, which only subscriptions may use</source>
        <translation>它包含通配符“+”或“#”，只有订阅才能使用通配符</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>它包含 NUL 字符</translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation>它不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>command topic</source>
        <translation>命令主题</translation>
    </message>
    <message>
        <source>brightness command topic</source>
        <translation>亮度命令主题</translation>
    </message>
    <message>
        <source>state topic</source>
        <translation>状态主题</translation>
    </message>
    <message>
        <source>brightness state topic</source>
        <translation>亮度状态主题</translation>
    </message>
    <message>
        <source>availability topic</source>
        <translation>可用性主题</translation>
    </message>
    <message>
        <source>The %1 of “%2” cannot be used: %3.</source>
        <translation>“%2”的%1无法使用：%3。</translation>
    </message>
    <message>
        <source>“%1” needs a payload for on and one for off.</source>
        <translation>“%1”需要分别用于开和关的载荷。</translation>
    </message>
    <message>
        <source>The on and off payloads of “%1” are the same; they must differ.</source>
        <translation>“%1”的开、关载荷相同；二者必须不同。</translation>
    </message>
    <message>
        <source>“%1” needs a state value for on and one for off.</source>
        <translation>“%1”需要分别表示开和关的状态值。</translation>
    </message>
    <message>
        <source>The on and off states of “%1” are the same; they must differ.</source>
        <translation>“%1”的开、关状态值相同；二者必须不同。</translation>
    </message>
    <message>
        <source>The highest brightness of “%1” must be at least 1.</source>
        <translation>“%1”的最高亮度必须至少为 1。</translation>
    </message>
    <message>
        <source>The brightness template of “%1” must contain {value}.</source>
        <translation>“%1”的亮度模板必须包含 {value}。</translation>
    </message>
    <message>
        <source>Every switch, light and sensor needs a name.</source>
        <translation>每个开关、灯和传感器都需要一个名称。</translation>
    </message>
    <message>
        <source>“%1” needs a command topic: the topic it is switched with.</source>
        <translation>“%1”需要命令主题：即用来切换它的主题。</translation>
    </message>
    <message>
        <source>“%1” needs a state topic: the topic it reports on.</source>
        <translation>“%1”需要状态主题：即它报告状态的主题。</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>设备需要一个名称。</translation>
    </message>
    <message>
        <source>“%1” needs at least one switch, light or sensor.</source>
        <translation>“%1”至少需要一个开关、灯或传感器。</translation>
    </message>
    <message>
        <source>Two parts of “%1” share the name “%2”; give each its own.</source>
        <translation>“%1”中有两个部件同名“%2”；请为每个部件另取名称。</translation>
    </message>
</context>
<context>
    <name>NetworkAccess</name>
    <message>
        <source>No certificate file is chosen.</source>
        <translation>未选择证书文件。</translation>
    </message>
    <message>
        <source>%1 is missing or cannot be read.</source>
        <translation>%1 不存在或无法读取。</translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation>只有本机可以连接。</translation>
    </message>
    <message>
        <source>passwords or client certificates</source>
        <translation>密码或客户端证书</translation>
    </message>
    <message>
        <source>client certificates</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>passwords</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %3) and on port %2 (unencrypted, passwords).</source>
        <translation>网络中的设备可以通过端口 %1（TLS，%3）和端口 %2（未加密，密码）连接。</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (TLS, %2).</source>
        <translation>网络中的设备可以通过端口 %1（TLS，%2）连接。</translation>
    </message>
    <message>
        <source>Devices on your network can connect on port %1 (unencrypted, passwords).</source>
        <translation>网络中的设备可以通过端口 %1（未加密，密码）连接。</translation>
    </message>
</context>
<context>
    <name>PahoConnection</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>interrupted: the connection ended before the broker answered</source>
        <translation>已中断：代理应答之前连接已结束</translation>
    </message>
    <message>
        <source>too many messages in flight</source>
        <translation>传输中的消息过多</translation>
    </message>
    <message>
        <source>too many messages waiting to be sent</source>
        <translation>等待发送的消息过多</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>invalid QoS</source>
        <translation>无效的 QoS</translation>
    </message>
    <message>
        <source>the Paho library was built without TLS</source>
        <translation>Paho 库在构建时未启用 TLS</translation>
    </message>
    <message>
        <source>unsupported URL scheme</source>
        <translation>不支持的 URL 方案</translation>
    </message>
    <message>
        <source>MQTT version mismatch</source>
        <translation>MQTT 版本不匹配</translation>
    </message>
    <message>
        <source>ignored: a disconnect is under way</source>
        <translation>已忽略：正在断开连接</translation>
    </message>
    <message>
        <source>Paho error %1</source>
        <translation>Paho 错误 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>ShellyRecognizer</name>
    <message>
        <source>more than %1 Shelly devices; this one is ignored</source>
        <translation>Shelly 设备超过 %1 个；已忽略此设备</translation>
    </message>
    <message>
        <source>the Shelly device id is empty</source>
        <translation>Shelly 设备 id 为空</translation>
    </message>
    <message>
        <source>the announcement is not a JSON object</source>
        <translation>设备公告不是 JSON 对象</translation>
    </message>
    <message>
        <source>the announcement has no device id</source>
        <translation>设备公告中没有设备 id</translation>
    </message>
    <message>
        <source>the announced model is not text</source>
        <translation>设备公告中的型号不是文本</translation>
    </message>
    <message>
        <source>relay %1 is not a relay a Shelly has</source>
        <translation>Shelly 设备没有继电器 %1</translation>
    </message>
    <message>
        <source>the relay power is not a number</source>
        <translation>继电器功率不是数字</translation>
    </message>
    <message>
        <source>a relay state is neither on nor off</source>
        <translation>继电器状态既不是 on 也不是 off</translation>
    </message>
    <message>
        <source>the temperature is not a number</source>
        <translation>温度不是数字</translation>
    </message>
    <message>
        <source>Relay %1</source>
        <translation>继电器 %1</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>继电器</translation>
    </message>
    <message>
        <source>Relay %1 power</source>
        <translation>继电器 %1 功率</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>Device temperature</source>
        <translation>设备温度</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>电流</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>电能</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>%1 is not a Shelly component status</source>
        <translation>%1 不是 Shelly 组件状态</translation>
    </message>
    <message>
        <source>the notification is not a JSON-RPC frame</source>
        <translation>通知不是 JSON-RPC 帧</translation>
    </message>
    <message>
        <source>the Shelly topic prefix is empty</source>
        <translation>Shelly 主题前缀为空</translation>
    </message>
    <message>
        <source>more than %1 components; the rest are left out</source>
        <translation>组件超过 %1 个；其余的已略去</translation>
    </message>
    <message>
        <source>Light %1</source>
        <translation>灯 %1</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>灯</translation>
    </message>
    <message>
        <source>Switch %1</source>
        <translation>开关 %1</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>开关</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the payload is too large</source>
        <translation>载荷过大</translation>
    </message>
</context>
<context>
    <name>TasmotaRecognizer</name>
    <message>
        <source>the payload is too large</source>
        <translation>载荷过大</translation>
    </message>
    <message>
        <source>%1 is not a relay Tasmota has</source>
        <translation>%1 不是该 Tasmota 设备具有的继电器</translation>
    </message>
    <message>
        <source>the device topic is empty</source>
        <translation>设备主题为空</translation>
    </message>
    <message>
        <source>more than %1 Tasmota devices; this one is ignored</source>
        <translation>Tasmota 设备超过 %1 个；已忽略此设备</translation>
    </message>
    <message>
        <source>LWT is neither Online nor Offline</source>
        <translation>LWT 既不是 Online 也不是 Offline</translation>
    </message>
    <message>
        <source>a relay state is neither ON nor OFF</source>
        <translation>继电器状态既不是 ON 也不是 OFF</translation>
    </message>
    <message>
        <source>RESULT is not a JSON object</source>
        <translation>RESULT 不是 JSON 对象</translation>
    </message>
    <message>
        <source>STATE is not a JSON object</source>
        <translation>STATE 不是 JSON 对象</translation>
    </message>
    <message>
        <source>Dimmer is not a number</source>
        <translation>Dimmer 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a relay state</source>
        <translation>%1 不是继电器状态</translation>
    </message>
    <message>
        <source>more than %1 sensors; the rest are left out</source>
        <translation>传感器超过 %1 个；其余的已略去</translation>
    </message>
    <message>
        <source>the discovery topic has no MAC address</source>
        <translation>发现主题中没有 MAC 地址</translation>
    </message>
    <message>
        <source>the discovery config is not a JSON object</source>
        <translation>发现配置不是 JSON 对象</translation>
    </message>
    <message>
        <source>the discovery config has a member of the wrong type</source>
        <translation>发现配置中有成员的类型错误</translation>
    </message>
    <message>
        <source>the discovery config has no usable topic</source>
        <translation>发现配置中没有可用的主题</translation>
    </message>
    <message>
        <source>the device uses FullTopic %1; only %2 is understood</source>
        <translation>设备使用的 FullTopic 为 %1；仅支持 %2</translation>
    </message>
    <message>
        <source>the device uses the prefixes %1; only cmnd, stat and tele are understood</source>
        <translation>设备使用的前缀为 %1；仅支持 cmnd、stat 和 tele</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>灯</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>Power %1</source>
        <translation>电源 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Apparent power</source>
        <translation>视在功率</translation>
    </message>
    <message>
        <source>Reactive power</source>
        <translation>无功功率</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>功率因数</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>电流</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>今日电能</translation>
    </message>
    <message>
        <source>Energy yesterday</source>
        <translation>昨日电能</translation>
    </message>
    <message>
        <source>Energy total</source>
        <translation>总电能</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>湿度</translation>
    </message>
    <message>
        <source>Dew point</source>
        <translation>露点</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>气压</translation>
    </message>
    <message>
        <source>Sea-level pressure</source>
        <translation>海平面气压</translation>
    </message>
    <message>
        <source>Illuminance</source>
        <translation>照度</translation>
    </message>
    <message>
        <source>Carbon dioxide</source>
        <translation>二氧化碳</translation>
    </message>
    <message>
        <source>Power</source>
        <comment>the switch of a Tasmota relay, not a measurement</comment>
        <translation>电源</translation>
    </message>
    <message>
        <source>SENSOR: %1.%2 is not a number</source>
        <translation>SENSOR：%1.%2 不是数字</translation>
    </message>
    <message>
        <source>SENSOR: %1 is not text</source>
        <translation>SENSOR：%1 不是文本</translation>
    </message>
    <message>
        <source>SENSOR is not a JSON object</source>
        <translation>SENSOR 不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A reading and its unit: &quot;21.4 °C&quot;, &quot;230 W&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>已检测到</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>未检测到</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>TopicMatcher</name>
    <message>
        <source>Choose whether to search topics, payloads or both.</source>
        <translation>请选择搜索主题、载荷还是两者都搜索。</translation>
    </message>
    <message>
        <source>A topic filter matches topic names; include topics in the search.</source>
        <translation>主题过滤器匹配的是主题名称；请在搜索范围中包含主题。</translation>
    </message>
    <message>
        <source>Invalid topic filter: %1</source>
        <translation>无效的主题过滤器：%1</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>正则表达式在第 %1 个字符处无效：%2</translation>
    </message>
</context>
<context>
    <name>TopicProblem</name>
    <message>
        <source>Enter the topic, e.g. home/office/lamp.</source>
        <translation>请输入主题，例如 home/office/lamp。</translation>
    </message>
    <message>
        <source>“+” and “#” are wildcards for subscribing to many topics; a device listens and reports on one exact topic, so they cannot be used here.</source>
        <translation>“+”和“#”是用于订阅多个主题的通配符；设备只在一个确切的主题上监听和报告，因此这里不能使用它们。</translation>
    </message>
    <message>
        <source>Topics starting with “$” belong to the broker (like $SYS) and cannot be used by a device.</source>
        <translation>以“$”开头的主题属于代理（例如 $SYS），设备不能使用。</translation>
    </message>
    <message>
        <source>A topic cannot contain the null character.</source>
        <translation>主题不能包含空字符。</translation>
    </message>
    <message>
        <source>The topic starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what the device uses.</source>
        <translation>主题以空格开头或结尾。空格也算作主题的一部分，因此这几乎肯定不是设备所用的主题。</translation>
    </message>
    <message>
        <source>The topic is too long: MQTT allows at most 65,535 bytes.</source>
        <translation>主题过长：MQTT 最多允许 65,535 字节。</translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic name.</source>
        <translation>这不是有效的 MQTT 主题名称。</translation>
    </message>
</context>
<context>
    <name>Zigbee2MqttRecognizer</name>
    <message>
        <source>a device without a usable ieee_address and friendly_name (“%1”, “%2”)</source>
        <translation>设备没有可用的 ieee_address 和 friendly_name（“%1”，“%2”）</translation>
    </message>
    <message>
        <source>the device list of %1 is too large (%2 bytes, at most %3 MiB are read)</source>
        <translation>%1 的设备列表过大（%2 字节，最多读取 %3 MiB）</translation>
    </message>
    <message>
        <source>%1/bridge/devices is not a Zigbee2MQTT device list%2</source>
        <translation>%1/bridge/devices 不是 Zigbee2MQTT 设备列表%2</translation>
    </message>
    <message>
        <source>more than %1 Zigbee2MQTT bridges; %2 is ignored</source>
        <translation>Zigbee2MQTT 网桥超过 %1 个；已忽略 %2</translation>
    </message>
    <message>
        <source>an entry of %1/bridge/devices is not an object</source>
        <translation>%1/bridge/devices 中有一项不是对象</translation>
    </message>
    <message>
        <source>%1/bridge/devices lists more than %2 devices; the rest are left out</source>
        <translation>%1/bridge/devices 列出的设备超过 %2 个；其余的已略去</translation>
    </message>
</context>
<context>
    <name>homewire::broker::net::BrokerServer</name>
    <message>
        <source>the broker is already running</source>
        <translation>代理已在运行</translation>
    </message>
    <message>
        <source>no listener to start</source>
        <translation>没有可启动的监听器</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法监听 %1 的端口 %2：%3</translation>
    </message>
    <message>
        <source>broker database %1: %2</source>
        <translation>代理数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1. The broker does not start without its users and ACL rules, since that would open it to every client; restore the backup, or start again to begin with no users and rules</source>
        <translation>%1。没有用户和 ACL 规则时代理不会启动，否则所有客户端都能访问它；请恢复备份，或重新启动，从空的用户和规则开始</translation>
    </message>
    <message>
        <source>cannot read the users and ACL rules: %1. The broker does not start without them, since that would open it to every client</source>
        <translation>无法读取用户和 ACL 规则：%1。缺少它们时代理不会启动，否则所有客户端都能访问它</translation>
    </message>
</context>
<context>
    <name>homewire::client::ConnectProbe</name>
    <message>
        <source>the broker closed the connection</source>
        <translation>代理关闭了连接</translation>
    </message>
</context>
<context>
    <name>homewire::client::MqttClient</name>
    <message>
        <source>subscription to “%1” failed: %2</source>
        <translation>订阅“%1”失败：%2</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>cannot connect to %1: WebSocket handshake failed (%2)</source>
        <translation>无法连接到 %1：WebSocket 握手失败（%2）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>no host name given</source>
        <translation>未指定主机名</translation>
    </message>
    <message>
        <source>invalid will topic “%1”: %2</source>
        <translation>无效的遗嘱主题“%1”：%2</translation>
    </message>
    <message>
        <source>TLS: cannot read %1</source>
        <translation>TLS：无法读取 %1</translation>
    </message>
    <message>
        <source>TLS: a client certificate needs both the certificate and its key file</source>
        <translation>TLS：客户端证书需要同时提供证书文件及其密钥文件</translation>
    </message>
    <message>
        <source>invalid topic filter “%1”: %2</source>
        <translation>无效的主题过滤器“%1”：%2</translation>
    </message>
    <message>
        <source>invalid topic name “%1”: %2</source>
        <translation>无效的主题名称“%1”：%2</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>未连接到代理</translation>
    </message>
</context>
<context>
    <name>homewire::client::RetainedProbe</name>
    <message>
        <source>the broker did not list its retained messages in time</source>
        <translation>代理未能及时列出其保留消息</translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRegistry</name>
    <message>
        <source>Home</source>
        <translation>家</translation>
    </message>
    <message>
        <source>The list of rooms and devices was damaged and could not be read (%1). Homewire started a new, empty list; what you add from now on is kept.</source>
        <translation>房间和设备列表已损坏，无法读取（%1）。Homewire 已新建一个空列表；从现在起添加的内容都会保存下来。</translation>
    </message>
    <message>
        <source>The list of rooms and devices could not be opened (%1). Changes to rooms and devices are kept only until Homewire quits.</source>
        <translation>无法打开房间和设备列表（%1）。对房间和设备所做的更改只保留到 Homewire 退出为止。</translation>
    </message>
    <message>
        <source>Saving rooms and devices failed (%1). Changes are kept only until Homewire quits.</source>
        <translation>保存房间和设备失败（%1）。更改只保留到 Homewire 退出为止。</translation>
    </message>
</context>
<context>
    <name>homewire::devices::DeviceRuntime</name>
    <message>
        <source>the convention threw an exception: %1</source>
        <translation>设备约定抛出了异常：%1</translation>
    </message>
    <message>
        <source>the convention threw an unknown exception</source>
        <translation>设备约定抛出了未知异常</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>未连接到代理</translation>
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
        <translation>空</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation>JSON 值</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>homewire::payload::JsonTree</name>
    <message>
        <source>control character in a string (write it as \n, \t or \u00XX)</source>
        <translation>字符串中有控制字符（请写作 \n、\t 或 \u00XX）</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u 后面必须跟四个十六进制数字</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>字符串中有无效的 UTF-8</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>无效的数字：不允许有前导零</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>无效的数字：小数点后必须有数字</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>无效的数字：指数后必须有数字</translation>
    </message>
    <message>
        <source>text too large</source>
        <translation>文本过大</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>对象未结束</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>数组未结束</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>此处应为用双引号括起的键</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>键之后应为“:”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>对象成员之后应为“,”或“}”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>数组元素之后应为“,”或“]”</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>JSON 值之后有多余的文本</translation>
    </message>
</context>
<context>
    <name>homewire::payload::LineDiff</name>
    <message>
        <source>too many lines to compare</source>
        <translation>行数过多，无法比较</translation>
    </message>
    <message>
        <source>too many changed lines to show</source>
        <translation>更改的行过多，无法显示</translation>
    </message>
    <message>
        <source>too large to compare</source>
        <translation>过大，无法比较</translation>
    </message>
</context>
<context>
    <name>homewire::plugins::generic::GenericPlugin</name>
    <message>
        <source>Hand-made devices</source>
        <translation>手动添加的设备</translation>
    </message>
</context>
<context>
    <name>homewire::plugins::homeassistant::HomeAssistantPlugin</name>
    <message>
        <source>Home Assistant discovery</source>
        <translation>Home Assistant 自动发现</translation>
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
        <translation>未找到 Secret Service 或 KWallet</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password cannot be read.</source>
        <translation>访问系统密钥环被拒绝（%1）：无法读取已保存的密码。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the password is kept for this session only and not saved.</source>
        <translation>访问系统密钥环被拒绝（%1）：密码仅在本次会话中保留，不会被保存。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): the saved password could not be removed.</source>
        <translation>访问系统密钥环被拒绝（%1）：无法删除已保存的密码。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password cannot be read.</source>
        <translation>系统密钥环不可用（%1）：无法读取已保存的密码。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept for this session only and not saved.</source>
        <translation>系统密钥环不可用（%1）：密码仅在本次会话中保留，不会被保存。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the saved password could not be removed.</source>
        <translation>系统密钥环不可用（%1）：无法删除已保存的密码。</translation>
    </message>
</context>
<context>
    <name>homewire::store::ProfileStore</name>
    <message>
        <source>A connection needs a name.</source>
        <translation>连接需要一个名称。</translation>
    </message>
    <message>
        <source>A connection needs a host.</source>
        <translation>连接需要一个主机。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须介于 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>The keep-alive interval must be between 0 and 65535 seconds.</source>
        <translation>保活间隔必须介于 0 到 65535 秒之间。</translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation>WebSocket 路径必须以“/”开头。</translation>
    </message>
    <message>
        <source>“%1” is not a valid topic filter: %2.</source>
        <translation>“%1”不是有效的主题过滤器：%2。</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>名为“%1”的连接已存在。</translation>
    </message>
    <message>
        <source>The connection “%1” no longer exists.</source>
        <translation>连接“%1”已不存在。</translation>
    </message>
    <message>
        <source>There is no connection with id %1.</source>
        <translation>不存在 id 为 %1 的连接。</translation>
    </message>
    <message>
        <source>“%1” is the embedded broker&apos;s connection and cannot be deleted.</source>
        <translation>“%1”是内置代理的连接，不能删除。</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>内置代理</translation>
    </message>
    <message>
        <source>Embedded broker (%1)</source>
        <translation>内置代理（%1）</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessPage</name>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The names and passwords devices and programs log in with.</source>
        <translation>设备和程序登录时使用的用户名和密码。</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>更改密码…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>访问规则</translation>
    </message>
    <message>
        <source>With no rules every client may read and write everything; once a rule exists, anything no rule allows is denied.</source>
        <translation>没有规则时，所有客户端都可以读写一切；一旦存在规则，凡是没有规则允许的操作都会被拒绝。</translation>
    </message>
    <message>
        <source>No rule lets anonymous clients read or write anything. Homewire&apos;s own dashboard and explorer connect to this broker anonymously over this computer&apos;s loopback address, so they see and control nothing while this is so. Anonymous clients only get in through listeners that allow them, which by default means this computer only.</source>
        <translation>没有任何规则允许匿名客户端读写任何内容。Homewire 自己的仪表板和主题浏览器通过本机的回环地址匿名连接到此代理，因此在这种情况下它们什么也看不到、什么也控制不了。匿名客户端只能通过允许匿名的监听器接入，默认情况下即仅限本机。</translation>
    </message>
    <message>
        <source>Allow local anonymous clients everything</source>
        <translation>允许本机的匿名客户端执行一切操作</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>添加规则…</translation>
    </message>
    <message>
        <source>Since the broker started. Each refusal is explained in the log on the Overview tab.</source>
        <translation>自代理启动以来的统计。每次拒绝的原因都记录在“概览”标签页的日志中。</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Remove the user “%1”?</source>
        <translation>删除用户“%1”吗？</translation>
    </message>
    <message>
        <source>Devices logging in as %1 are refused from then on, and the rules written for %1 go too.</source>
        <translation>此后以 %1 身份登录的设备都会被拒绝，为 %1 编写的规则也会一并删除。</translation>
    </message>
    <message>
        <source>Refused logins: %1 · Denied publishes: %2 · Denied subscriptions: %3</source>
        <translation>被拒绝的登录：%1 · 被拒绝的发布：%2 · 被拒绝的订阅：%3</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AccessWorker</name>
    <message>
        <source>The file of users and rules was damaged and has been set aside; Homewire starts a new, empty one. %1</source>
        <translation>用户和规则文件已损坏，已被移到一旁；Homewire 将新建一个空文件。%1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not read the users and rules: %1</source>
        <translation>无法读取用户和规则：%1</translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation>名为“%1”的用户已存在。</translation>
    </message>
    <message>
        <source>Could not add the user “%1”: %2</source>
        <translation>无法添加用户“%1”：%2</translation>
    </message>
    <message>
        <source>There is no user named “%1” any more.</source>
        <translation>名为“%1”的用户已不存在。</translation>
    </message>
    <message>
        <source>Could not change the password of “%1”: %2</source>
        <translation>无法更改“%1”的密码：%2</translation>
    </message>
    <message>
        <source>Could not remove the user “%1”: %2</source>
        <translation>无法删除用户“%1”：%2</translation>
    </message>
    <message>
        <source>Could not add the rule: %1</source>
        <translation>无法添加规则：%1</translation>
    </message>
    <message>
        <source>Could not remove the rule: %1</source>
        <translation>无法删除规则：%1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AclRuleModel</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <translation>客户端标识符</translation>
    </message>
    <message>
        <source>Anonymous clients</source>
        <translation>匿名客户端</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>%u stands for the user name the client logged in with.</source>
        <translation>%u 代表客户端登录时使用的用户名。</translation>
    </message>
    <message>
        <source>%c stands for the client&apos;s identifier.</source>
        <translation>%c 代表客户端的标识符。</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>权限</translation>
    </message>
</context>
<context>
    <name>homewire::ui::AddDeviceDialog</name>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Lamp or switch</source>
        <translation>灯或开关</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation>可调光灯</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <source>Binary sensor</source>
        <translation>二元传感器</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Office lamp</source>
        <translation>例如：办公室灯</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>房间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Command topic:</source>
        <translation>命令主题(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp</source>
        <translation>例如：home/office/lamp</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. °C, %, W</source>
        <translation>例如：°C、%、W</translation>
    </message>
    <message>
        <source>The brightness the light calls full: 100 for a percentage, 255 for many LED controllers</source>
        <translation>灯的满亮度数值：百分比为 100，许多 LED 控制器为 255</translation>
    </message>
    <message>
        <source>&amp;Full brightness:</source>
        <translation>满亮度(&amp;F)：</translation>
    </message>
    <message>
        <source>State and availability (optional)</source>
        <translation>状态与可用性（可选）</translation>
    </message>
    <message>
        <source>Payload o&amp;n:</source>
        <translation>开启载荷(&amp;N)：</translation>
    </message>
    <message>
        <source>Payload o&amp;ff:</source>
        <translation>关闭载荷(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;State topic:</source>
        <translation>状态主题(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/state</source>
        <translation>例如：home/office/lamp/state</translation>
    </message>
    <message>
        <source>&amp;JSON field:</source>
        <translation>JSON 字段(&amp;J)：</translation>
    </message>
    <message>
        <source>whole payload</source>
        <translation>整个载荷</translation>
    </message>
    <message>
        <source>When the state is JSON, the member to read; dots for nesting, e.g. ENERGY.Power</source>
        <translation>状态为 JSON 时要读取的成员；用点号表示嵌套，例如 ENERGY.Power</translation>
    </message>
    <message>
        <source>&amp;Availability topic:</source>
        <translation>可用性主题(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. home/office/lamp/status</source>
        <translation>例如：home/office/lamp/status</translation>
    </message>
    <message>
        <source>Payload on&amp;line:</source>
        <translation>在线载荷(&amp;L)：</translation>
    </message>
    <message>
        <source>Payload offl&amp;ine:</source>
        <translation>离线载荷(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. home/kitchen/temperature</source>
        <translation>例如：home/kitchen/temperature</translation>
    </message>
    <message>
        <source>Value o&amp;n:</source>
        <translation>开启值(&amp;N)：</translation>
    </message>
    <message>
        <source>Value o&amp;ff:</source>
        <translation>关闭值(&amp;F)：</translation>
    </message>
    <message>
        <source>Without a state topic Homewire cannot tell whether a command worked, and shows the state it asked for as assumed.</source>
        <translation>没有状态主题时，Homewire 无法判断命令是否生效，并会将所请求的状态显示为“假定”。</translation>
    </message>
    <message>
        <source>Without an availability topic the sensor always counts as online; its last reading shows how old it is.</source>
        <translation>没有可用性主题时，传感器始终视为在线；其最后一次读数会显示距今多久。</translation>
    </message>
    <message>
        <source>Enter both payloads.</source>
        <translation>请输入两个载荷。</translation>
    </message>
    <message>
        <source>The two payloads must differ, or on and off could not be told apart.</source>
        <translation>两个载荷必须不同，否则无法区分开和关。</translation>
    </message>
    <message>
        <source>Enter a name, e.g. Office lamp.</source>
        <translation>请输入名称，例如“办公室灯”。</translation>
    </message>
    <message>
        <source>Choose a room or type a new one.</source>
        <translation>请选择一个房间，或输入新房间的名称。</translation>
    </message>
    <message>
        <source>A new room “%1” will be added.</source>
        <translation>将添加新房间“%1”。</translation>
    </message>
    <message>
        <source>The device could not be added.</source>
        <translation>无法添加设备。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BadgeButton</name>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1，%2 个待处理</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerDialog</name>
    <message>
        <source>Devices broker</source>
        <translation>设备所用的代理</translation>
    </message>
    <message>
        <source>The dashboard talks to its devices through one broker: the embedded broker, or a broker you already run. Devices are found again on the broker you choose; rooms and tiles stay as they are.</source>
        <translation>仪表板通过一个代理与设备通信：内置代理，或您已在运行的代理。设备会在您选择的代理上被重新发现；房间和磁贴保持不变。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::BrokerPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Users &amp;&amp; Access</source>
        <translation>用户与访问</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>内置代理</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>TCP port the broker listens on for this computer (127.0.0.1). Takes effect at the next start.</source>
        <translation>代理为本机（127.0.0.1）监听的 TCP 端口。下次启动时生效。</translation>
    </message>
    <message>
        <source>Clients online</source>
        <translation>在线客户端</translation>
    </message>
    <message>
        <source>Messages in / s</source>
        <translation>传入消息/秒</translation>
    </message>
    <message>
        <source>Messages out / s</source>
        <translation>传出消息/秒</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>保留消息</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1 Only this computer can.</source>
        <translation>网络中的设备无法连接：%1 只有本机可以连接。</translation>
    </message>
    <message>
        <source>Devices on the network cannot connect: %1. Only this computer can.</source>
        <translation>网络中的设备无法连接：%1。只有本机可以连接。</translation>
    </message>
    <message>
        <source>The broker could not start: %1</source>
        <translation>代理无法启动：%1</translation>
    </message>
    <message>
        <source>The broker&apos;s database was damaged and has been set aside; the broker started with an empty one. %1</source>
        <translation>代理的数据库已损坏，已被移到一旁；代理已使用空数据库启动。%1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Devices on this computer can use it as their MQTT broker once started.</source>
        <translation>启动后，本机上的设备可以将其用作 MQTT 代理。</translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1</source>
        <translation>本机上的客户端连接到 mqtt://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Clients on this computer connect to mqtt://127.0.0.1:%1, devices on your network to port %2.</source>
        <translation>本机上的客户端连接到 mqtt://127.0.0.1:%1，网络中的设备连接到端口 %2。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ClientTableModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline (session kept)</source>
        <translation>离线（会话已保留）</translation>
    </message>
    <message>
        <source>Clean session: forgotten when the client disconnects</source>
        <translation>清除会话：客户端断开连接后即被遗忘</translation>
    </message>
    <message>
        <source>Persistent session: subscriptions and messages are kept while offline</source>
        <translation>持久会话：离线期间保留订阅和消息</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Default subscriptions</source>
        <translation>默认订阅</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>e.g. Home server</source>
        <translation>例如：家庭服务器</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>代理(&amp;B)：</translation>
    </message>
    <message>
        <source>The embedded broker&apos;s address follows the Broker page.</source>
        <translation>内置代理的地址取决于“代理”页面的设置。</translation>
    </message>
    <message>
        <source>WebSocket &amp;path:</source>
        <translation>WebSocket 路径(&amp;P)：</translation>
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
        <translation>协议(&amp;R)：</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Left empty, a random client identifier is chosen for every connection</source>
        <translation>留空时，每次连接都会选择一个随机的客户端标识符</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>MQTT over TCP</source>
        <translation>基于 TCP 的 MQTT</translation>
    </message>
    <message>
        <source>MQTT over TLS (encrypted)</source>
        <translation>基于 TLS 的 MQTT（加密）</translation>
    </message>
    <message>
        <source>MQTT over WebSocket</source>
        <translation>基于 WebSocket 的 MQTT</translation>
    </message>
    <message>
        <source>MQTT over secure WebSocket (encrypted)</source>
        <translation>基于安全 WebSocket 的 MQTT（加密）</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>You can paste a whole URL such as mqtts://user@broker.local:8883</source>
        <translation>可以粘贴完整的 URL，例如 mqtts://user@broker.local:8883</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in Homewire&apos;s files</source>
        <translation>保存在系统密钥环中，绝不会写入 Homewire 的文件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the password as plain text</source>
        <translation>以明文显示密码</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Start with a clean session</source>
        <translation>使用清除会话</translation>
    </message>
    <message>
        <source>Unchecked, the broker keeps this client&apos;s subscriptions and queued messages between connections (needs a fixed client ID)</source>
        <translation>不勾选时，代理会在多次连接之间保留此客户端的订阅和排队消息（需要固定的客户端 ID）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Longest silence before the broker considers the connection lost</source>
        <translation>代理认定连接已断开之前允许的最长静默时间</translation>
    </message>
    <message>
        <source>&amp;Keep alive:</source>
        <translation>保活间隔(&amp;K)：</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>系统信任存储</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>选择客户端证书</translation>
    </message>
    <message>
        <source>none, or in the certificate file</source>
        <translation>无，或包含在证书文件中</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>选择私钥</translation>
    </message>
    <message>
        <source>Accept any server certificate</source>
        <translation>接受任何服务器证书</translation>
    </message>
    <message>
        <source>Insecure: the server&apos;s identity is not checked, so anyone on the way can pose as the broker and read everything, the password included.</source>
        <translation>不安全：不会验证服务器的身份，因此通信途中的任何人都可以冒充代理并读取所有内容，包括密码。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>MQTT 3.1</source>
        <translation>MQTT 3.1</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>请输入连接的名称。</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>名为“%1”的连接已存在。</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or IP address.</source>
        <translation>请输入代理的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Enter only the host here, or paste a whole URL starting with mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>此处只需输入主机，或粘贴以 mqtt://、mqtts://、ws:// 或 wss:// 开头的完整 URL。</translation>
    </message>
    <message>
        <source>“%1” is not a host name or IP address.</source>
        <translation>“%1”不是主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The WebSocket path must start with “/”.</source>
        <translation>WebSocket 路径必须以“/”开头。</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 sends a password only with a username (MQTT-3.1.2-22): enter the username, or choose MQTT 5.0.</source>
        <translation>MQTT 3.1.1 只有在提供用户名时才会发送密码（MQTT-3.1.2-22）：请输入用户名，或选择 MQTT 5.0。</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” does not exist.</source>
        <translation>CA 证书文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The client certificate file “%1” does not exist.</source>
        <translation>客户端证书文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The private key file “%1” does not exist.</source>
        <translation>私钥文件“%1”不存在。</translation>
    </message>
    <message>
        <source>A private key needs its client certificate.</source>
        <translation>私钥需要对应的客户端证书。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionIndicator</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not connected to a broker</source>
        <translation>未连接到代理</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>未连接到 %1：%2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionListDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Homewire&apos;s own broker; it cannot be deleted.</source>
        <translation>Homewire 自己的代理；不能删除。</translation>
    </message>
    <message>
        <source>The embedded broker&apos;s connection cannot be deleted</source>
        <translation>内置代理的连接不能删除</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its saved password is removed from the keychain as well.</source>
        <translation>删除连接“%1”吗？其保存的密码也会从密钥环中删除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ConnectionView</name>
    <message>
        <source>A retained message could not be deleted: %1</source>
        <translation>无法删除一条保留消息：%1</translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <source>Publish to This Topic</source>
        <translation>发布到此主题</translation>
    </message>
    <message>
        <source>Export Values as JSON…</source>
        <translation>将值导出为 JSON…</translation>
    </message>
    <message>
        <source>Export Values as CSV…</source>
        <translation>将值导出为 CSV…</translation>
    </message>
    <message>
        <source>Export History as JSON…</source>
        <translation>将历史导出为 JSON…</translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation>将历史导出为 CSV…</translation>
    </message>
    <message>
        <source>Searching… %1 of %2 topics</source>
        <translation>正在搜索…已检查 %2 个主题中的 %1 个</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop updating the tree; messages wait and are applied on resume</source>
        <translation>停止更新主题树；消息会暂存，恢复时再应用</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Forget every topic seen so far (retained messages come back on reconnect)</source>
        <translation>忘记目前见到的所有主题（重新连接时保留消息会再次出现）</translation>
    </message>
    <message>
        <source>$SYS</source>
        <translation>$SYS</translation>
    </message>
    <message>
        <source>Show the broker&apos;s $SYS topics</source>
        <translation>显示代理的 $SYS 主题</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Expand the tree (the first 2,000 rows)</source>
        <translation>展开主题树（前 2,000 行）</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <source>Delete Retained</source>
        <translation>删除保留消息</translation>
    </message>
    <message>
        <source>Delete the retained messages of the selected topic and everything under it</source>
        <translation>删除所选主题及其下所有主题的保留消息</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Values Under Selection as JSON…</source>
        <translation>所选范围内的值（JSON）…</translation>
    </message>
    <message>
        <source>Values Under Selection as CSV…</source>
        <translation>所选范围内的值（CSV）…</translation>
    </message>
    <message>
        <source>Topic History as JSON…</source>
        <translation>主题历史（JSON）…</translation>
    </message>
    <message>
        <source>Topic History as CSV…</source>
        <translation>主题历史（CSV）…</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>搜索主题</translation>
    </message>
    <message>
        <source>Text anywhere in the topic, an MQTT filter such as home/+/temperature, or a regular expression</source>
        <translation>主题中任意位置的文本、MQTT 过滤器（如 home/+/temperature）或正则表达式</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>Search the payloads too</source>
        <translation>同时搜索载荷</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 个主题</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 个主题</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 条消息</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 个匹配</translation>
    </message>
    <message>
        <source>paused, %1 waiting</source>
        <translation>已暂停，%1 条等待中</translation>
    </message>
    <message>
        <source>Delete Retained Messages</source>
        <translation>删除保留消息</translation>
    </message>
    <message>
        <source>Connect first: deleting retained messages publishes to the broker.</source>
        <translation>请先连接：删除保留消息需要向代理发布消息。</translation>
    </message>
    <message>
        <source>Resume first: the paused messages could bring deleted topics back.</source>
        <translation>请先恢复：暂停期间的消息可能会让已删除的主题重新出现。</translation>
    </message>
    <message>
        <source>Looking up the retained messages under %1…</source>
        <translation>正在查找 %1 下的保留消息…</translation>
    </message>
    <message>
        <source>Cannot list the retained messages: %1</source>
        <translation>无法列出保留消息：%1</translation>
    </message>
    <message>
        <source>No retained messages at or under %1</source>
        <translation>%1 及其下没有保留消息</translation>
    </message>
    <message>
        <source>Delete %1 retained messages at and under “%2”? Devices that read their configuration from them will no longer find it.</source>
        <translation>删除“%2”及其下的 %1 条保留消息吗？从这些消息读取配置的设备将再也找不到其配置。</translation>
    </message>
    <message>
        <source>Deleted the retained message of “%1”.</source>
        <translation>已删除“%1”的保留消息。</translation>
    </message>
    <message>
        <source>Deleted %1 retained messages under “%2”.</source>
        <translation>已删除“%2”下的 %1 条保留消息。</translation>
    </message>
    <message>
        <source>Republished %1 retained messages.</source>
        <translation>已重新发布 %1 条保留消息。</translation>
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
        <translation>正在导出 %1 条消息…</translation>
    </message>
    <message>
        <source>Exported %1 messages to %2</source>
        <translation>已将 %1 条消息导出到 %2</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>导出到 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Change broker…</source>
        <translation>更换代理…</translation>
    </message>
    <message>
        <source>Choose the broker the dashboard&apos;s devices are on</source>
        <translation>选择仪表板中的设备所在的代理</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>添加设备…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>添加房间…</translation>
    </message>
    <message>
        <source>New devices</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>Devices that announced themselves and wait for a room</source>
        <translation>已自行公布、等待分配房间的设备</translation>
    </message>
    <message>
        <source>Add discovered devices automatically</source>
        <translation>自动添加发现的设备</translation>
    </message>
    <message>
        <source>New devices go straight onto the dashboard, into the room they suggest</source>
        <translation>新设备直接添加到仪表板上，放入其建议的房间</translation>
    </message>
    <message>
        <source>Nothing on your dashboard yet</source>
        <translation>仪表板上还没有任何内容</translation>
    </message>
    <message>
        <source>Devices that announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie) appear under “New devices” as soon as they are online: choose a room and accept them. For any other device, add it by hand with its MQTT topic.</source>
        <translation>在代理上自行公布的设备（Home Assistant 自动发现、Tasmota、Zigbee2MQTT、Shelly、Homie）一上线就会出现在“新设备”下：选择房间并接受即可。其他设备可以通过其 MQTT 主题手动添加。</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>移到房间</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>后移</translation>
    </message>
    <message>
        <source>Remove device…</source>
        <translation>删除设备…</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>删除设备</translation>
    </message>
    <message>
        <source>Remove “%1” from the dashboard?</source>
        <translation>从仪表板中删除“%1”吗？</translation>
    </message>
    <message>
        <source>Its tiles and settings are deleted.</source>
        <translation>其磁贴和设置将被删除。</translation>
    </message>
    <message>
        <source>Its tiles are deleted. If it announces itself again it comes back under New devices.</source>
        <translation>其磁贴将被删除。如果它再次自行公布，会重新出现在“新设备”下。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家</translation>
    </message>
    <message>
        <source>Its tile moves to “%1”.</source>
        <translation>其磁贴将移到“%1”。</translation>
    </message>
    <message>
        <source>Its %1 tiles move to “%2”.</source>
        <translation>其 %1 个磁贴将移到“%2”。</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>删除房间</translation>
    </message>
    <message>
        <source>Remove the room “%1”?</source>
        <translation>删除房间“%1”吗？</translation>
    </message>
    <message>
        <source>Show in tray menu</source>
        <translation>在托盘菜单中显示</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DeviceCertificateDialog</name>
    <message>
        <source>Create device certificate</source>
        <translation>创建设备证书</translation>
    </message>
    <message>
        <source>A certificate lets a device log in over TLS without a password. Its name becomes the device&apos;s user name, so the rules for that user apply to it.</source>
        <translation>证书让设备无需密码即可通过 TLS 登录。证书中的名称将成为设备的用户名，因此该用户的规则同样适用于它。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation>例如：kitchen-sensor</translation>
    </message>
    <message>
        <source>Homewire devices</source>
        <translation>Homewire 设备</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>文件保存位置</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>设备名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存到(&amp;I)：</translation>
    </message>
    <message>
        <source>Enter the device&apos;s name.</source>
        <translation>请输入设备的名称。</translation>
    </message>
    <message>
        <source>The name becomes the device&apos;s user name, and rules with %u never apply to names with “/”, “+” or “#”.</source>
        <translation>该名称将成为设备的用户名，而使用 %u 的规则永远不适用于包含“/”、“+”或“#”的名称。</translation>
    </message>
    <message>
        <source>“ca” is taken by the authority&apos;s file, ca.crt.</source>
        <translation>“ca”已被证书颁发机构的文件 ca.crt 占用。</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>请为这些文件选择一个文件夹。</translation>
    </message>
    <message>
        <source>Writes %1.crt, %1.key and ca.crt.</source>
        <translation>将写入 %1.crt、%1.key 和 ca.crt。</translation>
    </message>
    <message>
        <source>Files of that name already in the folder are replaced.</source>
        <translation>文件夹中已有的同名文件将被替换。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>The certificate could not be made: %1</source>
        <translation>无法生成证书：%1</translation>
    </message>
    <message>
        <source>Saved %1, %2 and ca.crt in %3. Give the device all three; %2 is its secret and belongs on that device only.</source>
        <translation>已将 %1、%2 和 ca.crt 保存到 %3。请将这三个文件都交给该设备；%2 是它的私密文件，只应存放在该设备上。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffModel</name>
    <message>
        <source>⋯ 1 unchanged line</source>
        <translation>⋯ 1 行未更改</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 行未更改</translation>
    </message>
</context>
<context>
    <name>homewire::ui::DiffView</name>
    <message>
        <source>Comparing %1…</source>
        <translation>正在比较 %1…</translation>
    </message>
    <message>
        <source>Large payloads are compared in the background.</source>
        <translation>大型载荷会在后台进行比较。</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>尚无可比较的内容</translation>
    </message>
    <message>
        <source>The diff compares a message with the one received before it.</source>
        <translation>差异视图会将一条消息与在它之前收到的消息进行比较。</translation>
    </message>
    <message>
        <source>The payloads are too large to compare</source>
        <translation>载荷过大，无法比较</translation>
    </message>
    <message>
        <source>The payloads differ in too many lines to show</source>
        <translation>载荷中不同的行过多，无法显示</translation>
    </message>
    <message>
        <source>The Text and Hex tabs show each message in full.</source>
        <translation>“文本”和“十六进制”标签页会完整显示每条消息。</translation>
    </message>
    <message>
        <source>Same payload as the message received at %1.</source>
        <translation>载荷与 %1 收到的消息相同。</translation>
    </message>
    <message>
        <source>1 line added</source>
        <translation>新增 1 行</translation>
    </message>
    <message>
        <source>%1 lines added</source>
        <translation>新增 %1 行</translation>
    </message>
    <message>
        <source>1 line removed</source>
        <translation>删除 1 行</translation>
    </message>
    <message>
        <source>%1 lines removed</source>
        <translation>删除 %1 行</translation>
    </message>
    <message>
        <source>Compared with the message received at %1: %2, %3.</source>
        <translation>与 %1 收到的消息相比：%2，%3。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::EntityTile</name>
    <message>
        <source>Updated %1</source>
        <translation>%1更新</translation>
    </message>
    <message>
        <source>Reported before Homewire connected</source>
        <translation>在 Homewire 连接之前报告</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>尚无报告</translation>
    </message>
    <message>
        <source>Offline · last seen %1</source>
        <translation>离线 · 最后在线：%1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Offline · no report yet</source>
        <translation>离线 · 尚无报告</translation>
    </message>
    <message>
        <source>%1 · reported before Homewire connected</source>
        <extracomment>A state the broker kept from before: &quot;On · reported before Homewire connected&quot;.</extracomment>
        <translation>%1 · 在 Homewire 连接之前报告</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <extracomment>The state and how fresh it is: &quot;On · updated 2 minutes ago&quot;.</extracomment>
        <translation>%1 · %2更新</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Last report: %1</source>
        <translation>最后报告：%1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ExplorerPage</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No connection open&lt;/p&gt;&lt;p&gt;Choose a broker above and press &lt;b&gt;Connect&lt;/b&gt;: the built-in “Embedded broker” connects to Homewire&apos;s own broker.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;未打开任何连接&lt;/p&gt;&lt;p&gt;在上方选择一个代理并点击&lt;b&gt;连接&lt;/b&gt;：预置的“内置代理”连接会连接到 Homewire 自己的代理。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>homewire::ui::HexView</name>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>载荷为空。</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>复制为十六进制</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>homewire::ui::HistoryModel</name>
    <message>
        <source>QoS %1, retained</source>
        <translation>QoS %1，保留</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonPage</name>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>This payload is not JSON</source>
        <translation>此载荷不是 JSON</translation>
    </message>
    <message>
        <source>The tree shows the first %1 values; the Text view shows the whole document.</source>
        <translation>树中仅显示前 %1 个值；“文本”视图显示整个文档。</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>正在解码 %1…</translation>
    </message>
    <message>
        <source>Large payloads are parsed in the background.</source>
        <translation>大型载荷会在后台解析。</translation>
    </message>
    <message>
        <source>Too many values to expand at once; expand the parts you need.</source>
        <translation>值过多，无法一次全部展开；请展开需要的部分。</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Plot This Field</source>
        <translation>绘制此字段</translation>
    </message>
</context>
<context>
    <name>homewire::ui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 个键}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 个键}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 项]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 项]</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>（值）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>homewire::ui::LightTile</name>
    <message>
        <source>Brightness of %1</source>
        <translation>%1 的亮度</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A brightness: &quot;60 %&quot;.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Setting brightness…</source>
        <translation>正在设置亮度…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Homewire</source>
        <translation>关于 Homewire(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>外观(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>About Homewire</source>
        <translation>关于 Homewire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A desktop controller for MQTT home automation with its own embedded broker.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;一款用于 MQTT 家庭自动化的桌面控制器，自带内置代理。&lt;/p&gt;&lt;p&gt;基于 Apache License 2.0 许可证授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessDialog</name>
    <message>
        <source>Network access</source>
        <translation>网络访问</translation>
    </message>
    <message>
        <source>Devices on your network, such as sensors, plugs and phones, will be able to use this broker. Choose how they prove who they are; nobody gets in without a user name or a certificate.</source>
        <translation>您网络中的设备（例如传感器、插座和手机）将能够使用此代理。请选择它们证明自己身份的方式；没有用户名或证书，任何人都无法接入。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Allow network access</source>
        <translation>允许网络访问</translation>
    </message>
    <message>
        <source>The broker restarts to apply this; clients connected now reconnect by themselves.</source>
        <translation>代理将重新启动以应用此设置；当前已连接的客户端会自动重新连接。</translation>
    </message>
    <message>
        <source>How devices log in</source>
        <translation>设备登录方式</translation>
    </message>
    <message>
        <source>User &amp;names and passwords</source>
        <translation>用户名和密码(&amp;N)</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Client &amp;certificates</source>
        <translation>客户端证书(&amp;C)</translation>
    </message>
    <message>
        <source>Each device presents a certificate signed by this home&apos;s authority (or your CA); the name in it is its user name, so rules for that user apply.</source>
        <translation>每台设备出示一个由本家庭的证书颁发机构（或您的 CA）签发的证书；证书中的名称即为其用户名，因此该用户的规则同样适用。</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>&amp;TLS on port</source>
        <translation>启用 &amp;TLS，端口</translation>
    </message>
    <message>
        <source>(recommended)</source>
        <translation>（推荐）</translation>
    </message>
    <message>
        <source>Certificates made for this &amp;home</source>
        <translation>为本家庭生成的证书(&amp;H)</translation>
    </message>
    <message>
        <source>My &amp;own certificate files</source>
        <translation>我自己的证书文件(&amp;O)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <source>CA for devices:</source>
        <translation>设备 CA：</translation>
    </message>
    <message>
        <source>needed for client certificates</source>
        <translation>使用客户端证书时需要</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Also accept &amp;unencrypted connections on port</source>
        <translation>同时接受未加密连接(&amp;U)，端口</translation>
    </message>
    <message>
        <source>Unencrypted: passwords and messages cross your network readable by anyone on it. Only for devices that cannot do TLS.</source>
        <translation>未加密：密码和消息在您的网络中传输时，网络上的任何人都能读取。仅用于不支持 TLS 的设备。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>The certificates could not be made: %1</source>
        <translation>无法生成证书：%1</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate names this computer %1.</source>
        <translation>代理的证书将本机命名为 %1。</translation>
    </message>
    <message>
        <source>Made for this home, in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Devices need &lt;b&gt;ca.crt&lt;/b&gt; from there to trust the broker.</source>
        <translation>为本家庭生成，位于 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;。设备需要其中的 &lt;b&gt;ca.crt&lt;/b&gt; 才能信任代理。</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Makes this computer&apos;s certificate again, for instance after it got a new address. The home&apos;s authority stays, so devices keep trusting the broker.</source>
        <translation>重新生成本机的证书，例如在本机获得新地址之后。本家庭的证书颁发机构保持不变，因此设备会继续信任代理。</translation>
    </message>
    <message>
        <source>None yet. One click makes an authority for this home and a certificate for this computer.</source>
        <translation>尚未生成。只需单击一次，即可为本家庭创建证书颁发机构，并为本机创建证书。</translation>
    </message>
    <message>
        <source>Create certificates for this home</source>
        <translation>为本家庭创建证书</translation>
    </message>
    <message>
        <source>Choose how devices log in: with passwords, client certificates or both.</source>
        <translation>请选择设备的登录方式：密码、客户端证书或两者兼用。</translation>
    </message>
    <message>
        <source>Password logins need at least one user: add one above.</source>
        <translation>密码登录至少需要一个用户：请在上方添加。</translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>正在读取用户…</translation>
    </message>
    <message>
        <source>Turn on TLS or the unencrypted port.</source>
        <translation>请启用 TLS 或未加密端口。</translation>
    </message>
    <message>
        <source>Client certificates need TLS.</source>
        <translation>客户端证书需要 TLS。</translation>
    </message>
    <message>
        <source>The unencrypted port needs passwords: certificates only work over TLS.</source>
        <translation>未加密端口需要使用密码：证书只能通过 TLS 使用。</translation>
    </message>
    <message>
        <source>Port %1 is this computer&apos;s own port; choose another.</source>
        <translation>端口 %1 是本机自用的端口；请选择其他端口。</translation>
    </message>
    <message>
        <source>The TLS port and the unencrypted port must differ.</source>
        <translation>TLS 端口与未加密端口必须不同。</translation>
    </message>
    <message>
        <source>Creating the certificates…</source>
        <translation>正在创建证书…</translation>
    </message>
    <message>
        <source>Create the certificates for this home first.</source>
        <translation>请先为本家庭创建证书。</translation>
    </message>
    <message>
        <source>Choose the certificate and its private key.</source>
        <translation>请选择证书及其私钥。</translation>
    </message>
    <message>
        <source>Choose the CA file that signs the devices&apos; certificates.</source>
        <translation>请选择为设备证书签名的 CA 文件。</translation>
    </message>
    <message>
        <source>No users yet. Password logins need at least one.</source>
        <translation>尚无用户。密码登录至少需要一个用户。</translation>
    </message>
    <message>
        <source>“%1” can log in with a password.</source>
        <translation>“%1”可以使用密码登录。</translation>
    </message>
    <message>
        <source>These users can log in with a password: %1.</source>
        <translation>以下用户可以使用密码登录：%1。</translation>
    </message>
    <message>
        <source>These users can log in with a password: %1 and %2 more.</source>
        <translation>以下用户可以使用密码登录：%1，以及另外 %2 个用户。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NetworkAccessPanel</name>
    <message>
        <source>Network access</source>
        <translation>网络访问</translation>
    </message>
    <message>
        <source>Turn off network access</source>
        <translation>关闭网络访问</translation>
    </message>
    <message>
        <source>Create device certificate…</source>
        <translation>创建设备证书…</translation>
    </message>
    <message>
        <source>A certificate and key for one device, signed by this home&apos;s authority</source>
        <translation>为单台设备生成的证书和密钥，由本家庭的证书颁发机构签发</translation>
    </message>
    <message>
        <source>The broker listens on 127.0.0.1 only; devices on your network cannot reach it.</source>
        <translation>代理仅在 127.0.0.1 上监听；您网络中的设备无法访问它。</translation>
    </message>
    <message>
        <source>Devices need &lt;b&gt;ca.crt&lt;/b&gt; from &lt;a href=&quot;%1&quot;&gt;this home&apos;s certificate folder&lt;/a&gt; to trust the broker. Nobody logs in without a user name or a certificate.</source>
        <translation>设备需要&lt;a href=&quot;%1&quot;&gt;本家庭证书文件夹&lt;/a&gt;中的 &lt;b&gt;ca.crt&lt;/b&gt; 才能信任代理。没有用户名或证书，任何人都无法登录。</translation>
    </message>
    <message>
        <source>Nobody logs in from the network without a user name or a certificate.</source>
        <translation>没有用户名或证书，任何人都无法从网络登录。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Allow devices on the network…</source>
        <translation>允许网络中的设备…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::NewDevicesPanel</name>
    <message>
        <source>switch</source>
        <translation>1 个开关</translation>
    </message>
    <message>
        <source>%1 switches</source>
        <translation>%1 个开关</translation>
    </message>
    <message>
        <source>light</source>
        <translation>1 盏灯</translation>
    </message>
    <message>
        <source>%1 lights</source>
        <translation>%1 盏灯</translation>
    </message>
    <message>
        <source>sensor</source>
        <translation>1 个传感器</translation>
    </message>
    <message>
        <source>%1 sensors</source>
        <translation>%1 个传感器</translation>
    </message>
    <message>
        <source>binary sensor</source>
        <translation>1 个二元传感器</translation>
    </message>
    <message>
        <source>%1 binary sensors</source>
        <translation>%1 个二元传感器</translation>
    </message>
    <message>
        <source>No new devices. Devices appear here as they announce themselves on the broker (Home Assistant discovery, Tasmota, Zigbee2MQTT, Shelly, Homie).</source>
        <translation>没有新设备。设备在代理上自行公布后会出现在这里（Home Assistant 自动发现、Tasmota、Zigbee2MQTT、Shelly、Homie）。</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <source>New devices</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>Choose a room for each and accept it onto the dashboard.</source>
        <translation>为每个设备选择房间，然后将其接受到仪表板上。</translation>
    </message>
    <message>
        <source>nothing to show yet</source>
        <translation>尚无可显示的内容</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Leave this device off the dashboard; it is not offered again</source>
        <translation>不将此设备放到仪表板上；以后也不会再提示</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>通过 %1</translation>
    </message>
    <message>
        <source>Room for %1</source>
        <translation>%1 的房间</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>忽略 %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家</translation>
    </message>
    <message>
        <source>%1 (new room)</source>
        <translation>%1（新房间）</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>新建房间…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::Notifier</name>
    <message>
        <source>%1 is offline</source>
        <translation>%1 已离线</translation>
    </message>
    <message>
        <source>%1 stopped answering; its tiles show the last state it reported.</source>
        <translation>%1 已停止响应；其磁贴显示的是它最后报告的状态。</translation>
    </message>
    <message>
        <source>The embedded broker did not start</source>
        <translation>内置代理未能启动</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PayloadTextView</name>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Load the whole payload into the view. Very large payloads take a moment.</source>
        <translation>将整个载荷载入视图。非常大的载荷需要一点时间。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>正在显示前 %1，共 %2。</translation>
    </message>
    <message>
        <source>Decoding the whole payload…</source>
        <translation>正在解码整个载荷…</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PlotView</name>
    <message>
        <source>Plot:</source>
        <translation>绘图：</translation>
    </message>
    <message>
        <source>Payload value</source>
        <translation>载荷值</translation>
    </message>
    <message>
        <source>No numbers in the kept messages</source>
        <translation>保存的消息中没有数字</translation>
    </message>
    <message>
        <source>None of the messages has a number at “%1”.</source>
        <translation>没有任何消息在“%1”中包含数字。</translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>载荷本身</translation>
    </message>
    <message>
        <source>Last %1 · lowest %2 · highest %3 · %4 points</source>
        <translation>最新 %1 · 最低 %2 · 最高 %3 · %4 个数据点</translation>
    </message>
    <message>
        <source>Reading values…</source>
        <translation>正在读取数值…</translation>
    </message>
    <message>
        <source>Large payloads are read in the background.</source>
        <translation>大型载荷会在后台读取。</translation>
    </message>
    <message>
        <source>Nothing to plot</source>
        <translation>没有可绘制的数据</translation>
    </message>
    <message>
        <source>Plots need payloads that are numbers (21.5, ON/OFF) or JSON documents with numeric fields.</source>
        <translation>绘图要求载荷为数字（21.5、ON/OFF）或包含数值字段的 JSON 文档。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>颜色模式(&amp;T)：</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start Homewire when I &amp;log in</source>
        <translation>登录时启动 Homewire(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;minimized, in the system tray</source>
        <translation>启动时最小化到系统托盘(&amp;M)</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>启动时最小化(&amp;M)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Homewire speaks the new language after a restart.</source>
        <translation>Homewire 重新启动后将使用新语言。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::ProfilePicker</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <source>Create, edit and delete connections</source>
        <translation>创建、编辑和删除连接</translation>
    </message>
</context>
<context>
    <name>homewire::ui::PublishPanel</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>e.g. home/kitchen/light/set</source>
        <translation>例如：home/kitchen/light/set</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON payloads are checked before they are sent</source>
        <translation>JSON 载荷在发送前会经过检查</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Check the JSON and indent it</source>
        <translation>检查 JSON 并缩进</translation>
    </message>
    <message>
        <source>Payload text. Ctrl+Return publishes.</source>
        <translation>载荷文本。按 Ctrl+Return 发布。</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation>0 – 最多一次</translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation>1 – 至少一次</translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation>2 – 恰好一次</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>The broker keeps the message and gives it to every new subscriber of the topic</source>
        <translation>代理会保存此消息，并将其发送给该主题的每个新订阅者</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Publish (Ctrl+Return)</source>
        <translation>发布（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Sent lately</source>
        <translation>最近发送</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Publish the selected message again (or double-click it)</source>
        <translation>再次发布所选消息（也可双击该消息）</translation>
    </message>
    <message>
        <source>Not connected: connect to a broker to publish.</source>
        <translation>未连接：请先连接到代理再发布。</translation>
    </message>
    <message>
        <source>Enter the topic to publish to.</source>
        <translation>请输入要发布到的主题。</translation>
    </message>
    <message>
        <source>Not a valid topic name: %1</source>
        <translation>主题名称无效：%1</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3。</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>正在发布到 %1…</translation>
    </message>
    <message>
        <source>Published at %1.</source>
        <translation>已于 %1 发布。</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>发布失败。</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>发布失败：%1</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomNameDialog</name>
    <message>
        <source>Add room</source>
        <translation>添加房间</translation>
    </message>
    <message>
        <source>Rename room</source>
        <translation>重命名房间</translation>
    </message>
    <message>
        <source>Room &amp;name:</source>
        <translation>房间名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Kitchen</source>
        <translation>例如：厨房</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Enter a name for the room.</source>
        <translation>请输入房间的名称。</translation>
    </message>
    <message>
        <source>There is already a room called “%1”.</source>
        <translation>已有名为“%1”的房间。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RoomSection</name>
    <message>
        <source>No tiles in this room yet. Drag a tile here.</source>
        <translation>此房间中还没有磁贴。请将磁贴拖到这里。</translation>
    </message>
    <message>
        <source>Drag to move the room; right-click for more</source>
        <translation>拖动可移动房间；右键单击可查看更多操作</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove room…</source>
        <translation>删除房间…</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>%1 的操作</translation>
    </message>
    <message>
        <source>1 tile</source>
        <translation>1 个磁贴</translation>
    </message>
    <message>
        <source>%1 tiles</source>
        <translation>%1 个磁贴</translation>
    </message>
</context>
<context>
    <name>homewire::ui::RuleDialog</name>
    <message>
        <source>Enter a topic filter, e.g. home/# for everything under home.</source>
        <translation>请输入主题过滤器，例如 home/# 表示 home 下的所有内容。</translation>
    </message>
    <message>
        <source>A topic filter cannot contain the null character.</source>
        <translation>主题过滤器不能包含空字符。</translation>
    </message>
    <message>
        <source>Rules are not written for shared subscriptions ($share/…); write the topic filter itself.</source>
        <translation>规则不针对共享订阅（$share/…）编写；请直接写出主题过滤器本身。</translation>
    </message>
    <message>
        <source>The filter starts or ends with a space. Spaces count as part of a topic, so this is almost certainly not what you mean.</source>
        <translation>过滤器以空格开头或结尾。空格也算作主题的一部分，因此这几乎肯定不是您想要的。</translation>
    </message>
    <message>
        <source>“#” matches everything below a level, so it must be the last level and stand alone: home/#.</source>
        <translation>“#”匹配某一级以下的所有内容，因此它必须位于最后一级，并单独占据一级：home/#。</translation>
    </message>
    <message>
        <source>“+” matches exactly one level and must stand alone between slashes: home/+/temperature.</source>
        <translation>“+”恰好匹配一级，必须单独位于两个斜杠之间：home/+/temperature。</translation>
    </message>
    <message>
        <source>The filter is too long: MQTT allows at most 65,535 bytes.</source>
        <translation>过滤器过长：MQTT 最多允许 65,535 字节。</translation>
    </message>
    <message>
        <source>This is not a valid MQTT topic filter.</source>
        <translation>这不是有效的 MQTT 主题过滤器。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>e.g. home/#</source>
        <translation>例如：home/#</translation>
    </message>
    <message>
        <source>As in a subscription, “+” matches one level and “#” everything below. %u stands for the client&apos;s user name and %c for its client identifier: devices/%u/# gives each user a branch of their own.</source>
        <translation>与订阅一样，“+”匹配一级，“#”匹配其下的所有内容。%u 代表客户端的用户名，%c 代表其客户端标识符：devices/%u/# 会为每个用户分配各自的分支。</translation>
    </message>
    <message>
        <source>Read &amp; write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Read (subscribe and receive)</source>
        <translation>读（订阅和接收）</translation>
    </message>
    <message>
        <source>Write (publish)</source>
        <translation>写（发布）</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>适用对象(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Topic filter:</source>
        <translation>主题过滤器(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>权限(&amp;A)：</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter the client identifier.</source>
        <translation>请输入客户端标识符。</translation>
    </message>
    <message>
        <source>Client &amp;identifier:</source>
        <translation>客户端标识符(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>e.g. kitchen-sensor</source>
        <translation>例如：kitchen-sensor</translation>
    </message>
    <message>
        <source>e.g. tasmota_4F2A1C</source>
        <translation>例如：tasmota_4F2A1C</translation>
    </message>
    <message>
        <source>There is no user named “%1” yet. The rule applies once a client logs in with that name, or with a certificate of that name.</source>
        <translation>尚无名为“%1”的用户。一旦有客户端使用该名称或该名称的证书登录，此规则即会生效。</translation>
    </message>
    <message>
        <source>Clients logged in as “%1”</source>
        <translation>以“%1”身份登录的客户端</translation>
    </message>
    <message>
        <source>The client with the identifier “%1”</source>
        <translation>标识符为“%1”的客户端</translation>
    </message>
    <message>
        <source>Clients without a user name</source>
        <translation>没有用户名的客户端</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>所有客户端</translation>
    </message>
    <message>
        <source>%1 may subscribe to and receive %2.</source>
        <translation>%1可以订阅并接收 %2。</translation>
    </message>
    <message>
        <source>%1 may publish to %2.</source>
        <translation>%1可以发布到 %2。</translation>
    </message>
    <message>
        <source>%1 may read and write %2.</source>
        <translation>%1可以读写 %2。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SensorTile</name>
    <message>
        <source>Last hour: lowest %1, highest %2</source>
        <translation>过去一小时：最低 %1，最高 %2</translation>
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
        <translation>，保留</translation>
    </message>
    <message>
        <source>(empty payload)</source>
        <translation>（空载荷）</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SubscriptionsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Subscribed to on every connect, in this order</source>
        <translation>每次连接时按此顺序订阅</translation>
    </message>
    <message>
        <source>Add a topic filter</source>
        <translation>添加主题过滤器</translation>
    </message>
    <message>
        <source>Remove the selected topic filters</source>
        <translation>删除所选的主题过滤器</translation>
    </message>
    <message>
        <source>0 – at most once</source>
        <translation>0 – 最多一次</translation>
    </message>
    <message>
        <source>1 – at least once</source>
        <translation>1 – 至少一次</translation>
    </message>
    <message>
        <source>2 – exactly once</source>
        <translation>2 – 恰好一次</translation>
    </message>
    <message>
        <source>Row %1: enter a topic filter, for example home/+/temperature.</source>
        <translation>第 %1 行：请输入主题过滤器，例如 home/+/temperature。</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid topic filter.</source>
        <translation>第 %1 行：“%2”不是有效的主题过滤器。</translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>“%1”：%2。</translation>
    </message>
    <message>
        <source>Row %1 repeats the topic filter of row %2.</source>
        <translation>第 %1 行与第 %2 行的主题过滤器重复。</translation>
    </message>
    <message>
        <source>“+” matches exactly one topic level and “#” any number of levels; each must fill a whole level, and “#” must come last.</source>
        <translation>“+”恰好匹配一级主题，“#”匹配任意多级；二者都必须占据完整的一级，且“#”必须位于最后。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::SwitchTile</name>
    <message>
        <source>Turning on…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>正在关闭…</translation>
    </message>
    <message>
        <source>On · confirmed</source>
        <translation>开 · 已确认</translation>
    </message>
    <message>
        <source>Off · confirmed</source>
        <translation>关 · 已确认</translation>
    </message>
    <message>
        <source>No answer from the device — it still reports On</source>
        <translation>设备没有应答 — 它仍报告为开</translation>
    </message>
    <message>
        <source>No answer from the device — it still reports Off</source>
        <translation>设备没有应答 — 它仍报告为关</translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation>设备没有应答</translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation>开 · 假定（无状态主题）</translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation>关 · 假定（无状态主题）</translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation>无法发送命令</translation>
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
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>%1 · drag to select bytes, Ctrl+C copies them as hex</source>
        <translation>%1 · 拖动可选择字节，按 Ctrl+C 将其复制为十六进制</translation>
    </message>
    <message>
        <source>Selected %1 at offset 0x%2 (%3)</source>
        <translation>已选择偏移 0x%2（%3）处的 %1</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>正在解码…</translation>
    </message>
    <message>
        <source>Copy Topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <source>Copy the topic name to the clipboard</source>
        <translation>将主题名称复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy Payload</source>
        <translation>复制载荷</translation>
    </message>
    <message>
        <source>Copy the shown payload to the clipboard (binary payloads as hex text)</source>
        <translation>将显示的载荷复制到剪贴板（二进制载荷复制为十六进制文本）</translation>
    </message>
    <message>
        <source>No messages on this topic yet</source>
        <translation>此主题尚无消息</translation>
    </message>
    <message>
        <source>Select a topic to see its messages</source>
        <translation>选择一个主题以查看其消息</translation>
    </message>
    <message>
        <source>Its payload appears here as text, JSON, hex, history, a diff and a plot.</source>
        <translation>其载荷会以文本、JSON、十六进制、历史、差异和图表的形式显示在这里。</translation>
    </message>
    <message>
        <source>Binary payload: control characters show as symbols such as ␀. The Hex tab shows the bytes.</source>
        <translation>二进制载荷：控制字符显示为 ␀ 等符号。“十六进制”标签页显示原始字节。</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>接收于 %1</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 条消息</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <source>The inspector keeps the last %1 messages of this topic.</source>
        <translation>检查器会保存此主题最近的 %1 条消息。</translation>
    </message>
    <message>
        <source>1 newer message</source>
        <translation>1 条新消息</translation>
    </message>
    <message>
        <source>%1 newer messages</source>
        <translation>%1 条新消息</translation>
    </message>
    <message>
        <source>Showing an earlier message (%1 since). &lt;a href=&quot;latest&quot;&gt;Show latest&lt;/a&gt;</source>
        <translation>正在显示较早的消息（之后又有 %1）。&lt;a href=&quot;latest&quot;&gt;显示最新消息&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This payload is not JSON.</source>
        <translation>此载荷不是 JSON。</translation>
    </message>
    <message>
        <source>Only one message so far: nothing to compare it with.</source>
        <translation>目前只有一条消息：没有可与之比较的消息。</translation>
    </message>
    <message>
        <source>Nothing to plot: the payloads are neither numbers (21.5, ON/OFF) nor JSON with numeric fields.</source>
        <translation>没有可绘制的数据：载荷既不是数字（21.5、ON/OFF），也不是含数值字段的 JSON。</translation>
    </message>
</context>
<context>
    <name>homewire::ui::TopicTreeModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 个主题</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 个主题</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 条消息</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>(an empty topic level)</source>
        <translation>（空的主题层级）</translation>
    </message>
    <message>
        <source>Last message: %1, QoS %2%3, received %4</source>
        <translation>最后一条消息：%1，QoS %2%3，接收于 %4</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>，保留</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(%1 binary)</source>
        <translation>（%1 二进制数据）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>homewire::ui::TrayFavouritesMenu</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A favourite in the tray menu: &quot;Desk lamp — Office&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Favourites · not connected to the broker</source>
        <translation>收藏 · 未连接到代理</translation>
    </message>
    <message>
        <source>Not connected to the broker</source>
        <translation>未连接到代理</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Not heard from yet: the device has not said whether it is online</source>
        <translation>尚未收到消息：设备尚未报告是否在线</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>正在关闭…</translation>
    </message>
    <message>
        <source>No answer from the device</source>
        <translation>设备没有应答</translation>
    </message>
    <message>
        <source>The command could not be sent</source>
        <translation>无法发送命令</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>On · assumed (no state topic)</source>
        <translation>开 · 假定（无状态主题）</translation>
    </message>
    <message>
        <source>Off · assumed (no state topic)</source>
        <translation>关 · 假定（无状态主题）</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>尚无报告</translation>
    </message>
</context>
<context>
    <name>homewire::ui::TrayIcon</name>
    <message>
        <source>Embedded broker stopped</source>
        <translation>内置代理已停止</translation>
    </message>
    <message>
        <source>Start broker</source>
        <translation>启动代理</translation>
    </message>
    <message>
        <source>Quit Homewire</source>
        <translation>退出 Homewire</translation>
    </message>
    <message>
        <source>Stop broker</source>
        <translation>停止代理</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>隐藏窗口</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
</context>
<context>
    <name>homewire::ui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Devices and programs log in to the broker with this name and password. Homewire keeps only a salted hash of the password and cannot show it again.</source>
        <translation>设备和程序使用此名称和密码登录代理。Homewire 只保存密码的加盐哈希，无法再次显示密码。</translation>
    </message>
    <message>
        <source>The new password for “%1”. Devices logging in as %1 need it from their next connection on.</source>
        <translation>“%1”的新密码。以 %1 身份登录的设备从下次连接起需要使用此密码。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; devices would have to send it exactly so.</source>
        <translation>名称以空格开头或结尾；设备必须原样发送这些空格。</translation>
    </message>
    <message>
        <source>A user name cannot contain control characters.</source>
        <translation>用户名不能包含控制字符。</translation>
    </message>
    <message>
        <source>A user named “%1” already exists.</source>
        <translation>名为“%1”的用户已存在。</translation>
    </message>
    <message>
        <source>Rules that use %u do not apply to names containing “/”, “+” or “#”.</source>
        <translation>使用 %u 的规则不适用于包含“/”、“+”或“#”的名称。</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Short passwords are easy to guess: %1 characters or more are better.</source>
        <translation>短密码容易被猜到：最好使用 %1 个或更多字符。</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>请再次输入密码。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MQTT home automation controller</source>
        <translation>MQTT 家庭自动化控制器</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (a self-contained profile).</source>
        <translation>将数据库和设置保存在 &lt;dir&gt; 中（独立的配置档案）。</translation>
    </message>
    <message>
        <source>Port of the embedded broker.</source>
        <translation>内置代理的端口。</translation>
    </message>
    <message>
        <source>Do not start the embedded broker.</source>
        <translation>不启动内置代理。</translation>
    </message>
    <message>
        <source>Open a connection to &lt;url&gt; (mqtt://host:port, mqtts://, ws://, wss://).</source>
        <translation>打开到 &lt;url&gt; 的连接（mqtt://host:port、mqtts://、ws://、wss://）。</translation>
    </message>
    <message>
        <source>Run the demo home&apos;s virtual devices against the embedded broker.</source>
        <translation>让演示家庭的虚拟设备在内置代理上运行。</translation>
    </message>
    <message>
        <source>With --demo, add &lt;n&gt; messages a second of busy telemetry.</source>
        <translation>与 --demo 一起使用时，每秒额外产生 &lt;n&gt; 条繁忙的遥测消息。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>主题浏览器</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>&amp;Demo home</source>
        <translation>演示家庭(&amp;D)</translation>
    </message>
    <message>
        <source>Run virtual devices of every kind Homewire knows on the embedded broker</source>
        <translation>在内置代理上运行 Homewire 支持的各类虚拟设备</translation>
    </message>
    <message>
        <source>Embedded broker running on port %1</source>
        <translation>内置代理正在端口 %1 上运行</translation>
    </message>
    <message>
        <source>Embedded broker stopped</source>
        <translation>内置代理已停止</translation>
    </message>
    <message>
        <source>Notify when a device goes offline</source>
        <translation>设备离线时发出通知</translation>
    </message>
    <message>
        <source>Notify when the broker cannot start</source>
        <translation>代理无法启动时发出通知</translation>
    </message>
    <message>
        <source>Embedded broker running</source>
        <translation>内置代理正在运行</translation>
    </message>
    <message>
        <source>Embedded broker</source>
        <translation>内置代理</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>The connection profiles could not be read: %1</source>
        <translation>无法读取连接配置：%1</translation>
    </message>
    <message>
        <source>Start with the window minimized (hidden in the system tray when there is one).</source>
        <translation>启动时最小化窗口（如有系统托盘，则隐藏到托盘中）。</translation>
    </message>
    <message>
        <source>Speak the language &lt;code&gt; (de, en, es, fr, zh_CN) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation>使用语言 &lt;code&gt;（de、en、es、fr、zh_CN），而不是在首选项中选择的语言或系统语言。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
</context>
</TS>
