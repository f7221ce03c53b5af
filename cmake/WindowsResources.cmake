# homewire_windows_resources(TARGET DESCRIPTION): gives a Windows executable
# its icon (packaging/windows/homewire.ico) and version information, from
# packaging/windows/version.rc.in. Nothing happens on other platforms.
function(homewire_windows_resources target description)
    if(NOT WIN32)
        return()
    endif()
    set(HW_RC_NAME ${target})
    set(HW_RC_DESCRIPTION "${description}")
    file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/packaging/windows/homewire.ico" HW_RC_ICON)
    string(REPLACE "\\" "\\\\" HW_RC_ICON "${HW_RC_ICON}")
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/version.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
endfunction()
