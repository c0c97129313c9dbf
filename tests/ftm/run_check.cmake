# SPDX-License-Identifier: GPL-3.0-or-later
# Runs check_ftm.mjs over every *.ftm.json in DIR; fails when there is none.
if(NOT NODE OR NODE MATCHES "NOTFOUND")
    message(FATAL_ERROR "node not found: install the Debian package nodejs (dev.sh)")
endif()
file(GLOB files ${DIR}/*.ftm.json)
if(NOT files)
    message(FATAL_ERROR "no FtM exports in ${DIR}: test_ftm and ftm_cli_export write them")
endif()
execute_process(COMMAND ${NODE} ${SCRIPT} ${PREFIX} ${files} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "FollowTheMoney's model refuses what ChipTrail exported (above)")
endif()
