# Debian package of Homewire (cpack -G DEB from a tree configured with
# -DCMAKE_INSTALL_PREFIX=/usr; scripts/package does both). One package,
# "homewire", holds the desktop application, homewire-broker, the device
# plugins and the desktop and system integration files of packaging/.
# Windows has its own installer (cmake/WindowsDeploy.cmake).
if(NOT UNIX OR APPLE)
    return()
endif()

set(CPACK_PACKAGE_NAME homewire)
set(CPACK_PACKAGE_VENDOR "Homewire")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Homewire maintainers <packaging@homewire.org>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# The extended description; CPack puts the summary line above it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Homewire is a native desktop controller for MQTT home automation. It lists
devices and topic trees, switches devices from a dashboard, shows live
telemetry from wildcard subscriptions and embeds its own MQTT broker, so a
home without a server still works offline.
.
The package also contains homewire-broker, the same broker as a headless
system service (homewire-broker.service, not enabled on installation).")

# Library dependencies come from dpkg-shlibdeps (package dpkg-dev). Plugins
# are loaded at run time, but they are in the package too and are scanned.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's SQLite driver is a plugin that no ELF link shows, so it is named
# here; the Wayland platform plugin lets the application run natively in a
# Wayland session (X11's comes with libqt6gui6); Qt's own translations put
# its standard buttons and dialogs in the user's language.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

# Maintainer scripts: create the service account; conffiles: the broker's
# configuration in /etc.
set(_homewire_deb ${PROJECT_SOURCE_DIR}/packaging/linux/deb)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${_homewire_deb}/postinst ${_homewire_deb}/prerm ${_homewire_deb}/postrm ${_homewire_deb}/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Only what DEB needs: the project's other generators are not configured.
set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

include(CPack)
