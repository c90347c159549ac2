# SPDX-License-Identifier: GPL-3.0-or-later
# Run at build time (cmake -P) for one manual page: runs the built PROGRAM for its --help in
# LANG (the overview, then `PROGRAM VERB --help` for every verb the overview lists when VERBS
# is ON), hands the texts to tertial-help2man, and gzips the page (gzip -9n, as Debian wants).
# The page is made from the very text --help prints, so the two cannot drift.
#
# In: PROGRAM, NAME, LANG, CONVERTER, VERSION_HEADER, SOURCE (e.g. "Tertial 0.1.0"), VERBS,
#     SEE_ALSO (a ;-list), FILES_TITLE, FILES_TEXT (optional), WORK_DIR, OUTPUT (the .gz).
cmake_minimum_required(VERSION 3.25)
set(ENV{QT_QPA_PLATFORM} offscreen) # tertial is a Qt Widgets program, even for --help
set(ENV{LC_ALL} C.UTF-8)

function(run_help output_file)
  execute_process(COMMAND "${PROGRAM}" --lang ${LANG} ${ARGN} --help
    OUTPUT_FILE "${output_file}" RESULT_VARIABLE failed ERROR_VARIABLE errors)
  if(failed)
    message(FATAL_ERROR "${PROGRAM} --lang ${LANG} ${ARGN} --help failed (${failed}): ${errors}")
  endif()
endfunction()

file(MAKE_DIRECTORY "${WORK_DIR}")
set(overview "${WORK_DIR}/${NAME}.${LANG}.help")
run_help("${overview}")

set(arguments --name "${NAME}" --lang "${LANG}" --source "${SOURCE}" --manual "Tertial" --overview "${overview}")
if(VERBS)
  execute_process(COMMAND "${CONVERTER}" --list-verbs "${overview}"
    OUTPUT_VARIABLE verbs RESULT_VARIABLE failed)
  if(failed OR verbs STREQUAL "")
    message(FATAL_ERROR "no verbs found in ${overview}")
  endif()
  string(REPLACE "\n" ";" verbs "${verbs}")
  list(FILTER verbs EXCLUDE REGEX "^$")
  foreach(verb IN LISTS verbs)
    set(text "${WORK_DIR}/${NAME}-${verb}.${LANG}.help")
    run_help("${text}" ${verb})
    list(APPEND arguments --command ${verb} "${text}")
  endforeach()
endif()

# The date of the version (the commit's), as the header that --version compiles in says.
file(STRINGS "${VERSION_HEADER}" date_line REGEX "TERTIAL_VERSION_DATE")
string(REGEX MATCH "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]" date "${date_line}")
list(APPEND arguments --date "${date}")
if(FILES_TEXT)
  list(APPEND arguments --extra "${FILES_TITLE}" "${FILES_TEXT}")
endif()
foreach(reference IN LISTS SEE_ALSO)
  list(APPEND arguments --see-also "${reference}")
endforeach()

get_filename_component(page "${OUTPUT}" NAME_WLE)
set(roff "${WORK_DIR}/${LANG}/${page}")
file(MAKE_DIRECTORY "${WORK_DIR}/${LANG}")
execute_process(COMMAND "${CONVERTER}" ${arguments} --output "${roff}" RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "tertial-help2man failed for ${NAME} (${LANG})")
endif()
find_program(GZIP gzip REQUIRED)
execute_process(COMMAND "${GZIP}" -9nc "${roff}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "gzip ${roff} failed")
endif()
