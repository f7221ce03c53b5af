// Reads the Home Assistant value templates Homewire can follow without a
// Jinja engine: "{{ value }}", "{{ value_json.a }}", "{{ value_json.a.b }}",
// "{{ value_json['a'] }}", optionally followed by filters that do not change
// which value is read ("| float", "| int", "| round(1)", "| is_defined").
//
// Not here: evaluating templates. Anything else is reported as not exact, and
// the caller reads the whole payload instead.
#pragma once

#include <QString>
#include <homewire/device.h>

namespace homewire::plugins::homeassistant {

struct TemplateReading
{
    devices::ValuePath path; // empty field: the whole payload
    bool exact = true;       // false: the template does more than pick a member
};

// An empty template reads the whole payload, exactly.
TemplateReading readValueTemplate(const QString &text);

} // namespace homewire::plugins::homeassistant
