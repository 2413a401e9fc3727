# Fails when the Indonesian .ts has unfinished or empty translations. A copy is first brought up
# to date with the sources by lupdate (as the update_translations target does), so a tr() string
# added without running lupdate counts as unfinished instead of slipping through.
file(COPY_FILE ${TS_FILE} ${WORK_TS})
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none -extensions cpp,h
        -I core -I ui core ui app -ts ${WORK_TS}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE lupdate_result OUTPUT_QUIET ERROR_QUIET)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${WORK_TS}")
endif()
file(READ ${WORK_TS} ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
string(REGEX MATCHALL "<translation></translation>" empty "${ts}")
string(REGEX MATCHALL "<message[ >]" messages "${ts}")
list(LENGTH unfinished n_unfinished)
list(LENGTH empty n_empty)
list(LENGTH messages n_messages)
if(n_messages EQUAL 0)
    message(FATAL_ERROR "${TS_FILE} holds no messages")
endif()
if(n_unfinished GREATER 0 OR n_empty GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${n_unfinished} unfinished and ${n_empty} empty of ${n_messages} messages")
endif()
message(STATUS "${n_messages} messages, all translated")
