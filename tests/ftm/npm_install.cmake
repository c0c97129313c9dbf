# SPDX-License-Identifier: GPL-3.0-or-later
# Installs @alephdata/followthemoney@VERSION under PREFIX unless that version is there already.
if(NOT NPM OR NPM MATCHES "NOTFOUND")
    message(FATAL_ERROR "npm not found: install the Debian packages nodejs and npm (dev.sh)")
endif()
set(installed ${PREFIX}/node_modules/@alephdata/followthemoney/package.json)
if(EXISTS ${installed})
    file(READ ${installed} manifest)
    string(JSON have GET "${manifest}" version)
    if(have STREQUAL VERSION)
        message(STATUS "@alephdata/followthemoney ${have} is installed in ${PREFIX}")
        return()
    endif()
endif()
file(MAKE_DIRECTORY ${PREFIX})
execute_process(
    COMMAND ${NPM} install --prefix ${PREFIX} --no-audit --no-fund --no-save --no-package-lock
            @alephdata/followthemoney@${VERSION}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 240)
if(NOT result EQUAL 0 OR NOT EXISTS ${installed})
    message(FATAL_ERROR "npm could not install @alephdata/followthemoney@${VERSION} into ${PREFIX} "
                        "(is the npm registry reachable?): ${result}\n${err}")
endif()
message(STATUS "installed @alephdata/followthemoney@${VERSION} into ${PREFIX}")
