# Sources of ui/broker, added to homewire_ui by ui/CMakeLists.txt.
set(HOMEWIRE_UI_BROKER_SOURCES
    accesscontroller.cpp accesscontroller.h
    accesspage.cpp accesspage.h
    accessworker.cpp accessworker.h
    aclrulemodel.cpp aclrulemodel.h
    devicecertificatedialog.cpp devicecertificatedialog.h
    growtofit.h
    networkaccess.cpp networkaccess.h
    networkaccessdialog.cpp networkaccessdialog.h
    networkaccesspanel.cpp networkaccesspanel.h
    noticebanner.cpp noticebanner.h
    ruledialog.cpp ruledialog.h
    userdialog.cpp userdialog.h
)
