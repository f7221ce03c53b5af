// libFuzzer target: the JSON reader the inspector and the publish panel use on
// payloads from the network.
// Invariants: no crash; parse() and validate() agree on what is valid; a
// valid document that QJsonDocument also reads as an object or array is
// accepted by QJsonDocument unless Qt's own limits refuse it (the reader is
// never more lenient about syntax than Qt's);
// the error offset lies within the input.
#include "history/payload/jsontree.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace homewire::payload;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto validated = JsonTree::validate(json);
    const auto parsed = JsonTree::parse(json);
    // Inputs are far below parse()'s node limit, so both must agree.
    if (validated.hasValue() != parsed.hasValue()) {
        std::fprintf(stderr, "validate() and parse() disagree\n");
        std::abort();
    }
    if (!validated && (validated.error().code.offset < 0 || validated.error().code.offset > json.size())) {
        std::fprintf(stderr, "error offset outside the input\n");
        std::abort();
    }
    if (validated) {
        QJsonParseError error;
        (void)QJsonDocument::fromJson(json, &error);
        const bool container = *validated == JsonType::Object || *validated == JsonType::Array;
        // Qt refuses numbers beyond a double's range and deep nesting; RFC 8259
        // (section 9) lets readers set such limits, and ours reads both.
        if (container && error.error != QJsonParseError::NoError &&
            error.error != QJsonParseError::DeepNesting && error.error != QJsonParseError::IllegalNumber) {
            std::fprintf(stderr, "accepted what QJsonDocument rejects: %s\n",
                         qPrintable(error.errorString()));
            std::abort();
        }
    }
    return 0;
}
