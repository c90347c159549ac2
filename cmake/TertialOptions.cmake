# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compile options every Tertial target shares.
add_library(tertial_options INTERFACE)
target_compile_features(tertial_options INTERFACE cxx_std_23)
if(MSVC)
  # Windows (docs/install.md): the sources are UTF-8 (Swedish text in narrow literals), and
  # __cplusplus must tell the truth for Qt and libstdc++-minded code. Not built here yet.
  target_compile_options(tertial_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
  if(TERTIAL_WERROR)
    target_compile_options(tertial_options INTERFACE /WX)
  endif()
else()
  target_compile_options(tertial_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  if(TERTIAL_WERROR)
    target_compile_options(tertial_options INTERFACE -Werror)
  endif()
endif()
# Qt hygiene: no implicit ASCII casts, no context-less connects, fast string concatenation.
target_compile_definitions(tertial_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT QT_USE_QSTRINGBUILDER)
