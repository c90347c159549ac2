# SPDX-License-Identifier: GPL-3.0-or-later
# cmake/GitDescribe.cmake outside a git checkout (a tarball): the version alone, or the
# .tarball-version a release tarball carries. Run by ctest: cmake -DSCRIPT=... -DWORK=... -P this.
cmake_minimum_required(VERSION 3.25)
find_program(GIT git)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/src")

function(describe expected_describe)
  execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${WORK}/src -DOUTPUT=${WORK}/versionbuild.h
                          -DVERSION=9.8.7 -DGIT_EXECUTABLE=${GIT} -P ${SCRIPT}
                  RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "GitDescribe.cmake failed")
  endif()
  file(READ "${WORK}/versionbuild.h" header)
  if(NOT header MATCHES "#define TERTIAL_VERSION_NUMBER \"9.8.7\"")
    message(FATAL_ERROR "no version number in:\n${header}")
  endif()
  if(NOT header MATCHES "#define TERTIAL_GIT_DESCRIBE \"${expected_describe}\"")
    message(FATAL_ERROR "expected git describe '${expected_describe}' in:\n${header}")
  endif()
  if(NOT header MATCHES "#define TERTIAL_VERSION_DATE \"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\"")
    message(FATAL_ERROR "no date in:\n${header}")
  endif()
endfunction()

# Unpacked from a tarball without .git (even inside another repository: /work is not one, but
# the script only asks git when the source folder itself has .git).
describe("")
# A release tarball's .tarball-version; characters unsafe in a C string are dropped.
file(WRITE "${WORK}/src/.tarball-version" "v9.8.7-3-g0123456789\"\\\n")
describe("v9.8.7-3-g0123456789")
file(REMOVE_RECURSE "${WORK}")
