# Sources of ui/connections, added to homewire_ui by ui/CMakeLists.txt.
set(HOMEWIRE_UI_CONNECTIONS_SOURCES
    connectiondialog.cpp connectiondialog.h
    connectionlistdialog.cpp connectionlistdialog.h
    profilepicker.cpp profilepicker.h
    subscriptionseditor.cpp subscriptionseditor.h
)
