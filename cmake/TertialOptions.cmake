# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compile options every Tertial target shares.
add_library(tertial_options INTERFACE)
target_compile_features(tertial_options INTERFACE cxx_std_23)
target_compile_options(tertial_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
if(TERTIAL_WERROR)
  target_compile_options(tertial_options INTERFACE -Werror)
endif()
# Qt hygiene: no implicit ASCII casts, no context-less connects, fast string concatenation.
target_compile_definitions(tertial_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT QT_USE_QSTRINGBUILDER)
