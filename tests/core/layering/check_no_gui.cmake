# cmake -DBINARY=<executable> -P check_no_gui.cmake
# Fails when the executable needs QtGui or QtWidgets at run time.
if(NOT BINARY OR NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "BINARY not given or missing: ${BINARY}")
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${BINARY}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES ".*[/\\\\]system32[/\\\\].*")
set(found "")
foreach(dep IN LISTS resolved unresolved)
    get_filename_component(name "${dep}" NAME)
    if(name MATCHES "Qt6(Gui|Widgets|OpenGL|Quick)")
        list(APPEND found "${name}")
    endif()
endforeach()
list(LENGTH resolved count)
if(count EQUAL 0)
    message(FATAL_ERROR "no runtime dependencies resolved for ${BINARY}; the check would prove nothing")
endif()
if(found)
    message(FATAL_ERROR "${BINARY} depends on GUI libraries: ${found}")
endif()
message(STATUS "${BINARY}: ${count} runtime dependencies, none of them a GUI library")
