# Compiler settings shared by every Homewire target: warnings, warnings-as-errors
# and the sanitizer build. Applied per target through homewire_apply_settings().

add_library(homewire_settings INTERFACE)
add_library(Homewire::settings ALIAS homewire_settings)

if(MSVC)
    target_compile_options(homewire_settings INTERFACE /W4 /permissive- /utf-8)
    if(HOMEWIRE_WERROR)
        target_compile_options(homewire_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(homewire_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(HOMEWIRE_WERROR)
        target_compile_options(homewire_settings INTERFACE -Werror)
    endif()
endif()

if(HOMEWIRE_SANITIZE)
    if(MSVC)
        target_compile_options(homewire_settings INTERFACE /fsanitize=address)
    else()
        set(_hw_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_compile_options(homewire_settings INTERFACE ${_hw_san})
        target_link_options(homewire_settings INTERFACE ${_hw_san})
    endif()
endif()

# Qt's string literal helpers are the only conversions we allow.
target_compile_definitions(homewire_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH)
