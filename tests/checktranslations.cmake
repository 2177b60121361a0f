# Fails when a text in the sources has no finished Bahasa Indonesia translation: lupdate runs
# over core, ui and app into a copy of the committed .ts, and the copy must have no unfinished
# or empty translation. `ninja update_translations` brings the .ts up to date for translating.
file(MAKE_DIRECTORY "${WORK}")
configure_file("${TS}" "${WORK}/check_id.ts" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${WORK}/check_id.ts"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}${errors}")
endif()
file(READ "${WORK}/check_id.ts" ts)
# CMake lists split on semicolons: entities and semicolons are made plain for the report.
string(REPLACE "&amp;" "&" ts "${ts}")
string(REPLACE "&quot;" "\"" ts "${ts}")
string(REPLACE ";" "," ts "${ts}")
# Whatever lupdate puts between a source and its translation (comments, an <oldsource> of an
# edited text), an unfinished translation is counted; its source is listed.
string(REGEX MATCHALL "<source>[^<]*</source>([^<]|<[^t/]|</[^m])*<translation type=\"(unfinished|vanished)\"" unfinished "${ts}")
string(REGEX MATCHALL "type=\"(unfinished|vanished)\"" marks "${ts}")
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation></translation>" empty "${ts}")
list(LENGTH marks unfinishedCount)
list(LENGTH empty emptyCount)
if(unfinishedCount GREATER 0 OR emptyCount GREATER 0)
    string(REPLACE ";" "\n" list "${unfinished};${empty}")
    message(FATAL_ERROR "${unfinishedCount} texts are not translated into Bahasa Indonesia and "
                        "${emptyCount} have an empty translation in ${TS}. Run `ninja "
                        "update_translations` and translate them (Qt Linguist):\n${list}")
endif()
string(REGEX MATCH "Found [0-9]+ source text" found "${output}")
message(STATUS "${found}s, every one translated")
