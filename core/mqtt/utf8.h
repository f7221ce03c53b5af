// Validation of MQTT UTF-8 encoded strings (3.1.1 section 1.5.3, 5.0 section 1.5.4).
#pragma once

#include "codecerror.h"

#include <QByteArrayView>

namespace homewire::mqtt {

// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates U+D800..U+DFFF,
// nothing above U+10FFFF; MQTT-1.5.3-1) without U+0000 (MQTT-1.5.3-2).
// A byte order mark is legal and is kept (MQTT-1.5.3-3).
CodecResult<void> validateUtf8(QByteArrayView bytes);

} // namespace homewire::mqtt
