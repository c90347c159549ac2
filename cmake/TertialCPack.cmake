# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package (scripts/package runs `cpack -G DEB` in a release build). Included from
# packaging/CMakeLists.txt, after every install rule. Runtime dependencies are what
# dpkg-shlibdeps finds the programs linked against, never a hand-written list.
set(CPACK_PACKAGE_NAME tertial)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "${TERTIAL_DEVELOPER}")
set(CPACK_PACKAGE_CONTACT "${TERTIAL_CONTACT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${TERTIAL_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "budget follow-up workbench for Swedish municipal committees")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
Tertial is a desktop workbench for the financial follow-up of Swedish
municipal committees (nämnder): budget, outcome, forecast and volumes per
municipality, committee, activity and period, with the deviations, forecasts
and indicator status computed exactly, to the krona.

The package holds the workbench (tertial), the command line (tertial-cli:
import, export, tables, period locks, charts, report drafts, Kolada key
figures), their manual pages in Swedish and English, report templates, the
municipality list and a demo database.]=])
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # tertial_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE ${TERTIAL_DEBIAN_RELEASE}) # from packaging/debian/changelog
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Not libraries, so dpkg-shlibdeps cannot see them: the font the charts and the default report
# templates name (Qt substitutes another without it) and Qt's Swedish catalogue for its own
# dialogs (Tertial carries a supplement, so both only improve what is shown).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, qt6-translations-l10n")
# Debian's packages are xz-compressed too; CPack's default gzip would do as well.
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
include(CPack)
