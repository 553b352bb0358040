# The one place that carries compiler settings. Every Limber target links limber_compiler_settings.
add_library(limber_compiler_settings INTERFACE)
add_library(Limber::CompilerSettings ALIAS limber_compiler_settings)

target_compile_features(limber_compiler_settings INTERFACE cxx_std_20)

target_compile_options(limber_compiler_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough
    $<$<BOOL:${LIMBER_WERROR}>:-Werror>)

target_compile_definitions(limber_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(LIMBER_SANITIZE)
    target_compile_options(limber_compiler_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(limber_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
