// Validation of MQTT UTF-8 encoded strings (3.1.1 section 1.5.3, 5.0 section 1.5.4).
#pragma once

#include "codecerror.h"

#include <QByteArrayView>

namespace homewire::mqtt {

// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates U+D800..U+DFFF,
// nothing above U+10FFFF; MQTT-1.5.3-1) without U+0000 (MQTT-1.5.3-2).
// A byte order mark is legal and is kept (MQTT-1.5.3-3).
CodecResult<void> validateUtf8(QByteArrayView bytes);

// Length of the well-formed UTF-8 sequence starting at p[0], of which
// `available` bytes may be read (Unicode table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 when it is ill-formed.
int utf8SequenceLength(const uchar *p, qsizetype available);

} // namespace homewire::mqtt
