# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every compile setting; each target of ours links it.
add_library(tokenscope_settings INTERFACE)

target_compile_definitions(tokenscope_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED
    TOKENSCOPE_VERSION="${PROJECT_VERSION}"
    TOKENSCOPE_QTKEYCHAIN_VERSION="${Qt6Keychain_VERSION}")

target_compile_options(tokenscope_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)

if(TOKENSCOPE_WERROR)
    target_compile_options(tokenscope_settings INTERFACE -Werror)
endif()

if(TOKENSCOPE_SANITIZE)
    target_compile_options(tokenscope_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(tokenscope_settings INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer: instrument everything of ours; the fuzz targets themselves link -fsanitize=fuzzer.
if(TOKENSCOPE_FUZZ)
    target_compile_options(tokenscope_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(tokenscope_settings INTERFACE -fsanitize=address,undefined)
endif()
