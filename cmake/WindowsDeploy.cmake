# Windows installation and installer: a self-contained directory tree that
# runs on a machine without Qt, vcpkg or Visual Studio, packed by CPack NSIS.
#
# Included from the top-level CMakeLists.txt after every subdirectory, so the
# deploy step below runs after the executables and the device plugins are
# installed (install rules run in the order they are declared, CMP0082).
#
# Installed layout (relative to the install prefix, e.g. C:\Program Files\Homewire):
#   bin\homewire.exe, bin\homewire-broker.exe   the programs
#   bin\*.dll                                   Qt, Paho, OpenSSL, SQLite, QtKeychain, MSVC runtime
#   bin\plugins\homewire_*.dll                  device-convention plugins; ConventionCatalog
#                                               looks in <application dir>\plugins on Windows
#   bin\qt.conf, plugins\<kind>\*.dll           Qt's own plugins (platforms, styles, sqldrivers, tls)
#   bin\translations\*.qm                       Qt's translations (windeployqt) and
#                                               Homewire's (translations/CMakeLists.txt)

if(NOT WIN32)
    return()
endif()

# --- Runtime dependencies ---------------------------------------------------

# The MSVC runtime goes next to the executables, so the installer needs no
# separate redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

set(_hw_executables "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:homewire-broker>")
if(TARGET homewire)
    list(PREPEND _hw_executables "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:homewire>")
endif()
list(GET _hw_executables 0 _hw_main_executable)
list(SUBLIST _hw_executables 1 -1 _hw_extra_executables)

# windeployqt copies the Qt libraries and Qt's plugins. Since Qt 6.5 it can be
# told to leave the compiler runtime to InstallRequiredSystemLibraries.
set(_hw_deploy_options "")
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    set(_hw_deploy_options NO_COMPILER_RUNTIME)
endif()

# The libraries Qt does not know about (Paho, OpenSSL, SQLite for the sqlite
# driver, QtKeychain and what they link) are found next to Qt's own DLLs (the
# vcpkg bin directory) or in <prefix>/bin of CMAKE_PREFIX_PATH.
set(_hw_search_dirs "\"$<TARGET_FILE_DIR:Qt6::Core>\"")
foreach(_hw_prefix IN LISTS CMAKE_PREFIX_PATH)
    string(APPEND _hw_search_dirs " \"${_hw_prefix}/bin\"")
endforeach()

# file(GET_RUNTIME_DEPENDENCIES) reads the import tables with dumpbin, which
# sits next to the MSVC compiler but is on PATH only in a developer prompt.
get_filename_component(_hw_compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
set(_hw_dumpbin "")
if(EXISTS "${_hw_compiler_dir}/dumpbin.exe")
    set(_hw_dumpbin "${_hw_compiler_dir}/dumpbin.exe")
endif()

set(_hw_deploy_script "${CMAKE_BINARY_DIR}/homewire-deploy-$<CONFIG>.cmake")
file(GENERATE OUTPUT "${_hw_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")

file(GLOB _device_plugins RELATIVE \"\${QT_DEPLOY_PREFIX}\"
    \"\${QT_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}/plugins/*.dll\")

qt_deploy_runtime_dependencies(
    EXECUTABLE \"${_hw_main_executable}\"
    ADDITIONAL_EXECUTABLES ${_hw_extra_executables}
    ADDITIONAL_MODULES \${_device_plugins}
    GENERATE_QT_CONF
    ${_hw_deploy_options}
)

set(_dumpbin \"${_hw_dumpbin}\")
if(_dumpbin)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL dumpbin)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"\${_dumpbin}\")
endif()

set(_bin \"\${QT_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
set(_executables \"\")
foreach(_exe ${_hw_executables})
    list(APPEND _executables \"\${QT_DEPLOY_PREFIX}/\${_exe}\")
endforeach()
file(GLOB_RECURSE _modules \"\${QT_DEPLOY_PREFIX}/plugins/*.dll\" \"\${_bin}/plugins/*.dll\")

file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \${_executables}
    MODULES \${_modules}
    DIRECTORIES \"\${_bin}\" ${_hw_search_dirs}
    RESOLVED_DEPENDENCIES_VAR _resolved
    UNRESOLVED_DEPENDENCIES_VAR _unresolved
    PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^(vcruntime|msvcp|concrt|vccorlib|ucrtbase)\"
    POST_EXCLUDE_REGEXES \"[/\\\\\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\\\\\]\"
)
string(TOLOWER \"\${_bin}\" _bin_key)
foreach(_dll IN LISTS _resolved)
    get_filename_component(_dir \"\${_dll}\" DIRECTORY)
    file(TO_CMAKE_PATH \"\${_dir}\" _dir)
    string(TOLOWER \"\${_dir}\" _dir_key)
    if(NOT _dir_key STREQUAL _bin_key)
        file(INSTALL \"\${_dll}\" DESTINATION \"\${_bin}\")
    endif()
endforeach()
if(_unresolved)
    message(WARNING \"Homewire: DLLs not found for the installed tree: \${_unresolved}\")
endif()
")
install(SCRIPT "${_hw_deploy_script}")

# --- Installer ---------------------------------------------------------------

# NSIS shows the license page from a .txt file.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${CMAKE_BINARY_DIR}/LICENSE.txt" COPYONLY)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME "Homewire")
set(CPACK_PACKAGE_VENDOR "Homewire")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Homewire")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Homewire")
set(CPACK_PACKAGE_FILE_NAME "Homewire-${PROJECT_VERSION}-win64")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_BINARY_DIR}/LICENSE.txt")
if(TARGET homewire)
    # Start-menu shortcut "Homewire" to bin\homewire.exe.
    set(CPACK_PACKAGE_EXECUTABLES "homewire;Homewire")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\homewire.exe")
endif()
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_DISPLAY_NAME "Homewire")
set(CPACK_NSIS_PACKAGE_NAME "Homewire ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The installer and uninstaller wear Homewire's icon (rendered from
# resources/icons/homewire.svg, as are the Linux PNGs).
file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/packaging/windows/homewire.ico" _hw_ico)
string(REPLACE "\\" "\\\\" _hw_ico "${_hw_ico}")
set(CPACK_NSIS_MUI_ICON "${_hw_ico}")
set(CPACK_NSIS_MUI_UNIICON "${_hw_ico}")

include(CPack)
